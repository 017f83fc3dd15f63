#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/text/text.h"

namespace text = parallax::text;

namespace {
std::vector<std::string> sentenceTexts(const std::string& s) {
    std::vector<std::string> out;
    for (const auto& sent : text::sentences(s)) out.push_back(s.substr(sent.span.start, sent.span.size()));
    return out;
}
}  // namespace

TEST(Sentences, SplitsPlainSentencesAndTrimsSpans) {
    std::string s = "  Nvidia shares fell. Investors sold chips stocks!  Why now?  ";
    EXPECT_EQ(sentenceTexts(s),
              (std::vector<std::string>{"Nvidia shares fell.", "Investors sold chips stocks!", "Why now?"}));
}

TEST(Sentences, AbbreviationsDoNotEndSentences) {
    std::string s = "Mr. Huang met U.S. Commerce Department officials on Jan. 20 in Washington. "
                    "Dr. Lee of Acme Inc. disagreed. The shares rose 3.5 percent.";
    EXPECT_EQ(sentenceTexts(s),
              (std::vector<std::string>{"Mr. Huang met U.S. Commerce Department officials on Jan. 20 in Washington.",
                                        "Dr. Lee of Acme Inc. disagreed.", "The shares rose 3.5 percent."}));
}

TEST(Sentences, AnAcronymCanStillEndASentence) {
    std::string s = "The company moved its headquarters to the U.S. The move took a year.";
    EXPECT_EQ(sentenceTexts(s), (std::vector<std::string>{"The company moved its headquarters to the U.S.",
                                                          "The move took a year."}));
}

TEST(Sentences, QuotesStayWithTheirSentence) {
    std::string s = "\"We will not stop!\" he said. \"Never.\" The crowd cheered.";
    EXPECT_EQ(sentenceTexts(s), (std::vector<std::string>{"\"We will not stop!\" he said.", "\"Never.\"",
                                                          "The crowd cheered."}));
}

TEST(Sentences, LoneSpacedQuoteMarksJoinTheirSentence) {
    std::string s = "\" That is the law. That is part of the law. \" The vote followed.";
    auto got = sentenceTexts(s);
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[1], "That is part of the law. \"");
    EXPECT_EQ(got[2], "The vote followed.");
}

TEST(Sentences, ParagraphsCountBlankLinesAndTitlesStandAlone) {
    std::string s = "A Headline Without a Period\n\nFirst paragraph starts. It goes on.\n\n\nSecond paragraph.";
    auto sents = text::sentences(s);
    ASSERT_EQ(sents.size(), 4u);
    EXPECT_EQ(s.substr(sents[0].span.start, sents[0].span.size()), "A Headline Without a Period");
    EXPECT_EQ(sents[0].paragraph, 0);
    EXPECT_EQ(sents[1].paragraph, 1);
    EXPECT_EQ(sents[2].paragraph, 1);
    EXPECT_EQ(sents[3].paragraph, 2);
}

TEST(Sentences, HardWrappedLinesAreJoined) {
    std::string s = "The regulator said the deal would\nbe reviewed next year. Shares fell.";
    EXPECT_EQ(sentenceTexts(s), (std::vector<std::string>{"The regulator said the deal would\nbe reviewed next year.",
                                                          "Shares fell."}));
}

TEST(Sentences, ChineseSentencesEndAtIdeographicFullStops) {
    std::string s = "华为发布了昇腾910B芯片。分析人士认为它性能很强！你同意吗？";
    EXPECT_EQ(sentenceTexts(s),
              (std::vector<std::string>{"华为发布了昇腾910B芯片。", "分析人士认为它性能很强！", "你同意吗？"}));
}

TEST(Sentences, MixedScriptsKeepExactOffsets) {
    std::string s = "DeepSeek发布了R1。 The model cost $5.6 million to train. 🚀 Markets reacted.";
    auto sents = text::sentences(s);
    ASSERT_GE(sents.size(), 3u);
    EXPECT_EQ(s.substr(sents[0].span.start, sents[0].span.size()), "DeepSeek发布了R1。");
    EXPECT_EQ(s.substr(sents[1].span.start, sents[1].span.size()), "The model cost $5.6 million to train.");
    for (const auto& st : sents) EXPECT_LE(st.span.end, s.size());
}
