// Times of day of events. A time is compared with another only in one zone: fixed offsets convert, the US
// zones convert once the date says whether daylight saving applies, and an unwritten zone is assumed to be
// the same as the other side's only when no whole-hour zone difference could explain the gap.
#include "core/conflict/clock.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include "core/conflict/dates.h"
#include "core/model/date.h"
#include "core/model/timex_text.h"

namespace parallax::conflict {

namespace {

/// The n-th Sunday of a month (n = 1, 2).
long nthSunday(int y, int m, int n) {
    long first = dayOf(y, m, 1);
    long wd = ((first % 7) + 7 + 3) % 7;  // 0 = Monday
    long toSunday = (6 - wd + 7) % 7;
    return first + toSunday + 7L * (n - 1);
}

/// US daylight saving (since 2007): from the second Sunday of March to the first Sunday of November.
bool usDaylightSaving(long day) {
    int y = Date::fromDaysSinceEpoch(day).year;
    return day >= nthSunday(y, 3, 2) && day < nthSunday(y, 11, 1);
}

std::optional<int> namedOffset(std::string_view zone, std::optional<long> day) {
    int standard = 0;
    if (zone == "ET") standard = -5;
    else if (zone == "CT") standard = -6;
    else if (zone == "MT") standard = -7;
    else if (zone == "PT") standard = -8;
    else return std::nullopt;
    if (!day) return std::nullopt;
    return 60 * (standard + (usDaylightSaving(*day) ? 1 : 0));
}

bool containsAny(std::string_view text, std::initializer_list<std::string_view> words) {
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view w : words) {
        if (lower.find(w) != std::string::npos) return true;
    }
    return false;
}

int circular(int a, int b) {
    int d = std::abs(a - b) % 1440;
    return d > 720 ? 1440 - d : d;
}

}  // namespace

std::optional<ClockTime> parseClock(std::string_view value) {
    std::size_t t = value.find('T');
    if (t == std::string_view::npos) return std::nullopt;
    std::string_view s = value.substr(t + 1);
    if (s.size() < 5 || s[2] != ':') return std::nullopt;
    int h = toInt(s.substr(0, 2));
    int m = toInt(s.substr(3, 2));
    if (h < 0 || h > 24 || m < 0 || m > 59) return std::nullopt;
    ClockTime c;
    c.minutes = (h % 24) * 60 + m;
    std::string_view zone = s.substr(5);
    if (zone.empty()) return c;
    if (zone == "Z") {
        c.offset = 0;
    } else if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 6 && zone[3] == ':') {
        int zh = toInt(zone.substr(1, 2));
        int zm = toInt(zone.substr(4, 2));
        if (zh < 0 || zh > 14 || zm < 0 || zm > 59) return std::nullopt;
        c.offset = (zone[0] == '-' ? -1 : 1) * (zh * 60 + zm);
    } else if (zone.front() == '[' && zone.back() == ']') {
        c.zone = std::string(zone.substr(1, zone.size() - 2));
    } else {
        return std::nullopt;
    }
    return c;
}

std::string describeClock(std::string_view value) {
    std::size_t t = value.find('T');
    if (t == std::string_view::npos || !parseClock(value)) return {};
    return readableTimex("XXXX-XX-XX" + std::string(value.substr(t)));
}

int clockTolerance(const ClockTime& t, std::string_view written) {
    bool approximate = containsAny(written, {"about", "approximately", "approx", "around", "roughly", "circa", "nearly",
                                             "almost", "shortly", "just before", "just after", "some ", "约", "左右",
                                             "许", "前后", "大约"});
    bool minuteWritten = written.find(':') != std::string_view::npos || written.find("分") != std::string_view::npos ||
                         written.find('.') != std::string_view::npos || written.find("半") != std::string_view::npos;
    int m = t.minutes % 60;
    // "at 1 am": the hour alone is a rounded time
    if (!minuteWritten && m == 0) return 30;
    if (!approximate) return 0;
    if (m == 0) return 30;
    if (m % 15 == 0) return 15;
    if (m % 10 == 0) return 10;
    // "around 10:54": a time written to the minute is hedged by a minute or two, not by five
    return m % 5 == 0 ? 5 : 2;
}

std::optional<ClockGap> clockGap(const ClockSide& a, const ClockSide& b) {
    ClockTime ta = a.time;
    ClockTime tb = b.time;
    // A US zone on a day known only from a file's time may be on standard or on daylight time: both
    // offsets are tried and the nearer reading is kept.
    const bool aBoth = !ta.offset && a.dayGuessed && namedOffset(ta.zone, a.day).has_value();
    const bool bBoth = !tb.offset && b.dayGuessed && namedOffset(tb.zone, b.day).has_value();
    if (!ta.offset) ta.offset = namedOffset(ta.zone, a.day);
    if (!tb.offset) tb.offset = namedOffset(tb.zone, b.day);
    bool bothDays = a.dayStated && b.dayStated && a.day && b.day;
    ClockGap gap;
    if (ta.offset && tb.offset) {
        auto apartWith = [&](int offsetA, int offsetB) {
            int ua = ta.minutes - offsetA;
            int ub = tb.minutes - offsetB;
            if (!bothDays) return circular(ua, ub);
            long apart = std::labs((*a.day * 1440 + ua) - (*b.day * 1440 + ub));
            return static_cast<int>(std::min<long>(apart, 100000));
        };
        gap.minutes = apartWith(*ta.offset, *tb.offset);
        // namedOffset gives the reading of the guessed day; the other reading is an hour away.
        for (int da : {0, aBoth ? (usDaylightSaving(*a.day) ? -60 : 60) : 0})
            for (int db : {0, bBoth ? (usDaylightSaving(*b.day) ? -60 : 60) : 0})
                gap.minutes = std::min(gap.minutes, apartWith(*ta.offset + da, *tb.offset + db));
        gap.zonesKnown = true;
        return gap;
    }
    auto unwritten = [](const ClockTime& t) { return !t.offset && (t.zone.empty() || t.zone == "local"); };
    bool sameNamed = !ta.zone.empty() && ta.zone == tb.zone && !ta.offset && !tb.offset;
    if (!sameNamed) {
        // One side gives no convertible zone: assume one zone only if the other gives none either or a fixed one,
        // and never when the gap is a whole number of half hours (a zone difference would explain it).
        bool aLoose = unwritten(ta);
        bool bLoose = unwritten(tb);
        if (!aLoose && !bLoose) return std::nullopt;
        if ((!aLoose && !ta.offset) || (!bLoose && !tb.offset)) return std::nullopt;
    }
    int apart = circular(ta.minutes, tb.minutes);
    if (bothDays && *a.day != *b.day) return std::nullopt;  // the dates already disagree, or a zone moves the day
    if (!sameNamed && apart % 30 == 0) return std::nullopt;
    gap.minutes = apart;
    gap.zonesKnown = sameNamed && ta.zone != "local";
    return gap;
}

}  // namespace parallax::conflict
