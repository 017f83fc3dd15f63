#pragma once
/// @file calendar.h  Small calendar arithmetic for the time normalizer (internal to the annotate stage).
#include <string>

#include "core/model/date.h"

namespace parallax::annotate::calendar {

/// Days in month m (1-12) of year y, leap years included.
[[nodiscard]] int daysInMonth(int y, int m);
/// ISO weekday: Monday = 1 ... Sunday = 7.
[[nodiscard]] int isoWeekday(const Date& d);
/// The day-precision date `n` days after d (n may be negative).
[[nodiscard]] Date addDays(const Date& d, long n);
/// ISO week of d as TIMEX3 writes it: "2026-W02".
[[nodiscard]] std::string isoWeek(const Date& d);
/// "2025-01-20", "2025-01", "2025" for a day, month, year.
[[nodiscard]] std::string ymd(int y, int m, int d);
[[nodiscard]] std::string ym(int y, int m);
[[nodiscard]] std::string yearOnly(int y);

}  // namespace parallax::annotate::calendar
