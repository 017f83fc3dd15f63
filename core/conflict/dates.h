#pragma once
/// @file dates.h  TIMEX-style values as day intervals, and whether two of them can both be right.
///
/// A value may carry a time of day after "T" ("2024-03-26T01:28", "XXXX-XX-XXT14:06+08:00"); the date
/// functions here read only the date part (clock.h reads the time).
#include <optional>
#include <string>
#include <string_view>

namespace parallax::conflict {

/// The days a value covers: "2024-11" is 1-30 November 2024; "XXXX-11" is November of an unknown year.
struct DateRange {
    long first = 0;  ///< days since 1970-01-01
    long last = 0;
    int anyYearMonth = 0;  ///< for "XXXX-MM": the month, with first/last unused
    int anyYearDay = 0;    ///< first day of the month it may be (0: the whole month)
    int anyYearLastDay = 0;  ///< last day of the month it may be (0: the whole month)
    bool anyDate = false;  ///< "XXXX-XX-XX": the text gave no date at all (only a time of day)
};

/// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Www", "YYYY-Qn", "YYYY-H1/H2", "XXXX-MM(-DD)", the n-th
/// week of a month "YYYY-MM-Wn" / "XXXX-MM-Wn" (days 7n-6 to 7n), and "XXXX-XX-XX"; a "T..." time part is
/// ignored. Else nullopt.
[[nodiscard]] std::optional<DateRange> parseDateValue(std::string_view value);

/// True when some day satisfies both values.
[[nodiscard]] bool datesCompatible(const DateRange& a, const DateRange& b);

/// A value as people write it: "November 2024", "20 January 2025", "2024", "November (year not stated)",
/// "the week of 20 January 2025", "the second week of May 2024", "the third quarter of 2024",
/// "26 March 2024, 1:28 a.m."; the value itself when unparsable.
[[nodiscard]] std::string describeDate(std::string_view value);

/// The date part of a value ("2024-03-26T01:28" -> "2024-03-26").
[[nodiscard]] std::string_view datePart(std::string_view value);

/// The whole number `s` is made of; -1 when it is not one.
[[nodiscard]] int toInt(std::string_view s);

/// Days since 1970-01-01 of a calendar day.
[[nodiscard]] long dayOf(int y, int m, int d);

/// ISO weekday (1 = Monday) of a day counted since 1970-01-01.
[[nodiscard]] int weekdayOf(long days);

/// The weekday a time expression is made of alone ("Monday", "on Tuesday", "last Friday", "周一",
/// "星期二"): 1-7, or 0 when it writes something else (a date, "Monday, 24 June 2024").
[[nodiscard]] int bareWeekday(std::string_view written);

/// "Monday" ... "Sunday" for 1-7.
[[nodiscard]] std::string weekdayName(int isoWeekday);

}  // namespace parallax::conflict
