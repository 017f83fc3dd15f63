// A hand-written date scanner over tokens (digits, words, CJK characters and what separates them): no
// std::regex, so a header "line" of a megabyte is read in linear time. The dateline is read by
// scanDateline (line_scanners.h) on the first 160 bytes of a paragraph.
#include "core/extract/dates.h"

#include <vector>

#include "core/extract/date_words.h"
#include "core/extract/line_scanners.h"

namespace parallax::extract {

namespace {

using Kind = DateToken::Kind;
using Tokens = std::vector<DateToken>;

bool validDay(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > days[m - 1]) return false;
    if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return true;
}

bool plausibleYear(int y) { return y >= 1900 && y <= 2100; }

bool number(const Tokens& ts, std::size_t i, std::size_t minDigits, std::size_t maxDigits) {
    return i < ts.size() && ts[i].kind == Kind::Number && ts[i].text.size() >= minDigits &&
           ts[i].text.size() <= maxDigits;
}
bool year(const Tokens& ts, std::size_t i) { return number(ts, i, 4, 4) && plausibleYear(ts[i].value); }
bool ideograph(const Tokens& ts, std::size_t i, std::initializer_list<std::string_view> chars) {
    if (i >= ts.size() || ts[i].kind != Kind::Ideograph || !ts[i].gapBefore.empty()) return false;
    for (std::string_view c : chars)
        if (ts[i].text == c) return true;
    return false;
}
bool word(const Tokens& ts, std::size_t i, std::initializer_list<std::string_view> words) {
    if (i >= ts.size() || ts[i].kind != Kind::Word) return false;
    for (std::string_view w : words)
        if (ts[i].text == w) return true;
    return false;
}
bool gapIn(const Tokens& ts, std::size_t i, std::initializer_list<std::string_view> gaps) {
    if (i >= ts.size()) return false;
    for (std::string_view g : gaps)
        if (ts[i].gapBefore == g) return true;
    return false;
}
MonthWord month(const Tokens& ts, std::size_t i) {
    return i < ts.size() && ts[i].kind == Kind::Word ? monthWord(ts[i].text) : MonthWord{};
}

/// "19th", "1st", "1er", "2º": the letters glued to a day number.
std::size_t skipOrdinal(const Tokens& ts, std::size_t i) {
    if (i < ts.size() && ts[i].gapBefore.empty() && !ts[i].spaceBefore &&
        word(ts, i, {"st", "nd", "rd", "th", "er", "e", "º", "ª"}))
        return i + 1;
    return i;
}

struct Match {
    Date date;
    std::size_t first = 0;  ///< token range
    std::size_t last = 0;
    bool complete = false;  ///< a day and a year written out
    bool hinted = false;
};

std::optional<Match> day(int y, int m, int d, std::size_t first, std::size_t last, bool hinted = false) {
    if (!plausibleYear(y) || !validDay(y, m, d)) return std::nullopt;
    return Match{Date{y, m, d, DatePrecision::Day}, first, last, !hinted, hinted};
}

std::optional<Match> monthOf(int y, int m, std::size_t first, std::size_t last) {
    if (!plausibleYear(y) || m < 1 || m > 12) return std::nullopt;
    return Match{Date{y, m, 0, DatePrecision::Month}, first, last, false, false};
}

/// 2019-08-19, 2019/8/19, 2019.08.19, 2019年8月19日, 2023년 11월 2일, 2019年8月.
std::optional<Match> yearFirst(const Tokens& ts, std::size_t i) {
    if (!year(ts, i)) return std::nullopt;
    const int y = ts[i].value;
    if (number(ts, i + 1, 1, 2) && number(ts, i + 2, 1, 2) && gapIn(ts, i + 1, {"-", "/", "."}) &&
        ts[i + 2].gapBefore == ts[i + 1].gapBefore) {
        // Not a longer dotted number ("2019.8.1.3"): the sequence must end here.
        if (number(ts, i + 3, 1, 9) && ts[i + 3].gapBefore == ts[i + 1].gapBefore && !ts[i + 3].spaceBefore)
            return std::nullopt;
        return day(y, ts[i + 1].value, ts[i + 2].value, i, i + 2);
    }
    if (ideograph(ts, i + 1, {"年", "년"}) && number(ts, i + 2, 1, 2) && ideograph(ts, i + 3, {"月", "월"})) {
        if (number(ts, i + 4, 1, 2) && ideograph(ts, i + 5, {"日", "号", "일"}))
            return day(y, ts[i + 2].value, ts[i + 4].value, i, i + 5);
        return monthOf(y, ts[i + 2].value, i, i + 3);
    }
    return std::nullopt;
}

/// 07.11.2023, 7/11/2023, 11/07/2023 (month first), 06-08-2009; 19. August 2019, 2 de novembro de 2023,
/// 19 августа 2019, ngày 19 tháng 8 năm 2019; yearless 19. August, 8月19日.
std::optional<Match> dayFirst(const Tokens& ts, std::size_t i, const DateReading& r) {
    if (!number(ts, i, 1, 2)) return std::nullopt;
    const int d = ts[i].value;
    // Numeric.
    if (number(ts, i + 1, 1, 2) && year(ts, i + 2) && gapIn(ts, i + 1, {".", "/", "-"}) &&
        ts[i + 2].gapBefore == ts[i + 1].gapBefore) {
        const std::string& sep = ts[i + 1].gapBefore;
        if (sep != "." && (ts[i + 1].spaceBefore || ts[i + 2].spaceBefore)) return std::nullopt;
        if (i > 0 && number(ts, i - 1, 1, 9) && ts[i].gapBefore == sep && !ts[i].spaceBefore) return std::nullopt;
        const int b = ts[i + 1].value;
        const bool monthFirst = sep == "/" && (b > 12 || (r.monthFirst && d <= 12));
        return monthFirst ? day(ts[i + 2].value, d, b, i, i + 2) : day(ts[i + 2].value, b, d, i, i + 2);
    }
    // Vietnamese: 19 tháng 8 năm 2019, 19 tháng 8, 2019.
    if (word(ts, i + 1, {"tháng"}) && number(ts, i + 2, 1, 2)) {
        std::size_t k = i + 3;
        if (word(ts, k, {"năm"})) ++k;
        if (year(ts, k)) return day(ts[k].value, ts[i + 2].value, d, i, k);
        return std::nullopt;
    }
    // CJK without a year: 8月19日.
    if (ideograph(ts, i + 1, {"月", "월"}) && number(ts, i + 2, 1, 2) && ideograph(ts, i + 3, {"日", "号", "일"})) {
        if (r.yearHint == 0) return std::nullopt;
        return day(r.yearHint, d, ts[i + 2].value, i, i + 3, true);
    }
    // Written month.
    std::size_t j = skipOrdinal(ts, i + 1);
    if (!gapIn(ts, j, {"", "."})) return std::nullopt;
    if (word(ts, j, {"de", "of", "di", "del"})) ++j;
    const MonthWord m = month(ts, j);
    if (m.month == 0 || !gapIn(ts, j, {"", "."})) return std::nullopt;
    std::size_t k = j + 1;
    if (k < ts.size() && gapIn(ts, k, {"", ",", ".", ".,"}) && word(ts, k, {"de", "del"})) ++k;
    if (k < ts.size() && gapIn(ts, k, {"", ",", ".", ".,"}) && year(ts, k)) return day(ts[k].value, m.month, d, i, k);
    if (!m.yearless || r.yearHint == 0) return std::nullopt;
    return day(r.yearHint, m.month, d, i, j, true);
}

/// January 20, 2025; Sept 3rd, 2024; Jan. 9 2025; November 2024; agosto de 2019; yearless Jan 9.
std::optional<Match> monthFirst(const Tokens& ts, std::size_t i, const DateReading& r) {
    const MonthWord m = month(ts, i);
    if (m.month == 0) return std::nullopt;
    // "19. August" was tried at the day; here the month opens the date.
    if (number(ts, i + 1, 1, 2) && gapIn(ts, i + 1, {"", "."}) && ts[i + 1].spaceBefore) {
        std::size_t k = skipOrdinal(ts, i + 2);
        if (k < ts.size() && gapIn(ts, k, {"", ","}) && year(ts, k))
            return day(ts[k].value, m.month, ts[i + 1].value, i, k);
        // "May 5:30" is a time, "May 5-7" a range: only a day that stands alone.
        if (!m.yearless || r.yearHint == 0) return std::nullopt;
        if (k < ts.size() && (gapIn(ts, k, {":", "-", "/", "."}) && ts[k].kind == Kind::Number)) return std::nullopt;
        return day(r.yearHint, m.month, ts[i + 1].value, i, k - 1, true);
    }
    std::size_t k = i + 1;
    if (word(ts, k, {"de", "del"})) ++k;
    if (m.yearless && k < ts.size() && gapIn(ts, k, {"", ",", "."}) && year(ts, k) &&
        (k + 1 >= ts.size() || !(ts[k + 1].kind == Kind::Number && !ts[k + 1].spaceBefore)))
        return monthOf(ts[k].value, m.month, i, k);
    return std::nullopt;
}

/// Every date the scanner reads holds a number token: an ASCII digit or a full-width one (U+FF10..U+FF19,
/// EF BC 90..99). Text without one needs no tokenizing (most paragraphs hold no digit at all).
bool mayHoldDigit(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') return true;
        if (c == '\xEF' && i + 2 < text.size() && text[i + 1] == '\xBC' && static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(text[i + 2]) <= 0x99)
            return true;
    }
    return false;
}

}  // namespace

std::optional<FoundDate> findDate(std::string_view text, const DateReading& reading) {
    if (!mayHoldDigit(text)) return std::nullopt;
    const Tokens ts = dateTokens(text);
    std::optional<Match> partial;  // the earliest month-and-year or yearless date, while no complete one is seen
    for (std::size_t i = 0; i < ts.size(); ++i) {
        std::optional<Match> m;
        if (ts[i].kind == Kind::Number) {
            m = yearFirst(ts, i);
            if (!m) m = dayFirst(ts, i, reading);
        } else if (ts[i].kind == Kind::Word) {
            m = monthFirst(ts, i, reading);
        }
        if (!m) continue;
        if (m->complete) {
            partial = m;
            break;
        }
        if (!partial) partial = m;
        i = m->last;
    }
    if (!partial) return std::nullopt;
    FoundDate f;
    f.date = partial->date;
    f.start = ts[partial->first].start;
    f.end = ts[partial->last].end;
    f.yearFromHint = partial->hinted;
    return f;
}

std::optional<FoundDate> findDate(std::string_view text, int yearHint) {
    return findDate(text, DateReading{yearHint, false});
}

std::optional<FoundDate> leadingDate(std::string_view line) {
    const std::string_view head = line.substr(0, 200);
    auto f = findDate(head);
    if (!f || f->date.precision != DatePrecision::Day) return std::nullopt;
    // Only a label before it: "date", "Published:", "发布时间：" (two words at most, no digits).
    const std::string_view before = head.substr(0, f->start);
    std::size_t words = 0;
    bool inWord = false;
    for (char c : before) {
        if (c >= '0' && c <= '9') return std::nullopt;
        const bool space = c == ' ' || c == '\t';
        if (!space && !inWord) ++words;
        inWord = !space;
    }
    if (words > 2 || before.size() > 24) return std::nullopt;
    // Then a time of day ("10:32", "10:32 am", "10.32 Uhr") and separators.
    std::size_t end = f->end;
    auto skip = [&](std::string_view chars) {
        while (end < line.size() && chars.find(line[end]) != std::string_view::npos) ++end;
    };
    skip(" ,|-\t");
    const std::size_t timeStart = end;
    skip("0123456789:.");
    if (end > timeStart && line.substr(timeStart, end - timeStart).find(':') == std::string_view::npos) end = timeStart;
    skip(" ");
    for (std::string_view suffix : {"am", "pm", "AM", "PM", "Uhr", "GMT", "UTC"})
        if (line.substr(end, suffix.size()) == suffix && (end + suffix.size() == line.size() || line[end + suffix.size()] == ' ')) {
            end += suffix.size();
            break;
        }
    skip(" ,|-\t");
    for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7"})
        if (line.substr(end, dash.size()) == dash) end += dash.size();
    skip(" ");
    f->end = end;
    return f;
}

std::optional<Dateline> findDateline(std::string_view paragraph, int yearHint) {
    const auto m = scanDateline(paragraph.substr(0, 160));
    if (!m) return std::nullopt;
    Dateline d;
    d.outlet = std::string(m->outlet);
    d.length = m->length;
    if (m->date)
        if (auto f = findDate(*m->date, yearHint)) d.date = f->date;
    return d;
}

std::optional<Date> parseAnyDate(std::string_view value, const DateReading& reading) {
    std::size_t first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return std::nullopt;
    value.remove_prefix(first);
    if (auto d = Date::parseIso(value.substr(0, std::min<std::size_t>(value.size(), 10)))) {
        if (value.size() <= 10 || value[10] == 'T' || value[10] == ' ' || value[10] == 't') return d;
    }
    if (auto f = findDate(value, reading)) return f->date;
    return std::nullopt;
}

}  // namespace parallax::extract
