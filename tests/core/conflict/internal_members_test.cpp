// A whole set given one chip and a member given another tier of it, in one article, end to end (annotator + check),
// on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "core/conflict/internal_members.h"
#include "tests/core/conflict/one_article.h"

namespace parallax::conflict {
namespace {

std::vector<MemberSlip> slipsOf(const std::string& text) {
    testing::OneArticle one = testing::oneArticle(text);
    return checkSetMembers(one.article, one.ann);
}

TEST(SetMembers, AllFourUseOneChipButOneGetsAnotherTier) {
    auto slips = slipsOf("Orbit unveiled its new lineup on Tuesday. All four phones use the new V12 chip. "
                         "The Nova Ultra, the priciest of the four, uses the V12 Max.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].shared, "V12");
    EXPECT_EQ(slips[0].other, "V12 Max");
    EXPECT_EQ(slips[0].set.text, "All four phones use the new V12 chip.");
    EXPECT_EQ(slips[0].member.text, "The Nova Ultra, the priciest of the four, uses the V12 Max.");
    EXPECT_EQ(slips[0].finding.type, ConflictType::Version);
}

TEST(SetMembers, TheSetAfterTheNounAndPoweredBy) {
    auto slips = slipsOf("The three new laptops are all powered by the K7 processor. "
                         "Reviewers noted that the Slate 14 is powered by the K7 Pro instead of the base part.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].other, "K7 Pro");
}

TEST(SetMembers, AChineseSetAndMember) {
    auto slips = slipsOf("今年星河公司推出四款新机。硬件方面，这四款手机都搭载了全新的V12芯片。"
                         "而Nova 9 Pro则搭载的是性能更强的V12 Pro芯片。");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].shared, "V12");
    EXPECT_EQ(slips[0].other, "V12 Pro");
}

TEST(SetMembers, TheWholeLineInChineseWithQuanXi) {
    auto slips = slipsOf("新款平板全系采用K7处理器。其中顶配型号采用K7 Max处理器。");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].other, "K7 Max");
}

TEST(SetMembers, ASubsetMayRunOnAnotherTier) {
    // "Both standard models" and "all Pro models" are parts of the lineup: the rest may differ.
    EXPECT_TRUE(slipsOf("Both standard models use the V12 chip. The Nova Pro uses the V12 Pro.").empty());
    EXPECT_TRUE(slipsOf("All Pro models use the V12 Pro chip. The Nova uses the V12.").empty());
    EXPECT_TRUE(slipsOf("标准版两款手机都搭载V12芯片。Nova 9 Pro搭载V12 Pro芯片。").empty());
}

TEST(SetMembers, AFamilyOrPluralChipsNamesNoOneChip) {
    EXPECT_TRUE(slipsOf("All four phones run on V12-series chips. The Nova Pro uses the V12 Pro chip.").empty());
    EXPECT_TRUE(slipsOf("All four phones use the V12 family of processors. The Nova Pro uses the V12 Pro chip.").empty());
    EXPECT_TRUE(slipsOf("四款新机全系搭载V12系列芯片。Nova 9 Pro搭载V12 Pro芯片。").empty());
}

TEST(SetMembers, TheSameChipOrAnotherGenerationIsSilent) {
    EXPECT_TRUE(slipsOf("All four phones use the V12 chip. The Nova Pro also uses the V12, with more memory.").empty());
    // Last year's chip is another family: an older model, not a member of this set.
    EXPECT_TRUE(slipsOf("All four phones use the V12 chip. Last year the Nova Pro used the V11 Pro.").empty());
}

TEST(SetMembers, ASetSentenceThatTellsTheTiersApartIsSilent) {
    EXPECT_TRUE(slipsOf("All four phones use the V12 chip, and the Nova Pro gets the V12 Pro. "
                        "The Nova Pro uses the V12 Pro for its camera.")
                    .empty());
}

TEST(SetMembers, ANegatedMemberOrAComparisonIsSilent) {
    EXPECT_TRUE(slipsOf("All four phones use the V12 chip. The Nova Pro does not use the V12 Pro.").empty());
    EXPECT_TRUE(slipsOf("All four phones use the V12 chip. Compared with the V12 Pro, it draws less power.").empty());
    EXPECT_TRUE(slipsOf("这四款手机都搭载V12芯片。Nova 9 Pro并未搭载V12 Pro芯片。").empty());
}

TEST(SetMembers, NoQuantifierNoSet) {
    EXPECT_TRUE(slipsOf("The four phones were shown on Tuesday. The Nova uses the V12 chip. The Nova Pro uses the V12 Pro.").empty());
    EXPECT_TRUE(slipsOf("Not all phones use the V12 chip. The Nova Pro uses the V12 Pro.").empty());
}

}  // namespace
}  // namespace parallax::conflict
