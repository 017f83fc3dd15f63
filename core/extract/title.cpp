#include "core/extract/title.h"

#include <algorithm>
#include <map>
#include <optional>

#include "core/extract/dates.h"
#include "core/extract/header.h"
#include "core/extract/navigation.h"
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

namespace {

/// A line that could be the headline, with how sure its shape makes us.
struct Candidate {
    std::size_t index = 0;
    std::string text;
    bool weak = false;          ///< a few words or all capitals: as likely a masthead as a headline
    bool twoSentences = false;  ///< "X just got bigger. Here's what it means": needs a byline right after it
};

/// "MARKET PULSE ASIA": Latin letters, none of them lower case.
bool allCapitals(std::string_view s) {
    std::size_t upper = 0;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        upper += c >= 'A' && c <= 'Z';
    }
    return upper >= 3;
}

/// Lines that end the headline: the byline or the date printed under it.
bool bylineOrDate(const std::string& text) {
    if (parseBylineLine(text)) return true;
    auto d = findDate(text);
    return d && (d->end - d->start) * 2 >= text.size();
}

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

/// "date 2025-12-18 10:32 source X", "Published: Thursday 18 December 2025": a short line around a full
/// date. Headlines seldom write a day with its year.
bool datedLine(const std::string& text) {
    const auto d = findDate(text);
    return d && d->date.precision == DatePrecision::Day && wordCount(text) <= 16 && !hasSentenceBreak(text);
}

/// "SINGAPORE (Feb 13): ..." or "(Feb 13) - ...": the opening of a wire story, not its headline.
bool wireLine(const std::string& text) {
    std::size_t open = text.find('(');
    if (open == std::string::npos || open > 40) return false;
    for (std::size_t i = 0; i < open; ++i)  // only a place in capitals, commas and spaces before it
        if ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= '0' && text[i] <= '9')) return false;
    const std::size_t close = text.find(')', open);
    if (close == std::string::npos || close - open > 30) return false;
    const std::string_view after = std::string_view(text).substr(close + 1);
    const std::size_t k = after.find_first_not_of(' ');
    if (k == std::string_view::npos) return false;
    if (!(after[k] == ':' || after[k] == '-' || startsWith(after.substr(k), "\xE2\x80\x93") ||
          startsWith(after.substr(k), "\xE2\x80\x94")))
        return false;
    return findDate(std::string_view(text).substr(open + 1, close - open - 1), 2000).has_value();
}

/// "By Jane Doe in SINGAPORE", "By Jane Doe and John Roe for the Daily": "By" and a capitalised name
/// (parseBylineLine takes only names; "By the numbers" stays a headline).
bool bylineWithMore(const std::string& text) {
    if (!startsWith(text, "By ") && !startsWith(text, "BY ")) return false;
    const auto ws = words(text);  // lower-cased: check the original's capitals instead
    std::size_t i = 3;
    std::size_t caps = 0;
    for (int n = 0; n < 2 && i < text.size(); ++n) {
        const std::size_t end = std::min(text.find(' ', i), text.size());
        caps += capitalised(std::string_view(text).substr(i, end - i));
        i = end + 1;
    }
    return caps == 2 && ws.size() <= 14;
}

/// Image captions and credits: "Photo: Jane Doe", "... (File photo)", "(AP Photo/...)", "图片来源：...".
bool caption(const std::string& text) {
    std::string lower;
    for (char c : text) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (std::string_view prefix : {"photo:", "photograph:", "image:", "picture:", "caption:", "credit:", "foto:",
                                    "illustration:", "\xE5\x9B\xBE\xE7\x89\x87", "\xE5\x9B\xBE\xEF\xBC\x9A",
                                    "\xE6\x91\x84\xE5\xBD\xB1"})  // 图片, 图：, 摄影
        if (startsWith(lower, prefix)) return true;
    for (std::string_view marker : {"(file photo)", "(photo", "photo by ", "photo credit", "getty images",
                                    "photograph: ", "/reuters)", "/ap)", "/afp)"})
        if (lower.find(marker) != std::string::npos) return true;
    return false;
}

/// "source Example Daily", "来源：海港日报", "Story by ...": the rest of a date line that names where it came from.
bool creditLabel(std::string_view rest) {
    std::string lower;
    for (char c : rest.substr(0, 24)) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (std::string_view label : {"source", "via ", "by ", "by:", "author", "story by", "written by", "posted by",
                                   "\xE6\x9D\xA5\xE6\xBA\x90", "\xE4\xBD\x9C\xE8\x80\x85", "\xE7\xBC\x96\xE8\xBE\x91",
                                   "\xE8\xAE\xB0\xE8\x80\x85", "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91"})
        if (startsWith(lower, label)) return true;  // 来源 作者 编辑 记者 责任编辑
    return false;
}

/// Lines around a headline that are no headline: datelines, wire openings, bylines, captions.
bool headerFurniture(const Block& b, const std::string& text) {
    return b.kind == BlockKind::Caption || datedLine(text) || wireLine(text) || bylineWithMore(text) || caption(text);
}

}  // namespace

TitlePick findTitleBlock(const std::vector<Block>& blocks, const BoilerplateLexicon& lexicon) {
    const std::size_t limit = std::min(blocks.size(), kSearchBlocks);
    // How often each line appears (normalized) in the blocks searched. Only a short candidate asks, so the
    // blocks, paragraphs among them, are normalized on the first question rather than up front.
    std::optional<std::map<std::string, int>> counts;
    auto printedTwice = [&](const std::string& text) {
        if (!counts) {
            counts.emplace();
            for (std::size_t i = 0; i < limit; ++i) ++(*counts)[normalizeForMatch(blocks[i].text)];
        }
        const auto it = counts->find(normalizeForMatch(text));
        return it != counts->end() && it->second >= 2;
    };
    std::vector<Candidate> candidates;
    std::vector<bool> furniture(limit, false);  // lines that are page furniture, not text
    std::size_t firstByline = limit;            // first byline or date line
    std::size_t deck = limit;                   // a standfirst sentence between the headline and the byline
    for (std::size_t i = 0; i < limit; ++i) {
        const Block& b = blocks[i];
        std::string text = cleanTitle(b.text);
        // "date 2024-01-03 Earthquake in Japan, death toll rises": the headline after a date that opens its line.
        if (auto lead = leadingDate(text);
            lead && lead->end < text.size() && wordCount(text.substr(lead->end)) >= 2 && !creditLabel(text.substr(lead->end)))
            text = cleanTitle(text.substr(lead->end));
        furniture[i] = true;
        if (text.empty() || b.kind == BlockKind::ListItem) continue;
        const std::size_t words = wordCount(text);
        if (lexicon.match(text) != kNone) continue;
        // Running text has started: a headline would have come before it (a later short line is a sub-heading).
        if (isProse(text)) {
            // A standfirst may stand between the headline and its byline: look one block past it.
            if (wordCount(text) <= 45 && i + 1 < limit && bylineOrDate(cleanTitle(blocks[i + 1].text))) {
                deck = i;
                firstByline = std::min(firstByline, i + 1);
            }
            break;
        }
        if (bylineOrDate(text)) {
            firstByline = std::min(firstByline, i);
            continue;
        }
        if (parseSourceLine(text) || parseDomainLine(text) || parseMenuLine(text)) continue;
        if (headerFurniture(b, text)) continue;
        // A short line printed twice at the top is the site's name, not the headline.
        if (words <= 4 && printedTwice(text)) continue;
        const bool cjk = hasCjk(text);
        const std::size_t minWords = b.kind == BlockKind::Heading ? 2 : 3;
        if (words < minWords || words > 30 || codePoints(text) > 250) continue;  // kickers: "MARKETS", "AI"
        if (!cjk && wordShare(text) < 0.7) continue;
        furniture[i] = false;
        // Headlines do not end with a full stop (questions and exclamations do occur).
        if (text.back() == '.' || text.compare(text.size() >= 3 ? text.size() - 3 : 0, 3, "\xE3\x80\x82") == 0)
            continue;
        Candidate c{i, text, words <= 4 || allCapitals(text), hasSentenceBreak(text)};
        // More than two sentences, or long ones, are a paragraph.
        if (c.twoSentences && words > 20) continue;
        candidates.push_back(std::move(c));
    }
    // Two sentences ("...so far. Deep fakes are rare") are usually a paragraph; a headline in two sentences
    // shows itself by the byline or date that follows it straight away (or after its standfirst).
    std::vector<Candidate> valid;
    for (auto& c : candidates) {
        if (c.twoSentences) {
            std::size_t next = c.index + 1;
            while (next < firstByline && (furniture[next] || next == deck)) ++next;
            if (next != firstByline || firstByline == limit) continue;
        }
        valid.push_back(std::move(c));
    }
    if (valid.empty()) return {};
    // A masthead ("Valley Tech Journal", "MARKET PULSE ASIA") comes first, then menus and section labels,
    // then the headline, then the byline. A short or all-capitals first line gives way to a headline-length
    // line before the byline when page furniture stands between them.
    const Candidate& first = valid.front();
    if (first.weak) {
        for (std::size_t k = 1; k < valid.size() && valid[k].index < firstByline; ++k) {
            if (valid[k].weak) continue;
            bool furnitureBetween = false;
            for (std::size_t i = first.index + 1; i < valid[k].index; ++i)
                furnitureBetween = furnitureBetween || furniture[i];
            if (!furnitureBetween && !allCapitals(first.text)) break;
            return TitlePick{static_cast<int>(valid[k].index), valid[k].text, static_cast<int>(first.index)};
        }
    }
    return TitlePick{static_cast<int>(first.index), first.text, -1};
}

namespace {

std::string titleCaseCapitals(const std::string& s) {
    static const std::vector<std::string> minor = {"THE", "AND", "OF", "FOR", "ON", "IN", "AT", "TO"};
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ' ') {
            out += s[i++];
            continue;
        }
        std::size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        std::string w = s.substr(i, j - i);
        const bool isMinor = std::find(minor.begin(), minor.end(), w) != minor.end();
        if (w.size() >= 4 || isMinor) {
            for (std::size_t k = 1; k < w.size(); ++k)
                if (w[k] >= 'A' && w[k] <= 'Z') w[k] = static_cast<char>(w[k] - 'A' + 'a');
            if (isMinor && i > 0) w[0] = static_cast<char>(w[0] - 'A' + 'a');
        }
        out += w;
        i = j;
    }
    return out;
}

}  // namespace

std::optional<std::string> findMasthead(const std::vector<Block>& blocks, const BoilerplateLexicon& lexicon,
                                        int titleIndex) {
    if (titleIndex < 2 || blocks.size() < 3) return std::nullopt;
    const std::string text = cleanTitle(blocks[0].text);
    if (text.empty() || blocks[0].kind == BlockKind::ListItem) return std::nullopt;
    const std::size_t words = wordCount(text);
    if (words == 0 || words > 5 || endsWithSentencePunctuation(text) || lexicon.match(text) != kNone)
        return std::nullopt;
    if (parseMenuLine(text) || parseBylineLine(text) || parseDomainLine(text) || findDate(text)) return std::nullopt;
    if (!hasCjk(text) && (wordShare(text) < 1.0 || (titleCaseRatio(text) < 1.0 && !allCapitals(text))))
        return std::nullopt;
    // The navigation under it is what makes a short first line the site's name rather than a kicker.
    bool navigation = false;
    for (std::size_t i = 1; i <= 2 && static_cast<int>(i) < titleIndex; ++i)
        navigation = navigation || parseMenuLine(blocks[i].text) || (lexicon.match(blocks[i].text) & kLine);
    if (!navigation) return std::nullopt;
    return allCapitals(text) ? titleCaseCapitals(text) : text;
}

}  // namespace parallax::extract
