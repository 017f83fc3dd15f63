// Numbers in figures, words and Chinese characters, with scales and the precision they were written with.
#include <gtest/gtest.h>

#include "core/annotate/numbers.h"

namespace parallax::annotate {
namespace {

struct Row {
    const char* text;
    bool letterScales;
    double value;
    double halfUnit;
    std::size_t tokensUsed;
};

const Row kRows[] = {
    {"1,234", false, 1234, 0.5, 1},
    {"1.5", false, 1.5, 0.05, 1},
    {"4.35 billion", false, 4.35e9, 0.005e9, 2},
    {"840 million", false, 840e6, 5e6, 2},
    {"600 billion", false, 600e9, 50e9, 2},
    {"100", false, 100, 5, 1},
    {"20bn", false, 20e9, 0.5e9, 1},
    {"5m", true, 5e6, 0.5e6, 1},
    {"three", false, 3, 0.5, 1},
    {"twenty-five", false, 25, 0.5, 3},
    {"two million", false, 2e6, 0.5e6, 2},
    {"a billion", false, 1e9, 0.5, 2},
    {"a dozen", false, 12, 0.5, 2},
    {"578.9亿", false, 578.9e8, 0.05e8, 2},
    {"3万", false, 3e4, 0.5e4, 2},
    {"1.2万亿", false, 1.2e12, 0.05e12, 3},
    {"三万", false, 3e4, 0.5, 2},
    {"十二", false, 12, 0.5, 2},
};

class ParseNumberTable : public ::testing::TestWithParam<Row> {};

TEST_P(ParseNumberTable, Value) {
    const Row& r = GetParam();
    auto toks = scanTokens(r.text);
    auto m = parseNumberAt(toks, 0, r.letterScales);
    ASSERT_TRUE(m.has_value()) << r.text;
    EXPECT_DOUBLE_EQ(m->value, r.value) << r.text;
    EXPECT_NEAR(m->halfUnit, r.halfUnit, r.halfUnit * 1e-9) << r.text;
    EXPECT_EQ(m->end, r.tokensUsed) << r.text;
}

INSTANTIATE_TEST_SUITE_P(Table, ParseNumberTable, ::testing::ValuesIn(kRows));

TEST(ParseNumber, GluedLettersStaySuffixUnlessMoneyContext) {
    auto toks = scanTokens("7B 3nm 910B");
    auto a = parseNumberAt(toks, 0, false);
    ASSERT_TRUE(a);
    EXPECT_DOUBLE_EQ(a->value, 7);
    EXPECT_EQ(a->suffix, "B");
    auto b = parseNumberAt(toks, 1, false);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->suffix, "nm");
    auto c = parseNumberAt(toks, 0, true);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(c->value, 7e9);
}

TEST(ParseNumber, NotNumbers) {
    for (const char* s : {"chip", "A100", "R1", "the", "统一", "a company"}) {
        auto toks = scanTokens(s);
        EXPECT_FALSE(parseNumberAt(toks, 0).has_value()) << s;
    }
}

TEST(ChineseNumeral, Composite) {
    EXPECT_DOUBLE_EQ(chineseNumeral("一亿三千万"), 1.3e8);
    EXPECT_DOUBLE_EQ(chineseNumeral("两千"), 2000);
    EXPECT_DOUBLE_EQ(chineseNumeral("十"), 10);
    EXPECT_LT(chineseNumeral("公司"), 0);
}

}  // namespace
}  // namespace parallax::annotate
