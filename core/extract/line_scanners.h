#pragma once
/// @file line_scanners.h  Hand-written scanners for the few fixed patterns the extractor looks for in a line:
/// a copyright notice's holder, a bare domain, a news dateline. Each reads in one pass (plus bounded retries on
/// the dateline's 160 bytes) where std::regex backtracked and allocated; each gives exactly what the regular
/// expression it replaced gave (tests/core/extract/line_scanners_test.cpp compares them on many lines).
#include <cstddef>
#include <optional>
#include <string_view>

namespace parallax::extract {

/// The leftmost copyright notice in `text` ("© 2024 Acme Media Ltd.", "Copyright (c) 2019-2024, Harbour Post"):
/// the holder's name as written (capitalised words, joined by of/and/the/for), before any clean-up. Replaces
///   (?:©|\b[Cc]opyright(?: ©| \([cC]\))?)\s*(?:[0-9]{4}(?:\s*(?:-|–)\s*[0-9]{4})?,?\s+)?
///   ((?:[A-Z][A-Za-z0-9&'\-]*\.?)(?:\s+(?:[A-Z&][A-Za-z0-9&'\-]*\.?|of|and|the|for))*)
[[nodiscard]] std::optional<std::string_view> scanCopyrightHolder(std::string_view text);

/// A line that is only a domain or a URL ("www.example.co.uk", "https://news.example.com/path"): the host as
/// written (without "www."). Replaces, case-insensitively and on the whole line,
///   ^\s*(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,12})(?:/\S*)?\s*$
[[nodiscard]] std::optional<std::string_view> scanDomainLine(std::string_view line);

/// A news dateline at the start of `head`: "LONDON, Jan 9 (Reuters) - ", "Tuesday, March 4, 2025 (AP) -- ".
struct DatelineMatch {
    std::optional<std::string_view> date;  ///< "Jan 9", "March 4, 2025" when written
    std::string_view outlet;               ///< inside the brackets
    std::size_t length = 0;                ///< bytes up to and including the dash and the spaces after it
};
/// Replaces ^\s*(?:PLACE(?:, REGION)?,?\s+)?(?:WEEKDAY,?\s+)?(MONTH\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)?\s*
/// \(([A-Z][A-Za-z.&' ]{1,30})\)\s*(?:-{1,2}|–|—)\s* (see the .cpp for the parts), trying the alternatives in
/// the order the regular expression's backtracking did, so that the same dateline is found.
[[nodiscard]] std::optional<DatelineMatch> scanDateline(std::string_view head);

}  // namespace parallax::extract
