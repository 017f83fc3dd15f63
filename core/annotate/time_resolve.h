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

enum class TimeUnit { Day, Week, Month, Quarter, Half, Year, Decade };
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
/// Appends a modifier to a value's note ("mod START", "mod END", "mod MID").
void addModifier(TimeNorm& norm, std::string_view mod);

}  // namespace parallax::annotate
