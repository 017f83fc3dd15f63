#pragma once
/// @file time_resolve.h  Turning recognised pieces of a time expression into TIMEX3-style values.
#include <optional>
#include <string>
#include <string_view>

#include "core/annotate/times.h"
#include "core/model/date.h"

namespace parallax::annotate {

/// The publication date and the sentence's tense.
struct TimeContext {
    std::optional<Date> anchor;
    Tense tense = Tense::Past;
};

/// Hours and minutes only make durations ("24 hours" PT24H); they are never shifted from the anchor.
enum class TimeUnit { Day, Week, Month, Quarter, Half, Year, Decade, Hour, Minute };
/// How a month or weekday is pointed at: "November", "last November", "this November", "next November".
enum class Pointer { Bare, Last, This, Next };

/// "2025-01-20" etc.; checks the day exists.
[[nodiscard]] TimeNorm absoluteDay(int y, int m, int d);
/// A month without a year: the most recent one (past tense) or the next one (future tense).
[[nodiscard]] TimeNorm monthInContext(int month, const TimeContext& ctx, Pointer p);
/// A day and month without a year.
[[nodiscard]] TimeNorm dayMonthInContext(int day, int month, const TimeContext& ctx);
/// A weekday ("on Saturday", "last Saturday"), ISO weekday 1-7.
[[nodiscard]] TimeNorm weekdayInContext(int weekday, const TimeContext& ctx, Pointer p);
/// The unit that contains anchor + n units: last week (-1), this month (0), next year (+1), two weeks ago (-2).
[[nodiscard]] TimeNorm shiftedUnit(TimeUnit u, int n, const TimeContext& ctx, std::string_view phrase);
/// A duration: P3Y, P2W, P10D; n < 0 means an unknown count (PXY).
[[nodiscard]] TimeNorm durationOf(TimeUnit u, int n);
/// A season ("SP", "SU", "FA", "WI") pointed at like a month: "this summer", "last winter", "in the summer"
/// (by tense). A winter belongs to the year of its December: January 2026 is in winter 2025.
[[nodiscard]] TimeNorm seasonInContext(std::string_view code, const TimeContext& ctx, Pointer p);
/// The weekend of the anchor's week shifted by n weeks ("last weekend" -1): "2026-W02-WE". A bare "the
/// weekend" (Pointer::Bare) is the latest one in the past tense, the coming one in the future.
[[nodiscard]] TimeNorm weekendInContext(const TimeContext& ctx, Pointer p);
/// A weekday of the anchor's week shifted by n weeks (Chinese "上周二": n = -1, weekday 2).
[[nodiscard]] TimeNorm weekdayOfWeek(int weekday, int n, const TimeContext& ctx);
/// Appends a part of day ("MO") to a day value: "2026-01-13TMO"; leaves other values as they are.
void addPartOfDay(TimeNorm& norm, std::string_view code);
/// Appends a modifier to a value's note ("mod START", "mod END", "mod MID").
void addModifier(TimeNorm& norm, std::string_view mod);

}  // namespace parallax::annotate
