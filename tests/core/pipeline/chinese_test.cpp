// End to end on a mixed Chinese/English folder (own sentences about a made-up offering): a Chinese and an
// English article that disagree on a date and an amount are flagged; the same folder in agreement is not.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/pipeline/pipeline.h"
#include "pipeline_fixture.h"

using namespace parallax;
using namespace parallax::test_support;

namespace {

std::string zhArticle(const std::string& date, const std::string& amount) {
    return "云帆能源完成香港上市定价\n\n"
           "储能电池制造商云帆能源科技股份有限公司（以下简称“云帆能源”）于" + date +
           "完成首次公开发行定价，募资总额" + amount + "。\n\n"
           "云帆能源表示，所得资金将主要用于扩建固态电池工厂。公司新一代固态电池能量密度达到350Wh/kg。\n";
}

std::string zhSecond(const std::string& date) {
    return "云帆能源上市在即\n\n"
           "据悉，云帆能源于" + date + "完成定价，并将于2025年3月24日在香港联合交易所挂牌上市。\n\n"
           "分析师认为，储能电池行业的价格竞争仍将持续，云帆能源的海外订单是其主要看点。\n";
}

std::string enArticle(const std::string& date, const std::string& amount) {
    return "Yunfan Energy prices its Hong Kong IPO\n\n"
           "Yunfan Energy (云帆能源), a maker of storage batteries, priced its IPO on " + date +
           ". The battery maker raised " + amount + " and will list in Hong Kong on 24 March 2025.\n\n"
           "Yunfan Energy (云帆能源) said it would spend most of the money on a new solid-state battery plant.\n";
}

std::vector<Conflict> conflictsOf(const std::filesystem::path& dir) {
    pipeline::Options o;
    o.folder = dir;
    o.database = ":memory:";
    o.threads = 1;
    auto run = pipeline::analyzeFolder(o);
    EXPECT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    EXPECT_EQ(run.result.articles.size(), 3U);
    EXPECT_EQ(run.result.stories.size(), 1U) << "the three articles are about one offering";
    return run.result.conflicts;
}

const Conflict* ofType(const std::vector<Conflict>& cs, ConflictType t) {
    auto it = std::find_if(cs.begin(), cs.end(), [&](const Conflict& c) { return c.type == t; });
    return it == cs.end() ? nullptr : &*it;
}

}  // namespace

TEST(ChineseFolder, DateAndAmountClashAcrossLanguages) {
    TempDir dir;
    writeFile(dir.path() / "zh-a.txt", zhArticle("2025年3月17日", "15亿元"));
    writeFile(dir.path() / "zh-b.txt", zhSecond("2025年3月17日"));
    writeFile(dir.path() / "en.txt", enArticle("18 March 2025", "1.2 billion yuan"));
    auto cs = conflictsOf(dir.path());
    const Conflict* date = ofType(cs, ConflictType::Date);
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(date->attribute, "priced");
    EXPECT_EQ(date->scope, Scope::CrossSource);
    const Conflict* money = ofType(cs, ConflictType::Money);
    ASSERT_NE(money, nullptr);
    EXPECT_EQ(money->attribute, "raised");
    bool bothLanguages = std::any_of(money->evidence.begin(), money->evidence.end(), [](const Evidence& e) { return e.article == "en.txt"; }) &&
                         std::any_of(money->evidence.begin(), money->evidence.end(), [](const Evidence& e) { return e.article == "zh-a.txt"; });
    EXPECT_TRUE(bothLanguages);
}

TEST(ChineseFolder, NoConflictWhenTheArticlesAgree) {
    TempDir dir;
    writeFile(dir.path() / "zh-a.txt", zhArticle("2025年3月17日", "15亿元"));
    writeFile(dir.path() / "zh-b.txt", zhSecond("2025年3月17日"));
    writeFile(dir.path() / "en.txt", enArticle("17 March 2025", "1.5 billion yuan"));
    auto cs = conflictsOf(dir.path());
    for (const Conflict& c : cs) ADD_FAILURE() << "unexpected conflict: " << c.reason;
}

TEST(ChineseFolder, TwoChineseArticlesDisagreeOnTheDate) {
    TempDir dir;
    writeFile(dir.path() / "zh-a.txt", zhArticle("2025年3月17日", "15亿元"));
    writeFile(dir.path() / "zh-b.txt", zhSecond("2025年3月18日"));
    writeFile(dir.path() / "en.txt", enArticle("17 March 2025", "1.5 billion yuan"));
    auto cs = conflictsOf(dir.path());
    const Conflict* date = ofType(cs, ConflictType::Date);
    ASSERT_NE(date, nullptr);
    EXPECT_EQ(ofType(cs, ConflictType::Money), nullptr);
}
