#include "core/text/segment.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/text/breaks.h"
#include "core/text/stopwords.h"

namespace parallax::text::detail {

namespace {

/// Decodes the code point at s[i] (invalid bytes read as themselves) and its length.
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t& len) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        len = 1;
        return b;
    }
    std::size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + n > s.size() || n == 1) {
        len = 1;
        return b;
    }
    char32_t cp = b & (0xFFu >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    len = n;
    return cp;
}

bool isSpaceCp(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

/// Letters, digits and ideographs: what makes a segment more than punctuation.
bool isContentCp(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (c < 0xC0) return false;                        // Latin-1 punctuation and symbols
    if (c >= 0x2000 && c <= 0x2BFF) return false;      // general punctuation, arrows, symbols
    if (c >= 0x3000 && c <= 0x303F) return false;      // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;      // CJK compatibility forms
    if (c >= 0xFF00 && c <= 0xFF0F) return false;      // full-width punctuation
    if (c >= 0x1F000 && c <= 0x1FAFF) return false;    // emoji and pictographs
    return !isSpaceCp(c);
}

bool hasContent(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        if (isContentCp(decodeAt(s, i, len))) return true;
        i += len;
    }
    return false;
}

Span trimmed(std::string_view text, Span sp) {
    while (sp.start < sp.end) {
        std::size_t len = 1;
        if (!isSpaceCp(decodeAt(text, sp.start, len))) break;
        sp.start += len;
    }
    while (sp.end > sp.start) {
        std::size_t back = sp.end - 1;
        while (back > sp.start && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        std::size_t len = 1;
        if (!isSpaceCp(decodeAt(text, back, len))) break;
        sp.end = back;
    }
    return sp;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

template <std::size_t N>
bool inList(std::string_view word, const std::string_view (&list)[N]) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Abbreviations after which a period rarely ends an English sentence. They are rules of English
// orthography (like ICU's own suppression lists), not knowledge about a topic.
constexpr std::string_view kTitles[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "st", "rev", "hon", "pres", "messrs", "mt", "ft", "vs", "e.g", "i.e", "cf", "approx", "est", "dept"};
constexpr std::string_view kBeforeNumber[] = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos",
    "fig", "vol", "pp", "p", "art", "sec", "ch", "ed"};
constexpr std::string_view kSuffixes[] = {"inc", "corp", "ltd", "co", "plc", "llc", "bros",
                                                                "jr", "sr", "etc", "al"};

/// The word (letters and inner dots) that ends `s` right before its final '.', e.g. "U.S" or "Mr".
std::string_view wordBeforeFinalDot(std::string_view s) {
    if (s.empty() || s.back() != '.') return {};
    std::size_t end = s.size() - 1;
    std::size_t start = end;
    while (start > 0) {
        char c = s[start - 1];
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && c != '.') break;
        --start;
    }
    return s.substr(start, end - start);
}

std::string_view firstWord(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '\'' || s[i] == '-')) ++i;
    return s.substr(0, i);
}

bool startsWithDigit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

/// A lower-case start that is not a brand spelled with an inner capital ("iPhone", "eBay").
bool continuesLowercase(std::string_view next) {
    if (next.empty()) return false;
    char c = next[0];
    if (c == ',' || c == ';' || c == ':' || c == ')' || c == ']') return true;
    if (!(c >= 'a' && c <= 'z')) return false;
    auto w = firstWord(next);
    return std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

/// Whether a break after `prev` (ending in an abbreviation) should be undone given what follows.
bool abbreviationContinues(std::string_view prev, std::string_view next) {
    std::string_view word = wordBeforeFinalDot(prev);
    if (word.empty()) return false;
    std::string lw = lowerAscii(word);
    bool nextIsStarter = isStopWord(lowerAscii(firstWord(next)));
    if (inList(lw, kTitles)) return true;
    if (inList(lw, kBeforeNumber)) return startsWithDigit(next);
    bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
    bool dotted = word.find('.') != std::string_view::npos;  // "U.S", "a.m"
    if (initial || dotted || inList(lw, kSuffixes)) return !nextIsStarter && !next.empty();
    return false;
}

/// Blank lines (a newline, optional spaces, a newline) end paragraphs: their offsets, ascending.
std::vector<std::size_t> paragraphBreaks(std::string_view text) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n') continue;
        std::size_t j = i + 1;
        while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
        if (j < text.size() && text[j] == '\n') {
            out.push_back(i);
            while (j + 1 < text.size() && (text[j + 1] == '\n' || text[j + 1] == '\r' || text[j + 1] == ' ')) ++j;
            i = j;
        }
    }
    return out;
}

/// A copy of `text` (same length, same offsets) in which a single newline inside a paragraph that is
/// followed by a lower-case continuation reads as a space: hard-wrapped text is not cut mid-sentence.
std::string softenLineWraps(std::string_view text) {
    std::string work(text);
    for (std::size_t i = 0; i < work.size(); ++i) {
        if (work[i] != '\n') continue;
        bool blankBefore = i > 0 && work[i - 1] == '\n';
        std::size_t j = i + 1;
        while (j < work.size() && (work[j] == ' ' || work[j] == '\t')) ++j;
        if (blankBefore || j >= work.size() || work[j] == '\n' || work[j] == '\r') continue;
        if (work[j] >= 'a' && work[j] <= 'z') work[i] = ' ';
    }
    return work;
}

}  // namespace

bool hasCjk(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        char32_t c = decodeAt(s, i, len);
        if ((c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
            (c >= 0x20000 && c <= 0x2FFFF))
            return true;
        i += len;
    }
    return false;
}

std::vector<Sentence> segmentSentences(std::string_view text) {
    std::string work = softenLineWraps(text);
    std::vector<Span> raw;
    forEachSentence(work, [&](std::size_t start, std::size_t end) {
        const Span sp = trimmed(text, Span{start, end});
        if (!sp.empty()) raw.push_back(sp);
    });

    auto view = [&](Span sp) { return std::string_view(text).substr(sp.start, sp.size()); };
    auto sameLine = [&](Span a, Span b) {
        return std::string_view(work).substr(a.end, b.start - a.end).find('\n') == std::string_view::npos;
    };

    std::vector<Span> merged;
    for (Span sp : raw) {
        // ICU reads a spaced closing quote (`law. " The`) as the start of the next sentence; when the
        // line so far has an unmatched straight quote, the mark belongs to it.
        if (!merged.empty() && text[sp.start] == '"' && sp.start + 1 < sp.end && text[sp.start + 1] == ' ' &&
            sameLine(merged.back(), sp)) {
            std::string_view before = std::string_view(text).substr(0, merged.back().end);
            std::size_t lineStart = before.rfind('\n');
            before.remove_prefix(lineStart == std::string_view::npos ? 0 : lineStart + 1);
            if (std::count(before.begin(), before.end(), '"') % 2 == 1) {
                merged.back().end = sp.start + 1;
                sp = trimmed(text, Span{sp.start + 1, sp.end});
                if (sp.empty()) continue;
            }
        }
        if (!merged.empty()) {
            Span& prev = merged.back();
            std::string_view p = view(prev);
            std::string_view n = view(sp);
            bool join = sameLine(prev, sp) &&
                        (!hasContent(n) || !hasContent(p) || continuesLowercase(n) || abbreviationContinues(p, n));
            if (join) {
                prev.end = sp.end;
                continue;
            }
        }
        merged.push_back(sp);
    }

    auto breaks = paragraphBreaks(text);
    std::vector<Sentence> out;
    out.reserve(merged.size());
    std::size_t b = 0;
    for (const Span& sp : merged) {
        if (!hasContent(view(sp))) continue;
        while (b < breaks.size() && breaks[b] < sp.start) ++b;
        out.push_back(Sentence{sp, static_cast<int>(b)});
    }
    return out;
}

}  // namespace parallax::text::detail
