// First and second (internal_ordinals.h): read every "the Nth <noun> with/to <feature>" of an article with its
// subject, then pair the ones of one subject and one feature whose ordinals differ.
#include "core/conflict/internal_ordinals.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/util/ascii.h"

namespace parallax::conflict {
namespace {

using annotate::claims::oneOf;

struct Token {
    std::string lower;
    std::string text;
    bool punct = false;  ///< a clause mark: , ; : ( ) or a dash
};

bool wordChar(char c) { return util::ascii::isAlnum(c) || c == '-' || c == '\''; }

/// The words and clause marks of text[from, to); other bytes (quotes, non-ASCII) separate words.
std::vector<Token> tokens(std::string_view text, std::size_t from, std::size_t to) {
    std::vector<Token> out;
    for (std::size_t i = from; i < to;) {
        const char c = text[i];
        if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
            out.push_back({std::string(1, c), std::string(1, c), true});
            ++i;
            continue;
        }
        if (text.substr(i, 3) == "\u2014" || text.substr(i, 3) == "\u2013") {
            out.push_back({"-", "-", true});
            i += 3;
            continue;
        }
        if (!wordChar(c) || c == '-' || c == '\'') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < to && wordChar(text[j])) ++j;
        std::string w(text.substr(i, j - i));
        while (!w.empty() && (w.back() == '-' || w.back() == '\'')) w.pop_back();
        out.push_back({annotate::lowerAscii(w), w, false});
        i = j;
    }
    return out;
}

int ordinalValue(const std::string& w) {
    static const std::map<std::string, int> values = {
        {"first", 1}, {"first-ever", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
        {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"4th", 4}, {"5th", 5}};
    auto it = values.find(w);
    return it == values.end() ? 0 : it->second;
}

/// Nouns that make an ordinal one of time or of a ranking ("the second time", "the third quarter").
bool timeNoun(const std::string& w) {
    return oneOf(w, {"time", "times", "quarter", "year", "years", "month", "months", "week", "weeks", "day", "days", "half",
                     "round", "season", "consecutive", "straight", "place", "stage", "phase", "edition", "leg", "race",
                     "game", "hour", "minute", "attempt", "try", "step", "part", "largest", "biggest", "most", "best"});
}

/// Verbs of having a feature: the feature is their object ("the second model to feature this modem").
bool havingVerb(const std::string& w) {
    return oneOf(w, {"feature", "have", "get", "offer", "use", "support", "include", "adopt", "carry", "sport", "pack", "come",
                     "ship", "receive", "gain", "boast"});
}

/// Words that end a feature phrase.
bool featureStop(const std::string& w) {
    return oneOf(w, {"due", "since", "in", "on", "at", "for", "that", "which", "and", "or", "after", "before", "when",
                     "because", "as", "from", "by", "of", "to", "while", "but", "thanks", "following", "than", "under", "with"});
}

bool pronoun(const std::string& w) {
    return oneOf(w, {"it", "he", "she", "they", "this", "that", "which", "who", "these", "those", "its", "there"});
}

struct Ordinal {
    int value = 0;
    Span sentence;
    std::string subject;  ///< as written; empty: the thing the article names most
    std::string noun;     ///< the words between the ordinal and "with"/"to" ("phone", "second [generation]")
    std::string feature;  ///< as written, without its determiner
    std::string head;     ///< the feature's last word, lower case, singular
    std::vector<std::string> qualifiers;  ///< its other words, lower case
    std::shared_ptr<const std::set<std::string>> sentenceWords;  ///< every word of the sentence, lower case
    std::string_view sentenceText;
    bool chinese = false;  ///< qualifiers are a run of characters, looked for in the other sentence's text
};

std::string singular(std::string w) {
    if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
    return w;
}

/// The thing the article names most, when it is named at least three times and more often than any other.
std::string mainThing(const Annotations& ann) {
    std::map<std::string, int> counts;
    for (const Entity& e : ann.entities)
        if (e.kind == EntityKind::Product || e.kind == EntityKind::Person) ++counts[e.canonical.empty() ? e.text : e.canonical];
    std::string best;
    int most = 0;
    bool tie = false;
    for (const auto& [name, n] : counts) {
        if (n > most) {
            best = name;
            most = n;
            tie = false;
        } else if (n == most) {
            tie = true;
        }
    }
    return most >= 3 && !tie ? best : std::string{};
}

constexpr std::size_t kClauseWords = 40;

/// Whether a word of text[from, to), cut as tokens() cuts words, is an ordinal: most sentences have none, and
/// they are then not worth their tokens (each a pair of strings) and their set of words.
bool hasOrdinalWord(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to;) {
        const char c = text[i];
        if (!wordChar(c) || c == '-' || c == '\'') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < to && wordChar(text[j])) ++j;
        std::size_t end = j;
        while (end > i && (text[end - 1] == '-' || text[end - 1] == '\'')) --end;
        constexpr std::size_t kLongest = 11;  // "first-ever"
        if (end - i <= kLongest) {
            char lower[kLongest];
            for (std::size_t k = i; k < end; ++k)
                lower[k - i] = util::ascii::toLower(text[k]);
            if (ordinalValue(std::string(lower, end - i)) != 0) return true;
        }
        i = j;
    }
    return false;
}

/// The ordinals of one sentence.
void readSentence(std::string_view text, Span sentence, std::vector<Ordinal>& out) {
    if (!hasOrdinalWord(text, sentence.start, sentence.end)) return;
    const std::vector<Token> t = tokens(text, sentence.start, sentence.end);
    auto words = std::make_shared<std::set<std::string>>();
    for (const Token& w : t)
        if (!w.punct) words->insert(w.lower);
    for (std::size_t k = 0; k < t.size(); ++k) {
        const int value = t[k].punct ? 0 : ordinalValue(t[k].lower);
        if (value == 0) continue;
        // The clause before the ordinal: no negation, no "one of the first".
        // (At most kClauseWords back: a run-on line of a hostile page is read in linear time.)
        std::size_t clause = k;
        while (clause > 0 && clause + kClauseWords > k && !t[clause - 1].punct) --clause;
        bool skip = false;
        for (std::size_t i = clause; i < k; ++i)
            skip = skip || oneOf(t[i].lower, {"not", "never", "among", "isn't", "wasn't", "won't", "nor"}) ||
                   (t[i].lower == "one" && i + 1 < k && t[i + 1].lower == "of");
        if (skip) continue;
        // The noun: one to three words up to "with" or "to".
        std::size_t j = k + 1;
        while (j < t.size() && j <= k + 3 && !t[j].punct && t[j].lower != "with" && t[j].lower != "to") ++j;
        if (j == k + 1 || j >= t.size() || t[j].punct || (t[j].lower != "with" && t[j].lower != "to")) continue;
        if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(k + 1), t.begin() + static_cast<std::ptrdiff_t>(j),
                        [](const Token& w) { return timeNoun(w.lower) || ordinalValue(w.lower) != 0; }))
            continue;
        std::size_t f = j + 1;
        if (t[j].lower == "to") {
            if (f >= t.size() || t[f].punct) continue;
            if (havingVerb(t[f].lower)) {
                ++f;
                if (f < t.size() && t[f].lower == "with") ++f;
            }
        }
        while (f < t.size() && oneOf(t[f].lower, {"a", "an", "the", "this", "that", "such", "its", "their", "same"})) ++f;
        std::size_t e = f;
        while (e < t.size() && e < f + 5 && !t[e].punct && !featureStop(t[e].lower)) ++e;
        if (e == f) continue;
        Ordinal o;
        o.value = value;
        o.sentence = sentence;
        o.sentenceWords = words;
        o.sentenceText = text.substr(sentence.start, sentence.size());
        for (std::size_t i = k + 1; i < j; ++i) o.noun += (i == k + 1 ? "" : " ") + t[i].text;
        for (std::size_t i = f; i < e; ++i) {
            o.feature += (i == f ? "" : " ") + t[i].text;
            if (i + 1 < e && !oneOf(t[i].lower, {"native", "new", "built-in", "full", "dedicated", "standard"}))
                o.qualifiers.push_back(t[i].lower);
        }
        o.head = singular(t[e - 1].lower);
        // The subject: the words before "is/was/will be/became the" in the clause; none when the sentence opens
        // with the ordinal (a list item, a headline).
        std::size_t art = k;
        if (art > 0 && t[art - 1].lower == "the") --art;
        const bool opens = art == 0;
        if (!opens) {
            if (art == 0 || !oneOf(t[art - 1].lower, {"is", "was", "be", "became", "becomes", "remains", "are", "were"}))
                continue;
            std::size_t end = art - 1;
            if (end > clause && oneOf(t[end - 1].lower, {"will", "would", "could", "to"})) --end;
            std::size_t start = clause;
            while (start < end && oneOf(t[start].lower, {"and", "but", "the", "so", "while"})) ++start;
            if (start == end || (end - start == 1 && pronoun(t[start].lower))) continue;
            for (std::size_t i = start; i < end; ++i) o.subject += (i == start ? "" : " ") + t[i].text;
        }
        out.push_back(std::move(o));
    }
}

/// Chinese ordinals: "首款|第二代|第三位 <feature>的<noun>" after "<subject>是|成为", or opening the sentence
/// ("首款支持卫星通信的手机"). The feature is the words up to 的, past a verb of having (支持, 搭载, 配备...) and an
/// anaphor (该, 此, 这一); its last two characters are its head, the rest its qualifiers.
void readChineseSentence(std::string_view text, Span sentence, std::vector<Ordinal>& out) {
    const std::string_view s = text.substr(sentence.start, sentence.size());
    static const std::string_view classifiers[] = {"\u6B3E", "\u4E2A", "\u500B", "\u90E8", "\u53F0", "\u4F4D", "\u4EE3",
                                                   "\u67B6", "\u8258", "\u8F86", "\u8F1B", "\u5BB6"};
    static const std::pair<std::string_view, int> numerals[] = {{"\u9996", 1}, {"\u7B2C\u4E00", 1}, {"\u7B2C\u4E8C", 2},
                                                                {"\u7B2C\u4E09", 3}, {"\u7B2C\u56DB", 4}, {"\u7B2C\u4E94", 5}};
    for (const auto& [numeral, value] : numerals) {
        for (std::size_t p = s.find(numeral); p != std::string_view::npos; p = s.find(numeral, p + 1)) {
            std::size_t at = p + numeral.size();
            if (std::none_of(std::begin(classifiers), std::end(classifiers), [&](std::string_view c) { return s.substr(at, c.size()) == c; }))
                continue;
            at += 3;
            std::size_t de = s.substr(at, 48).find("\u7684");  // 的
            if (de == std::string_view::npos || de == 0) continue;
            de += at;
            std::string_view feature = s.substr(at, de - at);
            if (feature.find_first_of(",;:") != std::string_view::npos || feature.find("\uFF0C") != std::string_view::npos) continue;
            for (std::string_view v : {"\u652F\u6301", "\u642D\u8F7D", "\u914D\u5907", "\u91C7\u7528", "\u914D\u6709",
                                       "\u62E5\u6709", "\u4F7F\u7528", "\u642D\u8F09", "\u914D\u5099", "\u63A1\u7528", "\u64C1\u6709"})
                if (feature.substr(0, v.size()) == v) {
                    feature.remove_prefix(v.size());
                    break;
                }
            for (std::string_view a : {"\u8FD9\u4E00", "\u9019\u4E00", "\u8BE5", "\u8A72", "\u6B64", "\u8FD9\u79CD", "\u9019\u7A2E"})
                if (feature.substr(0, a.size()) == a) {
                    feature.remove_prefix(a.size());
                    break;
                }
            // The head: the last two characters, when they are Chinese.
            if (feature.size() < 6 || static_cast<unsigned char>(feature[feature.size() - 3]) < 0xE0 ||
                static_cast<unsigned char>(feature[feature.size() - 6]) < 0xE0)
                continue;
            Ordinal o;
            o.value = value;
            o.sentence = sentence;
            o.sentenceText = s;
            o.chinese = true;
            o.feature = std::string(feature);
            o.head = std::string(feature.substr(feature.size() - 6));
            if (feature.size() > 6) o.qualifiers.push_back(std::string(feature.substr(0, feature.size() - 6)));
            const std::size_t noun = de + 3;
            std::size_t nounEnd = noun;
            while (nounEnd < s.size() && nounEnd < noun + 18 && static_cast<unsigned char>(s[nounEnd]) >= 0x80 &&
                   s.substr(nounEnd, 3) != "\u3002" && s.substr(nounEnd, 3) != "\uFF0C")
                nounEnd += 3;
            o.noun = std::string(s.substr(noun, nounEnd - noun));
            if (o.noun.find("\u4E4B\u4E00") != std::string::npos) continue;  // 之一: one of the first
            // The subject: the clause before "是", "成为" or "为" (after 将, 会, 也); none when the ordinal opens the sentence.
            std::string_view before = s.substr(p > 300 ? p - 300 : 0, std::min<std::size_t>(p, 300));
            for (std::string_view mark : {"\uFF0C", "\uFF1B", "\u3002", ",", ";"})
                if (std::size_t c = before.rfind(mark); c != std::string_view::npos) before.remove_prefix(c + mark.size());
            while (!before.empty() && (before.front() == ' ' || before.front() == '-')) before.remove_prefix(1);
            if (!before.empty()) {
                bool copula = false;
                for (std::string_view c : {"\u6210\u4E3A", "\u6210\u70BA", "\u662F", "\u4E3A", "\u70BA"})
                    if (before.size() >= c.size() && before.substr(before.size() - c.size()) == c) {
                        before.remove_suffix(c.size());
                        copula = true;
                        break;
                    }
                // "不是首款", "并非首款": a negated ordinal says nothing of the order.
                if (!copula || (before.size() >= 3 && before.substr(before.size() - 3) == "\u4E0D")) continue;
                for (std::string_view adv : {"\u5C06", "\u5C07", "\u4F1A", "\u6703", "\u4E5F", "\u5DF2", "\u4EA6"})
                    if (before.size() >= adv.size() && before.substr(before.size() - adv.size()) == adv) before.remove_suffix(adv.size());
                while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
                for (std::string_view c : {"\u800C", "\u4F46", "\u5E76", "\u4E26", "\u4E14"})
                    if (before.substr(0, c.size()) == c) before.remove_prefix(c.size());
                if (before.empty() || before == "\u5B83" || before == "\u4ED6" || before == "\u5979" || before == "\u8FD9" ||
                    before == "\u9019")
                    continue;
                o.subject = std::string(before);
            }
            out.push_back(std::move(o));
        }
    }
}

/// One subject: the same words, or one ending in the other with two words or more ("16 Pro Max", "iPhone 16 Pro Max").
bool sameSubject(std::string a, std::string b) {
    a = annotate::lowerAscii(a);
    b = annotate::lowerAscii(b);
    if (a.empty() || b.empty()) return false;
    if (a.size() < b.size()) std::swap(a, b);
    if (a == b) return true;
    return b.find(' ') != std::string::npos && a.size() > b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0 &&
           a[a.size() - b.size() - 1] == ' ';
}

/// One feature: one last word, and the qualifying words of each named in the other's sentence.
bool sameFeature(const Ordinal& a, const Ordinal& b) {
    if (a.head != b.head) return false;
    auto named = [](const Ordinal& x, const Ordinal& other) {
        return x.qualifiers.empty() || std::any_of(x.qualifiers.begin(), x.qualifiers.end(), [&](const std::string& q) {
                   return x.chinese ? other.sentenceText.find(q) != std::string_view::npos : other.sentenceWords->count(q) > 0;
               });
    };
    return named(a, b) && named(b, a);
}

}  // namespace

std::vector<OrdinalSlip> checkOrdinals(const Article& article, const Annotations& ann) {
    std::vector<Ordinal> found;
    for (const Sentence& s : ann.sentences) {
        readSentence(article.text, s.span, found);
        readChineseSentence(article.text, s.span, found);
    }
    std::vector<OrdinalSlip> out;
    // News names a few "first"s; hundreds are a hostile page, and pairing them all would be quadratic for nothing.
    if (found.size() < 2 || found.size() > 400) return out;
    const std::string main = mainThing(ann);
    std::set<std::pair<std::size_t, std::size_t>> reported;
    for (const Ordinal& a : found) {
        for (const Ordinal& b : found) {
            if (a.value >= b.value || a.sentence == b.sentence) continue;
            const std::string sa = a.subject.empty() ? main : a.subject;
            const std::string sb = b.subject.empty() ? main : b.subject;
            if (!sameSubject(sa, sb) || !sameFeature(a, b) || !reported.insert({a.sentence.start, b.sentence.start}).second)
                continue;
            auto evidence = [&](const Ordinal& o) {
                static const char* const words[] = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                    "eighth", "ninth", "tenth"};
                return Evidence{article.id, o.sentence, article.text.substr(o.sentence.start, o.sentence.size()),
                                words[std::min(o.value, 10)]};
            };
            OrdinalSlip slip;
            slip.lower = evidence(a);
            slip.higher = evidence(b);
            slip.subject = a.subject.empty() ? b.subject : a.subject;
            slip.feature = a.qualifiers.empty() ? b.feature : a.feature;
            slip.finding.type = ConflictType::Number;
            slip.finding.severity = Severity::Medium;
            slip.finding.reason = "The article calls " + slip.subject + " the " + slip.lower.value + " " + a.noun + " with " +
                                  slip.feature + " and elsewhere the " + slip.higher.value + " " + b.noun +
                                  ": one thing has one place in that order";
            out.push_back(std::move(slip));
        }
    }
    return out;
}

}  // namespace parallax::conflict
