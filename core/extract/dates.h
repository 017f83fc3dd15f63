#pragma once
/// @file dates.h  Finding calendar dates written in text ("January 9, 2025", "9 Jan 2025", "2025-01-09",
/// "19. August 2019", "07.11.2023", "2 de novembro de 2023", "2025年1月9日") and news datelines
/// ("BEIJING, Jan 9 (Reuters) -").
#include <optional>
#include <string>
#include <string_view>

#include "core/model/date.h"

namespace parallax::extract {

struct FoundDate {
    Date date;
    std::size_t start = 0;  ///< byte range of the date in the searched text
    std::size_t end = 0;
    bool yearFromHint = false;  ///< the text gave a day and a month only ("Jan 9", "19. August")
};

/// How to read what the text leaves open.
struct DateReading {
    int yearHint = 0;         ///< the year of a day and month written without one; 0: such a date is no date
    bool monthFirst = false;  ///< "03/04/2025" is March 4 (American usage) rather than 3 April
};

/// The first date written in `text`: the earliest one with a day and a year, else the earliest month and
/// year ("November 2024") or day and month completed with `yearHint`. Month names in the languages of
/// date_words.h; numeric forms Y-M-D, D.M.Y, D/M/Y (M/D/Y when `monthFirst` or when the day shows it),
/// CJK 年月日 and Korean 년월일. A hand-written scanner, linear in the text's length.
[[nodiscard]] std::optional<FoundDate> findDate(std::string_view text, const DateReading& reading);
[[nodiscard]] std::optional<FoundDate> findDate(std::string_view text, int yearHint = 0);

/// A line that opens with a date ("date 2024-01-03 Earthquake in Japan", "Published: 9 Jan 2025 10:02 - Title",
/// "2025年1月9日 10:32 标题"): the date, and in `end` where the rest of the line starts (after a time of day
/// and separators). At most two label words may stand before the date.
[[nodiscard]] std::optional<FoundDate> leadingDate(std::string_view line);

/// A parsed news dateline at the start of a paragraph: "LONDON, Jan 9 (Reuters) - ..." or "(AP) --".
struct Dateline {
    std::optional<Date> date;  ///< when the dateline carries one
    std::string outlet;        ///< the agency in parentheses
    std::size_t length = 0;    ///< bytes of the dateline, including the dash after it
};

[[nodiscard]] std::optional<Dateline> findDateline(std::string_view paragraph, int yearHint = 0);

/// Parses an ISO-like timestamp or any date `findDate` understands (used for metadata values).
[[nodiscard]] std::optional<Date> parseAnyDate(std::string_view value, const DateReading& reading = {});

}  // namespace parallax::extract
