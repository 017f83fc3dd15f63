// One nickname, two spellings (internal_nicknames.h): find the nicknames an article introduces, then any
// capitalised word near one of them in spelling that the article never introduces itself.
#include "core/conflict/internal_nicknames.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/util/ascii.h"

namespace parallax::conflict {
namespace {

struct Word {
    std::string_view text;  ///< into the article's text or title
    Span span;
    bool headline = false;  ///< a word of the article's title, not of its text
};

bool letter(char c) { return util::ascii::isAlpha(c); }  // ASCII letters, whatever the C locale

/// Latin-script words, as written, with where they are.
std::vector<Word> latinWords(const std::string& text, bool headline) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && letter(text[j])) ++j;
        // A word glued to an accented letter ("Mech" of "Mechá") is not read whole: only ASCII letters are words.
        // Accented Latin letters are two bytes (lead C2-DF) or, for Vietnamese and the like, three from E1; Chinese
        // characters and punctuation next to a Latin word leave it whole.
        auto accented = [&](std::size_t lead) {
            const auto b = static_cast<unsigned char>(text[lead]);
            return (b >= 0xC2 && b <= 0xDF) || b == 0xE1;
        };
        const bool glued = (i >= 2 && static_cast<unsigned char>(text[i - 1]) >= 0x80 && accented(i - 2)) ||
                           (i >= 3 && static_cast<unsigned char>(text[i - 1]) >= 0x80 && static_cast<unsigned char>(text[i - 3]) == 0xE1) ||
                           (j < text.size() && accented(j));
        if (!glued) out.push_back({std::string_view(text).substr(i, j - i), {i, j}, headline});
        i = j;
    }
    return out;
}

bool capitalised(std::string_view w) {
    return w.size() >= 6 && std::isupper(static_cast<unsigned char>(w[0])) != 0 &&
           std::any_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
}

/// The words that introduce a nickname; the nickname is the next word, past "the" and quotation marks.
bool namingCue(const std::vector<Word>& words, std::size_t i) {
    // Compared without lower-case copies: this runs for every word of every article.
    auto is = [](std::string_view w, std::string_view lower) {
        return w.size() == lower.size() && std::equal(w.begin(), w.end(), lower.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
               });
    };
    const std::string_view w = words[i].text;
    if (is(w, "nicknamed") || is(w, "dubbed")) return true;
    if (i == 0) return false;
    const std::string_view before = words[i - 1].text;
    return (is(before, "known") && is(w, "as")) || (is(before, "so") && is(w, "called"));
}

/// A Chinese naming cue right before a Latin word ("被称为“Titanlifter”", "昵称「Roverbot」"), past spaces and
/// opening quotation marks.
bool chineseCueBefore(const std::string& text, std::size_t at) {
    std::size_t i = at;
    for (bool moved = true; moved && i > 0;) {
        moved = false;
        if (text[i - 1] == ' ' || text[i - 1] == '"') {
            --i;
            moved = true;
            continue;
        }
        for (const char* q : {"\u201C", "\u2018", "\u300C", "\u300E"})
            if (i >= 3 && text.compare(i - 3, 3, q) == 0) {
                i -= 3;
                moved = true;
                break;
            }
    }
    for (std::string_view cue : {"称为", "稱為", "称作", "稱作", "绰号", "綽號", "昵称", "暱稱", "外号", "外號", "人称", "人稱", "号称", "號稱"})
        if (i >= cue.size() && text.compare(i - cue.size(), cue.size(), cue) == 0) return true;
    return false;
}

/// Nothing but spaces, quotation marks, hyphens and "the " between a cue and its nickname.
bool onlyQuotesBetween(const std::string& text, std::size_t from, std::size_t to) {
    std::string gap = text.substr(from, to - from);
    for (const char* q : {"\u201C", "\u2018", "\u201D", "\u2019"}) {
        for (std::size_t p = gap.find(q); p != std::string::npos; p = gap.find(q)) gap.erase(p, 3);
    }
    std::string lower = annotate::lowerAscii(gap);
    if (std::size_t p = lower.find("the "); p != std::string::npos) lower.erase(p, 4);
    return lower.size() <= 3 && std::all_of(lower.begin(), lower.end(), [](char c) { return c == ' ' || c == '"' || c == '\'' || c == '-'; });
}

/// A misspelling of `nick` (both lower case): a few letters away, the first three and the last three kept.
bool nearNickname(const std::string& w, const std::string& nick) {
    if (w == nick || w == nick + "s" || nick == w + "s") return false;
    const std::size_t shorter = std::min(w.size(), nick.size());
    if (shorter < 6) return false;
    if (w.compare(0, 3, nick, 0, 3) != 0 || w.compare(w.size() - 3, 3, nick, nick.size() - 3, 3) != 0) return false;
    const int d = spellingDistance(w, nick);
    return d <= (shorter >= 9 ? 3 : 2);
}

/// The sentence holding byte `at`, or its line when the sentence reader left it out (a headline with no stop).
Span sentenceOrLine(const std::string& text, const Annotations& ann, std::size_t at) {
    const Span s = sentenceAt(ann, at);
    if (!s.empty()) return s;
    const std::size_t start = text.rfind('\n', at);
    const std::size_t end = text.find('\n', at);
    return {start == std::string::npos ? 0 : start + 1, end == std::string::npos ? text.size() : end};
}

}  // namespace

std::vector<NicknameSlip> checkNicknameSpellings(const Article& article, const Annotations& ann) {
    std::vector<NicknameSlip> out;
    const std::vector<Word> words = latinWords(article.text, false);
    std::vector<std::size_t> introduced;  // indexes of the words of the text introduced as nicknames
    std::set<std::string> nicknames;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!namingCue(words, i)) continue;
        std::size_t n = i + 1;
        if (annotate::lowerAscii(words[n].text) == "the" && n + 1 < words.size()) ++n;
        if (!capitalised(words[n].text) || !onlyQuotesBetween(article.text, words[i].span.end, words[n].span.start)) continue;
        if (nicknames.insert(annotate::lowerAscii(words[n].text)).second) introduced.push_back(n);
    }
    for (std::size_t n = 0; n < words.size(); ++n)
        if (capitalised(words[n].text) && chineseCueBefore(article.text, words[n].span.start) &&
            nicknames.insert(annotate::lowerAscii(words[n].text)).second)
            introduced.push_back(n);
    if (introduced.empty()) return out;  // most articles introduce no nickname: no copy of their words needed
    std::vector<Word> everywhere = latinWords(article.title, true);
    everywhere.insert(everywhere.end(), words.begin(), words.end());
    // The words of a sentence (or of the headline) as a piece of evidence.
    auto evidence = [&](const Word& w) {
        Evidence e;
        e.article = article.id;
        e.value = std::string(w.text);
        if (w.headline) {
            e.text = article.title;  // the headline is no part of the text: its span is the text's start
            return e;
        }
        e.span = sentenceOrLine(article.text, ann, w.span.start);
        e.text = article.text.substr(e.span.start, e.span.size());
        return e;
    };
    std::set<std::string> reported;
    for (std::size_t n : introduced) {
        const std::string nick = annotate::lowerAscii(words[n].text);
        for (const Word& w : everywhere) {
            if (!capitalised(w.text)) continue;
            const std::string lower = annotate::lowerAscii(w.text);
            // A form the article introduces itself is a second nickname, not a slip.
            if (nicknames.count(lower) || !nearNickname(lower, nick) || !reported.insert(lower).second) continue;
            NicknameSlip slip;
            slip.introduced = evidence(words[n]);
            slip.variant = evidence(w);
            if (slip.introduced.text.empty() || slip.variant.text.empty() ||
                (!w.headline && slip.introduced.span == slip.variant.span))
                continue;
            slip.full = std::string(words[n].text);
            slip.other = std::string(w.text);
            slip.finding.type = ConflictType::Speaker;
            slip.finding.severity = Severity::Low;
            slip.finding.reason = "The article introduces the nickname \u201C" + std::string(words[n].text) + "\u201D and " +
                                  (w.headline ? "its headline" : "elsewhere") + " writes \u201C" + std::string(w.text) +
                                  "\u201D: one name spelled two ways";
            out.push_back(std::move(slip));
        }
    }
    return out;
}

}  // namespace parallax::conflict
