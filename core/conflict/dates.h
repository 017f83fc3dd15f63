#pragma once
/// @file dates.h  TIMEX-style values as day intervals, and whether two of them can both be right.
#include <optional>
#include <string>
#include <string_view>

namespace parallax::conflict {

/// The days a value covers: "2024-11" is 1-30 November 2024; "XXXX-11" is November of an unknown year.
struct DateRange {
    long first = 0;  ///< days since 1970-01-01
    long last = 0;
    int anyYearMonth = 0;  ///< for "XXXX-MM": the month, with first/last unused
    int anyYearDay = 0;
};

/// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-Www", "YYYY-Qn", "YYYY-H1/H2", "XXXX-MM(-DD)"; else nullopt.
[[nodiscard]] std::optional<DateRange> parseDateValue(std::string_view value);

/// True when some day satisfies both values.
[[nodiscard]] bool datesCompatible(const DateRange& a, const DateRange& b);

/// "November 2024", "20 January 2025", "2024", "November" for a value; the value itself when unparsable.
[[nodiscard]] std::string describeDate(std::string_view value);

}  // namespace parallax::conflict
