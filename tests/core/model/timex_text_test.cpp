// What a reader sees for each kind of TIMEX3 value: words, never a raw XXXX-11 or 2025-W04.
#include <gtest/gtest.h>

#include "core/model/timex_text.h"

namespace parallax {
namespace {

TEST(TimexText, CalendarDates) {
    EXPECT_EQ(readableTimex("2025-01-20"), "20 January 2025");
    EXPECT_EQ(readableTimex("2024-11"), "November 2024");
    EXPECT_EQ(readableTimex("2024"), "2024");
    EXPECT_EQ(readableTimex("2025-01-20TMO"), "the morning of 20 January 2025");
    EXPECT_EQ(readableTimex("2025-01-20T14:30"), "20 January 2025, 2:30 p.m.");  // as people write times (issue 9)
    EXPECT_EQ(readableTimex("XXXX-XX-XXT14:06+08:00"), "2:06 p.m. UTC+8");
    EXPECT_EQ(readableTimex("2024-05-W2"), "the second week of May 2024");
}

TEST(TimexText, YearNotStated) {
    EXPECT_EQ(readableTimex("XXXX-11"), "November (year not stated)");
    // A time after a start (a flight's milestones) reads as mission timelines write it.
    EXPECT_EQ(readableTimex("+5400s"), "T+1 h 30 min");
    EXPECT_EQ(readableTimex("+3940s"), "T+1 h 5 min 40 s");
    EXPECT_EQ(readableTimex("+150s"), "T+2 min 30 s");
    EXPECT_EQ(readableTimex("XXXX-11-05"), "5 November (year not stated)");
    EXPECT_EQ(readableTimex("XXXX-Q3"), "the third quarter (year not stated)");
}

TEST(TimexText, WeeksSeasonsQuartersHalves) {
    EXPECT_EQ(readableTimex("2025-W04"), "the week of 20 January 2025");
    EXPECT_EQ(readableTimex("2026-W01"), "the week of 29 December 2025") << "ISO week 1 may start in December";
    EXPECT_EQ(readableTimex("2013-SU"), "summer 2013");
    EXPECT_EQ(readableTimex("2013-WI"), "winter 2013");
    EXPECT_EQ(readableTimex("2025-Q1"), "the first quarter of 2025");
    EXPECT_EQ(readableTimex("2025-H2"), "the second half of 2025");
    EXPECT_EQ(readableTimex("201X"), "the 2010s");
}

TEST(TimexText, DurationsAndReferences) {
    EXPECT_EQ(readableTimex("P1M"), "1 month");
    EXPECT_EQ(readableTimex("P10Y"), "10 years");
    EXPECT_EQ(readableTimex("P4W"), "4 weeks");
    EXPECT_EQ(readableTimex("P90D"), "90 days");
    EXPECT_EQ(readableTimex("PXD"), "some days");
    EXPECT_EQ(readableTimex("PT3H"), "3 hours");
    EXPECT_EQ(readableTimex("PRESENT_REF"), "now");
    EXPECT_EQ(readableTimex("PAST_REF"), "the past");
    EXPECT_EQ(readableTimex("FUTURE_REF"), "the future");
}

TEST(TimexText, OtherValuesPassThrough) {
    EXPECT_EQ(readableTimex("NPU"), "NPU");
    EXPECT_EQ(readableTimex("4.35e9"), "4.35e9");
    EXPECT_EQ(readableTimex("2025-13"), "2025-13");
    EXPECT_EQ(readableTimex("P"), "P");
    EXPECT_FALSE(isTimexValue("chief AI scientist"));
    EXPECT_TRUE(isTimexValue("2025-W04"));
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(TimexText, WeekendsFiscalYearsAndOpenValues) {
    EXPECT_EQ(readableTimex("2013-W10-WE"), "the weekend of 9 March 2013");
    EXPECT_EQ(readableTimex("FY2025"), "fiscal year 2025");
    EXPECT_EQ(readableTimex("FY2025-Q3"), "the third quarter of fiscal year 2025");
    EXPECT_EQ(readableTimex("199"), "the 1990s");
    EXPECT_EQ(readableTimex("XXXX"), "a year (not stated)");
    EXPECT_EQ(readableTimex("XXXX-WXX"), "a week (not stated)");
    EXPECT_EQ(readableTimex("XXXX-XX-XX"), "a day (date not stated)");
    EXPECT_EQ(readableTimex("XXXX-WXX-5"), "Friday (date not stated)");
    EXPECT_EQ(readableTimex("XXXX-WXX-2TMO"), "Tuesday morning (date not stated)");
    EXPECT_EQ(readableTimex("XXXX-XX-XXTNI"), "a night (date not stated)");
    EXPECT_EQ(readableTimex("XXXX-SU"), "summer (year not stated)");
    EXPECT_EQ(readableTimex("2013-03-12TAF"), "the afternoon of 12 March 2013");
    EXPECT_EQ(readableTimex("PT24H"), "24 hours");
    EXPECT_EQ(readableTimex("PXM"), "some months");
    EXPECT_EQ(readableTimex("FY20"), "FY20") << "not a fiscal year value";
}

TEST(TimexText, ModifiersFromTheNote) {
    EXPECT_EQ(readableTimex("2026-01", "mod END; year inferred from the publication date"), "late January 2026");
    EXPECT_EQ(readableTimex("2025", "mod START"), "early 2025");
    EXPECT_EQ(readableTimex("2024", "mod MID"), "mid-2024");
    EXPECT_EQ(readableTimex("2024-Q3", "mod END"), "the end of the third quarter of 2024");
    EXPECT_EQ(readableTimex("P3Y", "mod END"), "3 years") << "a length has no end to point at";
    EXPECT_EQ(readableTimex("2024", ""), "2024");
}

}  // namespace
}  // namespace parallax
