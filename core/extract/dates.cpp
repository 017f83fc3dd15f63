// Date patterns are matched with std::regex on short strings only (header lines, the first bytes of a
// paragraph), so its speed does not matter here.
#include "core/extract/dates.h"

#include <array>
#include <regex>

namespace parallax::extract {

namespace {

int monthFromName(std::string name) {
    for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!name.empty() && name.back() == '.') name.pop_back();
    static const std::array<const char*, 12> full = {"january", "february", "march",     "april",   "may",      "june",
                                                     "july",    "august",   "september", "october", "november", "december"};
    for (std::size_t m = 0; m < 12; ++m) {
        const std::string f = full[m];
        if (name == f) return static_cast<int>(m) + 1;
        if (name.size() >= 3 && f.compare(0, name.size(), name) == 0) return static_cast<int>(m) + 1;  // "Jan", "Sept"
    }
    if (name == "sept") return 9;
    return 0;
}

bool validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > days[m - 1]) return false;
    if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return true;
}

bool plausibleYear(int y) { return y >= 1900 && y <= 2100; }

const std::string kMonth =
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
    "Nov(?:ember)?|Dec(?:ember)?)\\.?";

struct Pattern {
    std::regex re;
    enum Order { Iso, MonthDayYear, DayMonthYear, MonthDay, MonthYear, Cjk, Slash } order;
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> ps = [] {
        const auto icase = std::regex::ECMAScript | std::regex::icase;
        std::vector<Pattern> v;
        v.push_back({std::regex("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![0-9])"), Pattern::Iso});
        v.push_back({std::regex("((?:19|20)\\d\\d)\\s*\xE5\xB9\xB4\\s*(\\d{1,2})\\s*\xE6\x9C\x88\\s*(\\d{1,2})\\s*[\xE6\x97\xA5\xE5\x8F\xB7]"), Pattern::Cjk});
        v.push_back({std::regex("\\b" + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", icase),
                     Pattern::MonthDayYear});
        v.push_back({std::regex("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + kMonth + ",?\\s+((?:19|20)\\d\\d)\\b", icase),
                     Pattern::DayMonthYear});
        v.push_back({std::regex("\\b((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})\\b"), Pattern::Slash});
        v.push_back({std::regex("\\b" + kMonth + "\\s+((?:19|20)\\d\\d)\\b", icase), Pattern::MonthYear});
        v.push_back({std::regex("\\b" + kMonth + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)", icase), Pattern::MonthDay});
        return v;
    }();
    return ps;
}

std::optional<FoundDate> fromMatch(const Pattern& p, const std::cmatch& m, int yearHint) {
    Date d;
    auto num = [&](int i) { return std::stoi(m[i].str()); };
    switch (p.order) {
        case Pattern::Iso:
        case Pattern::Cjk:
        case Pattern::Slash: d = Date{num(1), num(2), num(3), DatePrecision::Day}; break;
        case Pattern::MonthDayYear: d = Date{num(3), monthFromName(m[1].str()), num(2), DatePrecision::Day}; break;
        case Pattern::DayMonthYear: d = Date{num(3), monthFromName(m[2].str()), num(1), DatePrecision::Day}; break;
        case Pattern::MonthYear: d = Date{num(2), monthFromName(m[1].str()), 0, DatePrecision::Month}; break;
        case Pattern::MonthDay:
            if (yearHint == 0) return std::nullopt;
            d = Date{yearHint, monthFromName(m[1].str()), num(2), DatePrecision::Day};
            break;
    }
    if (!plausibleYear(d.year)) return std::nullopt;
    if (d.precision == DatePrecision::Day && !validDay(d.year, d.month, d.day)) return std::nullopt;
    if (d.precision == DatePrecision::Month && (d.month < 1 || d.month > 12)) return std::nullopt;
    FoundDate f;
    f.date = d;
    f.start = static_cast<std::size_t>(m.position(0));
    f.end = f.start + static_cast<std::size_t>(m.length(0));
    return f;
}

}  // namespace

std::optional<FoundDate> findDate(std::string_view text, int yearHint) {
    std::optional<FoundDate> best;
    for (const auto& p : patterns()) {
        std::cmatch m;
        const char* b = text.data();
        const char* e = text.data() + text.size();
        while (std::regex_search(b, e, m, p.re)) {
            if (auto f = fromMatch(p, m, yearHint)) {
                f->start += static_cast<std::size_t>(b - text.data());
                f->end += static_cast<std::size_t>(b - text.data());
                // Patterns are ordered from the most to the least complete; the earliest full date wins.
                if (!best || f->start < best->start) best = f;
                break;
            }
            b = m[0].second;
        }
        if (best && best->date.precision == DatePrecision::Day) break;
    }
    return best;
}

std::optional<Dateline> findDateline(std::string_view paragraph, int yearHint) {
    static const std::regex re(
        "^\\s*(?:[A-Z][A-Za-z .'\\-]{1,40}(?:,\\s*[A-Z][A-Za-z .]{1,30})?,?\\s+)?"  // place, optional region
        "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?"                          // weekday
        "((?:" + kMonth + ")\\s+\\d{1,2}(?:,\\s*(?:19|20)\\d\\d)?)?\\s*"            // date
        "\\(([A-Z][A-Za-z.&' ]{1,30})\\)\\s*(?:-{1,2}|\xE2\x80\x93|\xE2\x80\x94)\\s*");
    const std::string_view head = paragraph.substr(0, 160);
    std::cmatch m;
    if (!std::regex_search(head.data(), head.data() + head.size(), m, re)) return std::nullopt;
    Dateline d;
    d.outlet = m[3].str();
    d.length = static_cast<std::size_t>(m.length(0));
    if (m[1].matched) {
        const std::string when = m[1].str();
        if (auto f = findDate(when, yearHint)) d.date = f->date;
    }
    return d;
}

std::optional<Date> parseAnyDate(std::string_view value) {
    std::size_t first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;
    value.remove_prefix(first);
    if (auto d = Date::parseIso(value.substr(0, std::min<std::size_t>(value.size(), 10)))) {
        if (value.size() <= 10 || value[10] == 'T' || value[10] == ' ' || value[10] == 't') return d;
    }
    if (auto f = findDate(value)) return f->date;
    return std::nullopt;
}

}  // namespace parallax::extract
