#include <gtest/gtest.h>

#include "core/model/date.h"

using parallax::Date;
using parallax::DatePrecision;

TEST(Date, ParsesEachPrecision) {
    auto day = Date::parseIso("2025-01-20");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->iso(), "2025-01-20");
    EXPECT_EQ(day->precision, DatePrecision::Day);
    auto month = Date::parseIso("2024-11");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->iso(), "2024-11");
    EXPECT_EQ(month->precision, DatePrecision::Month);
    auto year = Date::parseIso("2024");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->precision, DatePrecision::Year);
}

TEST(Date, KeepsTheDayOfATimestamp) {
    auto d = Date::parseIso("2018-04-29T14:05:00+02:00");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->iso(), "2018-04-29");
}

TEST(Date, RejectsImpossibleDates) {
    EXPECT_FALSE(Date::parseIso("2025-02-30"));
    EXPECT_FALSE(Date::parseIso("2025-13"));
    EXPECT_FALSE(Date::parseIso("20x5"));
    EXPECT_FALSE(Date::parseIso("2025-01-20junk"));
    EXPECT_TRUE(Date::parseIso("2024-02-29"));
}

TEST(Date, EpochDaysRoundTrip) {
    Date d{2025, 1, 20, DatePrecision::Day};
    long n = d.daysSinceEpoch();
    EXPECT_EQ(Date::fromDaysSinceEpoch(n), d);
    EXPECT_EQ(Date::fromDaysSinceEpoch(0).iso(), "1970-01-01");
    EXPECT_EQ((Date{2025, 3, 1, DatePrecision::Day}.daysSinceEpoch() - Date{2025, 2, 28, DatePrecision::Day}.daysSinceEpoch()), 1);
}
