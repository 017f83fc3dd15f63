#pragma once
/// @file dates.h  Finding calendar dates written in text ("January 9, 2025", "9 Jan 2025", "2025-01-09",
/// "2025年1月9日") and news datelines ("BEIJING, Jan 9 (Reuters) -").
#include <optional>
#include <string>
#include <string_view>

#include "core/model/date.h"

namespace parallax::extract {

struct FoundDate {
    Date date;
    std::size_t start = 0;  ///< byte range of the date in the searched text
    std::size_t end = 0;
};

/// The first date written in `text`. A day and month without a year ("Jan 9") takes `yearHint` when it is
/// non-zero, else it is not a date. Month names are English (full, abbreviated, with or without a dot).
[[nodiscard]] std::optional<FoundDate> findDate(std::string_view text, int yearHint = 0);

/// A parsed news dateline at the start of a paragraph: "LONDON, Jan 9 (Reuters) - ..." or "(AP) --".
struct Dateline {
    std::optional<Date> date;  ///< when the dateline carries one
    std::string outlet;        ///< the agency in parentheses
    std::size_t length = 0;    ///< bytes of the dateline, including the dash after it
};

[[nodiscard]] std::optional<Dateline> findDateline(std::string_view paragraph, int yearHint = 0);

/// Parses an ISO-like timestamp or any date `findDate` understands (used for metadata values).
[[nodiscard]] std::optional<Date> parseAnyDate(std::string_view value);

}  // namespace parallax::extract
