// Times of day. English writes "1:28 am", "1:28am", "4 p.m.", "14:06", "at 7:25 am Central Time", "(12:25 GMT)";
// Chinese "14时07分", "凌晨1点", "下午4时10分", "北京时间9月10日凌晨1点". A bare "7:25" counts only after a
// word that introduces a time ("at", "around", "by", ...), so that scores and ratios are not read as times.
#include "core/annotate/time_clock.h"

#include <array>
#include <string>
#include <string_view>

namespace parallax::annotate {
namespace {

using Toks = std::vector<Tok>;

int digitsValue(std::string_view s) {
    if (s.empty() || s.size() > 2) return -1;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string twoDigits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

struct Zone {
    std::array<std::string_view, 3> words;  ///< lower case; empty words end the sequence
    std::string_view suffix;
    bool abbreviation;  ///< written in capitals ("ET", "GMT"), never as a common word
};

// Zones written after a time. Offsets that need the date (US zones without "daylight"/"standard") stay named.
constexpr Zone kZones[] = {
    {{"beijing", "time", ""}, "+08:00", false},        {{"china", "standard", "time"}, "+08:00", false},
    {{"bjt", "", ""}, "+08:00", true},                 {{"hong", "kong", "time"}, "+08:00", false},
    {{"hkt", "", ""}, "+08:00", true},                 {{"singapore", "time", ""}, "+08:00", false},
    {{"sgt", "", ""}, "+08:00", true},                 {{"japan", "time", ""}, "+09:00", false},
    {{"tokyo", "time", ""}, "+09:00", false},          {{"jst", "", ""}, "+09:00", true},
    {{"kst", "", ""}, "+09:00", true},                  {{"ist", "", ""}, "+05:30", true},
    {{"gmt", "", ""}, "Z", true},                      {{"utc", "", ""}, "Z", true},
    {{"ut", "", ""}, "Z", true},                       {{"greenwich", "mean", "time"}, "Z", false},
    {{"bst", "", ""}, "+01:00", true},                 {{"cet", "", ""}, "+01:00", true},
    {{"cest", "", ""}, "+02:00", true},                {{"edt", "", ""}, "-04:00", true},
    {{"est", "", ""}, "-05:00", true},                 {{"cdt", "", ""}, "-05:00", true},
    {{"mdt", "", ""}, "-06:00", true},                 {{"mst", "", ""}, "-07:00", true},
    {{"pdt", "", ""}, "-07:00", true},                 {{"pst", "", ""}, "-08:00", true},
    {{"eastern", "daylight", "time"}, "-04:00", false}, {{"central", "daylight", "time"}, "-05:00", false},
    {{"pacific", "daylight", "time"}, "-07:00", false}, {{"eastern", "standard", "time"}, "-05:00", false},
    {{"central", "standard", "time"}, "-06:00", false}, {{"pacific", "standard", "time"}, "-08:00", false},
    {{"eastern", "time", ""}, "[ET]", false},          {{"et", "", ""}, "[ET]", true},
    {{"central", "time", ""}, "[CT]", false},          {{"ct", "", ""}, "[CT]", true},
    {{"mountain", "time", ""}, "[MT]", false},         {{"mt", "", ""}, "[MT]", true},
    {{"pacific", "time", ""}, "[PT]", false},          {{"pt", "", ""}, "[PT]", true},
    {{"local", "time", ""}, "[local]", false},         {{"cst", "", ""}, "[CST]", true},  // China or US Central
};

bool capitals(std::string_view s) {
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

/// A zone at toks[i]; sets `next` after it.
std::string_view zoneAt(const Toks& t, std::size_t i, std::size_t& next) {
    for (const Zone& z : kZones) {
        std::size_t k = i;
        bool ok = true;
        for (std::string_view w : z.words) {
            if (w.empty()) break;
            if (lowerAt(t, k) != w || (z.abbreviation && !capitals(t[k].text))) {
                ok = false;
                break;
            }
            ++k;
        }
        if (ok) {
            next = k;
            return z.suffix;
        }
    }
    return {};
}

/// Chinese characters from toks[i] spell `word` (one token a character).
bool cjkWord(const Toks& t, std::size_t i, std::u8string_view word, std::size_t& next) {
    std::string_view w(reinterpret_cast<const char*>(word.data()), word.size());
    std::size_t k = i;
    std::size_t at = 0;
    while (at < w.size()) {
        if (k >= t.size() || t[k].kind != TokKind::Cjk || w.compare(at, t[k].text.size(), t[k].text) != 0) return false;
        at += t[k].text.size();
        ++k;
    }
    next = k;
    return true;
}

struct ZhZone {
    std::u8string_view word;
    std::string_view suffix;
};
constexpr ZhZone kZhZones[] = {{u8"北京时间", "+08:00"}, {u8"当地时间", "[local]"}, {u8"格林尼治时间", "Z"},
                               {u8"协调世界时", "Z"},   {u8"世界时", "Z"},        {u8"日本时间", "+09:00"},
                               {u8"东京时间", "+09:00"}, {u8"美东时间", "[ET]"},   {u8"美国东部时间", "[ET]"},
                               {u8"美国中部时间", "[CT]"}, {u8"美西时间", "[PT]"}};

std::string_view zhZoneAt(const Toks& t, std::size_t i, std::size_t& next) {
    for (const ZhZone& z : kZhZones)
        if (cjkWord(t, i, z.word, next)) return z.suffix;
    return {};
}

/// A Chinese zone before i with only a date between ("北京时间9月10日凌晨1点").
std::string_view zhZoneBefore(const Toks& t, std::size_t i) {
    auto dateToken = [&](std::size_t k) {
        return t[k].kind == TokKind::Number || t[k].text == "年" || t[k].text == "月" || t[k].text == "日" || t[k].text == "号";
    };
    for (std::size_t back = 1; back <= 16 && back <= i; ++back) {
        std::size_t k = i - back;
        std::size_t next = 0;
        std::string_view z = zhZoneAt(t, k, next);
        if (z.empty() || next > i) continue;
        for (std::size_t x = next; x < i; ++x)
            if (!dateToken(x)) return {};
        return z;
    }
    return {};
}

/// am/pm after a number at toks[i]: "am", "pm", "a.m.", "p.m."; 1 = am, 2 = pm, 0 none.
int meridiemAt(const Toks& t, std::size_t i, std::size_t& next) {
    const std::string& w = lowerAt(t, i);
    if (w == "am" || w == "pm") {
        next = i + 1;
        return w == "am" ? 1 : 2;
    }
    if ((w == "a" || w == "p") && lowerAt(t, i + 1) == "." && lowerAt(t, i + 2) == "m" && adjacent(t[i], t[i + 1]) &&
        adjacent(t[i + 1], t[i + 2])) {
        next = i + 3 + (lowerAt(t, i + 3) == "." && adjacent(t[i + 2], t[i + 3]) ? 1 : 0);
        return w == "a" ? 1 : 2;
    }
    return 0;
}

/// "28am" -> 28 and am.
int numberWithMeridiem(const Tok& tok, int& meridiem) {
    if (tok.kind != TokKind::Alnum || tok.lower.size() < 3) return -1;
    std::string_view l = tok.lower;
    std::string_view suffix = l.substr(l.size() - 2);
    if (suffix != "am" && suffix != "pm") return -1;
    meridiem = suffix == "am" ? 1 : 2;
    return digitsValue(l.substr(0, l.size() - 2));
}

int applyMeridiem(int h, int meridiem) {
    if (meridiem == 1) return h == 12 ? 0 : h;
    if (meridiem == 2) return h < 12 ? h + 12 : h;
    return h;
}

std::optional<TimeMatch> made(std::size_t end, int h, int m, std::string_view zone) {
    if (h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
    TimeNorm n;
    n.value = "T" + twoDigits(h % 24) + ":" + twoDigits(m) + std::string(zone);
    n.resolved = true;
    n.note = "time of day";
    return TimeMatch{end, n};
}

std::optional<TimeMatch> englishClock(const Toks& t, std::size_t i, std::size_t j, std::string_view zone, bool introduced) {
    if (j >= t.size()) return std::nullopt;
    int h = -1;
    int m = 0;
    int meridiem = 0;
    std::size_t k = j;
    bool minutes = false;
    if (t[k].kind == TokKind::Number && digitsValue(t[k].text) >= 0) {
        h = digitsValue(t[k].text);
        ++k;
        if (lowerAt(t, k) == ":" && k + 1 < t.size() && adjacent(t[k - 1], t[k]) && adjacent(t[k], t[k + 1])) {
            if (t[k + 1].kind == TokKind::Number && t[k + 1].text.size() == 2) {
                m = digitsValue(t[k + 1].text);
                k += 2;
                minutes = true;
            } else if (t[k + 1].text.size() == 4) {
                m = numberWithMeridiem(t[k + 1], meridiem);  // "1:28am"
                if (m < 0) return std::nullopt;
                k += 2;
                minutes = true;
            } else {
                return std::nullopt;
            }
        }
        if (meridiem == 0) {
            std::size_t next = k;
            meridiem = meridiemAt(t, k, next);
            k = next;
        }
    } else if (t[k].kind == TokKind::Alnum) {
        h = numberWithMeridiem(t[k], meridiem);  // "1am"
        ++k;
    }
    if (h < 0 || (meridiem != 0 && (h < 1 || h > 12))) return std::nullopt;
    // The hour alone needs am/pm ("at 4" is not a time); a bare "7:25" needs a word that introduces a time.
    if (meridiem == 0 && !minutes) return std::nullopt;
    std::string_view z = zone;
    std::size_t next = k;
    if (z.empty()) {
        z = zoneAt(t, k, next);
        if (!z.empty()) k = next;
    }
    if (meridiem == 0 && z.empty() && !introduced) return std::nullopt;
    if (minutes && meridiem == 0 && h > 23) return std::nullopt;
    return made(k, applyMeridiem(h, meridiem), m, z);
}

std::optional<TimeMatch> chineseClock(const Toks& t, std::size_t i, std::size_t j, std::string_view zone) {
    std::size_t next = j;
    if (zone.empty()) {
        zone = zhZoneAt(t, j, next);
        j = next;
    }
    // The part of the day: 凌晨/上午 keep the hour, 下午/晚上 add twelve to a small one.
    int shift = 0;
    bool dayPart = false;
    for (std::u8string_view w : {u8"凌晨", u8"上午", u8"早上", u8"早晨", u8"清晨"})
        if (cjkWord(t, j, w, next)) {
            j = next;
            dayPart = true;
            break;
        }
    if (!dayPart)
        for (std::u8string_view w : {u8"下午", u8"午后", u8"傍晚", u8"晚上", u8"晚间", u8"中午"})
            if (cjkWord(t, j, w, next)) {
                j = next;
                dayPart = true;
                shift = 12;
                break;
            }
    if (j >= t.size() || t[j].kind != TokKind::Number) return std::nullopt;
    int h = digitsValue(t[j].text);
    if (h < 0 || h > 24) return std::nullopt;
    std::size_t k = j + 1;
    bool dian = lowerAt(t, k) == "点";
    if (lowerAt(t, k) != "时" && !dian) return std::nullopt;
    ++k;
    int m = 0;
    bool minutes = false;
    if (k + 1 < t.size() && t[k].kind == TokKind::Number && t[k + 1].text == "分") {
        m = digitsValue(t[k].text);
        k += 2;
        minutes = true;
    } else if (lowerAt(t, k) == "半") {
        m = 30;
        ++k;
        minutes = true;
    }
    // "3点" may be points: a hour with 点 needs its minutes, its part of the day or its zone
    if (dian && !minutes && !dayPart && zone.empty()) return std::nullopt;
    if (shift != 0 && h < 12) h += shift;
    if (zone.empty()) zone = zhZoneBefore(t, i);
    std::size_t after = k;
    if (cjkWord(t, k, u8"许", after) || cjkWord(t, k, u8"左右", after)) k = after;
    return made(k, h, m, zone);
}

}  // namespace

std::optional<TimeMatch> clockAt(const Toks& t, std::size_t i) {
    if (i >= t.size()) return std::nullopt;
    // Every time of day has its digits within a few tokens: most positions end here, cheaply.
    bool digits = false;
    for (std::size_t k = i; k < t.size() && k < i + 7 && !digits; ++k)
        digits = t[k].kind == TokKind::Number || t[k].kind == TokKind::Alnum;
    if (!digits) return std::nullopt;
    std::size_t j = i;
    bool introduced = i > 0 && isOneOf(t[i - 1].lower, {"at", "by", "from", "until", "till", "to", "before", "after",
                                                        "around", "about", "approximately", "since", "circa", "roughly"});
    if (isOneOf(lowerAt(t, j), {"about", "approximately", "around", "roughly", "circa", "some"})) {
        ++j;
        introduced = true;
    } else if (isOneOf(lowerAt(t, j), {"just", "shortly"}) && isOneOf(lowerAt(t, j + 1), {"before", "after"})) {
        j += 2;
        introduced = true;
    }
    std::size_t next = j;
    if (cjkWord(t, j, u8"约", next) || cjkWord(t, j, u8"大约", next)) j = next;
    // A zone written first: "UTC 22:23", "北京时间14时07分".
    std::string_view zone = zoneAt(t, j, next);
    if (!zone.empty()) {
        if (next < t.size() && t[next].kind != TokKind::Number) return std::nullopt;
        j = next;
        introduced = true;
    }
    if (j >= t.size()) return std::nullopt;
    if (auto zh = chineseClock(t, i, j, zone)) return zh;
    return englishClock(t, i, j, zone, introduced);
}

}  // namespace parallax::annotate
