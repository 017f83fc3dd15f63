#include "core/align/aligner.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <unordered_map>

#include "core/align/synonyms.h"
#include "core/model/budget.h"
#include "core/text/text.h"

namespace parallax::align {
namespace {

constexpr float kSynonymWeight = 1.5F;  // a paraphrase set: "debuted" and "launched" meet here
constexpr float kNumberWeight = 1.5F;   // the same figure in two sentences is strong evidence
constexpr float kEntityWeight = 1.0F;   // the same subject (its words already count as stems)
constexpr std::size_t kMinTerms = 3;    // fewer distinct terms do not make a fact

/// A unit's terms and weights, one entry per term (by its hash), sorted by term id.
using TermCounts = std::vector<std::pair<TermId, float>>;

struct RawUnit {
    std::size_t article = 0;
    std::size_t order = 0;
    Span span;
    TermCounts terms;
    std::vector<TermCounts> clauses;  ///< empty unless the sentence has two clauses or more
};

/// Terms of a run of tokens: content stems, figures, paraphrase sets and the entities inside `span`. Hashed
/// with a prefix per kind ("#" figures, "~" paraphrase sets, "@" entities) so that kinds never meet.
TermCounts termsOf(std::span<const text::Token> toks, Span span, const Annotations* ann) {
    static const TermId kFigure = termHash("#");
    static const TermId kSet = termHash("~");
    static const TermId kEntity = termHash("@");
    WeightList terms;
    terms.reserve(toks.size());
    for (const auto& tok : toks) {
        if (tok.number) {
            terms.add(termHash(tok.norm, kFigure), kNumberWeight);
        } else if (!tok.stop && (tok.norm.size() >= 2 || static_cast<unsigned char>(tok.norm[0]) >= 0x80)) {
            terms.add(termHash(tok.stem), 1.0F);
        }
    }
    for (auto& set : SynonymTable::shared().matches(toks)) terms.add(termHash(set, kSet), kSynonymWeight);
    if (ann)
        for (const auto& e : ann->entities)
            if (span.contains(e.span))
                terms.add(termHash(text::fold(e.canonical.empty() ? e.text : e.canonical), kEntity), kEntityWeight);
    return std::move(terms).summed();
}

/// Clause boundaries: punctuation between two tokens that usually separates clauses.
bool clauseBreak(std::string_view between) {
    for (std::string_view mark : {",", ";", ":", "\xE2\x80\x94", "\xE2\x80\x93", " - ", "\xEF\xBC\x8C", "\xEF\xBC\x9B"})
        if (between.find(mark) != std::string_view::npos) return true;
    return false;
}

std::vector<Sentence> sentencesOf(const Article& a, const Annotations* ann) {
    if (ann && !ann->sentences.empty()) return ann->sentences;
    return text::sentences(a.text.substr(0, analysedLength(a.text)));
}

void addUnits(std::size_t index, const Article& a, const Annotations* ann, std::vector<RawUnit>& out) {
    auto sents = sentencesOf(a, ann);
    // The part of a long article that is analysed (model/budget.h), as for its annotations.
    auto toks = text::tokens(a.text, Span{0, analysedLength(a.text)}, a.language.empty() ? "en" : a.language);
    std::size_t t = 0;
    for (std::size_t s = 0; s < sents.size(); ++s) {
        const Span sp = sents[s].span;
        while (t < toks.size() && toks[t].span.start < sp.start) ++t;
        std::size_t stop = t;
        while (stop < toks.size() && toks[stop].span.end <= sp.end) ++stop;
        const std::span<const text::Token> inside(toks.data() + t, stop - t);
        RawUnit u{index, s, sp, termsOf(inside, sp, ann), {}};
        if (u.terms.size() < kMinTerms) continue;
        // A long sentence often states one fact per clause; clauses let "Despite US export limits on
        // chips, Beijing built ..." meet "The export restrictions on advanced chips could hinder ...".
        std::size_t from = 0;
        for (std::size_t k = 1; k <= inside.size(); ++k) {
            bool end = k == inside.size() ||
                       clauseBreak(std::string_view(a.text).substr(inside[k - 1].span.end,
                                                                    inside[k].span.start - inside[k - 1].span.end));
            if (!end) continue;
            const auto part = inside.subspan(from, k - from);
            Span clauseSpan{part.front().span.start, part.back().span.end};
            auto terms = termsOf(part, clauseSpan, ann);
            if (terms.size() >= kMinTerms) u.clauses.push_back(std::move(terms));
            from = k;
        }
        if (u.clauses.size() < 2) u.clauses.clear();
        out.push_back(std::move(u));
    }
}

}  // namespace

double sentenceSimilarity(const SentenceUnit& a, const SentenceUnit& b) {
    constexpr double kClauseFactor = 0.9;
    double best = dot(a.vec, b.vec);
    if (a.clauses.empty() && b.clauses.empty()) return best;
    // A sentence without clauses acts as one clause (viewed in place: this runs for every candidate pair).
    const std::span<const SparseVec> ca = a.clauses.empty() ? std::span<const SparseVec>(&a.vec, 1) : a.clauses;
    const std::span<const SparseVec> cb = b.clauses.empty() ? std::span<const SparseVec>(&b.vec, 1) : b.clauses;
    for (const auto& x : ca)
        for (const auto& y : cb) best = std::max(best, kClauseFactor * dot(x, y));
    return best;
}

std::vector<SentenceUnit> sentenceUnits(const std::vector<const Article*>& articles,
                                        const std::map<std::string, Annotations>& annotations) {
    std::vector<RawUnit> raw;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (!articles[i]) continue;
        auto it = annotations.find(articles[i]->id);
        addUnits(i, *articles[i], it == annotations.end() ? nullptr : &it->second, raw);
    }
    std::unordered_map<TermId, std::uint32_t> df;
    for (const auto& unit : raw)
        for (const auto& [id, w] : unit.terms) ++df[id];
    const double n = static_cast<double>(raw.size());
    auto weighted = [&](const TermCounts& terms) {
        SparseVec v;
        for (const auto& [id, w] : terms)
            v.emplace_back(id, static_cast<float>(w * std::log(1.0 + n / std::max<std::uint32_t>(1, df[id]))));
        std::sort(v.begin(), v.end());
        normalize(v);
        return v;
    };
    std::vector<SentenceUnit> out(raw.size());
    for (std::size_t u = 0; u < raw.size(); ++u) {
        SentenceUnit& unit = out[u];
        unit.article = raw[u].article;
        unit.order = raw[u].order;
        unit.span = raw[u].span;
        for (auto [id, w] : raw[u].terms) {
            const auto count = df[id];
            unit.vec.emplace_back(id, static_cast<float>(w * std::log(1.0 + n / count)));
            if (count >= 2) unit.keys.push_back(id);
        }
        std::sort(unit.vec.begin(), unit.vec.end());
        std::sort(unit.keys.begin(), unit.keys.end());  // hash-map order must not leak into results
        normalize(unit.vec);
        for (const auto& clause : raw[u].clauses) unit.clauses.push_back(weighted(clause));
    }
    return out;
}

}  // namespace parallax::align
