// English time expressions that are not calendar dates: how long something lasted ("a month", "90 days",
// "a four-week trial"), the present, past and future as such ("now", "currently", "recently", "soon"),
// weekends, parts of a day ("this morning", "last night") and fiscal years ("fiscal 2025", "FY25").
// The calendar dates, "last week" and "the past year" are time_rules.cpp's.
#include <array>
#include <string_view>

#include "core/annotate/calendar.h"
#include "core/annotate/time_resolve.h"
#include "core/annotate/time_rules.h"

namespace parallax::annotate {
namespace {

using Toks = std::vector<Tok>;
using Opt = std::optional<TimeMatch>;

/// "NEXT WEEK" in a banner, "USA TODAY": words in capitals are names or shouting, not times.
bool shouting(const Tok& t) {
    return t.kind == TokKind::Word && t.text.size() > 1 &&
           t.text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
}

bool dashAfter(const Toks& t, std::size_t i) { return i + 1 < t.size() && isDash(t[i + 1].text) && adjacent(t[i], t[i + 1]); }

/// "a month", "90 days", "several weeks", "a decade", "24 hours"; "four-week" and "90-day" before a noun.
Opt durationAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    // "twice a year", "$5 per day", "every two weeks" are frequencies, not durations
    if (i > 0 && isOneOf(t[i - 1].lower, {"per", "every", "each", "twice", "times"})) return std::nullopt;
    int n = 0;
    std::size_t j = 0;
    const std::string& w = t[i].lower;
    TimeUnit u{};
    // "for years", "for decades": a length not counted
    if (w == "for" && unitAt(t, i + 1, u) && lowerAt(t, i + 1).back() == 's' && !dashAfter(t, i + 1) &&
        u != TimeUnit::Quarter)
        return matchTo(i + 2, durationOf(u, -1));
    if (!countAt(t, i, n, j)) return std::nullopt;
    // A count joined to a singular unit: "a four-week trial", "the 90-day window", "a 10-year bond".
    if (n > 0 && j == i + 1 && w != "a" && w != "an" && dashAfter(t, i) && j + 1 < t.size() && adjacent(t[j], t[j + 1]) &&
        unitAt(t, j + 1, u) && lowerAt(t, j + 1).back() != 's')
        return matchTo(j + 2, durationOf(u, n));
    if (!unitAt(t, j, u)) return std::nullopt;
    const bool plural = lowerAt(t, j).back() == 's';
    if ((n == 1) == plural) return std::nullopt;  // "a years", "three year"
    if (u == TimeUnit::Quarter && n == 1) return std::nullopt;  // "a quarter of sales" is a fraction
    if (dashAfter(t, j)) return std::nullopt;  // "a year-on-year rise", "a day-to-day task"
    // "One day, she left": a vague moment, not a length, unless a preposition asks for a length
    if (w == "one" && u == TimeUnit::Day &&
        !(i > 0 && isOneOf(t[i - 1].lower, {"for", "in", "within", "after", "about", "only", "just", "over", "than"})))
        return std::nullopt;
    // "three years from now": the date that far ahead
    if (lowerAt(t, j + 1) == "from" && lowerAt(t, j + 2) == "now") {
        if (n < 0) return matchTo(j + 3, refNorm("FUTURE_REF"));
        TimeNorm ahead = shiftedUnit(u, n, ctx, "from now");
        return matchTo(j + 3, ahead.value.empty() ? durationOf(u, n) : ahead);
    }
    return matchTo(j + 1, durationOf(u, n));
}

}  // namespace

bool presentToday(const Toks& t, std::size_t i) {
    if (i > 0 && t[i - 1].lower == "than") return true;
    if (i + 2 >= t.size() || !isApostrophe(t[i + 1].text) || t[i + 2].lower != "s") return false;
    return isOneOf(lowerAt(t, i + 3), {"world", "society", "economy", "markets", "generation", "consumers", "children",
                                       "youth", "technology", "standards", "era", "age", "culture", "workforce",
                                       "businesses", "companies", "families", "students", "workers", "young"});
}

namespace {

/// PRESENT_REF, PAST_REF and FUTURE_REF: "now", "currently", "at present", "these days", "in the past",
/// "years ago", "soon", "the foreseeable future".
Opt referenceAt(const Toks& t, std::size_t i) {
    const std::string& w = t[i].lower;
    if (w == "now") {
        if (dashAfter(t, i)) return std::nullopt;  // "the now-defunct unit" describes, it does not date
        return matchTo(i + 1, refNorm("PRESENT_REF"));
    }
    if (isOneOf(w, {"currently", "presently", "nowadays"})) return matchTo(i + 1, refNorm("PRESENT_REF"));
    if (w == "at" && lowerAt(t, i + 1) == "present") return matchTo(i + 2, refNorm("PRESENT_REF"));
    if (w == "at" && lowerAt(t, i + 1) == "the" && lowerAt(t, i + 2) == "moment")
        return matchTo(i + 3, refNorm("PRESENT_REF"));
    if (w == "these" && lowerAt(t, i + 1) == "days") return matchTo(i + 2, refNorm("PRESENT_REF"));
    TimeUnit u{};
    if (w == "in" && lowerAt(t, i + 1) == "the" && lowerAt(t, i + 2) == "past") {
        // "in the past year" is a duration (time_rules.cpp); "in the past" alone is the past
        int n = 0;
        std::size_t j = 0;
        if (unitAt(t, i + 3, u) || countAt(t, i + 3, n, j)) return std::nullopt;
        return matchTo(i + 3, refNorm("PAST_REF"));
    }
    if (unitAt(t, i, u) && w.back() == 's' && lowerAt(t, i + 1) == "ago") return matchTo(i + 2, refNorm("PAST_REF"));
    if (w == "soon" && !(i > 0 && isOneOf(t[i - 1].lower, {"as", "how"})) && !isOneOf(lowerAt(t, i + 1), {"as", "after"}))
        return matchTo(i + 1, refNorm("FUTURE_REF"));
    // "the foreseeable future", "the near future", "the future"; not "the future of AI" (a topic)
    if (w == "the") {
        std::size_t j = i + 1 + (isOneOf(lowerAt(t, i + 1), {"near", "foreseeable", "distant"}) ? 1 : 0);
        if (lowerAt(t, j) == "future" && lowerAt(t, j + 1) != "of" && !dashAfter(t, j))
            return matchTo(j + 1, refNorm("FUTURE_REF"));
        // "the coming weeks", "the years ahead", "the years to come"
        if (unitAt(t, i + 1, u) && lowerAt(t, i + 1).back() == 's' &&
            (lowerAt(t, i + 2) == "ahead" || (lowerAt(t, i + 2) == "to" && lowerAt(t, i + 3) == "come")))
            return matchTo(i + (lowerAt(t, i + 2) == "ahead" ? 3 : 4), refNorm("FUTURE_REF"));
    }
    return std::nullopt;
}

/// "the current quarter", "the current year"; "year-end", "by year-end" (the end of the publication year).
Opt currentAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    TimeUnit u{};
    if (t[i].lower == "the" && lowerAt(t, i + 1) == "current" && unitAt(t, i + 2, u) && lowerAt(t, i + 2).back() != 's')
        return matchTo(i + 3, shiftedUnit(u, 0, ctx, "the current " + lowerAt(t, i + 2)));
    if (t[i].lower == "year" && dashAfter(t, i) && lowerAt(t, i + 2) == "end" && !dashAfter(t, i + 2)) {
        TimeNorm n = shiftedUnit(TimeUnit::Year, 0, ctx, "year-end");
        addModifier(n, "END");
        return matchTo(i + 3, n);
    }
    return std::nullopt;
}

/// "this weekend", "last weekend", "over the weekend" (the one just past or coming, by tense).
Opt weekendAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    const std::string& w = t[i].lower;
    if (lowerAt(t, i + 1) != "weekend" || dashAfter(t, i + 1)) return std::nullopt;
    if (w == "this") return matchTo(i + 2, weekendInContext(ctx, Pointer::This));
    if (w == "last") return matchTo(i + 2, weekendInContext(ctx, Pointer::Last));
    if (w == "next") return matchTo(i + 2, weekendInContext(ctx, Pointer::Next));
    if (w == "the" && i > 0 && isOneOf(t[i - 1].lower, {"over", "at", "on", "during", "by", "until", "through"}))
        return matchTo(i + 2, weekendInContext(ctx, Pointer::Bare));
    return std::nullopt;
}

/// "this morning", "this afternoon", "tonight", "last night".
Opt partOfTodayAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    const std::string& w = t[i].lower;
    std::size_t next = 0;
    int shift = 0;
    std::string_view part;
    if (w == "tonight") {
        part = "NI";
        next = i + 1;
    } else if (w == "this") {
        part = partOfDayAfter(t, i + 1, next);
        if (part == "NI") return std::nullopt;  // "this night" is rare and literary
    } else if (w == "last" && lowerAt(t, i + 1) == "night") {
        part = "NI";
        shift = -1;
        next = i + 2;
    }
    if (part.empty()) return std::nullopt;
    TimeNorm n = shiftedUnit(TimeUnit::Day, shift, ctx, std::string(w) + " " + std::string(part));
    addPartOfDay(n, part);
    return matchTo(next, n);
}

/// A fiscal year: "fiscal 2025", "fiscal year 2025", "FY2025", "FY25", "FY 2025", "the 2025 fiscal year".
int fiscalYearAt(const Toks& t, std::size_t i, std::size_t& next) {
    const std::string& w = lowerAt(t, i);
    if (w == "fiscal") {
        std::size_t j = i + 1 + (lowerAt(t, i + 1) == "year" ? 1 : 0);
        if (int y = yearAt(t, j)) {
            next = j + 1;
            return y;
        }
        return 0;
    }
    if (w == "the" && lowerAt(t, i + 2) == "fiscal" && lowerAt(t, i + 3) == "year") {
        if (int y = yearAt(t, i + 1)) {
            next = i + 4;
            return y;
        }
        return 0;
    }
    if (i >= t.size() || t[i].text.size() < 2 || t[i].text.substr(0, 2) != "FY") return 0;
    std::string_view digits = t[i].text.substr(2);
    std::size_t end = i + 1;
    if (digits.empty() && i + 1 < t.size() && t[i + 1].kind == TokKind::Number) {
        digits = t[i + 1].text;
        end = i + 2;
    }
    if (digits.size() != 2 && digits.size() != 4) return 0;
    int v = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return 0;
        v = v * 10 + (c - '0');
    }
    if (digits.size() == 2) v += 2000;
    if (v < 1900 || v > 2199) return 0;
    next = end;
    return v;
}

/// "fiscal 2025", and its quarters: "the third quarter of fiscal 2025", "Q3 FY2025", "fiscal 2025's second quarter".
Opt fiscalAt(const Toks& t, std::size_t i) {
    auto value = [](int y, int q) {
        std::string v = "FY" + calendar::yearOnly(y);
        return TimeNorm{q > 0 ? v + "-Q" + std::to_string(q) : v, true, {}};
    };
    // a quarter first: "the third quarter of fiscal 2025", "Q3 fiscal 2025", "Q3 of FY25"
    std::size_t j = i + (lowerAt(t, i) == "the" ? 1 : 0);
    int q = 0;
    std::size_t after = j;
    if (int o = ordinalWord(lowerAt(t, j)); o && lowerAt(t, j + 1) == "quarter") {
        q = o;
        after = j + 2;
    } else if (j < t.size() && t[j].text.size() == 2 && t[j].text[0] == 'Q' && t[j].text[1] >= '1' && t[j].text[1] <= '4') {
        q = t[j].text[1] - '0';
        after = j + 1;
    }
    std::size_t next = 0;
    if (q > 0) {
        if (lowerAt(t, after) == "of") ++after;
        if (int y = fiscalYearAt(t, after, next)) return matchTo(next, value(y, q));
        return std::nullopt;
    }
    int y = fiscalYearAt(t, i, next);
    if (!y) return std::nullopt;
    // then a quarter: "fiscal 2025's third quarter", "FY2025 Q3"
    std::size_t k = next;
    if (k + 1 < t.size() && isApostrophe(t[k].text) && t[k + 1].lower == "s") k += 2;
    if (int o = ordinalWord(lowerAt(t, k)); o && lowerAt(t, k + 1) == "quarter") return matchTo(k + 2, value(y, o));
    if (k < t.size() && t[k].text.size() == 2 && t[k].text[0] == 'Q' && t[k].text[1] >= '1' && t[k].text[1] <= '4')
        return matchTo(k + 1, value(y, t[k].text[1] - '0'));
    return matchTo(next, value(y, 0));
}

}  // namespace

std::optional<TimeMatch> englishPeriodAt(const std::vector<Tok>& t, std::size_t i, const TimeContext& ctx) {
    if (i >= t.size() || (shouting(t[i]) && t[i].text != "FY")) return std::nullopt;
    Opt best;
    for (Opt m : {durationAt(t, i, ctx), referenceAt(t, i), weekendAt(t, i, ctx), partOfTodayAt(t, i, ctx), fiscalAt(t, i),
                  currentAt(t, i, ctx)})
        if (m && (!best || m->end > best->end)) best = std::move(m);
    return best;
}

}  // namespace parallax::annotate
