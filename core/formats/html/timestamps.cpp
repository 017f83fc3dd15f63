#include "core/formats/html/timestamps.h"

#include <cstdio>
#include <cstdlib>

namespace parallax::formats::html {

namespace {

struct Stamp {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    enum class Zone { None, Utc, Offset } zone = Zone::None;
    long minutesOffset = 0;
};

bool digits(std::string_view t, std::size_t at, std::size_t n) {
    if (at + n > t.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (t[i] < '0' || t[i] > '9') return false;
    return true;
}
int num(std::string_view t, std::size_t at, std::size_t n) { return std::atoi(std::string(t.substr(at, n)).c_str()); }

/// "YYYY-MM-DD[T ]HH:MM:SS[.fff][Z|±HH:MM|±HHMM]" only: a time with seconds, so a coincidence is unlikely.
std::optional<Stamp> parseStamp(std::string_view t) {
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    if (!digits(t, 0, 4) || t.size() < 19 || t[4] != '-' || !digits(t, 5, 2) || t[7] != '-' || !digits(t, 8, 2) ||
        (t[10] != 'T' && t[10] != ' ') || !digits(t, 11, 2) || t[13] != ':' || !digits(t, 14, 2) || t[16] != ':' ||
        !digits(t, 17, 2))
        return std::nullopt;
    Stamp s{num(t, 0, 4), num(t, 5, 2), num(t, 8, 2), num(t, 11, 2), num(t, 14, 2), num(t, 17, 2)};
    std::size_t i = 19;
    if (i < t.size() && t[i] == '.')
        for (++i; i < t.size() && t[i] >= '0' && t[i] <= '9';) ++i;
    if (i < t.size() && (t[i] == 'Z' || t[i] == 'z')) {
        s.zone = Stamp::Zone::Utc;
    } else if (i < t.size() && (t[i] == '+' || t[i] == '-') && digits(t, i + 1, 2)) {
        const std::size_t m = t.size() > i + 3 && t[i + 3] == ':' ? i + 4 : i + 3;
        const long minutes = num(t, i + 1, 2) * 60L + (digits(t, m, 2) ? num(t, m, 2) : 0);
        s.minutesOffset = t[i] == '-' ? -minutes : minutes;
        s.zone = minutes == 0 ? Stamp::Zone::Utc : Stamp::Zone::Offset;
    }
    return s;
}

long daysFromCivil(int y, int m, int d) {  // days since 1970-01-01 (proleptic Gregorian)
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long minutesOf(const Stamp& s) { return daysFromCivil(s.y, s.mo, s.d) * 1440L + s.h * 60L + s.mi; }

}  // namespace

std::optional<std::string> localDayOfUtc(std::string_view utc, const std::vector<std::string>& others) {
    const auto u = parseStamp(utc);
    if (!u || u->zone != Stamp::Zone::Utc) return std::nullopt;
    for (const std::string& o : others) {
        const auto l = parseStamp(o);
        if (!l || l->zone == Stamp::Zone::Utc || l->s != u->s || l->mi != u->mi) continue;
        const long diff = minutesOf(*l) - minutesOf(*u);  // the local clock minus UTC
        if (diff == 0 || diff % 60 != 0 || diff > 14 * 60 || diff < -14 * 60) continue;
        if (l->zone == Stamp::Zone::Offset && l->minutesOffset != diff) continue;  // not the same moment
        if (l->y == u->y && l->mo == u->mo && l->d == u->d) return std::nullopt;  // same day either way
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", l->y, l->mo, l->d);
        return std::string(buf);
    }
    return std::nullopt;
}

}  // namespace parallax::formats::html
