// Corroborating sentences: the same value of one flag written again where no claim was read. The flag already
// holds on claims; what is looked for here is narrow on purpose: the same figure (same number and unit, or the
// same serial of the same family), tied to the flag's measure by the words next to it (or, for a figure in a unit
// of the measure's dimension, by the measure named in its sentence), and to the flag's subject by name. A figure a
// claim reader did read and place (with a subject) is that reader's, and is never taken here; one read without a
// subject was never compared, and is treated like an unread figure.
#include "core/conflict/corroborate.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/annotate/measures.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {
namespace {

using annotate::claims::Word;

/// Words that may stand between a measure and its figure: "the most gold medals with 40", "a toll of 88".
bool linker(const std::string& w) { return w == "with" || w == "of" || w == "at" || w == "to" || w == "on" || w == "was" || w == "is"; }

/// A figure with this many significant digits or more ("595,413", "88,898") is specific: the same one again is the
/// same figure.
constexpr int kSpecificDigits = 5;
/// A name this many words or fewer before a figure owns it ("China's 40", "China won 40").
constexpr std::size_t kOwnerWords = 2;

/// Significant digits as written: "595,413" 6, "145.89" 5, "12,000" 2 (a round number is no fingerprint).
int digitsOf(std::string_view text) {
    std::string digits;
    for (char c : text)
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) digits += c;
    const std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 0;
    std::size_t last = digits.size();
    if (text.find('.') == std::string_view::npos)
        while (last > first && digits[last - 1] == '0') --last;
    return static_cast<int>(last - first);
}

/// The quantity a claim's value is written in.
const Quantity* quantityOf(const Claim& c, const Annotations& ann) {
    for (const Quantity& q : ann.quantities)
        if (c.valueSpan.overlaps(q.span)) return &q;
    return nullptr;
}

/// A unit that is only the counted noun ("595,413 units", "88 people"), or none: a bare count.
bool countWord(const std::string& unit) {
    return unit.empty() || (!isCurrencyUnit(unit) && unit != "%" && !annotate::measureLexicon().dimensionOf(unit));
}

/// The same figure: the same unit (or units of one dimension giving the same size) and the same number, with no
/// bound the other does not have ("more than 40" is not 40; "about 234" is 234).
bool sameFigure(const Quantity& a, const Quantity& b) {
    auto exact = [](const std::string& q) { return q.empty() || q == "about"; };
    if (a.qualifier != b.qualifier && !(exact(a.qualifier) && exact(b.qualifier))) return false;
    double x = a.value;
    double y = b.value;
    if (countWord(a.unit) && countWord(b.unit)) return x == y;
    if (a.unit != b.unit) {
        const auto& lex = annotate::measureLexicon();
        auto da = lex.dimensionOf(a.unit);
        auto db = lex.dimensionOf(b.unit);
        if (!da || !db || da->dimension != db->dimension) return false;
        x *= da->factor;
        y *= db->factor;
    }
    return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
}

struct SentenceWords {
    Span span;
    std::vector<Word> words;
    std::vector<std::string> lower;
};

SentenceWords wordsOf(const std::string& text, Span sentence) {
    SentenceWords s{sentence, annotate::claims::splitWords(text, sentence), {}};
    for (const Word& w : s.words) s.lower.push_back(w.lower);
    return s;
}

/// Index of the first word starting at or after byte `at`.
std::size_t wordAt(const SentenceWords& s, std::size_t at) {
    std::size_t i = 0;
    while (i < s.words.size() && s.words[i].span.end <= at) ++i;
    return i;
}

/// The measure's words right next to the figure: after it ("44 silver", "595,413 deliveries"), before it, with at
/// most one linking word between ("winds of 234 km/h", "the most gold medals with 40"), or a Chinese form touching it.
bool measureNextTo(const SentenceWords& s, const std::string& text, const Quantity& q, const std::string& measure) {
    const annotate::MeasureLexicon& lex = annotate::measureLexicon();
    auto isMeasure = [&](int payload) { return lex.measures[static_cast<std::size_t>(payload)].name == measure; };
    const std::size_t first = wordAt(s, q.span.start);
    const std::size_t after = wordAt(s, q.span.end);
    if (after < s.lower.size())
        if (auto m = lex.after.match(s.lower, after); m && isMeasure(m->payload)) return true;
    for (std::size_t k = first >= 6 ? first - 6 : 0; k < first; ++k) {
        auto m = lex.before.match(s.lower, k);
        if (!m || !isMeasure(m->payload)) m = lex.after.match(s.lower, k);  // "gold medals with 40": the noun first
        if (!m || !isMeasure(m->payload)) continue;
        const std::size_t end = k + m->length;
        if (end == first || (end + 1 == first && linker(s.lower[end]))) return true;
    }
    const annotate::MeasureInfo* info = lex.find(measure);
    if (info == nullptr) return false;
    const std::string_view before = std::string_view(text).substr(s.span.start, q.span.start - s.span.start);
    const std::string_view rest = std::string_view(text).substr(q.span.end, s.span.end - q.span.end);
    for (const std::string& zh : info->zh)
        if (rest.substr(0, zh.size()) == zh || (before.size() >= zh.size() && before.substr(before.size() - zh.size()) == zh)) return true;
    return false;
}

/// The measure named anywhere in the sentence (its English words or a Chinese form).
bool measureInSentence(const SentenceWords& s, const std::string& text, const std::string& measure) {
    const annotate::MeasureLexicon& lex = annotate::measureLexicon();
    for (std::size_t k = 0; k < s.lower.size(); ++k) {
        for (const annotate::PhraseTable* table : {&lex.after, &lex.before})
            if (auto m = table->match(s.lower, k); m && lex.measures[static_cast<std::size_t>(m->payload)].name == measure) return true;
    }
    const annotate::MeasureInfo* info = lex.find(measure);
    if (info == nullptr) return false;
    const std::string_view sentence = std::string_view(text).substr(s.span.start, s.span.size());
    return std::any_of(info->zh.begin(), info->zh.end(), [&](const std::string& zh) { return sentence.find(zh) != std::string_view::npos; });
}

/// A figure in a unit with a dimension other than a count ("234 km/h"), the only one of that dimension in its sentence.
bool onlyMeasurement(const Quantity& q, const Annotations& ann, Span sentence) {
    const auto dim = annotate::measureLexicon().dimensionOf(q.unit);
    if (!dim || dim->dimension == "count") return false;
    return std::none_of(ann.quantities.begin(), ann.quantities.end(), [&](const Quantity& o) {
        if (&o == &q || !sentence.contains(o.span)) return false;
        const auto d = annotate::measureLexicon().dimensionOf(o.unit);
        return d && d->dimension == dim->dimension;
    });
}

const std::string& nameOf(const Entity& e) { return e.canonical.empty() ? e.text : e.canonical; }

/// Whether the sentence ties the figure at `figure` to `subject`: the subject is named in it and no other name
/// owns the figure by standing right before it ("China's 40"). A country is a subject as much as a company. A
/// sentence naming nothing but places is the article's own voice about what it reports; `unnamedOk` lets it count.
bool subjectHolds(const SentenceWords& s, const Annotations& ann, Span figure, const std::string& subject, bool unnamedOk) {
    bool named = false;
    bool otherNames = false;
    const Entity* nearest = nullptr;
    for (const Entity& e : ann.entities) {
        if (!s.span.contains(e.span)) continue;
        const bool mine = !subject.empty() && sameSubject(nameOf(e), subject);
        named = named || mine;
        otherNames = otherNames || (!mine && e.kind != EntityKind::Place);  // where it happened names no other subject
        if (e.span.end <= figure.start && (nearest == nullptr || e.span.end > nearest->span.end)) nearest = &e;
    }
    if (!named && !subject.empty()) {
        // A name no entity reader took (a family name like "BYD" at a sentence's end is still written there).
        const std::string key = annotate::lowerAscii(subject);
        for (const std::string& w : s.lower) named = named || w == key;
    }
    if (nearest != nullptr && !sameSubject(nameOf(*nearest), subject) &&
        wordAt(s, figure.start) - wordAt(s, nearest->span.end) <= kOwnerWords)
        return false;
    return named || (unnamedOk && !otherNames);
}

/// Figures: the same number and unit, not read by any claim, tied to the measure and the subject.
std::vector<Span> figureSentences(const Side& rep, const Article& a, const Annotations& ann) {
    std::vector<Span> out;
    const Claim& c = rep.claim;
    const Quantity* wanted = rep.ann == nullptr ? nullptr : quantityOf(c, *rep.ann);
    if (wanted == nullptr) return out;
    // An article whose own claims give this measure another subject keeps its unnamed sentences to itself.
    bool otherSubject = false;
    for (const Claim& o : ann.claims)
        if (o.kind == ClaimKind::Amount && o.frame.measure == c.frame.measure && !o.subject.empty() && !sameSubject(o.subject, c.subject))
            otherSubject = true;
    for (const Quantity& q : ann.quantities) {
        if (!sameFigure(q, *wanted)) continue;
        if (std::any_of(ann.claims.begin(), ann.claims.end(),
                        [&](const Claim& o) { return !o.subject.empty() && o.valueSpan.overlaps(q.span); }))
            continue;
        const Span sentence = sentenceAt(ann, q.span.start);
        if (sentence.empty()) continue;
        const SentenceWords s = wordsOf(a.text, sentence);
        const bool next = measureNextTo(s, a.text, q, c.frame.measure);
        const bool measured = !next && onlyMeasurement(q, ann, sentence) && measureInSentence(s, a.text, c.frame.measure);
        const bool specific = digitsOf(q.text) >= kSpecificDigits;
        if (!next && !measured && !specific) continue;
        // A specific figure alone must be named; a measurement in its unit may stand in the article's own voice.
        if (!subjectHolds(s, ann, q.span, c.subject, measured && !otherSubject)) continue;
        if (out.empty() || out.back() != sentence) out.push_back(sentence);
    }
    return out;
}

/// Serials: "<family> <number>" ("Ship 30") in a sentence that gives no day of its own (a dated sentence about
/// the family is about that day's vehicle, and the reader of lift-offs has read the dated ones). An article that
/// names several vehicles of the family ("Ship 30 ... unlike Ship 29's heat shield") may be comparing flights:
/// only one that names this one alone is taken to say which flew.
std::vector<Span> serialSentences(const Side& rep, const Article& a, const Annotations& ann) {
    std::vector<Span> out;
    const std::string family = annotate::lowerAscii(rep.claim.subject);
    for (const Sentence& sen : ann.sentences) {
        const SentenceWords s = wordsOf(a.text, sen.span);
        bool found = false;
        for (std::size_t k = 0; k + 1 < s.lower.size(); ++k) {
            if (s.lower[k] != family || !s.words[k + 1].digit) continue;
            const bool more = k + 2 < s.lower.size() && (s.lower[k + 2] == ":" || s.words[k + 2].digit);
            if (more) continue;
            if (s.lower[k + 1] != rep.claim.value) return {};  // another vehicle of the family
            const Span span{s.words[k].span.start, s.words[k + 1].span.end};
            found = found || std::none_of(ann.claims.begin(), ann.claims.end(), [&](const Claim& o) { return o.valueSpan.overlaps(span); });
        }
        if (!found) continue;
        const bool dated = std::any_of(ann.times.begin(), ann.times.end(), [&](const TimeValue& t) {
            return sen.span.contains(t.span) && t.value.size() >= 7 && t.value[4] == '-';
        });
        if (!dated) out.push_back(sen.span);
    }
    return out;
}

}  // namespace

std::vector<Span> sentencesStating(const Side& rep, const Article& a, const Annotations& ann) {
    if (rep.reference() || rep.claim.negated) return {};
    if (rep.claim.kind == ClaimKind::Amount && !rep.claim.frame.empty()) return figureSentences(rep, a, ann);
    if (rep.claim.kind == ClaimKind::Version && rep.claim.attribute.rfind("serial ", 0) == 0) return serialSentences(rep, a, ann);
    return {};
}

}  // namespace parallax::conflict
