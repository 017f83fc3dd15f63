// One person, two spellings in one article, end to end (annotator + check) on sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "core/annotate/annotator.h"
#include "tests/core/conflict/one_article.h"
#include "core/conflict/name_spellings.h"

namespace parallax::conflict {
namespace {

std::vector<NameSlip> slipsOf(const std::string& text) {
    const testing::OneArticle one = testing::oneArticle(text);
    return checkNameSpellings(one.article, one.ann);
}

TEST(NameSpellings, ASurnameWrittenTwoWays) {
    auto slips = slipsOf("The company's spokeswoman Maria Kowalski said the launch went well. "
                         "\"We are delighted,\" Kowalsky added on Friday.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].full, "Maria Kowalski");
    EXPECT_EQ(slips[0].other, "Kowalsky");
    EXPECT_EQ(slips[0].finding.type, ConflictType::Speaker);
}

TEST(NameSpellings, AShortSurnameWithAVowelChanged) {
    auto slips = slipsOf("Engineering director Tom Hart said the test was a success. \"It flew,\" Hort added.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].other, "Hort");
}

TEST(NameSpellings, TheSameSurnameIsSilent) {
    EXPECT_TRUE(slipsOf("Spokeswoman Maria Kowalski said the launch went well. \"We are delighted,\" Kowalski added.").empty());
}

TEST(NameSpellings, TwoIntroducedPeopleWithNearNamesAreTwoPeople) {
    EXPECT_TRUE(slipsOf("Analyst Mark Jansen said sales fell. His colleague Eva Janssen disagreed. "
                        "\"It is a blip,\" Janssen said, while Jansen expected more falls.")
                    .empty());
}

TEST(NameSpellings, AFirstNameUsedAloneIsNotASurname) {
    EXPECT_TRUE(slipsOf("Chief executive Dana Whitfield met engineer Dan Holt on Monday. \"We agreed,\" Dana said.").empty());
}

TEST(NameSpellings, UnrelatedSurnamesAreNotVariants) {
    EXPECT_TRUE(slipsOf("Minister Peter Lind said the bill would pass. \"It will not,\" Lamb replied.").empty());
}

TEST(NameSpellings, TwoSpellingsInOneSentenceAreTwoPiecesOfEvidence) {
    const std::string text = "\"The flight went well,\" said press officer Anna Berger on the stream, \u201Cand we learnt a lot,\u201D Burger added.";
    auto slips = slipsOf(text);
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_NE(slips[0].introduced, slips[0].variant);
    EXPECT_NE(text.substr(slips[0].introduced.start, slips[0].introduced.size()).find("Anna Berger"), std::string::npos);
    EXPECT_EQ(text.substr(slips[0].variant.start, slips[0].variant.size()), "Burger added");
}

TEST(NameSpellings, NamesThatDifferInTheirFirstLetterAreTwoNames) {
    // A given name after the surname ("Suh Hoon") and another person's surname ("Moon") are not one name.
    EXPECT_TRUE(slipsOf("He spoke with the intelligence chief, Suh Hoon, on Monday. Moon said the talks would go on.").empty());
}

TEST(NameSpellings, Distance) {
    EXPECT_EQ(spellingDistance("hut", "hoot"), 2);
    EXPECT_EQ(spellingDistance("kowalski", "kowalsky"), 1);
    EXPECT_EQ(spellingDistance("smith", "smtih"), 1);  // a swap is one slip of the fingers
    EXPECT_EQ(spellingDistance("lind", "lamb"), 3);
}

}  // namespace
}  // namespace parallax::conflict
