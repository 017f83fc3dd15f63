#include "core/annotate/time_resolve.h"

#include "core/annotate/calendar.h"

namespace parallax::annotate {
namespace {

TimeNorm unresolved(std::string value, std::string note) {
    TimeNorm n;
    n.value = std::move(value);
    n.resolved = false;
    n.note = std::move(note);
    return n;
}

TimeNorm resolved(std::string value, std::string note = {}) {
    TimeNorm n;
    n.value = std::move(value);
    n.resolved = true;
    n.note = std::move(note);
    return n;
}

bool hasMonth(const std::optional<Date>& a) { return a && a->precision != DatePrecision::Year; }
bool hasDay(const std::optional<Date>& a) { return a && a->precision == DatePrecision::Day; }

std::string twoDigits(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

}  // namespace

TimeNorm absoluteDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > calendar::daysInMonth(y, m)) return {};
    return resolved(calendar::ymd(y, m, d));
}

TimeNorm monthInContext(int month, const TimeContext& ctx, Pointer p) {
    if (!ctx.anchor) return unresolved("XXXX-" + twoDigits(month), "no publication date to anchor the year");
    const Date& a = *ctx.anchor;
    if (!hasMonth(ctx.anchor))
        return resolved(calendar::ym(a.year, month), "year assumed to be the publication year");
    int y = a.year;
    switch (p) {
        case Pointer::This: break;
        case Pointer::Last: y = a.month > month ? a.year : a.year - 1; break;
        case Pointer::Next: y = a.month < month ? a.year : a.year + 1; break;
        case Pointer::Bare:
            if (ctx.tense == Tense::Past) y = a.month >= month ? a.year : a.year - 1;
            else y = a.month <= month ? a.year : a.year + 1;
            break;
    }
    return resolved(calendar::ym(y, month), "year inferred from the publication date");
}

TimeNorm dayMonthInContext(int day, int month, const TimeContext& ctx) {
    if (day > calendar::daysInMonth(2024, month)) return {};
    if (!ctx.anchor)
        return unresolved("XXXX-" + twoDigits(month) + "-" + twoDigits(day), "no publication date to anchor the year");
    const Date& a = *ctx.anchor;
    int y = a.year;
    if (hasMonth(ctx.anchor)) {
        int ad = hasDay(ctx.anchor) ? a.day : 1;
        bool after = month > a.month || (month == a.month && day > ad);
        bool before = month < a.month || (month == a.month && day < ad);
        if (ctx.tense == Tense::Past && after) y = a.year - 1;
        if (ctx.tense == Tense::Future && before) y = a.year + 1;
    }
    if (day > calendar::daysInMonth(y, month)) return {};
    return resolved(calendar::ymd(y, month, day), "year inferred from the publication date");
}

TimeNorm weekdayInContext(int weekday, const TimeContext& ctx, Pointer p) {
    if (!hasDay(ctx.anchor))
        return unresolved("XXXX-WXX-" + std::to_string(weekday), "no publication day to anchor the weekday");
    const Date& a = *ctx.anchor;
    int aw = calendar::isoWeekday(a);
    bool past = p == Pointer::Last || (p == Pointer::Bare && ctx.tense == Tense::Past);
    if (p == Pointer::This) past = ctx.tense == Tense::Past && weekday <= aw;
    long delta;
    if (past) {
        delta = -((aw - weekday + 7) % 7);
        if (p == Pointer::Last && delta == 0) delta = -7;
    } else {
        delta = (weekday - aw + 7) % 7;
        if (p == Pointer::Next && delta == 0) delta = 7;
    }
    Date d = calendar::addDays(a, delta);
    return resolved(calendar::ymd(d.year, d.month, d.day),
                    past ? "the latest such weekday on or before publication" : "the next such weekday");
}

TimeNorm shiftedUnit(TimeUnit u, int n, const TimeContext& ctx, std::string_view phrase) {
    const std::optional<Date>& a = ctx.anchor;
    std::string why = "no publication date to anchor '" + std::string(phrase) + "'";
    switch (u) {
        case TimeUnit::Day: {
            if (!hasDay(a)) return unresolved("XXXX-XX-XX", why);
            Date d = calendar::addDays(*a, n);
            return resolved(calendar::ymd(d.year, d.month, d.day));
        }
        case TimeUnit::Week: {
            if (!hasDay(a)) return unresolved("XXXX-WXX", why);
            return resolved(calendar::isoWeek(calendar::addDays(*a, 7L * n)));
        }
        case TimeUnit::Month: {
            if (!hasMonth(a)) return unresolved("XXXX-XX", why);
            int total = a->year * 12 + (a->month - 1) + n;
            return resolved(calendar::ym(total / 12, total % 12 + 1));
        }
        case TimeUnit::Quarter: {
            if (!hasMonth(a)) return unresolved("XXXX-QX", why);
            int total = a->year * 4 + (a->month - 1) / 3 + n;
            return resolved(calendar::yearOnly(total / 4) + "-Q" + std::to_string(total % 4 + 1));
        }
        case TimeUnit::Half: {
            if (!hasMonth(a)) return unresolved("XXXX-HX", why);
            int total = a->year * 2 + (a->month - 1) / 6 + n;
            return resolved(calendar::yearOnly(total / 2) + "-H" + std::to_string(total % 2 + 1));
        }
        case TimeUnit::Year: {
            if (!a) return unresolved("XXXX", why);
            return resolved(calendar::yearOnly(a->year + n));
        }
        case TimeUnit::Decade: {
            if (!a) return unresolved("XXX", why);
            return resolved(std::to_string((a->year + 10 * n) / 10));
        }
        case TimeUnit::Hour:
        case TimeUnit::Minute: return {};  // "the last hour" names a span, not a calendar unit
    }
    return {};
}

TimeNorm durationOf(TimeUnit u, int n) {
    std::string count = n < 0 ? "X" : std::to_string(n);
    switch (u) {
        case TimeUnit::Day: return resolved("P" + count + "D");
        case TimeUnit::Week: return resolved("P" + count + "W");
        case TimeUnit::Month: return resolved("P" + count + "M");
        case TimeUnit::Quarter: return resolved("P" + (n < 0 ? count : std::to_string(3 * n)) + "M");
        case TimeUnit::Half: return resolved("P" + (n < 0 ? count : std::to_string(6 * n)) + "M");
        case TimeUnit::Year: return resolved("P" + count + "Y");
        case TimeUnit::Decade: return resolved("P" + (n < 0 ? count : std::to_string(10 * n)) + "Y");
        case TimeUnit::Hour: return resolved("PT" + count + "H");
        case TimeUnit::Minute: return resolved("PT" + count + "M");
    }
    return {};
}

namespace {

constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};

int seasonIndex(std::string_view code) {
    for (int k = 0; k < 4; ++k)
        if (kSeasons[k] == code) return k;
    return -1;
}

// Seasons counted from year 0: spring 2026 is 2026 * 4 + 0; winter 2025 (December 2025 to February 2026) 2025 * 4 + 3.
int seasonCount(const Date& d) {
    if (d.month <= 2) return (d.year - 1) * 4 + 3;
    return d.year * 4 + (d.month == 12 ? 3 : (d.month - 3) / 3);
}

int floorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

TimeNorm seasonInContext(std::string_view code, const TimeContext& ctx, Pointer p) {
    const int k = seasonIndex(code);
    if (k < 0) return {};
    if (!ctx.anchor) return unresolved("XXXX-" + std::string(code), "no publication date to anchor the year");
    const Date& a = *ctx.anchor;
    if (!hasMonth(ctx.anchor))
        return resolved(calendar::yearOnly(a.year) + "-" + std::string(code), "year assumed to be the publication year");
    const int now = seasonCount(a);
    int year = 0;
    switch (p) {
        case Pointer::This:
            // "this summer" in January is the coming one; "this winter" in January the one under way.
            year = now % 4 == k ? now / 4 : (k == 3 && a.month <= 2 ? a.year - 1 : a.year);
            break;
        case Pointer::Last: year = floorDiv(now - 1 - k, 4); break;
        case Pointer::Next: year = floorDiv(now + 1 - k + 3, 4); break;
        case Pointer::Bare:
            year = ctx.tense == Tense::Past ? floorDiv(now - k, 4) : floorDiv(now - k + 3, 4);
            break;
    }
    return resolved(calendar::yearOnly(year) + "-" + std::string(code), "year inferred from the publication date");
}

TimeNorm weekendInContext(const TimeContext& ctx, Pointer p) {
    if (!hasDay(ctx.anchor)) return unresolved("XXXX-WXX-WE", "no publication day to anchor the weekend");
    const Date& a = *ctx.anchor;
    const int aw = calendar::isoWeekday(a);
    int shift = 0;
    switch (p) {
        case Pointer::This: shift = 0; break;
        case Pointer::Last: shift = -1; break;
        case Pointer::Next: shift = 1; break;
        // "over the weekend" written on a weekday is the one just past; on a Saturday or Sunday, this one
        case Pointer::Bare: shift = ctx.tense == Tense::Past && aw < 6 ? -1 : 0; break;
    }
    return resolved(calendar::isoWeek(calendar::addDays(a, 7L * shift)) + "-WE");
}

TimeNorm weekdayOfWeek(int weekday, int n, const TimeContext& ctx) {
    if (!hasDay(ctx.anchor))
        return unresolved("XXXX-WXX-" + std::to_string(weekday), "no publication day to anchor the week");
    const Date& a = *ctx.anchor;
    Date d = calendar::addDays(a, 7L * n + weekday - calendar::isoWeekday(a));
    return resolved(calendar::ymd(d.year, d.month, d.day));
}

void addPartOfDay(TimeNorm& norm, std::string_view code) {
    const std::string& v = norm.value;
    bool day = v.size() == 10 && v[4] == '-' && v[7] == '-';
    bool weekday = v.rfind("XXXX-WXX-", 0) == 0 && v.size() == 10;
    if (day || weekday) norm.value += "T" + std::string(code);
}

void addModifier(TimeNorm& norm, std::string_view mod) {
    std::string m = "mod " + std::string(mod);
    norm.note = norm.note.empty() ? m : m + "; " + norm.note;
}

}  // namespace parallax::annotate
