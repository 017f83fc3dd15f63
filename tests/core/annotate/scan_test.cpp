// The annotators' token stream: kinds and exact byte offsets on English, Chinese and mixed text.
#include <gtest/gtest.h>

#include "core/annotate/scan.h"

namespace parallax::annotate {
namespace {

TEST(ScanTokens, KindsAndOffsets) {
    std::string text = "HK$4.35 billion, 1,234 users; Ascend 910B (R1) twenty-five";
    auto t = scanTokens(text);
    ASSERT_GE(t.size(), 14u);
    EXPECT_EQ(t[0].text, "HK");
    EXPECT_EQ(t[0].kind, TokKind::Word);
    EXPECT_EQ(t[1].text, "$");
    EXPECT_EQ(t[1].kind, TokKind::Punct);
    EXPECT_TRUE(adjacent(t[1], t[2]));
    EXPECT_EQ(t[2].text, "4.35");
    EXPECT_EQ(t[2].kind, TokKind::Number);
    EXPECT_EQ(t[5].text, "1,234");
    EXPECT_EQ(t[5].kind, TokKind::Number);
    EXPECT_EQ(t[9].text, "910B");
    EXPECT_EQ(t[9].kind, TokKind::Alnum);
    EXPECT_EQ(t[11].text, "R1");
    for (const auto& tok : t) EXPECT_EQ(text.substr(tok.start, tok.end - tok.start), tok.text);
}

TEST(ScanTokens, CommaListIsNotAThousandsSeparator) {
    auto t = scanTokens("in 2024,2025 and 3,14 or 1,2345");
    EXPECT_EQ(t[1].text, "2024");
    EXPECT_EQ(t[3].text, "2025");
    EXPECT_EQ(t[5].text, "3");
    EXPECT_EQ(t[9].text, "1");
}

TEST(ScanTokens, ChineseCharactersAreSingleTokens) {
    std::string text = "营收578.9亿元，增长12%";
    auto t = scanTokens(text, 10);
    ASSERT_EQ(t.size(), 10u);
    EXPECT_EQ(t[0].text, "营");
    EXPECT_EQ(t[0].kind, TokKind::Cjk);
    EXPECT_EQ(t[0].start, 10u);
    EXPECT_EQ(t[2].text, "578.9");
    EXPECT_EQ(t[3].text, "亿");
    EXPECT_TRUE(adjacent(t[2], t[3]));
    EXPECT_EQ(t[5].kind, TokKind::Punct);
    EXPECT_EQ(t[9].text, "%");
}

TEST(ScanTokens, InvalidUtf8DoesNotStall) {
    std::string text = "ab\xff\xfe cd";
    auto t = scanTokens(text);
    ASSERT_FALSE(t.empty());
    EXPECT_EQ(t.back().text, "cd");
}

TEST(ScanTokens, CurlyApostropheAndDashes) {
    auto t = scanTokens("DeepSeek\u2019s R1\u2014and GPT-4o");
    EXPECT_TRUE(isApostrophe(t[1].text));
    EXPECT_EQ(t[2].lower, "s");
    EXPECT_TRUE(isDash(t[4].text));
    EXPECT_EQ(t[7].text, "-");
    EXPECT_EQ(t[8].text, "4o");
    EXPECT_EQ(t[8].kind, TokKind::Alnum);
}

}  // namespace
}  // namespace parallax::annotate
