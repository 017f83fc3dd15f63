// Chinese time expressions other than written calendar dates (those are time_rules.cpp's "2025年1月20日"):
// days, weeks, months and years counted from the publication date ("昨天", "上周二", "上个月", "去年"), the
// parts of a year ("第三季度", "上半年", "年底", "今年夏天"), fiscal years ("2025财年"), lengths of time
// ("三个月", "两周", "90天", "数日", "过去三年") and the present, past and future ("目前", "近期", "未来").
// Each character is its own token, so words are matched character by character.
#include <array>
#include <string_view>

#include "core/annotate/calendar.h"
#include "core/annotate/numbers.h"
#include "core/annotate/time_resolve.h"
#include "core/annotate/time_rules.h"

namespace parallax::annotate {
namespace {

using Toks = std::vector<Tok>;
using Opt = std::optional<TimeMatch>;

bool is(const Toks& t, std::size_t i, std::string_view c) { return i < t.size() && t[i].text == c; }

/// The first of `words` spelled at t[i]; its index, or -1. Sets next.
template <std::size_t N>
int oneOf(const Toks& t, std::size_t i, const std::array<std::string_view, N>& words, std::size_t& next) {
    for (std::size_t k = 0; k < N; ++k)
        if (spells(t, i, words[k], next)) return static_cast<int>(k);
    return -1;
}

/// The character before t[i] is one of `chars` (3-byte characters): "说明天" is "说明" + "天", not "明天".
bool joinedBefore(const Toks& t, std::size_t i, std::string_view chars) {
    if (i == 0 || t[i - 1].kind != TokKind::Cjk || t[i - 1].end != t[i].start) return false;
    for (std::size_t k = 0; k + 3 <= chars.size(); k += 3)
        if (chars.substr(k, 3) == t[i - 1].text) return true;
    return false;
}

/// Words ending in the first character of a time word: "说明", "日本", "马上", "以下", "过去", "之后".
bool compoundBefore(const Toks& t, std::size_t i) {
    const std::string_view c = t[i].text;
    if (c == "明") return joinedBefore(t, i, "说证表声标阐查发聪光文透简鲜分英开失指高神昌黎照");
    if (c == "本") return joinedBefore(t, i, "日成资基根版剧样文账课书原范标副脚读笔蓝股");
    if (c == "上") return joinedBefore(t, i, "马以之线网加上实本晚早北向往面场史路会台身手世际义");
    if (c == "下") return joinedBefore(t, i, "以之线天地南一私留剩眼上乡底手部陛阁殿膝脚当如放落拿签打在写");
    if (c == "去") return joinedBefore(t, i, "过失出进回上下");
    if (c == "前") return joinedBefore(t, i, "提之以目当空眼年日月天此从面向");
    if (c == "后") return joinedBefore(t, i, "之以最然此今随前落背先");
    if (c == "今") return joinedBefore(t, i, "至迄");
    return false;
}

bool numeralChar(const Toks& t, std::size_t i) {
    return i < t.size() && t[i].kind == TokKind::Cjk && chineseNumeral(t[i].text) >= 0;
}

/// A count before a unit: "3", "三", "十二", "两"; "数", "几", "多" (and "十几", "十多") give -1. Sets next.
bool zhCountAt(const Toks& t, std::size_t i, int& n, std::size_t& next) {
    if (i >= t.size()) return false;
    if (t[i].kind == TokKind::Number) {
        int v = numberAt(t, i, 3);
        if (v <= 0) return false;
        n = v;
        next = i + 1;
    } else if (is(t, i, "数") || is(t, i, "几") || is(t, i, "多")) {
        n = -1;
        next = i + 1;
        return true;
    } else if (numeralChar(t, i)) {
        std::size_t j = i;
        std::string run;
        bool twoDigits = false;  // "两三天", "三四个月": two or three, how many unsaid
        while (j < t.size() && j < i + 4 && numeralChar(t, j)) {
            twoDigits = twoDigits || (j > i && chineseNumeral(t[j].text) < 10 && chineseNumeral(t[j - 1].text) < 10);
            run += t[j++].text;
        }
        double v = chineseNumeral(run);
        if (v <= 0 || v > 999) return false;
        n = twoDigits ? -1 : static_cast<int>(v);
        next = j;
    } else {
        return false;
    }
    if (is(t, next, "几") || is(t, next, "多")) {  // "十几年", "二十多天": more than the count, how many unsaid
        n = -1;
        ++next;
    }
    return true;
}

/// A unit after a count: "年", "个月", "周", "个星期", "天", "个季度", "小时", "分钟". `unknown` is true for
/// counts like "数": "数月" and "数日" need no "个". Sets next.
bool zhUnitAt(const Toks& t, std::size_t i, bool unknown, TimeUnit& u, std::size_t& next) {
    std::size_t j = i + (is(t, i, "个") ? 1 : 0);
    const bool measureWord = j > i;
    if (is(t, j, "年")) {
        // "三年级" a school grade, "一年一度" once a year, "2年期" a bond's term is still a length
        if (is(t, j + 1, "级") || is(t, j + 1, "代") || is(t, j + 1, "底") || is(t, j + 1, "末") || is(t, j + 1, "初")) return false;
        u = TimeUnit::Year;
        next = j + 1;
        return true;
    }
    if (spells(t, j, "季度", next)) {
        u = TimeUnit::Quarter;
        return measureWord || unknown;  // "三季度" is the third quarter
    }
    if (is(t, j, "月")) {
        u = TimeUnit::Month;
        next = j + 1;
        return measureWord || unknown;  // "三月" is March
    }
    if (is(t, j, "周") || spells(t, j, "星期", next) || spells(t, j, "礼拜", next)) {
        if (is(t, j, "周")) next = j + 1;
        if (is(t, next, "年")) return false;  // "一周年" is an anniversary
        u = TimeUnit::Week;
        return true;
    }
    if (is(t, j, "天") || (is(t, j, "日") && unknown)) {  // "3日" is the third of a month
        u = TimeUnit::Day;
        next = j + 1;
        return true;
    }
    if (spells(t, j, "小时", next)) {
        u = TimeUnit::Hour;
        return true;
    }
    if (spells(t, j, "分钟", next)) {
        u = TimeUnit::Minute;
        return true;
    }
    return false;
}

/// "三个月", "90天", "数日", "十年", "半年"; "三年前" is the year three years back. Sets next.
Opt durationAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    // "第三天" an ordinal, "周一" a weekday, "每两周" a frequency
    if (i > 0 && (is(t, i - 1, "第") || is(t, i - 1, "周") || is(t, i - 1, "期") || is(t, i - 1, "拜") || is(t, i - 1, "每") ||
                  is(t, i - 1, "星")))
        return std::nullopt;
    if (is(t, i, "半")) {
        std::size_t next = 0;
        if (is(t, i + 1, "年")) return matchTo(i + 2, TimeNorm{"P6M", true, {}});
        if (spells(t, i + 1, "小时", next) || spells(t, i + 1, "个小时", next))
            return matchTo(next, TimeNorm{"PT30M", true, {}});
        return std::nullopt;
    }
    int n = 0;
    std::size_t j = 0;
    if (!zhCountAt(t, i, n, j)) return std::nullopt;
    // "24年3月" writes a year with two digits
    if (t[i].kind == TokKind::Number && is(t, j, "年") && j + 1 < t.size() && t[j + 1].kind == TokKind::Number) return std::nullopt;
    TimeUnit u{};
    std::size_t next = 0;
    if (!zhUnitAt(t, j, n < 0, u, next)) return std::nullopt;
    if (is(t, next, "前") && !is(t, next + 1, "后")) {  // "三年前" three years ago; "前后" is "about"
        if (n < 0) return matchTo(next + 1, refNorm("PAST_REF"));
        TimeNorm back = shiftedUnit(u, -n, ctx, "ago");
        if (!back.value.empty()) return matchTo(next + 1, back);
    }
    return matchTo(next, durationOf(u, n));
}

/// "过去三年", "近三个月", "未来五年": the prefix belongs to the length; "未来几年" only points ahead.
Opt spanAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    static constexpr std::array<std::string_view, 4> prefixes = {"过去", "最近", "未来", "近"};
    std::size_t j = 0;
    int p = oneOf(t, i, prefixes, j);
    if (p < 0) return std::nullopt;
    if (is(t, j, "的")) ++j;  // "过去的一年"
    Opt d = durationAt(t, j, ctx);
    if (!d || d->norm.value.empty() || d->norm.value[0] != 'P') return std::nullopt;
    if (p == 2 && d->norm.value.find('X') != std::string::npos) return matchTo(d->end, refNorm("FUTURE_REF"));
    return d;
}

/// Days from the publication date: "今天", "昨日", "明天", "前天"; nights and mornings: "昨晚", "今晨".
Opt dayWordAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    static constexpr std::array<std::string_view, 3> heads = {"昨", "今", "明"};
    static constexpr std::array<int, 3> shifts = {-1, 0, 1};
    std::size_t j = 0;
    int h = oneOf(t, i, heads, j);
    if (h >= 0 && !compoundBefore(t, i)) {
        std::string_view part;
        if (is(t, j, "天") || is(t, j, "日")) {
            if (h == 1 && is(t, j, "日") && is(t, j + 1, "头")) return std::nullopt;  // "今日头条" is an app
            return matchTo(j + 1, shiftedUnit(TimeUnit::Day, shifts[h], ctx, t[i].text));
        }
        if (is(t, j, "晚") || is(t, j, "夜")) part = "NI";
        else if (is(t, j, "早") || is(t, j, "晨")) part = "MO";
        if (part.empty() || is(t, j + 1, "期") || is(t, j + 1, "年")) return std::nullopt;  // "晚期", "早年"
        TimeNorm n = shiftedUnit(TimeUnit::Day, shifts[h], ctx, t[i].text);
        addPartOfDay(n, part);
        return matchTo(j + 1, n);
    }
    if ((is(t, i, "前") || is(t, i, "后")) && is(t, i + 1, "天") && !compoundBefore(t, i))
        return matchTo(i + 2, shiftedUnit(TimeUnit::Day, is(t, i, "前") ? -2 : 2, ctx, t[i].text));
    return std::nullopt;
}

/// A weekday character after "周" / "星期" / "礼拜": 1-7, else 0.
int weekdayChar(const Toks& t, std::size_t i) {
    static constexpr std::array<std::string_view, 7> days = {"一", "二", "三", "四", "五", "六", "日"};
    for (int d = 0; d < 7; ++d)
        if (is(t, i, days[d])) return d + 1;
    return is(t, i, "天") ? 7 : 0;
}

/// "周二", "星期五", "礼拜天": the weekday by tense. Sets the weekday and next.
int weekdayWordAt(const Toks& t, std::size_t i, std::size_t& next) {
    std::size_t j = 0;
    if (is(t, i, "周")) j = i + 1;
    else if (!spells(t, i, "星期", j) && !spells(t, i, "礼拜", j)) return 0;
    int wd = weekdayChar(t, j);
    if (wd == 0 || (wd <= 6 && (is(t, j + 1, "年") || is(t, j + 1, "个")))) return 0;  // "周一年": not a weekday
    next = j + 1;
    return wd;
}

/// Weeks, months, quarters named from the publication date: "上周", "本周三", "下个月", "上季度", "周末".
Opt unitWordAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    if (i > 0 && is(t, i - 1, "每")) return std::nullopt;  // "每周", "每月": a frequency
    static constexpr std::array<std::string_view, 3> heads = {"上", "本", "下"};
    std::size_t j = 0;
    int h = oneOf(t, i, heads, j);
    if (h >= 0 && compoundBefore(t, i)) return std::nullopt;
    int shift = h - 1;
    if (h < 0) {
        std::size_t k = 0;
        if (!is(t, i, "这")) return std::nullopt;
        k = i + 1 + (is(t, i + 1, "个") ? 1 : 0);
        shift = 0;
        j = k;
    } else if (is(t, j, "个") || (h != 1 && is(t, j, "一"))) {
        ++j;  // "上个月", "下一周"
    }
    std::size_t next = 0;
    if (is(t, j, "周") || spells(t, j, "星期", next) || spells(t, j, "礼拜", next)) {
        std::size_t after = is(t, j, "周") ? j + 1 : next;
        if (is(t, after, "末")) {
            Pointer p = shift < 0 ? Pointer::Last : (shift > 0 ? Pointer::Next : Pointer::This);
            return matchTo(after + 1, weekendInContext(ctx, p));
        }
        if (int wd = weekdayChar(t, after); wd && !is(t, after + 1, "年"))
            return matchTo(after + 1, weekdayOfWeek(wd, shift, ctx));
        if (is(t, after, "年")) return std::nullopt;
        return matchTo(after, shiftedUnit(TimeUnit::Week, shift, ctx, "week"));
    }
    if (is(t, j, "月")) {
        if (is(t, j + 1, "份") || is(t, j + 1, "底") || is(t, j + 1, "初")) {
            TimeNorm n = shiftedUnit(TimeUnit::Month, shift, ctx, "month");
            if (is(t, j + 1, "底")) addModifier(n, "END");
            if (is(t, j + 1, "初")) addModifier(n, "START");
            return matchTo(j + 2, n);
        }
        if (is(t, j + 1, "球") || is(t, j + 1, "亮")) return std::nullopt;  // "登上月球"
        return matchTo(j + 1, shiftedUnit(TimeUnit::Month, shift, ctx, "month"));
    }
    if (spells(t, j, "季度", next)) return matchTo(next, shiftedUnit(TimeUnit::Quarter, shift, ctx, "quarter"));
    return std::nullopt;
}

/// "第三季度", "三季度", "Q3" (the quarter), "上半年" (the half): n and kind 'Q' / 'H'. Sets next.
int partOfYearAt(const Toks& t, std::size_t i, char& kind, std::size_t& next) {
    std::size_t j = i + (is(t, i, "第") ? 1 : 0);
    if (j < t.size()) {
        int q = 0;
        if (t[j].kind == TokKind::Number) q = numberAt(t, j, 1);
        else if (numeralChar(t, j)) q = static_cast<int>(chineseNumeral(t[j].text));
        if (q >= 1 && q <= 4 && spells(t, j + 1, "季度", next)) {
            kind = 'Q';
            return q;
        }
    }
    if (i < t.size() && t[i].text.size() == 2 && t[i].text[0] == 'Q' && t[i].text[1] >= '1' && t[i].text[1] <= '4') {
        kind = 'Q';
        next = i + 1;
        return t[i].text[1] - '0';
    }
    if (spells(t, i, "上半年", next)) {
        kind = 'H';
        return 1;
    }
    if (spells(t, i, "下半年", next)) {
        kind = 'H';
        return 2;
    }
    return 0;
}

/// What may follow a year: a month (and day), a quarter, a half, its end or start, a season.
Opt afterYear(const Toks& t, std::size_t j, const TimeNorm& year) {
    auto with = [&](std::string value, std::string_view mod = {}) {
        TimeNorm n{std::move(value), year.resolved, year.note};
        if (!mod.empty()) addModifier(n, mod);
        return n;
    };
    const std::string& y = year.value;
    std::size_t next = 0;
    char kind = 'Q';
    if (int q = partOfYearAt(t, j, kind, next)) return matchTo(next, with(y + "-" + kind + std::to_string(q)));
    static constexpr std::array<std::string_view, 6> ends = {"年底", "年末", "底", "末", "年初", "初"};
    if (int e = oneOf(t, j, ends, next); e >= 0) return matchTo(next, with(y, e < 4 ? "END" : "START"));
    if (spells(t, j, "年中", next)) return matchTo(next, with(y, "MID"));
    static constexpr std::array<std::string_view, 4> seasons = {"春", "夏", "秋", "冬"};
    static constexpr std::array<std::string_view, 4> codes = {"SP", "SU", "FA", "WI"};
    if (int s = oneOf(t, j, seasons, next); s >= 0 && (is(t, next, "天") || is(t, next, "季")))
        return matchTo(next + 1, with(y + "-" + std::string(codes[s])));
    int m = numberAt(t, j, 2);
    if (m < 1 && numeralChar(t, j)) {  // "去年十二月"
        std::size_t k = j;
        std::string run;
        while (k < t.size() && k < j + 3 && numeralChar(t, k)) run += t[k++].text;
        if (is(t, k, "月")) m = static_cast<int>(chineseNumeral(run));
    }
    if (m >= 1 && m <= 12) {
        std::size_t k = j + 1;
        while (k < t.size() && !is(t, k, "月") && k < j + 3) ++k;
        if (!is(t, k, "月") || y.size() != 4) return std::nullopt;
        if (y[0] == 'X') return matchTo(k + 1, with("XXXX-" + std::string(m < 10 ? "0" : "") + std::to_string(m)));
        int yv = std::stoi(y);
        int d = numberAt(t, k + 1, 2);
        if (d >= 1 && (is(t, k + 2, "日") || is(t, k + 2, "号"))) {
            TimeNorm day = absoluteDay(yv, m, d);
            if (day.value.empty()) return std::nullopt;
            return matchTo(k + 3, with(day.value));
        }
        return matchTo(k + 1, with(calendar::ym(yv, m)));
    }
    return std::nullopt;
}

/// "今年", "去年", "明年", "前年", "后年" and what follows them ("去年第四季度", "今年夏天", "明年年底").
Opt relativeYearAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    static constexpr std::array<std::string_view, 5> words = {"前年", "去年", "今年", "明年", "后年"};
    std::size_t j = 0;
    int w = oneOf(t, i, words, j);
    if (w < 0 || compoundBefore(t, i)) return std::nullopt;  // "说明年轻人", "过去年份"
    if (is(t, j, "度") || is(t, j, "级") || is(t, j, "轻")) return std::nullopt;
    TimeNorm year = shiftedUnit(TimeUnit::Year, w - 2, ctx, t[i].text);
    if (Opt more = afterYear(t, j, year)) return more;
    if (is(t, j, "同") && is(t, j + 1, "期")) return matchTo(j + 2, year);  // "去年同期": the same period a year back
    return matchTo(j, year);
}

/// A written year and its parts: "2024年第三季度", "2024年上半年", "2024年底", "2013年夏天", "2025财年",
/// "1990年代".
Opt writtenYearAt(const Toks& t, std::size_t i) {
    int y = yearAt(t, i);
    std::size_t next = 0;
    if (y && spells(t, i + 1, "财年", next)) {
        char kind = 'Q';
        std::size_t after = 0;
        if (int q = partOfYearAt(t, next, kind, after); q && kind == 'Q')
            return matchTo(after, TimeNorm{"FY" + calendar::yearOnly(y) + "-Q" + std::to_string(q), true, {}});
        return matchTo(next, TimeNorm{"FY" + calendar::yearOnly(y), true, {}});
    }
    // decades: "1990年代", "90年代" (the twentieth century when it is not written)
    int decade = y ? y : numberAt(t, i, 2);
    if (i < t.size() && (t[i].text.size() == 4 || t[i].text.size() == 2) && decade % 10 == 0 && is(t, i + 1, "年") &&
        is(t, i + 2, "代")) {
        if (decade < 100) decade += decade >= 30 ? 1900 : 2000;
        return matchTo(i + 3, TimeNorm{std::to_string(decade / 10), true, {}});
    }
    if (!y || !is(t, i + 1, "年")) return std::nullopt;
    return afterYear(t, i + 2, TimeNorm{calendar::yearOnly(y), true, {}});
}

/// A quarter or half without a year ("第三季度", "上半年"), the year's or month's end ("年底", "月初"), a month's
/// end ("3月底", "5月中旬"): the year from the publication date and tense.
Opt periodAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    std::size_t next = 0;
    char kind = 'Q';
    if (i > 0 && (is(t, i - 1, "个") || is(t, i - 1, "年"))) return std::nullopt;
    if (int q = partOfYearAt(t, i, kind, next)) {
        int startMonth = kind == 'Q' ? 3 * (q - 1) + 1 : 6 * (q - 1) + 1;
        int endMonth = startMonth + (kind == 'Q' ? 2 : 5);  // as in English: "四季度" written in December is this one
        TimeNorm m = monthInContext(ctx.tense == Tense::Past ? startMonth : endMonth, ctx, Pointer::Bare);
        std::string y = m.value.substr(0, 4);
        return matchTo(next, TimeNorm{y + "-" + kind + std::to_string(q), m.resolved, m.note});
    }
    static constexpr std::array<std::string_view, 5> yearEnds = {"年底", "年末", "年初", "月底", "月初"};
    if (int e = oneOf(t, i, yearEnds, next); e >= 0) {
        if (i > 0 && (t[i - 1].kind == TokKind::Number || numeralChar(t, i - 1))) return std::nullopt;
        TimeNorm n = shiftedUnit(e < 3 ? TimeUnit::Year : TimeUnit::Month, 0, ctx, t[i].text);
        static constexpr std::array<std::string_view, 5> mods = {"END", "END", "START", "END", "START"};
        addModifier(n, mods[e]);
        return matchTo(next, n);
    }
    // a month with its end, start or ten days: "3月底", "5月初", "6月中旬", "12月下旬"
    int m = numberAt(t, i, 2);
    if (m >= 1 && m <= 12 && is(t, i + 1, "月")) {
        static constexpr std::array<std::string_view, 6> parts = {"底", "末", "初", "上旬", "中旬", "下旬"};
        static constexpr std::array<std::string_view, 6> mods = {"END", "END", "START", "START", "MID", "END"};
        if (int p = oneOf(t, i + 2, parts, next); p >= 0) {
            TimeNorm n = monthInContext(m, ctx, Pointer::Bare);
            addModifier(n, mods[p]);
            return matchTo(next, n);
        }
    }
    return std::nullopt;
}

/// A month (and day) in Chinese numerals: "三月", "十二月五日"; "三个月" is a length and "第三月" an ordinal.
Opt numeralMonthAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    if (!numeralChar(t, i) || (i > 0 && (numeralChar(t, i - 1) || is(t, i - 1, "第") || is(t, i - 1, "几") || is(t, i - 1, "前"))))
        return std::nullopt;
    auto numeral = [&](std::size_t k, std::size_t most, std::size_t& next) {
        std::string run;
        while (k < t.size() && run.size() < 3 * most && numeralChar(t, k)) run += t[k++].text;
        next = k;
        return run.empty() ? -1 : static_cast<int>(chineseNumeral(run));
    };
    std::size_t k = 0;
    int m = numeral(i, 2, k);
    if (m < 1 || m > 12 || !is(t, k, "月") || is(t, k + 1, "球")) return std::nullopt;
    std::size_t after = 0;
    int d = numeral(k + 1, 3, after);
    if (d >= 1 && d <= 31 && (is(t, after, "日") || is(t, after, "号")))
        return matchTo(after + 1, dayMonthInContext(d, m, ctx));
    return matchTo(k + 1 + (is(t, k + 1, "份") ? 1 : 0), monthInContext(m, ctx, Pointer::Bare));
}

/// PRESENT_REF, PAST_REF and FUTURE_REF: "目前", "现在", "如今", "近期" (by tense), "近年来", "未来", "今后".
Opt referenceAt(const Toks& t, std::size_t i, const TimeContext& ctx) {
    static constexpr std::array<std::string_view, 6> present = {"目前", "当前", "如今", "眼下", "现阶段", "现在"};
    std::size_t next = 0;
    if (int p = oneOf(t, i, present, next); p >= 0) {
        // "实现在", "出现在", "表现在": the verb before is "实现", not "now"
        if (p == 5 && i > 0 && (is(t, i - 1, "实") || is(t, i - 1, "出") || is(t, i - 1, "表") || is(t, i - 1, "体") ||
                                is(t, i - 1, "发") || is(t, i - 1, "呈") || is(t, i - 1, "展") || is(t, i - 1, "显")))
            return std::nullopt;
        return matchTo(next, refNorm("PRESENT_REF"));
    }
    if (spells(t, i, "近期", next))
        return matchTo(next, refNorm(ctx.tense == Tense::Future ? "FUTURE_REF" : "PAST_REF"));
    static constexpr std::array<std::string_view, 5> past = {"近年来", "近年", "近来", "此前", "最近"};
    if (int p = oneOf(t, i, past, next); p >= 0) {
        if (p == 4 && (is(t, next, "的") || is(t, next, "一"))) return std::nullopt;  // "距离最近的", "最近一次"
        return matchTo(next, refNorm("PAST_REF"));
    }
    static constexpr std::array<std::string_view, 4> future = {"未来", "将来", "今后", "日后"};
    if (oneOf(t, i, future, next) >= 0) return matchTo(next, refNorm("FUTURE_REF"));
    return std::nullopt;
}

}  // namespace

std::optional<TimeMatch> chineseTimeAt(const std::vector<Tok>& t, std::size_t i, const TimeContext& ctx) {
    if (i >= t.size() || (t[i].kind != TokKind::Cjk && t[i].kind != TokKind::Number)) return std::nullopt;
    Opt best;
    auto consider = [&](Opt m) {
        if (m && (!best || m->end > best->end)) best = std::move(m);
    };
    consider(durationAt(t, i, ctx));
    consider(spanAt(t, i, ctx));
    consider(dayWordAt(t, i, ctx));
    consider(unitWordAt(t, i, ctx));
    consider(relativeYearAt(t, i, ctx));
    consider(writtenYearAt(t, i));
    consider(periodAt(t, i, ctx));
    consider(referenceAt(t, i, ctx));
    consider(numeralMonthAt(t, i, ctx));
    std::size_t next = 0;
    if (int wd = weekdayWordAt(t, i, next); wd && !(i > 0 && is(t, i - 1, "每")))
        consider(matchTo(next, weekdayInContext(wd, ctx, Pointer::Bare)));
    if (is(t, i, "周") && is(t, i + 1, "末") && !(i > 0 && is(t, i - 1, "每")))
        consider(matchTo(i + 2, weekendInContext(ctx, Pointer::Bare)));
    return best;
}

}  // namespace parallax::annotate
