// The analysis budget of one article: where the cut falls and what the warning says.
#include "core/model/budget.h"

#include <gtest/gtest.h>

#include <string>

using namespace parallax;

TEST(ArticleBudget, TextWithinTheBudgetIsAnalysedWhole) {
    const std::string text = "A short article.\n\nIt has two paragraphs.";
    EXPECT_EQ(analysedLength(text, 100), text.size());
    EXPECT_EQ(analysedLength(text, text.size()), text.size());
    EXPECT_TRUE(budgetWarning(text.size(), text.size()).empty());
}

TEST(ArticleBudget, CutsAtTheLastParagraphEndInsideTheBudget) {
    const std::string text = "First paragraph here.\n\nSecond paragraph here.\n\nThird paragraph is long.";
    const std::size_t secondEnd = text.find("\n\nThird");
    EXPECT_EQ(analysedLength(text, secondEnd + 5), secondEnd);
}

TEST(ArticleBudget, WithoutParagraphsCutsAfterASentence) {
    const std::string text = "One sentence ends here. Another one follows it and runs on and on without end";
    const std::size_t cut = analysedLength(text, 40);
    EXPECT_EQ(text.substr(0, cut), "One sentence ends here.");
    // a Chinese full stop ends a sentence too
    const std::string zh = "\xE5\x85\xAC\xE5\x8F\xB8\xE5\x8F\x91\xE5\xB8\x83\xE3\x80\x82\xE6\x94\xB6\xE5\x85\xA5\xE5\xA2\x9E\xE9\x95\xBF";
    EXPECT_EQ(analysedLength(zh, 20), 15u);  // 公司发布。 is 15 bytes
}

TEST(ArticleBudget, OneUnbrokenRunIsCutOnACharacterBoundary) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "\xE4\xB8\xAD";  // 中, three bytes each, no sentence end
    const std::size_t cut = analysedLength(text, 31);
    EXPECT_EQ(cut, 30u);
    EXPECT_LE(cut, 31u);
}

TEST(ArticleBudget, WarningSaysHowMuchOfHowMuchWasAnalysed) {
    const std::string w = budgetWarning(249'000, 14'000'000);
    EXPECT_NE(w.find("analysed only the first 249 KB of 14.0 MB"), std::string::npos) << w;
    EXPECT_NE(w.find("not annotated"), std::string::npos) << w;
}
