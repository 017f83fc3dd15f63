#include "core/extract/textutil.h"

#include <algorithm>

#include "core/ingest/utf8.h"

namespace parallax::extract {

namespace detail {

char32_t nextCodePointMultiByte(std::string_view s, std::size_t& i) {
    const std::size_t n = ingest::utf8SequenceLength(s, i);
    if (n == 0) {
        ++i;
        return 0xFFFD;
    }
    auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t c = 0;
    switch (n) {
        case 1: c = b(0); break;
        case 2: c = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
        case 3: c = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
        default: c = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
    }
    i += n;
    return c;
}

}  // namespace detail

std::string normalizeForMatch(std::string_view s) {
    // Written through a pointer into a buffer of the input's size: the output is never longer (a space is
    // written only after a dropped character, every other character keeps or shrinks its bytes).
    std::string out(s.size(), '\0');
    char* const begin = out.data();
    char* w = begin;
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t start = i;
        const char32_t c = nextCodePoint(s, i);
        if (c == '\'' || c == 0x2019 || c == 0x2018) continue;  // "China's" == "Chinas": saves differ in quotes
        if (!isWordChar(c)) {
            space = w != begin;
            continue;
        }
        if (space) *w++ = ' ';
        space = false;
        if (c < 0x80) {
            *w++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else {
            for (std::size_t k = start; k < i; ++k) *w++ = s[k];
        }
    }
    out.resize(static_cast<std::size_t>(w - begin));
    return out;
}

bool moreMatchWordsThan(std::string_view s, std::size_t n) {
    // The words of normalizeForMatch are the runs of word characters between other characters; apostrophes
    // are dropped without ending a word there.
    std::size_t count = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = nextCodePoint(s, i);
        if (c == '\'' || c == 0x2019 || c == 0x2018) continue;
        if (!isWordChar(c)) {
            inWord = false;
            continue;
        }
        if (!inWord && ++count > n) return true;
        inWord = true;
    }
    return false;
}

std::vector<std::string_view> wordViews(std::string_view normalized) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < normalized.size()) {
        std::size_t sp = normalized.find(' ', start);
        if (sp == std::string_view::npos) sp = normalized.size();
        if (sp > start) out.push_back(normalized.substr(start, sp - start));
        start = sp + 1;
    }
    return out;
}

std::vector<std::string> words(std::string_view normalized) {
    const auto views = wordViews(normalized);
    return {views.begin(), views.end()};
}

std::size_t codePoints(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool moreCodePointsThan(std::string_view s, std::size_t n) {
    std::size_t count = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++count > n) return true;
    return false;
}

std::size_t wordCount(std::string_view s) {
    std::size_t count = 0;
    std::size_t cjk = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = nextCodePoint(s, i);
        if (c >= 0x80 && isCjk(c)) {  // (no ASCII character is CJK: most characters skip the range tests)
            ++cjk;
            inWord = false;
        } else if (isWordChar(c) || c == '\'' || c == 0x2019 || c == '-') {
            if (!inWord) ++count;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return count + (cjk + 1) / 2;
}

bool endsWithSentencePunctuation(std::string_view s) {
    std::size_t end = s.size();
    // Step back over closing quotes and brackets: 'said "yes."' ends a sentence.
    while (end > 0) {
        bool stripped = false;
        for (std::string_view close : {"\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB", "\u300D", "\u300F", "*"}) {
            if (end >= close.size() && s.substr(end - close.size(), close.size()) == close) {
                end -= close.size();
                stripped = true;
                break;
            }
        }
        if (!stripped) break;
    }
    if (end == 0) return end != s.size();  // only quotes: a quotation ends there
    const std::string_view body = s.substr(0, end);
    for (std::string_view p : {".", "!", "?", ":", ";", "\u2026", "\u3002", "\uFF01", "\uFF1F", "\uFF1B", "\uFF1A"})
        if (body.size() >= p.size() && body.substr(body.size() - p.size()) == p) return true;
    return end != s.size();  // a closing quote without a full stop still closes a quoted sentence
}

bool isProse(std::string_view s, std::size_t minWords) { return isProseOfWords(s, wordCount(s), minWords); }

bool isProseOfWords(std::string_view s, std::size_t words, std::size_t minWords) {
    if (words < minWords) return false;
    if (endsWithSentencePunctuation(s)) return true;
    // Long text without a final full stop (cut-off saves) still counts when it holds sentence breaks.
    return words >= minWords * 2 && (s.find(". ") != std::string_view::npos || s.find("\u3002") != std::string_view::npos);
}

double titleCaseRatio(std::string_view s) {
    std::size_t longWords = 0;
    std::size_t capitalised = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '(')) ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        std::string_view w = s.substr(start, i - start);
        std::size_t letters = 0;
        for (char c : w) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (letters <= 3) continue;
        ++longWords;
        capitalised += !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9'));
    }
    return longWords == 0 ? 0.0 : static_cast<double>(capitalised) / static_cast<double>(longWords);
}

std::string trimDecoration(std::string_view s) {
    // Markup characters go from both ends; quotes only as a pair that wraps the whole text
    // ("'Neutral' Snopes ... Supporters?'" keeps its quotes: the first one closes inside).
    static const std::string_view markup[] = {" ", "\t", "*", "#", "_"};
    static const std::pair<std::string_view, std::string_view> quotes[] = {
        {"\"", "\""}, {"'", "'"}, {"\u201C", "\u201D"}, {"\u2018", "\u2019"}, {"\u00AB", "\u00BB"},
        {"\u300C", "\u300D"}, {"\u300E", "\u300F"}, {"\u201E", "\u201C"}};
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        for (std::string_view m : markup) {
            while (s.size() >= m.size() && s.substr(0, m.size()) == m) {
                s.remove_prefix(m.size());
                changed = true;
            }
            while (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) {
                s.remove_suffix(m.size());
                changed = true;
            }
        }
        for (const auto& [open, close] : quotes) {
            if (s.size() < open.size() + close.size() || s.substr(0, open.size()) != open ||
                s.substr(s.size() - close.size()) != close)
                continue;
            std::string_view inner = s.substr(open.size(), s.size() - open.size() - close.size());
            if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) continue;
            s = inner;
            changed = true;
        }
    }
    return std::string(s);
}

}  // namespace parallax::extract
