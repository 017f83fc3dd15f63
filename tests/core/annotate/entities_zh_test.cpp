// Chinese organisation names by suffix: found where the name is one, not where the words are generic.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/annotate/entities_zh.h"

namespace parallax::annotate {
namespace {

std::vector<std::string> names(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : findChineseOrganisations(text, {}, {})) {
        EXPECT_EQ(text.substr(e.span.start, e.span.size()), e.text);
        EXPECT_EQ(e.kind, EntityKind::Organization);
        out.push_back(e.canonical);
    }
    return out;
}

TEST(ChineseOrganisations, NameBeforeIndustryAndLegalWords) {
    EXPECT_EQ(names("云帆能源科技股份有限公司今日公告。"), std::vector<std::string>{"云帆能源科技"});
    EXPECT_EQ(names("据蓝鲸证券表示，"), std::vector<std::string>{"蓝鲸证券"});
    EXPECT_EQ(names("华夏银行与星河微电子于今日签约。"), (std::vector<std::string>{"华夏银行", "星河微电子"}));
}

TEST(ChineseOrganisations, WordsBeforeTheNameAreNotPartOfIt) {
    EXPECT_EQ(names("今天云帆能源宣布扩产。"), std::vector<std::string>{"云帆能源"});
    EXPECT_EQ(names("投资者在云帆能源的股东大会上提问。"), std::vector<std::string>{"云帆能源"});
}

TEST(ChineseOrganisations, IndustryWordInsideANounPhraseIsNoName) {
    // "仓储物流" once, running on into "机器人": a phrase, not a company
    EXPECT_TRUE(names("这家仓储物流机器人企业的订单增长。").empty());
}

TEST(ChineseOrganisations, GenericNounsAreNoNames) {
    EXPECT_TRUE(names("中央银行宣布降息，多家公司表示欢迎。").empty());
    EXPECT_TRUE(names("清洁能源的比重继续上升，这家公司也在布局。").empty());
    EXPECT_TRUE(names("The company was founded in 2016.").empty());
}

TEST(ChineseOrganisations, LaterMentionsAreFoundToo) {
    std::vector<std::string> found = names("云帆能源于3月上市。分析师对云帆能源持乐观态度。");
    EXPECT_EQ(found.size(), 2U);
}

TEST(ChineseOrganisations, KnownNamesAndDatesStayAsTheyAre) {
    std::string text = "2025年3月17日华为公司发布新品。";
    Entity huawei;
    std::size_t at = text.find("华为");
    huawei.span = {at, at + 6};
    huawei.text = "华为";
    huawei.kind = EntityKind::Organization;
    Span date{0, text.find("华为")};
    EXPECT_TRUE(findChineseOrganisations(text, {huawei}, {date}).empty());
}

TEST(ChineseOrganisations, NameIntroducedByWhatTheCompanyDoes) {
    // "机器人" is no suffix; the descriptor "企业" introduces the name, and the article uses it again
    std::vector<std::string> found = names("杭州物流机器人企业青禾智造3月5日发布新品。青禾智造成立于2019年。公司表示，订单充足。"
                                           "公司表示将继续扩产。");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front(), "青禾智造");
    EXPECT_EQ(std::count(found.begin(), found.end(), "青禾智造"), 2);
    EXPECT_EQ(std::count(found.begin(), found.end(), "表示"), 0);  // "公司表示": a verb, not a name
}

TEST(ChineseOrganisations, OneOffPhraseAfterADescriptorIsNoName) {
    EXPECT_TRUE(names("这是一家专注储能的企业，产品销往海外。").empty());
}

TEST(ChineseOrganisations, ShortNameGivenByTheArticle) {
    std::vector<std::string> found = names("青禾智能制造股份有限公司（以下简称“青禾”）今日上市。青禾计划扩产。");
    EXPECT_NE(std::find(found.begin(), found.end(), "青禾"), found.end());
}

Entity mention(const std::string& text, const std::string& written, EntityKind kind, std::size_t from = 0) {
    Entity e;
    std::size_t at = text.find(written, from);
    e.span = {at, at + written.size()};
    e.text = written;
    e.canonical = written;
    e.kind = kind;
    return e;
}

TEST(ChineseOrganisations, ParenthesisTiesTheLatinNameToTheChineseOne) {
    std::string text = "Yunfan Energy (云帆能源) listed on Friday. Yunfan Energy raised money.";
    std::vector<Entity> es = {mention(text, "Yunfan Energy", EntityKind::Other), mention(text, "云帆能源", EntityKind::Organization),
                              mention(text, "Yunfan Energy", EntityKind::Other, 20)};
    linkParentheticalNames(text, es);
    EXPECT_EQ(es[0].canonical, "云帆能源");
    EXPECT_EQ(es[2].canonical, "云帆能源");
    EXPECT_EQ(es[2].kind, EntityKind::Organization);
}

TEST(ChineseOrganisations, NamesSideBySideWithoutParenthesisStayApart) {
    std::string text = "Yunfan Energy and 云帆资本 signed a deal.";
    std::vector<Entity> es = {mention(text, "Yunfan Energy", EntityKind::Other), mention(text, "云帆资本", EntityKind::Organization)};
    linkParentheticalNames(text, es);
    EXPECT_EQ(es[0].canonical, "Yunfan Energy");
}

TEST(ChineseOrganisations, SameOrganisationUpToSuffixWords) {
    EXPECT_TRUE(sameChineseOrganisation("云帆能源", "云帆能源科技"));
    EXPECT_TRUE(sameChineseOrganisation("云帆能源科技股份有限公司", "云帆能源"));
    EXPECT_FALSE(sameChineseOrganisation("云帆能源", "云帆资本"));
    EXPECT_FALSE(sameChineseOrganisation("云帆能源", "云帆能源汽车"));
    EXPECT_FALSE(sameChineseOrganisation("Yunfan", "Yunfan Energy"));
}

}  // namespace
}  // namespace parallax::annotate
