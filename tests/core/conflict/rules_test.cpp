// The building blocks of conflict judgement: names, dates, taxonomy, currency table.
#include <gtest/gtest.h>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/amounts.h"
#include "core/conflict/currency.h"
#include "core/conflict/dates.h"
#include "core/conflict/subject.h"

using namespace parallax::conflict;

TEST(Subject, ShorterNameEndingTheLongerIsTheSameVariantIsNot) {
    EXPECT_TRUE(sameSubject("R1", "DeepSeek-R1"));
    EXPECT_TRUE(sameSubject("Ascend 910B", "Huawei Ascend 910B"));
    EXPECT_TRUE(sameSubject("Qwen 2.5", "Qwen2.5"));
    EXPECT_TRUE(sameSubject("Zhipu AI Inc.", "Zhipu AI"));
    EXPECT_FALSE(sameSubject("R1", "R1-Lite-Preview"));
    EXPECT_FALSE(sameSubject("DeepSeek-R1", "DeepSeek-R1-Lite-Preview"));
    EXPECT_FALSE(sameSubject("Ascend 910B", "Ascend 910C"));
    EXPECT_FALSE(sameSubject("Qwen2", "Qwen 2.5"));
    EXPECT_FALSE(sameSubject("DeepSeek", "DeepSeek-R1"));
    EXPECT_TRUE(isVariantOf("DeepSeek-R1-Lite-Preview", "R1"));
    EXPECT_TRUE(isVariantOf("R1-Lite-Preview", "DeepSeek-R1") == false);
    EXPECT_FALSE(isVariantOf("R1", "R1"));
    EXPECT_TRUE(couldBeSamePerson("Yao", "Yao Shunyu"));
    EXPECT_FALSE(couldBeSamePerson("Lin Junyang", "Tang Jie"));
    EXPECT_EQ(subjectKey("Huawei's Ascend 910B"), "huawei ascend 910b");
}

TEST(Dates, IntervalsAndUnknownYears) {
    auto day = parseDateValue("2025-01-20");
    auto month = parseDateValue("2025-01");
    auto november = parseDateValue("XXXX-11");
    auto lastYear = parseDateValue("2024");
    auto week = parseDateValue("2025-W04");
    auto quarter = parseDateValue("2024-Q4");
    ASSERT_TRUE(day && month && november && lastYear && week && quarter);
    EXPECT_TRUE(datesCompatible(*day, *month));
    EXPECT_FALSE(datesCompatible(*day, *november));
    EXPECT_TRUE(datesCompatible(*lastYear, *november));
    EXPECT_TRUE(datesCompatible(*week, *day));  // week 4 of 2025 runs 20-26 January
    EXPECT_TRUE(datesCompatible(*quarter, *november));
    EXPECT_FALSE(datesCompatible(*quarter, *day));
    EXPECT_FALSE(parseDateValue("PAST_REF"));
    EXPECT_FALSE(parseDateValue("P1W"));
    EXPECT_FALSE(parseDateValue("2025-02-30"));
    EXPECT_EQ(describeDate("2024-11"), "November 2024");
    EXPECT_EQ(describeDate("2025-01-20"), "20 January 2025");
    EXPECT_EQ(describeDate("XXXX-11"), "November (year not stated)");
}

TEST(Taxonomy, BroaderTermsAreCompatibleDisjointOnesAreNot) {
    const auto& tax = parallax::annotate::claimLexicon().taxonomy;
    EXPECT_FALSE(tax.disjoint("chip", "NPU"));
    EXPECT_FALSE(tax.disjoint("AI chip", "CPU"));
    EXPECT_FALSE(tax.disjoint("processor", "GPU"));
    EXPECT_TRUE(tax.disjoint("CPU", "NPU"));
    EXPECT_TRUE(tax.disjoint("CPU", "GPU"));
    EXPECT_TRUE(tax.disjoint("GPU", "TPU"));
    EXPECT_TRUE(tax.disjoint("HBM", "CPU"));
    EXPECT_FALSE(tax.disjoint("LLM", "AI model"));
    EXPECT_EQ(tax.canonical("neural processing unit"), "NPU");
    EXPECT_EQ(tax.canonical("AI CPU"), "CPU");
}

TEST(Currency, PeggedRangeAndFloatingTolerance) {
    CurrencyTable t;
    t.load({"USD\t$\tdollars\t1\t1\tpeg\t1900-", "HKD\tHK$\thong kong dollars\t7.75\t7.85\tpeg\t2005-",
            "CNY\tRMB\tyuan\t6.9\t7.35\tfloat\t2023-2026", "CNY\t-\t-\t6.2\t7.3\tfloat\t2015-2022", "bad line"});
    auto hkd = t.factor("HKD", "USD", 2025);
    ASSERT_TRUE(hkd);
    EXPECT_NEAR(hkd->first, 1 / 7.85 * 0.99, 1e-6);
    EXPECT_NEAR(hkd->second, 1 / 7.75 * 1.01, 1e-6);
    auto cny = t.rate("CNY", 2018);
    ASSERT_TRUE(cny);
    EXPECT_DOUBLE_EQ(cny->perUsdLow, 6.2);
    EXPECT_DOUBLE_EQ(t.rate("CNY")->perUsdLow, 6.9);  // latest period
    EXPECT_FALSE(t.rate("XYZ"));
    CurrencyTable empty;
    empty.load({});
    EXPECT_TRUE(empty.empty());
}

TEST(Amounts, ParsesFactValues) {
    auto a = parseAmount("$5.6 million");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->unit, "USD");
    EXPECT_DOUBLE_EQ(a->value, 5.6e6);
    EXPECT_NEAR(a->low, 5.55e6, 1);
    auto b = parseAmount("4.35 billion HKD");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->unit, "HKD");
    EXPECT_FALSE(parseAmount("about"));
    EXPECT_EQ(describeMoney(5.57e8, "USD"), "US$557 million");
}
