// A set and its member (internal_members.h): read every chip an article gives something with a verb of fitting
// ("uses", "runs on", "is powered by"; "搭载", "采用"), keep the ones said of a whole set, and set them against
// the other tiers of the same code the article gives with such a verb.
#include "core/conflict/internal_members.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"

namespace parallax::conflict {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// A chip code: a capital letter, then letters and digits with at least one digit ("A18", "M4", "G3").
bool chipCode(std::string_view w) {
    if (w.size() < 2 || w.size() > 8 || std::isupper(static_cast<unsigned char>(w[0])) == 0) return false;
    return std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

/// The words that tell a lineup's tiers apart, after a chip's code ("A18 Pro", "M4 Max", "X2 Lite").
bool tierWord(std::string_view lower) { return annotate::claims::oneOf(lower, {"pro", "max", "ultra", "plus", "mini", "lite"}); }

enum class Noun { None, One, Several, Family };

struct Chip {
    Span span;          ///< the code and its tier words
    std::string code;   ///< "A18"
    std::string name;   ///< "A18 Pro": the code and its tier words as written, one space apart
    Noun noun = Noun::None;
};

/// The ASCII word of `text` starting at `at`.
std::string_view wordAt(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && alnum(text[end])) ++end;
    return text.substr(at, end - at);
}

/// The chips named in text[from, to): a code, its tier words, and the noun after them if any.
std::vector<Chip> chipsIn(std::string_view text, std::size_t from, std::size_t to) {
    std::vector<Chip> out;
    for (std::size_t i = from; i < to; ++i) {
        if (!alnum(text[i]) || (i > 0 && alnum(text[i - 1]))) continue;
        const std::string_view code = wordAt(text.substr(0, to), i);
        if (!chipCode(code)) {
            i += code.size();
            continue;
        }
        Chip chip;
        chip.code = std::string(code);
        chip.name = chip.code;
        std::size_t end = i + code.size();
        for (;;) {
            std::size_t next = end;
            while (next < to && text[next] == ' ') ++next;
            const std::string_view w = wordAt(text.substr(0, to), next);
            if (w.empty() || !tierWord(annotate::lowerAscii(std::string(w)))) break;
            chip.name += " " + std::string(w);
            end = next + w.size();
        }
        chip.span = {i, end};
        std::size_t next = end;
        while (next < to && (text[next] == ' ' || text[next] == '-')) ++next;
        const std::string rest = annotate::lowerAscii(std::string(text.substr(next, std::min<std::size_t>(to - next, 12))));
        auto starts = [&](std::string_view s) { return rest.rfind(s, 0) == 0; };
        if (starts("series") || starts("family") || starts("\u7CFB\u5217"))
            chip.noun = Noun::Family;
        else if (starts("chips") || starts("processors") || starts("chipsets"))
            chip.noun = Noun::Several;
        else if (starts("chip") || starts("processor") || starts("chipset") || starts("soc") || starts("\u82AF\u7247") ||
                 starts("\u5904\u7406\u5668") || starts("\u8655\u7406\u5668"))
            chip.noun = Noun::One;
        out.push_back(std::move(chip));
        i = end;
    }
    return out;
}

/// Where the clause holding byte `at` starts: after the last comma, semicolon, colon or full stop before it, and
/// at most `reach` bytes back (a run-on line of a hostile page is read in linear time).
std::size_t clauseStart(std::string_view text, std::size_t from, std::size_t at, std::size_t reach) {
    from = std::max(from, at > reach ? at - reach : 0);
    for (std::size_t i = at; i > from; --i) {
        const char c = text[i - 1];
        if (c == ',' || c == ';' || c == ':' || c == '(') return i;
        if (static_cast<unsigned char>(c) < 0x80) continue;  // the wide marks end in a non-ASCII byte
        for (std::string_view mark : {"\uFF0C", "\uFF1B", "\uFF1A", "\u3002", "\uFF08", "\u2014"})
            if (i >= from + mark.size() && text.substr(i - mark.size(), mark.size()) == mark) return i;
    }
    return from;
}

/// The lower-case ASCII words of a piece of text, with where each starts.
std::vector<std::pair<std::string, std::size_t>> asciiWords(std::string_view text, std::size_t from, std::size_t to) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (std::size_t i = from; i < to;) {
        if (!alnum(text[i]) && text[i] != '\'') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < to && (alnum(text[j]) || text[j] == '\'')) ++j;
        out.emplace_back(annotate::lowerAscii(std::string(text.substr(i, j - i))), i);
        i = j;
    }
    return out;
}

/// Chinese verbs of fitting a part into a device.
constexpr std::string_view kZhVerbs[] = {"\u642D\u8F7D", "\u642D\u8F09", "\u91C7\u7528", "\u63A1\u7528", "\u914D\u5907",
                                         "\u914D\u5099", "\u914D\u7F6E", "\u4F7F\u7528", "\u5185\u7F6E", "\u5167\u7F6E",
                                         "\u88C5\u8F7D", "\u88DD\u8F09", "\u914D\u6709", "\u7528\u4E0A"};

/// The verb that gives the device its chip, in the clause before the chip: its start, or npos. English: a verb of
/// fitting at most four words before the code ("use the new A18 chip", "are powered by Apple's A18"); Chinese: one
/// of kZhVerbs at most twelve characters before it ("搭载的是性能更强的A18 Pro").
std::size_t verbBefore(std::string_view text, std::size_t clause, std::size_t at) {
    const auto words = asciiWords(text, clause, at);
    for (std::size_t k = words.size(); k-- > 0 && k + 5 > words.size();) {
        if (annotate::claims::oneOf(words[k].first, {"use", "uses", "using", "run", "runs", "running", "feature", "features",
                                             "featuring", "get", "gets", "carry", "carries", "pack", "packs", "powered",
                                             "equipped", "sport", "sports", "house", "houses", "rely", "relies"}))
            return words[k].second;
        // "comes with", "ship with"; a bare "with" also compares ("compared with the A18 Pro").
        if (words[k].first == "with" && k > 0 && annotate::claims::oneOf(words[k - 1].first, {"come", "comes", "ship", "ships"}))
            return words[k].second;
    }
    std::size_t best = std::string_view::npos;
    const std::string_view window = text.substr(clause, at - clause);
    if (std::all_of(window.begin(), window.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return best;
    for (std::string_view v : kZhVerbs) {
        std::size_t p = text.substr(clause, at - clause).rfind(v);
        if (p == std::string_view::npos) continue;
        p += clause;
        if (at - (p + v.size()) > 36) continue;
        if (best == std::string_view::npos || p > best) best = p;
    }
    return best;
}

/// Words before the verb that make the subject the whole set: "all (four)", "every", "each"; "都", "均", "全部",
/// "全系" (a Chinese adverb right before the verb, allowing one more adverb such as "将": "都将搭载").
bool wholeSet(std::string_view text, std::size_t clause, std::size_t verb) {
    const auto words = asciiWords(text, clause, verb);
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (!annotate::claims::oneOf(words[k].first, {"all", "every", "each"})) continue;
        if (k > 0 && annotate::claims::oneOf(words[k - 1].first, {"not", "almost", "nearly", "virtually", "practically"})) return false;
        return true;
    }
    const std::string_view before = text.substr(clause, verb - clause);
    for (std::string_view q : {"\u5168\u7CFB", "\u5168\u7CFB\u5217", "\u5168\u7DDA", "\u5168\u7EBF"})
        if (before.find(q) != std::string_view::npos) return true;
    const std::string_view near = before.substr(before.size() > 9 ? before.size() - 9 : 0);
    for (std::string_view q : {"\u90FD", "\u5747", "\u5168\u90E8", "\u4E00\u5F8B", "\u7EDF\u4E00", "\u7D71\u4E00"})
        if (near.find(q) != std::string_view::npos) return true;
    return false;
}

/// A tier or a restricting word in the set's own words: "all Pro models", "the standard models all", "基础版都":
/// the set is part of the lineup, and the rest may run on another chip.
bool restrictedSet(std::string_view text, std::size_t clause, std::size_t verb) {
    for (const auto& [w, at] : asciiWords(text, clause, verb)) {
        (void)at;
        if (tierWord(w) || annotate::claims::oneOf(w, {"both", "base", "standard", "regular", "basic", "vanilla", "entry",
                                               "cheaper", "non", "other", "rest", "remaining", "except", "excluding"}))
            return true;
    }
    const std::string_view before = text.substr(clause, verb - clause);
    for (std::string_view w : {"\u6807\u51C6", "\u6A19\u6E96", "\u57FA\u7840", "\u57FA\u790E", "\u5165\u95E8", "\u5165\u9580",
                               "\u666E\u901A", "\u4F4E\u914D", "\u9AD8\u914D", "\u4E24\u6B3E", "\u5169\u6B3E", "\u5176\u4F59",
                               "\u5176\u9918", "\u5176\u4ED6", "\u9664\u4E86", "\u4EE5\u5916", "\u4E4B\u5916"})
        if (before.find(w) != std::string_view::npos) return true;
    return false;
}

/// A negation between the clause's start and the chip: "does not use", "不再搭载", "没有采用".
bool negated(std::string_view text, std::size_t clause, std::size_t at) {
    for (const auto& [w, p] : asciiWords(text, clause, at)) {
        (void)p;
        if (annotate::claims::oneOf(w, {"not", "no", "never", "instead", "unlike", "doesn't", "don't", "won't", "didn't", "isn't", "aren't"}))
            return true;
    }
    const std::string_view before = text.substr(clause, at - clause);
    // Chinese negations as words ("不再", "没有", "并未"): a bare 不 is also the first character of "不过" (but).
    for (std::string_view w : {"\u6CA1\u6709", "\u6C92\u6709", "\u5E76\u672A", "\u4E26\u672A", "\u5C1A\u672A", "\u4E0D\u518D",
                               "\u4E0D\u4F1A", "\u4E0D\u6703", "\u4E0D\u662F", "\u5E76\u975E", "\u4E26\u975E", "\u800C\u975E",
                               "\u4E0D\u642D", "\u4E0D\u91C7", "\u4E0D\u63A1", "\u4E0D\u914D", "\u4E0D\u4F7F", "\u672A\u642D",
                               "\u672A\u91C7", "\u672A\u63A1", "\u672A\u914D"})
        if (before.find(w) != std::string_view::npos) return true;
    return false;
}

constexpr std::size_t kMaxFitted = 400;

struct Fitted {
    Chip chip;
    Span sentence;
    bool set = false;  ///< said of the whole set
};

}  // namespace

std::vector<MemberSlip> checkSetMembers(const Article& article, const Annotations& ann) {
    const std::string_view text = article.text;
    std::vector<Span> sentences;
    for (const Sentence& s : ann.sentences) sentences.push_back(s.span);
    // Codes named as a chip somewhere ("the A18 chip"): elsewhere the code alone is that chip ("the Pro uses the A18 Pro").
    std::set<std::string> chipCodes;
    std::vector<std::vector<Chip>> perSentence;
    for (const Span& s : sentences) {
        perSentence.push_back(chipsIn(text, s.start, s.end));
        for (const Chip& c : perSentence.back())
            if (c.noun != Noun::None) chipCodes.insert(c.code);
    }
    std::vector<Fitted> fitted;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const std::vector<Chip>& chips = perSentence[i];
        std::map<std::string, std::set<std::string>> tiers;  // the names each code has in this sentence
        for (const Chip& c : chips) tiers[c.code].insert(c.name);
        for (const Chip& c : chips) {
            if (!chipCodes.count(c.code)) continue;
            // The verb is near the chip: look for it first in a short stretch, then read the whole clause.
            const std::size_t verb = verbBefore(text, clauseStart(text, sentences[i].start, c.span.start, 80), c.span.start);
            if (verb == std::string_view::npos) continue;
            const std::size_t clause = clauseStart(text, sentences[i].start, c.span.start, 300);
            if (negated(text, clause, c.span.start)) continue;
            Fitted f{c, sentences[i], false};
            // A set said of a whole family or in the plural ("A18 chips") names the family, not one chip; a set
            // sentence naming another tier of its code tells the tiers apart itself.
            const bool otherTierHere = tiers[c.code].size() > 1;
            f.set = c.noun != Noun::Family && c.noun != Noun::Several && !otherTierHere && wholeSet(text, clause, verb) &&
                    !restrictedSet(text, clause, verb);
            if (c.noun == Noun::Family) continue;
            fitted.push_back(std::move(f));
        }
    }
    std::vector<MemberSlip> out;
    // A page naming chips with a verb of fitting hundreds of times is no news text (a hostile run-on line): pairing
    // them all would be quadratic for nothing.
    if (fitted.size() > kMaxFitted) return out;
    std::set<std::pair<std::string, std::string>> reported;
    for (const Fitted& s : fitted) {
        if (!s.set) continue;
        for (const Fitted& m : fitted) {
            if (m.set || m.sentence == s.sentence || m.chip.code != s.chip.code || m.chip.name == s.chip.name ||
                m.chip.noun == Noun::Several || !reported.insert({s.chip.name, m.chip.name}).second)
                continue;
            auto evidence = [&](const Fitted& f) {
                return Evidence{article.id, f.sentence, std::string(text.substr(f.sentence.start, f.sentence.size())), f.chip.name};
            };
            MemberSlip slip;
            slip.set = evidence(s);
            slip.member = evidence(m);
            slip.shared = s.chip.name;
            slip.other = m.chip.name;
            slip.finding.type = ConflictType::Version;
            slip.finding.severity = Severity::Medium;
            slip.finding.reason = "The article says the whole set runs on the " + s.chip.name + " and elsewhere gives one of them the " +
                                  m.chip.name + ": another tier of the chip, so not all of them share one";
            out.push_back(std::move(slip));
        }
    }
    return out;
}

}  // namespace parallax::conflict
