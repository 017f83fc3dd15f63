#pragma once
/// @file date.h  Calendar dates with a precision, and where a publication date was found.
#include <optional>
#include <string>
#include <string_view>

namespace parallax {

enum class DatePrecision { Day, Month, Year };
/// Where an article's publication date came from (the JSON contract's "source").
enum class DateSource { Metadata, Text, File, User };

/// A civil date; month/day are 0 when the precision does not reach them.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    DatePrecision precision = DatePrecision::Day;

    /// "2025-01-20", "2025-01" or "2025" depending on precision.
    [[nodiscard]] std::string iso() const;
    /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" (and a longer ISO timestamp, keeping the day).
    [[nodiscard]] static std::optional<Date> parseIso(std::string_view s);
    /// Days since 1970-01-01 of the first day the date covers.
    [[nodiscard]] long daysSinceEpoch() const;
    [[nodiscard]] static Date fromDaysSinceEpoch(long days);
    auto operator<=>(const Date&) const = default;
};

/// The publication date of an article and how it was found ("meta article:published_time",
/// "JSON-LD datePublished", "dateline", "file modification time", ...).
struct PublishedDate {
    Date date;
    DateSource source = DateSource::Metadata;
    std::string how;
};

[[nodiscard]] std::string_view toString(DatePrecision p);
[[nodiscard]] std::string_view toString(DateSource s);

}  // namespace parallax
