// Quantities: figures and words, scales (billion, bn, 亿, 万), money with symbols and names, percentages,
// ranges, approximations as intervals, units, and conversions written beside a figure.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/annotate/currencies.h"
#include "core/annotate/quantities.h"

namespace parallax::annotate {
namespace {

struct Row {
    const char* text;      // a sentence holding one quantity
    const char* written;   // the quantity's text as found
    double value;
    const char* unit;
    const char* qualifier;
};

const Row kRows[] = {
    {"It hired three engineers.", "three", 3, "", ""},
    {"It has twenty-five staff.", "twenty-five staff", 25, "staff", ""},
    {"The ratio was 1.5 overall.", "1.5", 1.5, "", ""},
    {"It sold 1,234 cars.", "1,234 cars", 1234, "cars", ""},
    {"The IPO raised HK$4.35 billion.", "HK$4.35 billion", 4.35e9, "HKD", ""},
    {"It raised $840 million.", "$840 million", 840e6, "USD", ""},
    {"A round of US$5.6 million closed.", "US$5.6 million", 5.6e6, "USD", ""},
    {"It pledged RMB 10 billion.", "RMB 10 billion", 10e9, "CNY", ""},
    {"The meal cost ¥7.5 in Beijing.", "¥7.5", 7.5, "CNY", ""},
    {"The ticket cost ¥7.5 in Japan.", "¥7.5", 7.5, "JPY", ""},
    {"The fund holds €20bn.", "€20bn", 20e9, "EUR", ""},
    {"It raised £3m.", "£3m", 3e6, "GBP", ""},
    {"营收达578.9亿元。", "578.9亿元", 578.9e8, "CNY", ""},
    {"用户达3万。", "3万", 3e4, "", ""},
    {"融资10亿美元。", "10亿美元", 1e9, "USD", ""},
    {"The deal was worth 4.35 billion Hong Kong dollars.", "4.35 billion Hong Kong dollars", 4.35e9, "HKD", ""},
    {"The deal was worth 4.35 billion HK dollars.", "4.35 billion HK dollars", 4.35e9, "HKD", ""},
    {"It invested 10 billion yuan.", "10 billion yuan", 10e9, "CNY", ""},
    {"Revenue rose 12%.", "12%", 12, "%", ""},
    {"Deliveries slid 11 % last year.", "11 %", 11, "%", ""},
    {"Earnings were 78 cents a share.", "78 cents", 0.78, "USD", ""},
    {"Revenue rose 12 per cent.", "12 per cent", 12, "%", ""},
    {"Revenue rose 12 percent.", "12 percent", 12, "%", ""},
    {"Margins fell 2 percentage points.", "2 percentage points", 2, "pp", ""},
    {"Shares rose more than 12%.", "more than 12%", 12, "%", "more than"},
    {"It has about 560 employees.", "about 560 employees", 560, "employees", "about"},
    {"The model has 671B parameters.", "", 0, "", ""},
    {"The chip uses a 7nm process.", "7nm", 7, "nm", ""},
    {"Each card has 80GB of memory.", "80GB", 80, "GB", ""},
    {"It trained on 14.8 trillion tokens.", "14.8 trillion tokens", 14.8e12, "tokens", ""},
    {"It is 20 times faster.", "20 times", 20, "x", ""},
    {"Nearly 18% said so.", "Nearly 18%", 18, "%", "nearly"},
    {"It cost roughly $600 billion.", "roughly $600 billion", 600e9, "USD", "about"},
    {"用户约3万左右。", "约3万左右", 3e4, "", "about"},
    {"此次发行超1.35亿股。", "超1.35亿", 1.35e8, "", "more than"},
    {"超过300人受伤。", "超过300", 300, "", "more than"},
};

class QuantityTable : public ::testing::TestWithParam<Row> {};

TEST_P(QuantityTable, Reads) {
    const Row& r = GetParam();
    auto qs = findQuantities(r.text);
    if (!*r.written) {
        EXPECT_TRUE(qs.empty()) << r.text << " -> " << (qs.empty() ? "" : qs.front().text);
        return;
    }
    ASSERT_EQ(qs.size(), 1u) << r.text;
    const Quantity& q = qs.front();
    EXPECT_EQ(q.text, r.written);
    EXPECT_EQ(std::string(r.text).substr(q.span.start, q.span.size()), q.text);
    EXPECT_NEAR(q.value, r.value, std::abs(r.value) * 1e-9) << r.text;
    EXPECT_EQ(q.unit, r.unit) << r.text;
    EXPECT_EQ(q.qualifier, r.qualifier) << r.text;
    EXPECT_LE(q.low, q.value);
    EXPECT_GE(q.high, q.value);
}

INSTANTIATE_TEST_SUITE_P(Table, QuantityTable, ::testing::ValuesIn(kRows));

TEST(Quantities, IntervalsFollowWording) {
    auto exact = findQuantities("It raised HK$4.35 billion.").at(0);
    EXPECT_NEAR(exact.low, 4.345e9, 1);
    EXPECT_NEAR(exact.high, 4.355e9, 1);
    EXPECT_FALSE(exact.approximate);
    auto more = findQuantities("Shares rose more than 12%.").at(0);
    EXPECT_DOUBLE_EQ(more.low, 12);
    EXPECT_TRUE(std::isinf(more.high));
    EXPECT_TRUE(more.approximate);
    auto about = findQuantities("It has about 560 staff.").at(0);
    EXPECT_LE(about.low, 532.1);
    EXPECT_GE(about.high, 587.9);
    auto nearly = findQuantities("Nearly 18% agreed.").at(0);
    EXPECT_LT(nearly.low, 18);
    EXPECT_DOUBLE_EQ(nearly.high, 18);
    auto upTo = findQuantities("It costs up to $20.").at(0);
    EXPECT_DOUBLE_EQ(upTo.low, 0);
    EXPECT_DOUBLE_EQ(upTo.high, 20);
    // "roughly $600 billion" and "$593 billion" can both hold; "$5.5 million" and "$5.6 million" cannot.
    auto roughly = findQuantities("roughly $600 billion").at(0);
    EXPECT_LE(roughly.low, 593e9);
    auto a = findQuantities("$5.5 million").at(0);
    auto b = findQuantities("$5.6 million").at(0);
    EXPECT_LE(a.high, b.low);
}

TEST(Quantities, Ranges) {
    auto r = findQuantities("Growth of 10-15% is expected.");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].text, "10-15%");
    EXPECT_DOUBLE_EQ(r[0].low, 9.5);
    EXPECT_DOUBLE_EQ(r[0].high, 15.5);
    EXPECT_EQ(r[0].unit, "%");
    auto b = findQuantities("It hired between 5 and 10 people.");
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].text, "between 5 and 10 people");
    EXPECT_DOUBLE_EQ(b[0].low, 4.5);
    EXPECT_DOUBLE_EQ(b[0].high, 10.5);
    auto m = findQuantities("a $5-6 billion deal");
    ASSERT_EQ(m.size(), 1u);
    EXPECT_DOUBLE_EQ(m[0].low, 4.5e9);
    EXPECT_DOUBLE_EQ(m[0].high, 6.5e9);
    EXPECT_EQ(m[0].unit, "USD");
}

TEST(Quantities, ConversionsPointAtTheirFigure) {
    auto q = findQuantities("Zhipu raised HK$4.35 billion ($840 million) in its IPO.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[1].text, "$840 million");
    ASSERT_TRUE(q[1].convertedFrom.has_value());
    EXPECT_EQ(*q[1].convertedFrom, 0u);
    EXPECT_FALSE(q[0].convertedFrom.has_value());

    auto w = findQuantities("It raised 4.35 billion Hong Kong dollars (about US$560 million).");
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[1].text, "about US$560 million");
    EXPECT_EQ(w[1].convertedFrom, std::optional<std::size_t>(0));

    auto o = findQuantities("It pledged RMB 10 billion, or $1.4 billion, to the fund.");
    ASSERT_EQ(o.size(), 2u);
    EXPECT_EQ(o[1].convertedFrom, std::optional<std::size_t>(0));
}

TEST(Quantities, NotConversions) {
    auto q = findQuantities("It raised $5 million in March and HK$40 million in a later round of funding.");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_FALSE(q[1].convertedFrom.has_value());
    auto same = findQuantities("It raised $5 million ($2 million in cash).");
    ASSERT_EQ(same.size(), 2u);
    EXPECT_FALSE(same[1].convertedFrom.has_value()) << "same currency is a breakdown, not a conversion";
}

TEST(Quantities, SkipsCodesYearsAndExcludedSpans) {
    EXPECT_TRUE(findQuantities("Huawei's Ascend 910B beat the A100 and GPT-4o.").empty());
    EXPECT_TRUE(findQuantities("It was founded in 2023.").empty());
    EXPECT_TRUE(findQuantities("It came 1st and one of them left.").empty());
    EXPECT_TRUE(findQuantities("Tariffs start at 12:01 a.m. after the 1/6/17 memo.").empty());
    std::string text = "Qwen 2.5 topped the chart with 40 million downloads.";
    auto q = findQuantities(text, {Span{0, 8}});
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].text, "40 million downloads");
}

TEST(Currencies, TableAndRates) {
    const auto& t = CurrencyTable::instance();
    ASSERT_NE(t.byCode("HKD"), nullptr);
    auto hkd = t.rateFor("HKD", 2025);
    ASSERT_TRUE(hkd.has_value());
    EXPECT_TRUE(hkd->peg);
    EXPECT_DOUBLE_EQ(hkd->perUsdLow, 7.75);
    auto cny = t.rateFor("CNY", 2024);
    ASSERT_TRUE(cny.has_value());
    EXPECT_FALSE(cny->peg);
    // HK$4.35 billion is about US$560 million at the peg, not $840 million.
    double usd = 4.35e9 * usdPerUnit("HKD", 2026).value();
    EXPECT_NEAR(usd, 557e6, 5e6);
    EXPECT_FALSE(t.rateFor("XYZ", 2025).has_value());
    auto hit = t.symbolAt("HK$4.35", 0);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->code, "HKD");
    EXPECT_EQ(hit->length, 3u);
    EXPECT_FALSE(t.symbolAt("CRMB 5", 1)) << "a symbol inside a word is not a symbol";
}

// Symbols and names are looked up by their first byte; the longest one starting there must still win.
TEST(Currencies, LongestSymbolOrNameStartingAtAByteWins) {
    const auto& t = CurrencyTable::instance();
    auto us = t.symbolAt("US$5", 0);
    ASSERT_TRUE(us);
    EXPECT_EQ(us->code, "USD");
    EXPECT_EQ(us->length, 3u) << "US$, not a shorter symbol";
    auto usd = t.symbolAt("USD 5", 0);
    ASSERT_TRUE(usd);
    EXPECT_EQ(usd->length, 3u);
    EXPECT_FALSE(t.symbolAt("5", 1)) << "nothing at the end of the text";
    // Names after a figure match whatever their case, by their lower-case first byte.
    auto hk = t.nameAt("Hong Kong dollars", 0);
    ASSERT_TRUE(hk);
    EXPECT_EQ(hk->code, "HKD");
    EXPECT_EQ(hk->length, std::string_view("Hong Kong dollars").size());
    auto code = t.nameAt("HKD", 0);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->code, "HKD");
    EXPECT_FALSE(t.nameAt("5 ", 2));
}

}  // namespace
}  // namespace parallax::annotate
