// Date values as intervals: two statements agree when some day fits both, so "January 2025" and
// "20 January 2025" agree and "November" and "20 January 2025" do not.
#include "core/conflict/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "core/model/date.h"
#include "core/model/timex_text.h"

namespace parallax::conflict {

int toInt(std::string_view s) {
    int v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc{} && ptr == s.data() + s.size() ? v : -1;
}

long dayOf(int y, int m, int d) { return Date{y, m, d, DatePrecision::Day}.daysSinceEpoch(); }

namespace {

int daysInMonth(int y, int m) {
    int next = m == 12 ? 1 : m + 1;
    int ny = m == 12 ? y + 1 : y;
    return static_cast<int>(dayOf(ny, next, 1) - dayOf(y, m, 1));
}

constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                        "Friday", "Saturday", "Sunday"};


}  // namespace

std::string_view datePart(std::string_view value) {
    std::size_t t = value.find('T');
    return t == std::string_view::npos ? value : value.substr(0, t);
}

std::optional<DateRange> parseDateValue(std::string_view v) {
    v = datePart(v);
    if (v.size() < 4) return std::nullopt;
    if (v == "XXXX-XX-XX") {
        DateRange r;
        r.anyDate = true;
        return r;
    }
    std::string_view yearPart = v.substr(0, 4);
    std::string_view rest = v.substr(4);
    if (yearPart == "XXXX") {
        if (rest.size() < 3 || rest[0] != '-') return std::nullopt;
        int m = toInt(rest.substr(1, 2));
        if (m < 1 || m > 12) return std::nullopt;
        DateRange r;
        r.anyYearMonth = m;
        if (rest.size() == 6 && rest[3] == '-' && rest[4] == 'W') {
            int n = toInt(rest.substr(5, 1));
            if (n < 1 || n > 5) return std::nullopt;
            r.anyYearDay = 7 * n - 6;
            r.anyYearLastDay = std::min(7 * n, 31);
            return r;
        }
        int d = rest.size() >= 6 && rest[3] == '-' ? toInt(rest.substr(4, 2)) : 0;
        if (rest.size() >= 6 && (d < 1 || d > 31)) return std::nullopt;
        r.anyYearDay = d > 0 ? d : 0;
        r.anyYearLastDay = r.anyYearDay;
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
    if (rest.size() == 5 && rest[2] == '-' && rest[3] == 'W') {
        // The n-th week of a month: days 1-7 are the first week, 8-14 the second.
        int n = toInt(rest.substr(4, 1));
        if (n < 1 || n > 5) return std::nullopt;
        int from = 7 * n - 6;
        int to = std::min(7 * n, daysInMonth(y, m));
        if (from > to) return std::nullopt;
        return DateRange{dayOf(y, m, from), dayOf(y, m, to), 0, 0};
    }
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
    if (a.anyDate || b.anyDate) return true;
    auto dayFits = [](const DateRange& loose, int day) {
        return loose.anyYearDay == 0 || (day >= loose.anyYearDay && day <= loose.anyYearLastDay);
    };
    if (a.anyYearMonth != 0 && b.anyYearMonth != 0) {
        if (a.anyYearMonth != b.anyYearMonth) return false;
        if (a.anyYearDay == 0 || b.anyYearDay == 0) return true;
        return a.anyYearDay <= b.anyYearLastDay && b.anyYearDay <= a.anyYearLastDay;
    }
    if (a.anyYearMonth != 0 || b.anyYearMonth != 0) {
        const DateRange& loose = a.anyYearMonth != 0 ? a : b;
        const DateRange& fixed = a.anyYearMonth != 0 ? b : a;
        if (fixed.last - fixed.first >= 365) return true;
        // Walk the fixed range month by month: some day of it in the loose month (and day) fits.
        for (long d = fixed.first; d <= fixed.last; ++d) {
            Date day = Date::fromDaysSinceEpoch(d);
            if (day.month == loose.anyYearMonth && dayFits(loose, day.day)) return true;
        }
        return false;
    }
    return a.first <= b.last && b.first <= a.last;
}

std::string describeDate(std::string_view value) { return readableTimex(value); }

int weekdayOf(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }

std::string weekdayName(int isoWeekday) {
    if (isoWeekday < 1 || isoWeekday > 7) return {};
    return std::string(kWeekdays[static_cast<std::size_t>(isoWeekday - 1)]);
}

int bareWeekday(std::string_view written) {
    // Leading words that only point at the weekday ("on", "last", "this", "next").
    std::string w;
    for (char c : written) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view lead : {"on ", "last ", "this ", "next ", "early ", "late "}) {
        if (w.rfind(lead, 0) == 0) w.erase(0, lead.size());
    }
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ' ')) w.pop_back();
    // A part of the day after it still leaves the weekday alone: "Tuesday morning", "周二上午".
    for (std::string_view part : {" morning", " afternoon", " evening", " night", "上午", "下午", "早上", "中午", "晚上",
                                  "晚间", "傍晚"}) {
        if (w.size() > part.size() && w.compare(w.size() - part.size(), part.size(), part) == 0) {
            w.erase(w.size() - part.size());
            break;
        }
    }
    for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
        std::string name(kWeekdays[d]);
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
        if (w == name) return static_cast<int>(d) + 1;
    }
    // Chinese: 周一 ... 周日, 星期一 ... 星期日/星期天, optionally with 本/上
    static constexpr std::array<std::string_view, 7> zh = {"一", "二", "三", "四", "五", "六", "日"};
    for (std::string_view lead : {"本", "上"}) {
        if (w.rfind(lead, 0) == 0) w.erase(0, lead.size());
    }
    for (std::string_view prefix : {"周", "星期", "礼拜"}) {
        if (w.rfind(prefix, 0) != 0) continue;
        std::string_view day = std::string_view(w).substr(prefix.size());
        for (std::size_t d = 0; d < zh.size(); ++d) {
            if (day == zh[d]) return static_cast<int>(d) + 1;
        }
        if (day == "天") return 7;
    }
    return 0;
}

}  // namespace parallax::conflict
