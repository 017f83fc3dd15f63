#pragma once
/// @file time_rules.h  The patterns of time expressions over scanned tokens (internal to annotate).
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/scan.h"
#include "core/annotate/time_resolve.h"
#include "core/annotate/times.h"

namespace parallax::annotate {

/// A time expression covering tokens [i, end).
struct TimeMatch {
    std::size_t end = 0;
    TimeNorm norm;
};

/// A match ending before token `end`, unless the normalization found no value.
[[nodiscard]] inline std::optional<TimeMatch> matchTo(std::size_t end, TimeNorm n) {
    if (n.value.empty()) return std::nullopt;
    return TimeMatch{end, std::move(n)};
}

/// A reference value that needs no anchor ("PRESENT_REF", "PAST_REF").
[[nodiscard]] inline TimeNorm refNorm(const char* value) {
    return TimeNorm{value, true, {}};
}

/// Tries every pattern at toks[i] (the tokens before i give context: "in", "on", "since") and returns the
/// longest match, if any.
[[nodiscard]] std::optional<TimeMatch> matchTimeAt(const std::vector<Tok>& toks, std::size_t i,
                                                   const std::optional<Date>& anchor, Tense tense);

/// The lower-case text of toks[i]; empty past the end (rules look ahead without bounds checks).
[[nodiscard]] inline const std::string& lowerAt(const std::vector<Tok>& t, std::size_t i) {
    static const std::string empty;
    return i < t.size() ? t[i].lower : empty;
}

/// `w` is one of `words`.
[[nodiscard]] inline bool isOneOf(const std::string& w, std::initializer_list<std::string_view> words) {
    for (auto x : words)
        if (w == x) return true;
    return false;
}

// Token readers shared by the English and Chinese rule files.

/// Month name at t[i] (capitalized); "Jan." consumes its dot. Returns 1-12 and sets `next`, else 0.
[[nodiscard]] int monthAt(const std::vector<Tok>& t, std::size_t i, std::size_t& next);
/// Weekday name at t[i] (capitalized): ISO 1-7, else 0.
[[nodiscard]] int weekdayAt(const std::vector<Tok>& t, std::size_t i);
/// A figure of at most `maxDigits` digits at t[i], else -1.
[[nodiscard]] int numberAt(const std::vector<Tok>& t, std::size_t i, std::size_t maxDigits);
/// A four-digit year 1800-2199 at t[i], else 0.
[[nodiscard]] int yearAt(const std::vector<Tok>& t, std::size_t i);
/// A calendar unit word at t[i] ("day", "weeks", "decade", "hours"); singular or plural.
[[nodiscard]] bool unitAt(const std::vector<Tok>& t, std::size_t i, TimeUnit& u);
/// A count before a unit ("three", "3", "a", "several", "a few"); n = -1 for an unknown count. Sets next.
[[nodiscard]] bool countAt(const std::vector<Tok>& t, std::size_t i, int& n, std::size_t& next);
/// "first"/"1st" ... "fourth": 1-4, else 0.
[[nodiscard]] int ordinalWord(const std::string& w);
/// Chinese characters from t[i] spell `word` (one token a character); sets next after them.
[[nodiscard]] bool spells(const std::vector<Tok>& t, std::size_t i, std::string_view word, std::size_t& next);
/// A part of day written after a day ("Tuesday morning", "5月20日上午"): "MO", "AF", "EV", "NI"; empty when none. Sets next.
[[nodiscard]] std::string_view partOfDayAfter(const std::vector<Tok>& t, std::size_t i, std::size_t& next);

/// "today" meaning the present rather than the day: "cheaper than today", "today's consumers".
[[nodiscard]] bool presentToday(const std::vector<Tok>& t, std::size_t i);

/// English expressions beyond calendar dates: durations ("a month", "90 days", "four-week"), the present,
/// past and future ("now", "recently", "in the future"), weekends, seasons, parts of day ("this morning",
/// "last night"), fiscal years ("fiscal 2025"). Defined in time_english.cpp.
[[nodiscard]] std::optional<TimeMatch> englishPeriodAt(const std::vector<Tok>& t, std::size_t i, const TimeContext& ctx);
/// Chinese relative and period expressions ("上周", "今年夏天", "第三季度", "三个月", "目前", "年底").
/// Defined in time_zh.cpp.
[[nodiscard]] std::optional<TimeMatch> chineseTimeAt(const std::vector<Tok>& t, std::size_t i, const TimeContext& ctx);

}  // namespace parallax::annotate
