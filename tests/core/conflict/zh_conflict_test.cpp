// Chinese claims against Chinese and English claims: the annotators run over own sentences, the detector
// compares what they state. Names known in both scripts (the alias file: 宁德时代 = CATL) meet across
// languages; names only known by suffix meet up to their suffix words.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"

namespace parallax::conflict {
namespace {

struct Folder {
    std::vector<Article> articles;
    std::map<std::string, Annotations> ann;

    void add(const std::string& id, const std::string& text) {
        Article a;
        a.id = id;
        a.title = id;
        a.text = text;
        a.published = PublishedDate{*Date::parseIso("2025-03-20"), DateSource::Metadata, "test"};
        articles.push_back(a);
    }

    std::vector<Conflict> conflicts() {
        Story story;
        story.id = "s1";
        std::vector<const Article*> ptrs;
        for (const Article& a : articles) {
            story.articles.push_back(a.id);
            ptrs.push_back(&a);
            ann[a.id] = annotate::annotate(a);
        }
        return findConflicts(story, ptrs, ann, {});
    }
};

int count(const std::vector<Conflict>& cs, ConflictType t) {
    int n = 0;
    for (const Conflict& c : cs) n += c.type == t ? 1 : 0;
    return n;
}

TEST(ChineseConflicts, KnownNameMeetsItsEnglishAlias) {
    Folder f;
    f.add("zh", "宁德时代于2025年3月17日完成定价，募资总额15亿元。");
    f.add("en", "CATL priced its offering on 18 March 2025. CATL raised 1.2 billion yuan.");
    auto cs = f.conflicts();
    EXPECT_EQ(count(cs, ConflictType::Date), 1);
    EXPECT_EQ(count(cs, ConflictType::Money), 1);
}

TEST(ChineseConflicts, UnknownNameMeetsItsPinyin) {
    Folder f;
    f.add("zh", "杭州机器人企业青禾智造于2025年3月14日在香港挂牌上市。青禾智造此次募资总额43.5亿港元。");
    f.add("en", "Qinghe Robotics listed in Hong Kong on 13 March 2025. Qinghe Robotics raised HK$4.35 billion.");
    auto cs = f.conflicts();
    EXPECT_EQ(count(cs, ConflictType::Date), 1);
    EXPECT_EQ(count(cs, ConflictType::Money), 0);  // the same amount in both
}

TEST(ChineseConflicts, OppositeComparisonAcrossLanguages) {
    Folder f;
    f.add("zh", "在训练任务中，昇腾910B的性能优于英伟达A100。");
    f.add("en", "In training, the Ascend 910B falls short of Nvidia's A100.");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Stance), 1);  // both in the outlet's own voice
    f.articles.front().text = "华为称，昇腾910B的性能优于英伟达A100。";
    EXPECT_EQ(count(f.conflicts(), ConflictType::Stance), 0);  // Huawei's claim against an outlet's view
}

TEST(ChineseConflicts, TwoVersionsHoldingOneRank) {
    Folder f;
    f.add("zh", "通义千问2.5在Hugging Face上下载量最高。");
    f.add("en", "Qwen2 became the most downloaded model on Hugging Face.");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Version), 1);
}

TEST(ChineseConflicts, SameFiguresInBothScriptsAgree) {
    Folder f;
    f.add("zh", "宁德时代于2025年3月17日完成定价，募资总额15亿元。");
    f.add("en", "CATL priced its offering on 17 March 2025. CATL raised 1.5 billion yuan.");
    EXPECT_TRUE(f.conflicts().empty());
}

TEST(ChineseConflicts, SpecificationsDifferBeyondRounding) {
    Folder f;
    f.add("a", "云帆能源表示，公司新一代固态电池能量密度为350Wh/kg。");
    f.add("b", "云帆能源科技表示，其新一代固态电池能量密度达到360Wh/kg。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Number), 1);
}

TEST(ChineseConflicts, ApproximateFigureCoversAnExactOne) {
    Folder f;
    f.add("a", "云帆能源此次募资约15亿元。");
    f.add("b", "云帆能源此次募资15.2亿元。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Money), 0);
}

TEST(ChineseConflicts, FiguresForDifferentYearsAreDifferentMeasures) {
    Folder f;
    f.add("a", "蓝鲸证券表示，蓝鲸证券2024年营业收入为52亿元。");
    f.add("b", "蓝鲸证券表示，蓝鲸证券2023年营业收入为41亿元。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Money), 0);
}

TEST(ChineseConflicts, EnglishFiguresForDifferentYearsToo) {
    Folder f;
    f.add("a", "Bluewhale Power reported revenue of 5.2 billion yuan for 2024, the company said.");
    f.add("b", "Bluewhale Power reported revenue of 4.1 billion yuan in 2023, the company said.");
    f.add("c", "蓝鲸证券表示，蓝鲸证券2023年营业收入为41亿元。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Money), 0);
}

TEST(ChineseConflicts, YearAgainstNoYearStillCompares) {
    Folder f;
    f.add("a", "蓝鲸证券表示，蓝鲸证券2024年营业收入为52亿元。");
    f.add("b", "蓝鲸证券表示，蓝鲸证券营业收入为41亿元。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Money), 1);
}

TEST(ChineseConflicts, OtherCompanyWithTheSameBrandIsAnotherSubject) {
    Folder f;
    f.add("a", "云帆能源于2025年3月17日完成定价。");
    f.add("b", "云帆资本于2025年3月18日完成定价。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Date), 0);
}

TEST(ChineseConflicts, DisjointCategoriesInChinese) {
    Folder f;
    f.add("a", "星河X2是一款AI加速器。");
    f.add("b", "星河X2是一款图形处理器。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Category), 1);
}

TEST(ChineseConflicts, SharesOfferedDifferBeyondRounding) {
    // The issuer named on one side, left to the article's company on the other ("发售股份数目").
    Folder f;
    f.add("a", "宁德时代今日在港上市。宁德时代此次共发行1.2亿股H股，募资总额约50亿美元。");
    f.add("b", "宁德时代今日在港上市。宁德时代股价高开。发售股份数目约为1.5亿股，募资净额约400亿港元。");
    EXPECT_EQ(count(f.conflicts(), ConflictType::Number), 1);
}

TEST(ChineseConflicts, APlannedBaseOrOpenEndedOfferingIsNoClash) {
    Folder f;
    f.add("final", "宁德时代今日在港上市。宁德时代此次发行约1.5亿股H股。");
    f.add("planned", "宁德时代今日在港上市。宁德时代计划发行1.2亿股H股。");
    f.add("base", "宁德时代今日在港上市。宁德时代此次基础发行规模约1.2亿股。");
    f.add("more", "宁德时代今日在港上市。宁德时代此次发行超1.45亿股。");  // more than 145 million: 150 million fits
    f.add("held", "宁德时代今日在港上市。宁德时代持有1.2亿股。");            // a holding is no offering
    EXPECT_EQ(count(f.conflicts(), ConflictType::Number), 0);
}

}  // namespace
}  // namespace parallax::conflict
