#include "core/annotate/time_rules.h"

#include <functional>
#include <string_view>

#include "core/annotate/calendar.h"
#include "core/annotate/numbers.h"
#include "core/annotate/time_clock.h"
#include "core/annotate/time_resolve.h"

namespace parallax::annotate {
namespace {

using Toks = std::vector<Tok>;
using Opt = std::optional<TimeMatch>;

// Month name at t[i] (capitalized); "Jan." consumes its dot. Returns 1-12 and sets `next`.
int monthAt(const Toks& t, std::size_t i, std::size_t& next, bool& abbreviated) {
    static constexpr std::string_view full[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
    static constexpr std::string_view abbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
    if (i >= t.size() || t[i].kind != TokKind::Word || !startsUpper(t[i].text)) return 0;
    const std::string& w = t[i].lower;
    next = i + 1;
    abbreviated = false;
    for (int m = 0; m < 12; ++m)
        if (w == full[m]) return m + 1;
    for (int m = 0; m < 12; ++m)
        if (w == abbr[m] || (m == 8 && w == "sept")) {
            abbreviated = true;
            if (next < t.size() && t[next].text == "." && adjacent(t[i], t[next])) ++next;
            return m + 1;
        }
    return 0;
}

/// Tokens a and b are consecutive words separated by a space only.
bool adjacentWord(const Toks& t, std::size_t a, std::size_t b) { return b == a + 1 && t[b].start == t[a].end + 1; }

}  // namespace

int monthAt(const Toks& t, std::size_t i, std::size_t& next) {
    bool abbreviated = false;
    return monthAt(t, i, next, abbreviated);
}

int weekdayAt(const Toks& t, std::size_t i) {
    static constexpr std::string_view days[] = {"monday", "tuesday", "wednesday", "thursday",
                                                "friday", "saturday", "sunday"};
    if (i >= t.size() || !startsUpper(t[i].text)) return 0;
    for (int d = 0; d < 7; ++d)
        if (t[i].lower == days[d]) return d + 1;
    return 0;
}

namespace {

// 1-31 written as "20" or "20th".
int dayAt(const Toks& t, std::size_t i) {
    if (i >= t.size()) return 0;
    std::string_view s = t[i].text;
    if (t[i].kind == TokKind::Alnum) {
        const std::string& l = t[i].lower;
        if (l.size() < 3) return 0;
        std::string_view suf = std::string_view(l).substr(l.size() - 2);
        if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return 0;
        s = s.substr(0, s.size() - 2);
    } else if (t[i].kind != TokKind::Number) {
        return 0;
    }
    if (s.empty() || s.size() > 2) return 0;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return 0;
        v = v * 10 + (c - '0');
    }
    return v >= 1 && v <= 31 ? v : 0;
}

}  // namespace

int numberAt(const Toks& t, std::size_t i, std::size_t maxDigits) {
    if (i >= t.size() || t[i].kind != TokKind::Number || t[i].text.size() > maxDigits) return -1;
    int v = 0;
    for (char c : t[i].text) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

int yearAt(const Toks& t, std::size_t i) {
    if (i >= t.size() || t[i].text.size() != 4) return 0;
    int v = numberAt(t, i, 4);
    return v >= 1800 && v <= 2199 ? v : 0;
}

bool unitAt(const Toks& t, std::size_t i, TimeUnit& u) {
    const std::string& w = lowerAt(t, i);
    std::string s = w.size() > 1 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
    if (s == "day") u = TimeUnit::Day;
    else if (s == "week") u = TimeUnit::Week;
    else if (s == "month") u = TimeUnit::Month;
    else if (s == "quarter") u = TimeUnit::Quarter;
    else if (s == "year") u = TimeUnit::Year;
    else if (s == "decade") u = TimeUnit::Decade;
    else if (s == "hour") u = TimeUnit::Hour;
    else if (s == "minute") u = TimeUnit::Minute;
    else return false;
    return true;
}

// A count before a unit: "three", "3", "a", "one"; "several"/"a few" give -1 (unknown). Sets next.
bool countAt(const Toks& t, std::size_t i, int& n, std::size_t& next) {
    const std::string& w = lowerAt(t, i);
    if (w == "a" || w == "an") {
        if (lowerAt(t, i + 1) == "few" || lowerAt(t, i + 1) == "couple") {
            n = -1;
            next = i + 2 + (lowerAt(t, i + 2) == "of" ? 1 : 0);
            return true;
        }
        n = 1;
        next = i + 1;
        return true;
    }
    if (w == "several" || w == "few" || w == "many") {
        n = -1;
        next = i + 1;
        return true;
    }
    if (int v = smallNumberWord(w); v > 0) {
        n = v;
        next = i + 1;
        return true;
    }
    if (int v = numberAt(t, i, 3); v > 0) {
        n = v;
        next = i + 1;
        return true;
    }
    return false;
}

int ordinalWord(const std::string& w) {
    if (w.size() < 3 || w.size() > 6) return 0;  // asked of every token: spare the eight comparisons
    if (w == "first" || w == "1st") return 1;
    if (w == "second" || w == "2nd") return 2;
    if (w == "third" || w == "3rd") return 3;
    if (w == "fourth" || w == "4th") return 4;
    return 0;
}

bool spells(const Toks& t, std::size_t i, std::string_view word, std::size_t& next) {
    std::size_t k = i;
    std::size_t at = 0;
    while (at < word.size()) {
        if (k >= t.size() || t[k].kind != TokKind::Cjk || word.compare(at, t[k].text.size(), t[k].text) != 0) return false;
        at += t[k].text.size();
        ++k;
    }
    next = k;
    return true;
}

std::string_view partOfDayAfter(const Toks& t, std::size_t i, std::size_t& next) {
    static constexpr std::pair<std::string_view, std::string_view> english[] = {
        {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"overnight", "NI"}};
    for (const auto& [word, code] : english)
        if (lowerAt(t, i) == word) {
            next = i + 1;
            return code;
        }
    // Chinese: "上午", "下午", "晚上"; not when a clock time follows ("下午4时" is the time rules' job).
    static constexpr std::pair<std::string_view, std::string_view> chinese[] = {
        {"上午", "MO"}, {"早上", "MO"}, {"早晨", "MO"}, {"清晨", "MO"}, {"中午", "MI"}, {"下午", "AF"},
        {"傍晚", "EV"}, {"晚上", "EV"}, {"晚间", "EV"}, {"夜间", "NI"}, {"深夜", "NI"}, {"夜里", "NI"}};
    for (const auto& [word, code] : chinese) {
        std::size_t k = 0;
        if (!spells(t, i, word, k)) continue;
        if (k < t.size() && (t[k].kind == TokKind::Number || chineseNumeral(t[k].text) >= 0)) return {};
        next = k;
        return code;
    }
    return {};
}

namespace {

// Words before a bare month or year that make it a date rather than a name or a verb ("May", "March").
bool datePreposition(const Toks& t, std::size_t i) {
    if (i == 0) return false;
    return isOneOf(t[i - 1].lower, {"in", "since", "by", "until", "till", "through", "during", "before", "after",
                                    "from", "of", "to", "early", "late", "mid", "between", "around",
                                    "throughout", "last", "this", "next", "-", "the", "year", "fiscal", "for"});
}

Opt quarterOrHalf(char kind, int ordinal, const Toks& t, std::size_t j, const TimeContext& ctx) {
    // "Q3 2024", "the third quarter of 2024", "H1 2025"; without a year, the latest one (past) or next one.
    if (lowerAt(t, j) == "of" && yearAt(t, j + 1)) ++j;
    std::string suffix = std::string("-") + kind + std::to_string(ordinal);
    if (int y = yearAt(t, j)) return matchTo(j + 1, TimeNorm{calendar::yearOnly(y) + suffix, true, {}});
    // "the fourth quarter of last year", "the first half of this year", "the third quarter next year"
    std::size_t k = j + (lowerAt(t, j) == "of" ? 1 : 0);
    if (isOneOf(lowerAt(t, k), {"last", "this", "next"}) && lowerAt(t, k + 1) == "year") {
        int shift = lowerAt(t, k) == "last" ? -1 : (lowerAt(t, k) == "this" ? 0 : 1);
        TimeNorm y = shiftedUnit(TimeUnit::Year, shift, ctx, lowerAt(t, k) + " year");
        return matchTo(k + 2, TimeNorm{y.value + suffix, y.resolved, y.note});
    }
    // The latest one that has begun (past tense) or the next one not yet over (future): "the fourth quarter"
    // written in December is this one either way.
    int startMonth = kind == 'Q' ? 3 * (ordinal - 1) + 1 : 6 * (ordinal - 1) + 1;
    int endMonth = startMonth + (kind == 'Q' ? 2 : 5);
    TimeNorm m = monthInContext(ctx.tense == Tense::Past ? startMonth : endMonth, ctx, Pointer::Bare);
    TimeNorm n{m.value.substr(0, 4) + suffix, m.resolved, m.note};
    return matchTo(j, n);
}

Opt seasonAt(const Toks& t, std::size_t i, const TimeContext& ctx, Pointer p) {
    static constexpr std::string_view names[] = {"spring", "summer", "autumn", "fall", "winter"};
    static constexpr std::string_view codes[] = {"SP", "SU", "FA", "FA", "WI"};
    for (int k = 0; k < 5; ++k) {
        if (lowerAt(t, i) != names[k]) continue;
        std::size_t j = i + 1;
        if (lowerAt(t, j) == "of" && yearAt(t, j + 1)) ++j;
        if (int y = yearAt(t, j))
            return matchTo(j + 1, TimeNorm{calendar::yearOnly(y) + "-" + std::string(codes[k]), true, {}});
        // "fall" alone is usually a verb, "spring" a noun: a season without "this"/"last"/"next" is one only
        // after a preposition ("in the summer", "during winter"), and not as part of a name ("the Summer Olympics").
        if (p == Pointer::Bare) {
            std::size_t b = i > 0 && t[i - 1].lower == "the" ? i - 1 : i;
            bool introduced = b > 0 && isOneOf(t[b - 1].lower, {"in", "during", "over", "through", "throughout", "by",
                                                                 "until", "since", "this", "for"});
            bool name = startsUpper(t[i].text) && j < t.size() && t[j].kind == TokKind::Word && startsUpper(t[j].text);
            if (!introduced || name || lowerAt(t, j) == "of" || (j < t.size() && isDash(t[j].text))) return std::nullopt;
        }
        return matchTo(j, seasonInContext(codes[k], ctx, p));
    }
    return std::nullopt;
}

Opt absoluteAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    // ISO 2025-01-20 / 2025-01, and 2025/01/20
    if (int y = yearAt(t, i); y && i + 2 < t.size() && (t[i + 1].text == "-" || t[i + 1].text == "/") &&
                              adjacent(t[i], t[i + 1]) && adjacent(t[i + 1], t[i + 2]) && t[i + 2].text.size() == 2) {
        int m = numberAt(t, i + 2, 2);
        if (m >= 1 && m <= 12) {
            if (i + 4 < t.size() && t[i + 3].text == t[i + 1].text && adjacent(t[i + 2], t[i + 3]) &&
                adjacent(t[i + 3], t[i + 4]) && t[i + 4].text.size() == 2)
                return matchTo(i + 5, absoluteDay(y, m, numberAt(t, i + 4, 2)));
            return matchTo(i + 3, TimeNorm{calendar::ym(y, m), true, {}});
        }
    }
    // 20/01/2025, 01/20/2025: the order is read from whichever part exceeds 12
    if (int a = numberAt(t, i, 2); a > 0 && i + 4 < t.size() && t[i + 1].text == "/" && t[i + 3].text == "/" &&
                                   adjacent(t[i], t[i + 1]) && adjacent(t[i + 1], t[i + 2]) &&
                                   adjacent(t[i + 2], t[i + 3]) && adjacent(t[i + 3], t[i + 4])) {
        int b = numberAt(t, i + 2, 2);
        int y = yearAt(t, i + 4);
        if (b > 0 && y) {
            if (a > 12 && b <= 12) return matchTo(i + 5, absoluteDay(y, b, a));
            if (b > 12 && a <= 12) return matchTo(i + 5, absoluteDay(y, a, b));
            if (a == b) return matchTo(i + 5, absoluteDay(y, a, b));
            if (a <= 12 && b <= 12)
                return matchTo(i + 5, TimeNorm{calendar::yearOnly(y), false, "day/month order ambiguous; year only"});
        }
    }
    // Chinese: 2025年1月20日, 2025年1月, 2025年, 1月20日
    auto cjk = [&](std::size_t k, std::string_view c) { return k < t.size() && t[k].text == c; };
    if (int y = yearAt(t, i); y && cjk(i + 1, "年")) {
        int m = numberAt(t, i + 2, 2);
        if (m >= 1 && m <= 12 && cjk(i + 3, "月")) {
            int d = numberAt(t, i + 4, 2);
            if (d >= 1 && (cjk(i + 5, "日") || cjk(i + 5, "号"))) return matchTo(i + 6, absoluteDay(y, m, d));
            return matchTo(i + 4, TimeNorm{calendar::ym(y, m), true, {}});
        }
        return matchTo(i + 2, TimeNorm{calendar::yearOnly(y), true, {}});
    }
    if (int m = numberAt(t, i, 2); m >= 1 && m <= 12 && cjk(i + 1, "月")) {
        int d = numberAt(t, i + 2, 2);
        if (d >= 1 && (cjk(i + 3, "日") || cjk(i + 3, "号"))) return matchTo(i + 4, dayMonthInContext(d, m, ctx));
        return matchTo(i + 2, monthInContext(m, ctx, Pointer::Bare));
    }
    // 20 January 2025, 20th of January
    if (int d = dayAt(t, i)) {
        std::size_t j = i + 1 + (lowerAt(t, i + 1) == "of" ? 1 : 0);
        std::size_t next = 0;
        if (int m = monthAt(t, j, next)) {
            if (lowerAt(t, next) == "," && yearAt(t, next + 1)) ++next;
            if (int y = yearAt(t, next)) return matchTo(next + 1, absoluteDay(y, m, d));
            return matchTo(next, dayMonthInContext(d, m, ctx));
        }
    }
    // January 20, 2025 / Jan. 20 / November 2024 / November
    std::size_t next = 0;
    bool abbreviated = false;
    if (int m = monthAt(t, i, next, abbreviated)) {
        // "the Long March 5 rocket", "Theresa May 12 ...": after a capitalised word, March and May are names
        bool ambiguous = t[i].lower == "may" || t[i].lower == "march";
        if (ambiguous && i > 0 && t[i - 1].kind == TokKind::Word && startsUpper(t[i - 1].text) && adjacentWord(t, i - 1, i) &&
            !weekdayAt(t, i - 1) && t[i - 1].text.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos)
            return std::nullopt;
        if (int d = dayAt(t, next); d && !(next < t.size() && t[next].kind == TokKind::Number && t[next].text.size() > 2)) {
            std::size_t j = next + 1;
            if (lowerAt(t, j) == "," && yearAt(t, j + 1)) ++j;
            if (int y = yearAt(t, j)) return matchTo(j + 1, absoluteDay(y, m, d));
            return matchTo(next + 1, dayMonthInContext(d, m, ctx));
        }
        std::size_t j = next;
        if ((lowerAt(t, j) == "," || lowerAt(t, j) == "of") && yearAt(t, j + 1)) ++j;
        if (int y = yearAt(t, j)) return matchTo(j + 1, TimeNorm{calendar::ym(y, m), true, {}});
        bool ambiguousWord = t[i].lower == "may" || t[i].lower == "march";
        if (abbreviated || (ambiguousWord && !datePreposition(t, i))) return std::nullopt;
        return matchTo(next, monthInContext(m, ctx, Pointer::Bare));
    }
    if (int wd = weekdayAt(t, i)) return matchTo(i + 1, weekdayInContext(wd, ctx, Pointer::Bare));
    // a year after a preposition: "in 2024", "since 2019"
    if (int y = yearAt(t, i); y && datePreposition(t, i))
        return matchTo(i + 1, TimeNorm{calendar::yearOnly(y), true, {}});
    // decades: "the 1990s"
    if (t[i].kind == TokKind::Alnum && t[i].text.size() == 5 && t[i].lower.back() == 's') {
        int v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            char c = t[i].text[k];
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + (c - '0');
        }
        if (v >= 1800 && v <= 2190 && v % 10 == 0) return matchTo(i + 1, TimeNorm{std::to_string(v / 10), true, {}});
    }
    // Q3 2024, H1 2025
    if (t[i].kind == TokKind::Alnum && t[i].text.size() == 2 && (t[i].text[0] == 'Q' || t[i].text[0] == 'H')) {
        int o = t[i].text[1] - '0';
        if ((t[i].text[0] == 'Q' && o >= 1 && o <= 4) || (t[i].text[0] == 'H' && (o == 1 || o == 2)))
            return quarterOrHalf(t[i].text[0], o, t, i + 1, ctx);
    }
    return std::nullopt;
}

Opt relativeAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    const std::string& w = t[i].lower;
    // "USA TODAY", "NEXT WEEK" in a banner: words in capitals are names or shouting, not dates
    if (t[i].text.size() > 1 && t[i].kind == TokKind::Word &&
        t[i].text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos)
        return std::nullopt;
    if (w == "yesterday") return matchTo(i + 1, shiftedUnit(TimeUnit::Day, -1, ctx, w));
    if (w == "today")
        return matchTo(i + 1,
                       presentToday(t, i) ? TimeNorm{"PRESENT_REF", true, {}} : shiftedUnit(TimeUnit::Day, 0, ctx, w));
    if (w == "tomorrow") return matchTo(i + 1, shiftedUnit(TimeUnit::Day, 1, ctx, w));
    if (w == "recently" || w == "lately") return matchTo(i + 1, TimeNorm{"PAST_REF", true, {}});
    TimeUnit u{};
    // last/this/next + unit, month, weekday or season
    if (isOneOf(w, {"last", "this", "next"})) {
        Pointer p = w == "last" ? Pointer::Last : (w == "this" ? Pointer::This : Pointer::Next);
        int shift = w == "last" ? -1 : (w == "this" ? 0 : 1);
        const std::string& u1 = lowerAt(t, i + 1);
        if (unitAt(t, i + 1, u) && u1.back() != 's') {
            std::string phrase = w + " " + u1;
            return matchTo(i + 2, shiftedUnit(u, shift, ctx, phrase));
        }
        std::size_t next = 0;
        if (int m = monthAt(t, i + 1, next)) return matchTo(next, monthInContext(m, ctx, p));
        if (int wd = weekdayAt(t, i + 1)) return matchTo(i + 2, weekdayInContext(wd, ctx, p));
        return seasonAt(t, i + 1, ctx, p);
    }
    // earlier this month, later this year
    if ((w == "earlier" || w == "later") && lowerAt(t, i + 1) == "this" && unitAt(t, i + 2, u)) {
        TimeNorm n = shiftedUnit(u, 0, ctx, w + " this " + lowerAt(t, i + 2));
        addModifier(n, w == "earlier" ? "EARLIER" : "LATER");
        return matchTo(i + 3, n);
    }
    // in recent weeks, in the coming months, in the near future
    if (w == "in" && lowerAt(t, i + 1) == "recent" && unitAt(t, i + 2, u))
        return matchTo(i + 3, TimeNorm{"PAST_REF", true, {}});
    if (w == "in" && lowerAt(t, i + 1) == "the") {
        const std::string& a = lowerAt(t, i + 2);
        if ((a == "coming" || a == "next") && unitAt(t, i + 3, u) && lowerAt(t, i + 3).back() == 's')
            return matchTo(i + 4, TimeNorm{"FUTURE_REF", true, {}});
        if (a == "future") return matchTo(i + 3, TimeNorm{"FUTURE_REF", true, {}});
        if (a == "near" && lowerAt(t, i + 3) == "future") return matchTo(i + 4, TimeNorm{"FUTURE_REF", true, {}});
    }
    // N units ago
    int n = 0;
    std::size_t j = 0;
    if (countAt(t, i, n, j) && unitAt(t, j, u) && lowerAt(t, j + 1) == "ago") {
        if (n < 0) return matchTo(j + 2, TimeNorm{"PAST_REF", true, {}});
        return matchTo(j + 2, shiftedUnit(u, -n, ctx, "ago"));
    }
    // the past year, the last three years, the year since, the two years since
    std::size_t k = i;
    if (isOneOf(w, {"in", "over", "during", "for", "within", "throughout"}) && lowerAt(t, i + 1) == "the") ++k;
    if (lowerAt(t, k) == "the") {
        std::size_t m = k + 1;
        bool span = isOneOf(lowerAt(t, m), {"past", "last", "previous", "next", "coming", "following"});
        if (span) ++m;
        int count = 1;
        std::size_t after = m;
        if (countAt(t, m, count, after) && lowerAt(t, m) != "a" && lowerAt(t, m) != "an") m = after;
        else count = 1;
        // "the coming months", "the past weeks": a plural without a count is an unknown number of units
        if (count == 1 && unitAt(t, m, u) && lowerAt(t, m).back() == 's') count = -1;
        if (unitAt(t, m, u)) {
            bool since = lowerAt(t, m + 1) == "since";
            bool ahead = isOneOf(lowerAt(t, k + 1), {"next", "coming", "following"});
            // "in the next few years" points ahead without saying how far
            if (span && ahead && count < 0) return matchTo(m + 1, TimeNorm{"FUTURE_REF", true, {}});
            if (span || since) return matchTo(m + 1 + (since ? 1 : 0), durationOf(u, count));
        }
    }
    // for three years, over two decades, within a week
    if (isOneOf(w, {"for", "over", "during", "within"}) && countAt(t, i + 1, n, j) && unitAt(t, j, u))
        return matchTo(j + 1, durationOf(u, n));
    // the first quarter (of 2024), the second half of 2025
    if (w == "the" || w == "first" || w == "second" || w == "third" || w == "fourth") {
        std::size_t m = w == "the" ? i + 1 : i;
        int o = ordinalWord(lowerAt(t, m));
        if (o && lowerAt(t, m + 1) == "quarter") return quarterOrHalf('Q', o, t, m + 2, ctx);
        // "third-quarter profit"
        if (o && m + 2 < t.size() && isDash(t[m + 1].text) && adjacent(t[m], t[m + 1]) && lowerAt(t, m + 2) == "quarter")
            return quarterOrHalf('Q', o, t, m + 3, ctx);
        const std::string& y = lowerAt(t, m + 3);
        if (o && o <= 2 && lowerAt(t, m + 1) == "half" && lowerAt(t, m + 2) == "of" &&
            (yearAt(t, m + 3) || ((y == "last" || y == "this" || y == "next") && lowerAt(t, m + 4) == "year")))
            return quarterOrHalf('H', o, t, m + 2, ctx);
    }
    return seasonAt(t, i, ctx, Pointer::Bare);
}

Opt modifiedAt(const Toks& t, std::size_t i, const TimeContext& ctx);

// "the second week of May (2024)": days 8-14 of the month, "2024-05-W2"; "the week of 20 January 2025": its ISO week.
Opt weekOfAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    std::size_t j = i + (lowerAt(t, i) == "the" ? 1 : 0);
    int n = ordinalWord(lowerAt(t, j));
    if (n == 0 && lowerAt(t, j) == "fifth") n = 5;
    std::size_t w = n > 0 ? j + 1 : j;
    if (lowerAt(t, w) != "week" || lowerAt(t, w + 1) != "of") return std::nullopt;
    if (n == 0) {
        if (j == i) return std::nullopt;  // "week of" needs its "the"
        Opt day = absoluteAt(t, w + 2, ctx);
        if (!day || day->norm.value.size() != 10 || day->norm.value[0] < '0' || day->norm.value[0] > '9') return std::nullopt;
        auto d = Date::parseIso(day->norm.value);
        if (!d) return std::nullopt;
        return matchTo(day->end, TimeNorm{calendar::isoWeek(*d), day->norm.resolved, day->norm.note});
    }
    std::size_t next = 0;
    int m = monthAt(t, w + 2, next);
    if (m == 0) return std::nullopt;
    TimeNorm month;
    if (int y = yearAt(t, next)) {
        month = TimeNorm{calendar::ym(y, m), true, {}};
        ++next;
    } else {
        month = monthInContext(m, ctx, Pointer::Bare);
    }
    if (month.value.empty()) return std::nullopt;
    month.value += "-W" + std::to_string(n);
    return matchTo(next, month);
}

const char* const kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// A weekday written beside a date ("Monday, June 24, 2024", "6月25日（星期二）"): the date is the value; a
// weekday that does not fit a date with its year written is noted, for the conflict stage to flag.
void checkWeekday(TimeNorm& n, int weekday) {
    // A year the text does not write was inferred: the weekday is likelier right than the inference.
    if (n.note.find("year inferred") != std::string::npos) return;
    auto d = Date::parseIso(n.value);
    if (!d || d->precision != DatePrecision::Day || n.value.size() != 10) return;
    int actual = calendar::isoWeekday(*d);
    if (actual == weekday) return;
    std::string note = std::string("weekday mismatch: written ") + kWeekdayNames[weekday - 1] + ", the date is a " + kWeekdayNames[actual - 1];
    n.note = n.note.empty() ? note : note + "; " + n.note;
}

// A weekday after a date: ", Tuesday", "(Tuesday)", "（星期二）", "周二".
int weekdayAfter(const Toks& t, std::size_t i, std::size_t& next) {
    std::size_t j = i;
    bool paren = j < t.size() && (t[j].text == "(" || t[j].text == "（");
    if (paren || lowerAt(t, j) == ",") ++j;
    int wd = weekdayAt(t, j);
    std::size_t end = j + 1;
    if (wd == 0 && j < t.size()) {
        static constexpr std::string_view zh[] = {"一", "二", "三", "四", "五", "六", "日"};
        std::size_t k = j;
        if (lowerAt(t, k) == "周") ++k;
        else if (lowerAt(t, k) == "星" && lowerAt(t, k + 1) == "期") k += 2;
        if (k > j)
            for (int d = 0; d < 7; ++d)
                if (lowerAt(t, k) == zh[d] || (d == 6 && lowerAt(t, k) == "天")) {
                    wd = d + 1;
                    end = k + 1;
                }
    }
    if (wd == 0) return 0;
    if (paren) {
        if (end >= t.size() || (t[end].text != ")" && t[end].text != "）")) return 0;
        ++end;
    }
    next = end;
    return wd;
}

Opt plainAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    // "Monday, June 24, 2024": the weekday and the date are one expression.
    if (int wd = weekdayAt(t, i)) {
        std::size_t j = i + 1 + (lowerAt(t, i + 1) == "," ? 1 : 0);
        Opt d = j < t.size() ? absoluteAt(t, j, ctx) : std::nullopt;
        if (d && d->norm.value.size() == 10 && d->norm.value[0] >= '0' && d->norm.value[0] <= '9') {
            checkWeekday(d->norm, wd);
            return d;
        }
    }
    // "the morning of 20 January 2025": the day with its part of day
    if (lowerAt(t, i) == "the" && lowerAt(t, i + 2) == "of") {
        std::size_t after = 0;
        std::string_view part = partOfDayAfter(t, i + 1, after);
        Opt inner = part.empty() || after != i + 2 ? std::nullopt : plainAt(t, i + 3, ctx);
        if (inner && inner->norm.value.size() == 10) {
            addPartOfDay(inner->norm, part);
            if (inner->norm.value.size() > 10) return inner;
        }
    }
    Opt a = absoluteAt(t, i, ctx);
    Opt r = relativeAt(t, i, ctx);
    Opt best = a && (!r || a->end >= r->end) ? a : r;
    if (Opt w = weekOfAt(t, i, ctx); w && (!best || w->end > best->end)) best = w;
    if (Opt c = clockAt(t, i); c && (!best || c->end > best->end)) best = c;
    if (Opt e = englishPeriodAt(t, i, ctx); e && (!best || e->end > best->end)) best = e;
    if (Opt z = chineseTimeAt(t, i, ctx); z && (!best || z->end > best->end)) best = z;
    if (best && best->norm.value.size() == 10 && best->norm.value[0] >= '0' && best->norm.value[0] <= '9') {
        std::size_t next = 0;
        if (int wd = weekdayAfter(t, best->end, next)) {
            checkWeekday(best->norm, wd);
            best->end = next;
        }
    }
    // "Tuesday morning", "yesterday afternoon", "5月20日上午": the day and its part
    if (best && best->norm.value.size() == 10) {
        std::size_t next = 0;
        std::string_view part = partOfDayAfter(t, best->end, next);
        if (!part.empty()) {
            std::size_t before = best->norm.value.size();
            addPartOfDay(best->norm, part);
            if (best->norm.value.size() > before) best->end = next;
        }
    }
    return best;
}

// early/late/mid + expression; the end of / the beginning of + expression ("late January", "mid-2024").
Opt modifiedAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    const std::string& w = t[i].lower;
    std::string_view mod;
    std::size_t j = i + 1;
    if (w == "early") mod = "START";
    else if (w == "late") mod = "END";
    else if (w == "mid") mod = "MID";
    else {
        std::size_t k = i + (w == "the" ? 1 : 0);
        const std::string& x = lowerAt(t, k);
        if (x == "end" || x == "close") mod = "END";
        else if (x == "beginning" || x == "start") mod = "START";
        else if (x == "middle") mod = "MID";
        if (mod.empty() || lowerAt(t, k + 1) != "of") return std::nullopt;
        j = k + 2;
    }
    if (j < t.size() && isDash(t[j].text)) ++j;
    if (j >= t.size()) return std::nullopt;
    Opt inner;
    TimeUnit u{};
    if (lowerAt(t, j) == "the" && unitAt(t, j + 1, u) && lowerAt(t, j + 1).back() != 's') {
        inner = matchTo(j + 2, shiftedUnit(u, 0, ctx, "the " + lowerAt(t, j + 1)));
    } else {
        inner = plainAt(t, j, ctx);
    }
    if (!inner) return std::nullopt;
    const std::string& v = inner->norm.value;
    if (v.empty() || v[0] == 'P' || v.find("_REF") != std::string::npos) return std::nullopt;
    addModifier(inner->norm, mod);
    return inner;
}

}  // namespace

std::optional<TimeMatch> matchTimeAt(const std::vector<Tok>& toks, std::size_t i, const std::optional<Date>& anchor,
                                     Tense tense) {
    if (i >= toks.size()) return std::nullopt;
    TimeContext ctx{anchor, tense};
    Opt best = modifiedAt(toks, i, ctx);
    Opt plain = plainAt(toks, i, ctx);
    if (plain && (!best || plain->end > best->end)) best = plain;
    return best;
}

}  // namespace parallax::annotate
