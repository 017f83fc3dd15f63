// The scanners mirror the regular expressions they replaced (quoted in line_scanners.h) part by part. Where a
// pattern had choices (optional parts, counted repeats), the alternatives are tried in the order std::regex's
// backtracking tried them, so the first match found is the same; where a choice could never change the outcome
// (a greedy \s+ before something that cannot start with a space), the scanner takes the greedy one directly.
#include "core/extract/line_scanners.h"

#include "core/util/ascii.h"

namespace parallax::extract {
namespace {

using namespace util::ascii;
constexpr std::size_t npos = std::string_view::npos;

bool at(std::string_view s, std::size_t pos, std::string_view what) {
    return pos <= s.size() && s.substr(pos, what.size()) == what;
}

// ---- copyright notice ----

bool isNameChar(char c) { return isAlnum(c) || c == '&' || c == '\'' || c == '-'; }

/// [A-Z][A-Za-z0-9&'\-]*\.?  (with `ampersand`: [A-Z&] first): where the word ends, or npos.
std::size_t nameWordEnd(std::string_view t, std::size_t i, bool ampersand) {
    if (i >= t.size() || !(isUpper(t[i]) || (ampersand && t[i] == '&'))) return npos;
    i = skipWhile(t, i + 1, isNameChar);
    return (i < t.size() && t[i] == '.') ? i + 1 : i;
}

/// The holder: a first word, then (\s+ (word | of | and | the | for))* taken as far as it goes. The linking words
/// need no word boundary after them ("often" gives "of"), as in the pattern.
std::size_t holderEnd(std::string_view t, std::size_t start) {
    std::size_t end = nameWordEnd(t, start, false);
    for (;;) {
        const std::size_t w = skipWhile(t, end, isSpace);
        if (w == end) return end;
        std::size_t next = nameWordEnd(t, w, true);
        for (std::string_view link : {"of", "and", "the", "for"})
            if (next == npos && at(t, w, link)) next = w + link.size();
        if (next == npos) return end;
        end = next;
    }
}

bool fourDigits(std::string_view t, std::size_t i) {
    if (i + 4 > t.size()) return false;
    for (std::size_t k = i; k < i + 4; ++k)
        if (!isDigit(t[k])) return false;
    return true;
}

/// ,?\s+ then a capital: where the holder starts, or npos.
std::size_t holderAfterYears(std::string_view t, std::size_t i) {
    if (i < t.size() && t[i] == ',') ++i;
    const std::size_t w = skipWhile(t, i, isSpace);
    return (w > i && w < t.size() && isUpper(t[w])) ? w : npos;
}

/// After the sign or the word and its spaces: an optional year or range of years (a range first, as the greedy
/// pattern did), then the holder's first capital. npos when there is none.
std::size_t holderStart(std::string_view t, std::size_t i) {
    if (!fourDigits(t, i)) return (i < t.size() && isUpper(t[i])) ? i : npos;
    const std::size_t d = skipWhile(t, i + 4, isSpace);
    std::size_t afterDash = npos;
    if (d < t.size() && t[d] == '-') afterDash = d + 1;
    else if (at(t, d, "\xE2\x80\x93")) afterDash = d + 3;
    if (afterDash != npos) {
        const std::size_t y = skipWhile(t, afterDash, isSpace);
        if (fourDigits(t, y))
            if (const std::size_t s = holderAfterYears(t, y + 4); s != npos) return s;
    }
    // The single year; without any year the holder would have to start on a digit, which it cannot.
    return holderAfterYears(t, i + 4);
}

// ---- domain line ----

bool isHostChar(char c) { return isAlnum(c) || c == '-' || c == '.'; }

/// ((?:[a-z0-9-]+\.)+[a-z]{2,12})(?:/\S*)?\s*$ from `i`: the host, or nothing. The host is the whole run of host
/// characters (what follows it must be '/', a space or the end), so only its shape is left to check.
std::optional<std::string_view> hostToEnd(std::string_view line, std::size_t i) {
    const std::size_t end = skipWhile(line, i, isHostChar);
    const std::string_view host = line.substr(i, end - i);
    const std::size_t lastDot = host.rfind('.');
    if (lastDot == npos || lastDot == 0) return std::nullopt;
    const std::string_view tld = host.substr(lastDot + 1);
    if (tld.size() < 2 || tld.size() > 12) return std::nullopt;
    for (char c : tld)
        if (!isAlpha(c)) return std::nullopt;
    for (std::size_t k = 0; k < lastDot; ++k)  // labels before the top-level domain: none empty
        if (host[k] == '.' && (k == 0 || host[k - 1] == '.')) return std::nullopt;
    if (host[lastDot - 1] == '.') return std::nullopt;
    std::size_t rest = end;
    if (rest < line.size() && line[rest] == '/') rest = skipWhile(line, rest + 1, [](char c) { return !isSpace(c); });
    rest = skipWhile(line, rest, isSpace);
    if (rest != line.size()) return std::nullopt;
    return host;
}

// ---- dateline ----

bool isPlaceChar(char c) { return isAlpha(c) || c == ' ' || c == '.' || c == '\'' || c == '-'; }
bool isRegionChar(char c) { return isAlpha(c) || c == ' ' || c == '.'; }
bool isOutletChar(char c) { return isAlpha(c) || c == '.' || c == '&' || c == '\'' || c == ' '; }

/// ,?\s+ at `e`: calls next(end) for the comma-and-spaces reading, then the spaces-only one; true when next did.
template <typename Next>
bool commaSpaces(std::string_view h, std::size_t e, Next&& next) {
    if (e < h.size() && h[e] == ',') {
        const std::size_t w = skipWhile(h, e + 1, isSpace);
        if (w > e + 1 && next(w)) return true;
    }
    const std::size_t w = skipWhile(h, e, isSpace);
    return w > e && next(w);
}

/// [A-Z][A-Za-z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,?\s+ : every way to read a place (and region), longest
/// first, each handed to next until one leads to a whole dateline.
template <typename Next>
bool place(std::string_view h, std::size_t pos, Next&& next) {
    if (pos >= h.size() || !isUpper(h[pos])) return false;
    const std::size_t run = skipWhile(h, pos + 1, isPlaceChar) - (pos + 1);
    for (std::size_t len = std::min<std::size_t>(run, 40); len >= 1; --len) {
        const std::size_t q = pos + 1 + len;
        if (q < h.size() && h[q] == ',') {
            const std::size_t r = skipWhile(h, q + 1, isSpace);
            if (r < h.size() && isUpper(h[r])) {
                const std::size_t regionRun = skipWhile(h, r + 1, isRegionChar) - (r + 1);
                for (std::size_t m = std::min<std::size_t>(regionRun, 30); m >= 1; --m)
                    if (commaSpaces(h, r + 1 + m, next)) return true;
            }
        }
        if (commaSpaces(h, q, next)) return true;
    }
    return false;
}

/// (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+ : the lower-case letters are taken to the end of the word (a shorter
/// take leaves a letter where ',' or a space must follow).
template <typename Next>
bool weekday(std::string_view h, std::size_t pos, Next&& next) {
    for (std::string_view day : {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"})
        if (at(h, pos, day)) return commaSpaces(h, skipWhile(h, pos + 3, isLower), next);
    return false;
}

/// MONTH\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)? : every reading, in the pattern's order (long month names before
/// short, two digits before one, with the year before without), each end handed to next.
template <typename Next>
bool date(std::string_view h, std::size_t pos, Next&& next) {
    // Per month, the forms its alternative (Jan(?:uary)?, Sept?(?:ember)?, ...) tries, in order.
    static constexpr std::string_view kForms[][4] = {
        {"January", "Jan"}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"}, {"May"}, {"June", "Jun"},
        {"July", "Jul"}, {"August", "Aug"}, {"September", "Sept", "Sepember", "Sep"}, {"October", "Oct"},
        {"November", "Nov"}, {"December", "Dec"}};
    for (const auto& forms : kForms) {
        if (!at(h, pos, forms[0].substr(0, 3))) continue;
        for (std::string_view form : forms) {
            if (form.empty() || !at(h, pos, form)) continue;
            const std::size_t m = pos + form.size();
            for (std::size_t d : {m < h.size() && h[m] == '.' ? m + 1 : npos, m}) {
                if (d == npos) continue;
                const std::size_t w = skipWhile(h, d, isSpace);
                if (w == d) continue;
                const std::size_t digits = skipWhile(h, w, isDigit) - w;
                for (std::size_t e : {digits >= 2 ? w + 2 : npos, digits >= 1 ? w + 1 : npos}) {
                    if (e == npos) continue;
                    if (e < h.size() && h[e] == ',') {
                        const std::size_t y = skipWhile(h, e + 1, isSpace);
                        if ((at(h, y, "19") || at(h, y, "20")) && y + 4 <= h.size() && isDigit(h[y + 2]) &&
                            isDigit(h[y + 3]) && next(y + 4))
                            return true;
                    }
                    if (next(e)) return true;
                }
            }
        }
        return false;  // the three letters name one month only
    }
    return false;
}

/// \s*\(([A-Z][A-Za-z.&' ]{1,30})\)\s*(?:-{1,2}|–|—)\s* : no choices that matter (the outlet's letters cannot
/// be ')', the spaces cannot be what follows them).
std::optional<DatelineMatch> closing(std::string_view h, std::size_t pos) {
    std::size_t p = skipWhile(h, pos, isSpace);
    if (p + 1 >= h.size() || h[p] != '(' || !isUpper(h[p + 1])) return std::nullopt;
    const std::size_t run = skipWhile(h, p + 2, isOutletChar) - (p + 2);
    const std::size_t close = p + 2 + run;
    if (run < 1 || run > 30 || close >= h.size() || h[close] != ')') return std::nullopt;
    DatelineMatch m;
    m.outlet = h.substr(p + 1, close - (p + 1));
    p = skipWhile(h, close + 1, isSpace);
    if (at(h, p, "-")) p += at(h, p + 1, "-") ? 2 : 1;
    else if (at(h, p, "\xE2\x80\x93") || at(h, p, "\xE2\x80\x94")) p += 3;
    else return std::nullopt;
    m.length = skipWhile(h, p, isSpace);
    return m;
}

}  // namespace

std::optional<std::string_view> scanCopyrightHolder(std::string_view t) {
    // Only '\xC2' (of the sign), 'C' and 'c' can open a notice: the bytes between them need no test.
    auto opener = [](char c) { return c == '\xC2' || c == 'C' || c == 'c'; };
    for (std::size_t p = 0; (p = skipWhile(t, p, [&](char c) { return !opener(c); })) < t.size(); ++p) {
        std::size_t q = npos;
        if (at(t, p, "\xC2\xA9")) {
            q = p + 2;
        } else if ((t[p] == 'C' || t[p] == 'c') && at(t, p + 1, "opyright") && (p == 0 || !isWord(t[p - 1]))) {
            q = p + 9;
            if (at(t, q, " \xC2\xA9")) q += 3;
            else if (at(t, q, " (c)") || at(t, q, " (C)")) q += 4;
        }
        if (q == npos) continue;
        const std::size_t start = holderStart(t, skipWhile(t, q, isSpace));
        if (start != npos) return t.substr(start, holderEnd(t, start) - start);
    }
    return std::nullopt;
}

std::optional<std::string_view> scanDomainLine(std::string_view line) {
    const std::size_t i = skipWhile(line, 0, isSpace);
    for (std::size_t s : {startsWithNoCase(line, i, "https://") ? i + 8 : startsWithNoCase(line, i, "http://") ? i + 7 : npos, i}) {
        if (s == npos) continue;
        for (std::size_t w : {startsWithNoCase(line, s, "www.") ? s + 4 : npos, s}) {
            if (w == npos) continue;
            if (auto host = hostToEnd(line, w)) return host;
        }
    }
    return std::nullopt;
}

std::optional<DatelineMatch> scanDateline(std::string_view h) {
    std::optional<DatelineMatch> found;
    auto afterWeekday = [&](std::size_t pos) {
        const bool dated = date(h, pos, [&](std::size_t end) {
            if ((found = closing(h, end))) found->date = h.substr(pos, end - pos);
            return found.has_value();
        });
        return dated || (found = closing(h, pos)).has_value();
    };
    auto afterPlace = [&](std::size_t pos) { return weekday(h, pos, afterWeekday) || afterWeekday(pos); };
    const std::size_t start = skipWhile(h, 0, isSpace);
    if (place(h, start, afterPlace) || afterPlace(start)) return found;
    return std::nullopt;
}

}  // namespace parallax::extract
