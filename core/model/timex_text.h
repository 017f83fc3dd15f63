#pragma once
/// @file timex_text.h  What people write for a TIMEX3 value: "20 January 2025", "November (year not stated)",
/// "the week of 20 January 2025", "summer 2013", "3 months". The value stays the data (JSON, comparisons);
/// this is the text shown in the reader, the reports and the reasons.
#include <string>
#include <string_view>

namespace parallax {

/// A readable English form of a TIMEX3 value (dates, weeks, seasons, quarters, halves, parts of day, decades,
/// durations, PRESENT_REF/PAST_REF/FUTURE_REF). A value it does not recognise comes back unchanged, so a
/// non-date value ("NPU", "4.35e9") passes through.
[[nodiscard]] std::string readableTimex(std::string_view value);

/// The readable form with the modifier a time note carries ("mod END" from "late January", "年底"):
/// "late January 2026", "early 2025", "mid-2024", "the end of the third quarter of 2024".
[[nodiscard]] std::string readableTimex(std::string_view value, std::string_view note);

/// A span of seconds as timelines write it: "1 h 5 min 40 s", "2 min 30 s"; empty for none.
[[nodiscard]] std::string elapsedWords(long seconds);

/// True when `value` has the shape of a TIMEX3 value `readableTimex` rewrites.
[[nodiscard]] bool isTimexValue(std::string_view value);

}  // namespace parallax
