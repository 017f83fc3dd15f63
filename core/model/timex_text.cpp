// TIMEX3 values -> the words a reader expects. Written by hand (no regular expression): the shapes are few.
#include "core/model/timex_text.h"

#include <array>
#include <optional>

#include "core/model/date.h"

namespace parallax {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                      "July",    "August",   "September", "October", "November", "December"};

bool digitsAt(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}
int num(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

/// "YYYY" or "XXXX" at the start: the year, 0 when not stated, nullopt when neither.
std::optional<int> yearAt(std::string_view s) {
    if (digitsAt(s, 0, 4)) return num(s, 0, 4);
    if (s.substr(0, 4) == "XXXX") return 0;
    return std::nullopt;
}

std::string dayMonth(int day, int month) { return std::to_string(day) + " " + std::string(kMonths[month - 1]); }

std::string withYear(std::string text, int year) {
    return year == 0 ? text + " (year not stated)" : text + " " + std::to_string(year);
}

/// "MO" -> "morning"; empty for anything else.
std::string partName(std::string_view code) {
    if (code == "MO") return "morning";
    if (code == "AF") return "afternoon";
    if (code == "EV") return "evening";
    if (code == "NI") return "night";
    if (code == "DT") return "daytime";
    if (code == "MI") return "midday";
    return {};
}

/// "MO" -> "the morning of "; empty for anything else.
std::string partOfDay(std::string_view code) {
    const std::string name = partName(code);
    return name.empty() ? name : "the " + name + " of ";
}

std::string plural(std::string_view count, std::string_view unit) {
    if (count == "X") return "some " + std::string(unit) + "s";
    return std::string(count) + " " + std::string(unit) + (count == "1" ? "" : "s");
}

std::optional<std::string> duration(std::string_view v) {
    if (v.size() < 3 || v[0] != 'P') return std::nullopt;
    const bool time = v[1] == 'T';
    const std::string_view body = v.substr(time ? 2 : 1);
    if (body.size() < 2) return std::nullopt;
    const std::string_view count = body.substr(0, body.size() - 1);
    for (char c : count)
        if (!((c >= '0' && c <= '9') || c == '.' || c == 'X')) return std::nullopt;
    switch (body.back()) {
        case 'Y': return time ? std::nullopt : std::optional(plural(count, "year"));
        case 'M': return plural(count, time ? "minute" : "month");
        case 'W': return time ? std::nullopt : std::optional(plural(count, "week"));
        case 'D': return time ? std::nullopt : std::optional(plural(count, "day"));
        case 'H': return time ? std::optional(plural(count, "hour")) : std::nullopt;
        case 'S': return time ? std::optional(plural(count, "second")) : std::nullopt;
        case 'E': return time ? std::nullopt : std::optional(plural(count, "decade"));  // P1DE
        case 'C': return time ? std::nullopt : std::optional(plural(count, "century"));
        default: return std::nullopt;
    }
}

/// An event's time of day after "T" ("T01:28", "T14:06+08:00", "T12:25Z", "T07:25[CT]", "T10:54[local]"):
/// "1:28 a.m.", "2:06 p.m. UTC+8", "12:25 p.m. GMT", "7:25 a.m. Central Time", "10:54 a.m. local time".
std::optional<std::string> clockWords(std::string_view t) {
    if (t.size() < 6 || t[0] != 'T' || !digitsAt(t, 1, 2) || t[3] != ':' || !digitsAt(t, 4, 2)) return std::nullopt;
    const int h = num(t, 1, 2);
    const int m = num(t, 4, 2);
    if (h > 24 || m > 59) return std::nullopt;
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    std::string out = std::to_string(h12) + ":" + (m < 10 ? "0" : "") + std::to_string(m) + (h % 24 < 12 ? " a.m." : " p.m.");
    const std::string_view zone = t.substr(6);
    if (zone.empty()) return out;
    if (zone == "Z") return out + " GMT";
    if (zone == "[ET]") return out + " Eastern Time";
    if (zone == "[CT]") return out + " Central Time";
    if (zone == "[MT]") return out + " Mountain Time";
    if (zone == "[PT]") return out + " Pacific Time";
    if (zone == "[local]") return out + " local time";
    if (zone.size() > 2 && zone.front() == '[' && zone.back() == ']') return out + " " + std::string(zone.substr(1, zone.size() - 2));
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digitsAt(zone, 1, 2) && zone[3] == ':' && digitsAt(zone, 4, 2)) {
        const int zh = num(zone, 1, 2);
        const int zm = num(zone, 4, 2);
        out += " UTC" + std::string(1, zone[0]) + std::to_string(zh);
        if (zm != 0) out += ":" + std::string(zone.substr(4, 2));
        return out;
    }
    return std::nullopt;
}

std::optional<std::string> readableDate(std::string_view v);

constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/// The Monday of ISO week `week` of `year`.
Date mondayOfWeek(int year, int week) {
    const long jan4 = Date{year, 1, 4, DatePrecision::Day}.daysSinceEpoch();
    const long weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    return Date::fromDaysSinceEpoch(jan4 - weekday + 7L * (week - 1));
}

/// Values the text leaves open: "XXXX" (a year), "XXXX-XX-XX" (a day), "XXXX-WXX-6" (a Saturday),
/// "XXXX-XX-XXTMO" (a morning), "XXX" (a decade) -- said in words, with what is missing.
std::optional<std::string> unanchored(std::string_view v) {
    static constexpr std::string_view missing = " (date not stated)";
    if (v == "XXXX") return "a year (not stated)";
    if (v == "XXX") return "a decade (not stated)";
    if (v == "XXXX-XX") return "a month (not stated)";
    if (v == "XXXX-WXX") return "a week (not stated)";
    if (v == "XXXX-WXX-WE") return "a weekend" + std::string(missing);
    if (v == "XXXX-QX") return "a quarter (not stated)";
    if (v == "XXXX-HX") return "a half-year (not stated)";
    if (v.substr(0, 10) == "XXXX-XX-XX") {
        if (v.size() == 10) return "a day" + std::string(missing);
        const std::string part = partName(v.substr(11));
        if (v[10] == 'T' && !part.empty()) return "a " + part + std::string(missing);
    }
    if (v.substr(0, 9) == "XXXX-WXX-" && v.size() >= 10 && v[9] >= '1' && v[9] <= '7') {
        std::string day(kWeekdays[v[9] - '1']);
        if (v.size() == 10) return day + std::string(missing);
        const std::string part = partName(v.substr(11));
        if (v[10] == 'T' && !part.empty()) return day + " " + part + std::string(missing);
    }
    return std::nullopt;
}

/// Fiscal years: "FY2025" -> "fiscal year 2025", "FY2025-Q3" -> "the third quarter of fiscal year 2025".
std::optional<std::string> fiscal(std::string_view v) {
    if (v.size() < 6 || v.substr(0, 2) != "FY" || !digitsAt(v, 2, 4)) return std::nullopt;
    const std::string year = "fiscal year " + std::string(v.substr(2, 4));
    if (v.size() == 6) return year;
    static constexpr std::array<std::string_view, 4> ordinals = {"first", "second", "third", "fourth"};
    if (v.size() == 9 && v.substr(6, 2) == "-Q" && v[8] >= '1' && v[8] <= '4')
        return "the " + std::string(ordinals[v[8] - '1']) + " quarter of " + year;
    if (v.size() == 9 && v.substr(6, 2) == "-H" && (v[8] == '1' || v[8] == '2'))
        return "the " + std::string(ordinals[v[8] - '1']) + " half of " + year;
    return std::nullopt;
}

/// A time after a start, as the annotator writes it ("+5400s"): "T+1 h 30 min", as mission timelines write it.
/// At most nine digits: a longer run is no time of a flight (and would not fit a long).
std::optional<std::string> elapsed(std::string_view v) {
    if (v.size() < 3 || v.size() > 11 || v.front() != '+' || v.back() != 's' || !digitsAt(v, 1, v.size() - 2))
        return std::nullopt;
    long seconds = 0;
    for (char c : v.substr(1, v.size() - 2)) seconds = seconds * 10 + (c - '0');
    return "T+" + elapsedWords(seconds);
}

std::optional<std::string> readable(std::string_view v) {
    if (auto e = elapsed(v)) return e;
    if (auto u = unanchored(v)) return u;
    if (auto f = fiscal(v)) return f;
    // A date with a time of day: "2024-03-26T01:28" -> "26 March 2024, 1:28 a.m."; no date stated -> the time alone.
    if (const std::size_t t = v.find('T'); t != std::string_view::npos && t >= 4 && v[0] != 'P') {
        if (auto clock = clockWords(v.substr(t))) {
            const std::string_view date = v.substr(0, t);
            if (date == "XXXX-XX-XX") return clock;
            if (auto d = readableDate(date)) return *d + ", " + *clock;
        }
    }
    return readableDate(v);
}

std::optional<std::string> readableDate(std::string_view v) {
    if (v == "PRESENT_REF") return std::string("now");
    if (v == "PAST_REF") return std::string("the past");
    if (v == "FUTURE_REF") return std::string("the future");
    if (auto d = duration(v)) return d;
    // Decades and centuries: "201X" -> the 2010s, "19XX"/"19" -> the 1900s.
    if (v.size() == 4 && digitsAt(v, 0, 3) && v[3] == 'X') return "the " + std::string(v.substr(0, 3)) + "0s";
    if (v.size() == 4 && digitsAt(v, 0, 2) && v.substr(2) == "XX") return "the " + std::string(v.substr(0, 2)) + "00s";
    // A decade written with three digits, as the annotator writes it: "199" -> the 1990s.
    if (v.size() == 3 && digitsAt(v, 0, 3)) return "the " + std::string(v) + "0s";
    const auto year = yearAt(v);
    if (!year) return std::nullopt;
    if (v.size() == 4) return *year == 0 ? std::optional<std::string>() : std::to_string(*year);
    if (v[4] != '-' || v.size() < 7) return std::nullopt;
    const std::string_view rest = v.substr(5);
    // Month, day, part of day.
    if (digitsAt(rest, 0, 2)) {
        const int month = num(rest, 0, 2);
        if (month < 1 || month > 12) return std::nullopt;
        if (rest.size() == 2) return withYear(std::string(kMonths[month - 1]), *year);
        // The n-th week of a month: "2024-05-W2" -> the second week of May 2024.
        if (rest.size() == 5 && rest[2] == '-' && rest[3] == 'W' && rest[4] >= '1' && rest[4] <= '5') {
            static constexpr std::array<std::string_view, 5> nth = {"first", "second", "third", "fourth", "fifth"};
            return "the " + std::string(nth[rest[4] - '1']) + " week of " + withYear(std::string(kMonths[month - 1]), *year);
        }
        if (rest.size() >= 5 && rest[2] == '-' && digitsAt(rest, 3, 2)) {
            const int day = num(rest, 3, 2);
            if (day < 1 || day > 31) return std::nullopt;
            const std::string date = withYear(dayMonth(day, month), *year);
            if (rest.size() == 5) return date;
            if (rest[5] == 'T') {
                const std::string part = partOfDay(rest.substr(6));
                if (!part.empty()) return part + date;
                if (digitsAt(rest, 6, 2) && rest.size() >= 9 && rest[8] == ':') return date + ", " + std::string(rest.substr(6, 5));
            }
        }
        return std::nullopt;
    }
    // Weeks: "2025-W04" -> the week of Monday 20 January 2025; "2025-W04-WE" -> the weekend of 25 January 2025.
    if (rest.size() >= 3 && rest[0] == 'W' && digitsAt(rest, 1, 2) && (rest.size() == 3 || rest.substr(3) == "-WE")) {
        const int week = num(rest, 1, 2);
        if (*year == 0 || week < 1 || week > 53) return std::nullopt;
        const Date monday = mondayOfWeek(*year, week);
        if (rest.size() == 3) return "the week of " + dayMonth(monday.day, monday.month) + " " + std::to_string(monday.year);
        const Date saturday = Date::fromDaysSinceEpoch(monday.daysSinceEpoch() + 5);
        return "the weekend of " + dayMonth(saturday.day, saturday.month) + " " + std::to_string(saturday.year);
    }
    if (rest == "WE") return withYear("a weekend", *year);
    // Seasons, quarters, halves.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 5> seasons = {
        {{"SP", "spring"}, {"SU", "summer"}, {"FA", "autumn"}, {"AU", "autumn"}, {"WI", "winter"}}};
    for (const auto& [code, name] : seasons)
        if (rest == code) return withYear(std::string(name), *year);
    static constexpr std::array<std::string_view, 4> ordinals = {"first", "second", "third", "fourth"};
    auto ofYear = [&](std::string part) { return *year == 0 ? part + " (year not stated)" : part + " of " + std::to_string(*year); };
    if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4')
        return ofYear("the " + std::string(ordinals[rest[1] - '1']) + " quarter");
    if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2'))
        return ofYear("the " + std::string(ordinals[rest[1] - '1']) + " half");
    return std::nullopt;
}

}  // namespace

std::string elapsedWords(long seconds) {
    const long h = seconds / 3600;
    const long m = seconds % 3600 / 60;
    const long sec = seconds % 60;
    std::string out;
    if (h > 0) out += std::to_string(h) + " h ";
    if (m > 0 || h > 0) out += std::to_string(m) + " min";
    if (sec > 0) out += (out.empty() ? "" : " ") + std::to_string(sec) + " s";
    return out;
}

bool isTimexValue(std::string_view value) { return readable(value).has_value(); }

std::string readableTimex(std::string_view value) {
    if (auto r = readable(value)) return *r;
    // Fiscal years ("FY2025") read as written by most; keep anything else as it is.
    return std::string(value);
}

std::string readableTimex(std::string_view value, std::string_view note) {
    std::string r = readableTimex(value);
    if (!isTimexValue(value) || value.empty() || value[0] == 'P') return r;
    const bool phrase = r.rfind("the ", 0) == 0 || r.rfind("a ", 0) == 0;
    if (note.find("mod END") != std::string_view::npos) return (phrase ? "the end of " : "late ") + r;
    if (note.find("mod START") != std::string_view::npos) return (phrase ? "the start of " : "early ") + r;
    if (note.find("mod MID") != std::string_view::npos) return (phrase ? "the middle of " : "mid-") + r;
    return r;
}

}  // namespace parallax
