// One nickname, two spellings in one article, end to end (annotator + check), on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "core/conflict/internal_nicknames.h"
#include "tests/core/conflict/one_article.h"

namespace parallax::conflict {
namespace {

std::vector<NicknameSlip> slipsOf(const std::string& text, const std::string& headline = "News") {
    testing::OneArticle one = testing::oneArticle(text);
    one.article.title = headline;
    return checkNicknameSpellings(one.article, one.ann);
}

TEST(NicknameSpellings, ANicknameWrittenTwoWays) {
    auto slips = slipsOf("The deck was raised on Tuesday by a giant crane nicknamed \u201CTitanlifter.\u201D "
                         "Engineers said the lift took four hours.",
                         "Crane maker hoists bridge deck with its \u2018Titanolifter arm\u2019");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].full, "Titanlifter");
    EXPECT_EQ(slips[0].other, "Titanolifter");
    EXPECT_EQ(slips[0].variant.text, "Crane maker hoists bridge deck with its \u2018Titanolifter arm\u2019");
    EXPECT_NE(slips[0].finding.reason.find("headline"), std::string::npos);
    EXPECT_EQ(slips[0].finding.severity, Severity::Low);
}

TEST(NicknameSpellings, DubbedWithAVowelSlip) {
    auto slips = slipsOf("The storm, dubbed the Snowmageddon by local papers, closed every school. "
                         "Snowmagedon left two feet of snow in the capital.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].other, "Snowmagedon");
    EXPECT_EQ(slips[0].variant.text, "Snowmagedon left two feet of snow in the capital.");
}

TEST(NicknameSpellings, TheSameNicknameOrItsPluralIsSilent) {
    EXPECT_TRUE(slipsOf("The robot, nicknamed \u201CRoverbot\u201D, climbed the dune. Roverbot then rested. "
                        "Two Roverbots will follow next year.")
                    .empty());
}

TEST(NicknameSpellings, TwoNicknamesTheArticleIntroducesAreTwoNames) {
    EXPECT_TRUE(slipsOf("The first test rig was dubbed Starhopper. A smaller one, nicknamed Starhoper by the crew, "
                        "followed a year later.")
                    .empty());
}

TEST(NicknameSpellings, NearWordsWithoutANamingCueAreNotCompared) {
    // Austria and Australia differ by two letters, but the article introduces neither as a nickname.
    EXPECT_TRUE(slipsOf("Austria beat Australia in the final. The Australian coach praised the Austrian side.").empty());
}

TEST(NicknameSpellings, ADifferentWordSharingTheStartIsSilent) {
    // Different endings: two words, not one misspelt.
    EXPECT_TRUE(slipsOf("The satellite network known as Starlink covers the region. Starliner, a crew capsule, "
                        "docked on Friday.")
                    .empty());
}

TEST(NicknameSpellings, AShortNicknameIsNotCompared) {
    EXPECT_TRUE(slipsOf("The bull, nicknamed Bruno, escaped. Brano was found later.").empty());
}

TEST(NicknameSpellings, AChineseCueIntroducesALatinNickname) {
    auto slips = slipsOf("这台巨型起重机被称为\u201CTitanlifter\u201D，周二吊装了桥面。工程师表示，Titanolifter只用了四个小时。");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].full, "Titanlifter");
    EXPECT_EQ(slips[0].other, "Titanolifter");
}

TEST(NicknameSpellings, AChineseArticleWithoutACueIsSilent) {
    EXPECT_TRUE(slipsOf("Starlink卫星网络覆盖该地区。Starliner飞船周五对接。").empty());
}

}  // namespace
}  // namespace parallax::conflict
