#include "core/model/date.h"

#include <cstdio>

namespace parallax {

std::string Date::iso() const {
    char buf[16];
    switch (precision) {
        case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", year); break;
        case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
        case DatePrecision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    }
    return buf;
}

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (s.size() < pos + n) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
int daysInMonth(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}
}  // namespace

std::optional<Date> Date::parseIso(std::string_view s) {
    Date d;
    if (!digits(s, 0, 4, d.year)) return std::nullopt;
    if (s.size() == 4) {
        d.precision = DatePrecision::Year;
        return d;
    }
    if (s.size() < 7 || s[4] != '-' || !digits(s, 5, 2, d.month) || d.month < 1 || d.month > 12) return std::nullopt;
    if (s.size() == 7) {
        d.precision = DatePrecision::Month;
        return d;
    }
    if (s.size() < 10 || s[7] != '-' || !digits(s, 8, 2, d.day) || d.day < 1 || d.day > daysInMonth(d.year, d.month))
        return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't') return std::nullopt;
    d.precision = DatePrecision::Day;
    return d;
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long Date::daysSinceEpoch() const {
    int y = year;
    unsigned m = month ? static_cast<unsigned>(month) : 1u;
    unsigned dd = day ? static_cast<unsigned>(day) : 1u;
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::fromDaysSinceEpoch(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), DatePrecision::Day};
}

std::string_view toString(DatePrecision p) {
    switch (p) {
        case DatePrecision::Day: return "day";
        case DatePrecision::Month: return "month";
        case DatePrecision::Year: return "year";
    }
    return "day";
}

std::string_view toString(DateSource s) {
    switch (s) {
        case DateSource::Metadata: return "metadata";
        case DateSource::Text: return "text";
        case DateSource::File: return "file";
        case DateSource::User: return "user";
    }
    return "metadata";
}

}  // namespace parallax
