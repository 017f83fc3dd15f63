#include "core/extract/title.h"

#include <map>

#include "core/extract/dates.h"
#include "core/extract/header.h"
#include "core/extract/textutil.h"

namespace parallax::extract {

namespace {

constexpr std::size_t kSearchBlocks = 15;

/// Share of space-separated tokens that are real words (letters only, two or more): "AI youtube.com ·2h · 1 min"
/// is mostly not.
double wordShare(std::string_view s) {
    std::size_t tokens = 0;
    std::size_t real = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ') ++i;
        if (i == start) break;
        std::string_view tok = s.substr(start, i - start);
        ++tokens;
        std::size_t letters = 0;
        bool other = false;
        bool cjk = false;
        for (std::size_t k = 0; k < tok.size();) {
            const char32_t c = nextCodePoint(tok, k);
            cjk = cjk || isCjk(c);
            if (isWordChar(c) && !(c >= '0' && c <= '9')) ++letters;
            else if (c != '\'' && c != 0x2019 && c != '-' && c != ':' && c != ',' && c != '?' && c != '!' &&
                     c != '"' && c != 0x201C && c != 0x201D && c != 0x2018 && c != '(' && c != ')' && c != '*')
                other = true;
        }
        if ((letters >= 2 || cjk) && !other) ++real;
    }
    return tokens == 0 ? 0.0 : static_cast<double>(real) / static_cast<double>(tokens);
}

/// ". X" after a lower-case word of three letters or more: a sentence ends inside the text ("U.S. Senate"
/// and "Mr. Li" do not count).
bool hasSentenceBreak(std::string_view s) {
    for (std::size_t p = s.find(". "); p != std::string_view::npos; p = s.find(". ", p + 1)) {
        if (p + 2 >= s.size() || !(s[p + 2] >= 'A' && s[p + 2] <= 'Z')) continue;
        std::size_t w = p;
        while (w > 0 && s[w - 1] != ' ') --w;
        const std::string_view word = s.substr(w, p - w);
        if (word.size() >= 3 && word.find('.') == std::string_view::npos && word.back() >= 'a' && word.back() <= 'z')
            return true;
    }
    return false;
}

bool hasCjk(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (isCjk(nextCodePoint(s, i))) return true;
    return false;
}

}  // namespace

std::string cleanTitle(std::string_view title) {
    std::string collapsed;
    bool space = false;
    for (char c : title) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !collapsed.empty();
            continue;
        }
        if (space) collapsed += ' ';
        space = false;
        collapsed += c;
    }
    return trimDecoration(collapsed);
}

TitlePick findTitleBlock(const std::vector<Block>& blocks, const BoilerplateLexicon& lexicon) {
    const std::size_t limit = std::min(blocks.size(), kSearchBlocks);
    std::map<std::string, int> counts;
    for (std::size_t i = 0; i < limit; ++i) ++counts[normalizeForMatch(blocks[i].text)];
    for (std::size_t i = 0; i < limit; ++i) {
        const Block& b = blocks[i];
        const std::string text = cleanTitle(b.text);
        if (text.empty() || b.kind == BlockKind::ListItem) continue;
        const std::size_t words = wordCount(text);
        if (lexicon.match(text) != kNone) continue;
        // Running text has started: a headline would have come before it (a later short line is a sub-heading).
        if (isProse(text)) break;
        if (parseBylineLine(text) || parseSourceLine(text) || parseDomainLine(text)) continue;
        if (auto d = findDate(text); d && (d->end - d->start) * 2 >= text.size()) continue;
        // A short line printed twice at the top is the site's name, not the headline.
        if (words <= 4 && counts[normalizeForMatch(text)] >= 2) continue;
        const bool cjk = hasCjk(text);
        const std::size_t minWords = b.kind == BlockKind::Heading ? 2 : 3;
        if (words < minWords || words > 30 || codePoints(text) > 250) continue;
        if (!cjk && wordShare(text) < 0.7) continue;
        // Two sentences ("...so far. Deep fakes are rare") are a paragraph, not a headline.
        if (hasSentenceBreak(text)) continue;
        // Headlines do not end with a full stop (questions and exclamations do occur).
        if (text.back() == '.' || text.compare(text.size() >= 3 ? text.size() - 3 : 0, 3, "\xE3\x80\x82") == 0)
            continue;
        return TitlePick{static_cast<int>(i), text};
    }
    return {};
}

}  // namespace parallax::extract
