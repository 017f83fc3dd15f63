// Date values as intervals: two statements agree when some day fits both, so "January 2025" and
// "20 January 2025" agree and "November" and "20 January 2025" do not.
#include "core/conflict/dates.h"

#include <array>
#include <cctype>
#include <charconv>

#include "core/model/date.h"

namespace parallax::conflict {

namespace {

int toInt(std::string_view s) {
    int v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc{} && ptr == s.data() + s.size() ? v : -1;
}

long dayOf(int y, int m, int d) { return Date{y, m, d, DatePrecision::Day}.daysSinceEpoch(); }

int daysInMonth(int y, int m) {
    int next = m == 12 ? 1 : m + 1;
    int ny = m == 12 ? y + 1 : y;
    return static_cast<int>(dayOf(ny, next, 1) - dayOf(y, m, 1));
}

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::optional<DateRange> parseDateValue(std::string_view v) {
    if (v.size() < 4) return std::nullopt;
    std::string_view yearPart = v.substr(0, 4);
    std::string_view rest = v.substr(4);
    if (yearPart == "XXXX") {
        if (rest.size() < 3 || rest[0] != '-') return std::nullopt;
        int m = toInt(rest.substr(1, 2));
        if (m < 1 || m > 12) return std::nullopt;
        int d = rest.size() >= 6 && rest[3] == '-' ? toInt(rest.substr(4, 2)) : 0;
        DateRange r;
        r.anyYearMonth = m;
        r.anyYearDay = d > 0 ? d : 0;
        return r;
    }
    int y = toInt(yearPart);
    if (y < 1000) return std::nullopt;
    if (rest.empty()) return DateRange{dayOf(y, 1, 1), dayOf(y, 12, 31), 0, 0};
    if (rest[0] != '-' || rest.size() < 2) return std::nullopt;
    rest.remove_prefix(1);
    if (rest[0] == 'W') {
        int w = toInt(rest.substr(1, 2));
        if (w < 1 || w > 53) return std::nullopt;
        // ISO week 1 holds 4 January; weeks start on Monday.
        long jan4 = dayOf(y, 1, 4);
        long weekday = ((jan4 + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday: 0 = Monday
        long week1 = jan4 - weekday;
        long first = week1 + 7L * (w - 1);
        return DateRange{first, first + 6, 0, 0};
    }
    if (rest[0] == 'Q') {
        int q = toInt(rest.substr(1, 1));
        if (q < 1 || q > 4) return std::nullopt;
        int m = 3 * (q - 1) + 1;
        return DateRange{dayOf(y, m, 1), dayOf(y, m + 2, daysInMonth(y, m + 2)), 0, 0};
    }
    if (rest[0] == 'H') {
        int h = toInt(rest.substr(1, 1));
        if (h < 1 || h > 2) return std::nullopt;
        return h == 1 ? DateRange{dayOf(y, 1, 1), dayOf(y, 6, 30), 0, 0} : DateRange{dayOf(y, 7, 1), dayOf(y, 12, 31), 0, 0};
    }
    int m = toInt(rest.substr(0, 2));
    if (m < 1 || m > 12) return std::nullopt;
    if (rest.size() >= 5 && rest[2] == '-') {
        int d = toInt(rest.substr(3, 2));
        if (d < 1 || d > daysInMonth(y, m)) return std::nullopt;
        long day = dayOf(y, m, d);
        return DateRange{day, day, 0, 0};
    }
    if (rest.size() != 2) return std::nullopt;
    return DateRange{dayOf(y, m, 1), dayOf(y, m, daysInMonth(y, m)), 0, 0};
}

bool datesCompatible(const DateRange& a, const DateRange& b) {
    if (a.anyYearMonth != 0 && b.anyYearMonth != 0) {
        return a.anyYearMonth == b.anyYearMonth && (a.anyYearDay == 0 || b.anyYearDay == 0 || a.anyYearDay == b.anyYearDay);
    }
    if (a.anyYearMonth != 0 || b.anyYearMonth != 0) {
        const DateRange& loose = a.anyYearMonth != 0 ? a : b;
        const DateRange& fixed = a.anyYearMonth != 0 ? b : a;
        if (fixed.last - fixed.first >= 365) return true;
        // Walk the fixed range month by month: some day of it in the loose month (and day) fits.
        for (long d = fixed.first; d <= fixed.last; ++d) {
            Date day = Date::fromDaysSinceEpoch(d);
            if (day.month == loose.anyYearMonth && (loose.anyYearDay == 0 || day.day == loose.anyYearDay)) return true;
        }
        return false;
    }
    return a.first <= b.last && b.first <= a.last;
}

std::string describeDate(std::string_view value) {
    auto r = parseDateValue(value);
    if (!r) return std::string(value);
    if (r->anyYearMonth != 0) {
        std::string month(kMonths[static_cast<std::size_t>(r->anyYearMonth - 1)]);
        return r->anyYearDay != 0 ? std::to_string(r->anyYearDay) + " " + month : month;
    }
    Date first = Date::fromDaysSinceEpoch(r->first);
    std::string month(kMonths[static_cast<std::size_t>(first.month - 1)]);
    if (value.size() == 4) return std::string(value);
    if (value.size() == 7 && value[4] == '-' && std::isdigit(static_cast<unsigned char>(value[5])) != 0)
        return month + " " + std::to_string(first.year);
    if (value.size() == 10) return std::to_string(first.day) + " " + month + " " + std::to_string(first.year);
    return std::string(value);
}

}  // namespace parallax::conflict
