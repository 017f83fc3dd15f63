// A total against its parts inside one article, end to end (annotator + detector) on sentences written for
// these tests: a breakdown that does not add up to the total is flagged; a partial list, a list of another
// measure, or parts that match one of the totals are not.
#include <gtest/gtest.h>

#include <string>

#include "core/annotate/annotator.h"
#include "tests/core/conflict/one_article.h"
#include "core/conflict/detector.h"
#include "core/conflict/totals.h"

namespace parallax::conflict {
namespace {

std::vector<TotalSlip> slipsOf(const std::string& text) {
    const testing::OneArticle one = testing::oneArticle(text);
    return checkTotals(one.article, one.ann);
}

TEST(TotalsAndParts, ABreakdownThatFallsShortOfItsTotal) {
    auto slips = slipsOf(
        "A total of 48 people were confirmed dead in the province, officials said. "
        "By town, 20 people died in Marlow, 15 in Denby, eight in Ashton and two in Kelso and Rye respectively.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].sum, "47");  // 20 + 15 + 8 + 2 + 2
    EXPECT_EQ(slips[0].measure, "deaths");
    EXPECT_NE(slips[0].finding.reason.find("47"), std::string::npos);
    EXPECT_EQ(slips[0].finding.severity, Severity::Low);
}

TEST(TotalsAndParts, PartsThatExceedTheTotal) {
    auto slips = slipsOf(
        "The storm's death toll stood at 30 on Tuesday. "
        "Officials said 18 people were killed in Port Alma, 9 in Bexley and 7 in Tarn.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].sum, "34");
    EXPECT_EQ(slips[0].finding.severity, Severity::Medium);
}

TEST(TotalsAndParts, OneEachInSeveralPlaces) {
    auto slips = slipsOf(
        "In all, 12 people died in the floods. Six people died in Arden, three in Brill, and one each in Coley, "
        "Dunmore and Esk.");
    EXPECT_TRUE(slips.empty());  // 6 + 3 + 1 + 1 + 1 = 12
}

TEST(TotalsAndParts, PartsThatAddUpAreSilent) {
    EXPECT_TRUE(slipsOf("A total of 40 people died. 25 people died in Arden, 10 in Brill and five in Coley.").empty());
}

TEST(TotalsAndParts, APartialListIsNoBreakdown) {
    // "including" says the list is not the whole; a list far short of the total is a selection.
    EXPECT_TRUE(slipsOf("A total of 48 people died. The dead include 20 people in Marlow, 15 in Denby and 8 in Ashton, "
                        "including two children.")
                    .empty());
    EXPECT_TRUE(slipsOf("A total of 120 people died. 20 people died in Marlow, 15 in Denby and 8 in Ashton.").empty());
}

TEST(TotalsAndParts, AnotherMeasureIsNotAdded) {
    // The list counts the injured; the total counts the dead.
    EXPECT_TRUE(slipsOf("A total of 48 people died. 20 people were injured in Marlow, 15 in Denby and 12 in Ashton.").empty());
}

TEST(TotalsAndParts, ATotalOfNoKindIsNotATotal) {
    // Without "total", "toll", "in all" the other figure may be any count of the dead (one town's, one day's).
    EXPECT_TRUE(slipsOf("48 people died on Monday. 20 people died in Marlow, 15 in Denby and 12 in Ashton.").empty());
}

TEST(TotalsAndParts, TwoTotalsAtTwoMomentsOneOfWhichMatches) {
    EXPECT_TRUE(slipsOf("The toll first stood at 40. It later rose to a total of 47. "
                        "By town, 20 people died in Marlow, 15 in Denby and 12 in Ashton.")
                    .empty());
}

TEST(TotalsAndParts, ChineseBreakdownAgainstItsTotal) {
    auto slips = slipsOf("地震共造成46人死亡。其中，马洛市20人、登比市15人、阿什顿8人死亡。");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].sum, "43");
    EXPECT_EQ(slips[0].measure, "deaths");
}

TEST(TotalsAndParts, ChineseBreakdownThatAddsUpOrIsPartial) {
    EXPECT_TRUE(slipsOf("地震共造成43人死亡。其中，马洛市20人、登比市15人、阿什顿8人死亡。").empty());
    EXPECT_TRUE(slipsOf("地震共造成45人死亡。遇难者包括马洛市20人、登比市15人、阿什顿8人。").empty());
}

TEST(TotalsAndParts, TheDetectorShowsTheTotalAndTheParts) {
    Article a;
    a.id = "a";
    a.title = "a";
    a.text = "A total of 48 people were confirmed dead. By town, 20 people died in Marlow, 15 in Denby, "
             "eight in Ashton and two in Kelso and Rye respectively.";
    a.published = PublishedDate{*Date::parseIso("2025-03-20"), DateSource::Metadata, "test"};
    Story story;
    story.id = "s1";
    story.articles = {"a"};
    std::map<std::string, Annotations> ann{{"a", annotate::annotate(a)}};
    auto cs = findConflicts(story, {&a}, ann, {});
    int found = 0;
    for (const Conflict& c : cs) {
        if (c.attribute != "deaths (total and parts)") continue;
        ++found;
        EXPECT_EQ(c.scope, Scope::Internal);
        ASSERT_EQ(c.evidence.size(), 2u);
        EXPECT_NE(c.evidence[0].text.find("48"), std::string::npos);
        EXPECT_NE(c.evidence[1].text.find("Marlow"), std::string::npos);
    }
    EXPECT_EQ(found, 1);
}

}  // namespace
}  // namespace parallax::conflict
