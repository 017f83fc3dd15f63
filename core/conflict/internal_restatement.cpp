// One fact told twice in one article (internal_restatement.h): the pairing of its two figures and the reading
// of a precise "nearly".
#include "core/conflict/internal_restatement.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <vector>

#include "core/annotate/claims_lexicon.h"

namespace parallax::conflict {

namespace {

/// Whether the sentence of `s` names `subject` (as written, in any case).
bool sentenceNames(const Side& s, const std::string& subject) {
    if (s.source == nullptr || subject.empty()) return false;
    const Span span = s.claim.span;
    if (span.end > s.source->text.size() || span.start >= span.end) return false;
    const std::string sentence = annotate::lowerAscii(s.source->text.substr(span.start, span.size()));
    return sentence.find(annotate::lowerAscii(subject)) != std::string::npos;
}

/// Up to `count` words next to `at` (before it when `backward`), inside `limit`: lower-case ASCII words and
/// single Chinese characters; spaces between them, nothing else.
std::vector<std::string> wordsBeside(const std::string& text, Span limit, std::size_t at, bool backward, std::size_t count) {
    std::vector<std::string> out;
    std::size_t i = at;
    auto ascii = [](unsigned char c) { return std::isalnum(c) != 0; };
    while (out.size() < count) {
        if (backward) {
            while (i > limit.start && text[i - 1] == ' ') --i;
            if (i <= limit.start) break;
            const auto c = static_cast<unsigned char>(text[i - 1]);
            if (ascii(c)) {
                std::size_t j = i;
                while (j > limit.start && ascii(static_cast<unsigned char>(text[j - 1]))) --j;
                out.push_back(annotate::lowerAscii(text.substr(j, i - j)));
                i = j;
            } else if (c >= 0x80 && i >= limit.start + 3 && static_cast<unsigned char>(text[i - 3]) >= 0xE3) {
                out.push_back(text.substr(i - 3, 3));  // one CJK character (three bytes, lead byte E3-E9)
                i -= 3;
            } else {
                break;
            }
        } else {
            while (i < limit.end && text[i] == ' ') ++i;
            if (i >= limit.end) break;
            const auto c = static_cast<unsigned char>(text[i]);
            if (ascii(c)) {
                std::size_t j = i;
                while (j < limit.end && ascii(static_cast<unsigned char>(text[j]))) ++j;
                out.push_back(annotate::lowerAscii(text.substr(i, j - i)));
                i = j;
            } else if (c >= 0xE3 && c <= 0xE9 && i + 3 <= limit.end) {
                out.push_back(text.substr(i, 3));
                i += 3;
            } else {
                break;
            }
        }
    }
    return out;
}

/// Whether the stage slot of `f` lists `moment`.
bool atMoment(const Frame& f, const std::string& moment) {
    const std::vector<std::string> stages = annotate::splitList(f.stage, ',');
    return std::find(stages.begin(), stages.end(), moment) != stages.end();
}

/// What the sentence of `s` writes of its moment: the clock times and dates it resolves, and the places it names.
std::set<std::string> timesAndPlaces(const Side& s, bool places) {
    std::set<std::string> out;
    const Span sentence = s.claim.span;
    if (places) {
        for (const Entity& e : s.ann->entities)
            if (e.kind == EntityKind::Place && sentence.contains(e.span)) out.insert(e.canonical.empty() ? e.text : e.canonical);
    } else {
        for (const TimeValue& t : s.ann->times)
            if (sentence.contains(t.span) && !t.value.empty()) out.insert(t.value);
    }
    return out;
}

/// Both sentences write a time (or a place) and none is in both: two moments.
bool differ(const Side& a, const Side& b, bool places) {
    const std::set<std::string> ta = timesAndPlaces(a, places);
    const std::set<std::string> tb = timesAndPlaces(b, places);
    if (ta.empty() || tb.empty()) return false;
    return std::none_of(ta.begin(), ta.end(), [&](const std::string& t) { return tb.count(t) > 0; });
}

}  // namespace

bool sameMoment(const Side& a, const Side& b) {
    if (a.reference() || b.reference() || a.ann == nullptr || b.ann == nullptr) return false;
    if (a.article != b.article || a.claim.sentence == b.claim.sentence) return false;
    if (a.claim.kind != ClaimKind::Amount || b.claim.kind != ClaimKind::Amount) return false;
    if (a.claim.frame.measure.empty() || a.claim.frame.measure != b.claim.frame.measure) return false;
    if (!atMoment(a.claim.frame, "landfall") || !atMoment(b.claim.frame, "landfall")) return false;
    if (a.claim.frame.scope != b.claim.frame.scope) return false;  // "another" landfall
    // One subject: the same name, or none on one side whose sentence names the other's.
    const std::string& sa = a.claim.subject;
    const std::string& sb = b.claim.subject;
    const bool oneSubject = (!sa.empty() && sa == sb) || (sa.empty() && !sb.empty() && sentenceNames(a, sb)) ||
                            (sb.empty() && !sa.empty() && sentenceNames(b, sa));
    return oneSubject && !differ(a, b, false) && !differ(a, b, true);
}

bool sameWordsAround(const Side& a, const Side& b) {
    if (a.source == nullptr || b.source == nullptr) return false;
    auto around = [](const Side& s, bool backward, std::size_t count) {
        const Span limit{s.claim.span.start, std::min(s.claim.span.end, s.source->text.size())};
        return wordsBeside(s.source->text, limit, backward ? s.claim.valueSpan.start : s.claim.valueSpan.end, backward, count);
    };
    const auto beforeA = around(a, true, 3);
    const auto afterA = around(a, false, 4);
    return beforeA.size() == 3 && afterA.size() == 4 && beforeA == around(b, true, 3) && afterA == around(b, false, 4);
}

bool sameOfferingState(const Side& a, const Side& b) {
    if (a.reference() || b.reference() || a.article != b.article || a.claim.sentence == b.claim.sentence) return false;
    if (a.claim.kind != ClaimKind::Amount || b.claim.kind != ClaimKind::Amount) return false;
    if (a.claim.subject.empty() || a.claim.subject != b.claim.subject) return false;
    // The qualifiers, as the claim readers write them after the measure: "raised (upsized)".
    auto qualifiers = [](const std::string& attribute) {
        const std::size_t open = attribute.find(" (");
        const std::size_t close = open == std::string::npos ? open : attribute.find(')', open);
        if (close == std::string::npos) return std::vector<std::string>{};
        return annotate::splitList(attribute.substr(open + 2, close - open - 2), ',');
    };
    const std::vector<std::string> qa = qualifiers(a.claim.attribute);
    if (qa != qualifiers(b.claim.attribute)) return false;
    return std::any_of(qa.begin(), qa.end(), [](const std::string& q) { return q == "upsized" || q == "base"; });
}

bool restatedFact(const Side& a, const Side& b) {
    if (a.reference() || b.reference() || a.article != b.article || a.claim.sentence == b.claim.sentence) return false;
    if (a.claim.kind != ClaimKind::Amount || b.claim.kind != ClaimKind::Amount) return false;
    // Both sentences name both subjects: which of them a reader takes for the figure's owner is the readers'
    // choice, not the writer's.
    return (restated(a, b) || sameWordsAround(a, b)) && sentenceNames(a, b.claim.subject) && sentenceNames(b, a.claim.subject);
}

void tightenNearly(Amount& amount, const std::string& qualifier) {
    if (qualifier != "nearly" || amount.value <= 0 || !std::isfinite(amount.value)) return;
    // The place of the last significant digit: 1.02e8 -> 1e6, 1935.3 -> 0.1.
    double place = std::pow(10.0, std::floor(std::log10(amount.value)));
    int digits = 1;
    for (; digits < 12; ++digits) {
        const double units = amount.value / place;
        if (std::fabs(units - std::round(units)) < 1e-6 * units) break;
        place /= 10;
    }
    if (digits < 3) return;
    amount.low = std::max(amount.low, amount.value - place / 2);
}

}  // namespace parallax::conflict
