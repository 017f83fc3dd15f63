// Normalised amounts as people write them, for the reader and the reports.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "core/model/amount_text.h"

using parallax::amountInWords;

TEST(AmountInWords, ScalesLargeAmountsToWords) {
    EXPECT_EQ(amountInWords("2.1e+07 USD", 6), "21 million USD");
    EXPECT_EQ(amountInWords("8.4e+08 USD", 6), "840 million USD");
    EXPECT_EQ(amountInWords("1.26e+09 CNY", 6), "1.26 billion CNY");
    EXPECT_EQ(amountInWords("3.5331e+10 HKD", 6), "35.331 billion HKD");
    EXPECT_EQ(amountInWords("4.2e+12", 6), "4.2 trillion");
    EXPECT_EQ(amountInWords("1.35e+08", 6), "135 million") << "a count without a unit";
    EXPECT_EQ(amountInWords("-2.5e+06 EUR", 6), "-2.5 million EUR") << "a loss";
}

TEST(AmountInWords, DigitsAreSignificantDigits) {
    EXPECT_EQ(amountInWords("1.23456789e+09 USD", 4), "1.235 billion USD");
    EXPECT_EQ(amountInWords("1.23456789e+09 USD", 12), "1.23456789 billion USD");
    // Read back at 12 digits, the words give the same amount (the reference facts file keeps 12).
    const std::string words = amountInWords("4.35e+09 HKD", 12);
    EXPECT_EQ(words, "4.35 billion HKD");
    EXPECT_DOUBLE_EQ(std::strtod(words.c_str(), nullptr) * 1e9, 4.35e9);
}

TEST(AmountInWords, SmallNumbersAreWrittenOut) {
    EXPECT_EQ(amountInWords("2.5e+05 USD", 6), "250000 USD");
    EXPECT_EQ(amountInWords("280.57 HKD", 6), "280.57 HKD");
    EXPECT_EQ(amountInWords("0.6 %", 6), "0.6 %");
    EXPECT_EQ(amountInWords("6.7 in", 6), "6.7 in");
    EXPECT_EQ(amountInWords("254", 6), "254");
}

TEST(AmountInWords, AnythingElseComesBackUnchanged) {
    for (const char* v : {"", "NPU", "AI accelerator", "4.35e9 HKD extra", "12 ", " 12", "1e", "inf", "nan USD",
                          "0x1p3", "XXXX-11", "2025-01-20", "Chief executive", "1e999 USD"})
        EXPECT_EQ(amountInWords(v, 6), v) << v;
}
