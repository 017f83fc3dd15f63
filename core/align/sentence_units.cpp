#include "core/align/aligner.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/align/synonyms.h"
#include "core/text/text.h"

namespace parallax::align {
namespace {

constexpr float kSynonymWeight = 1.5F;  // a paraphrase set: "debuted" and "launched" meet here
constexpr float kNumberWeight = 1.5F;   // the same figure in two sentences is strong evidence
constexpr float kEntityWeight = 2.0F;   // the same subject
constexpr std::size_t kMinTerms = 3;    // fewer distinct terms do not make a fact

struct RawUnit {
    std::size_t article = 0;
    std::size_t order = 0;
    Span span;
    std::unordered_map<std::string, float> terms;
};

std::vector<Sentence> sentencesOf(const Article& a, const Annotations* ann) {
    if (ann && !ann->sentences.empty()) return ann->sentences;
    return text::sentences(a.text);
}

void addUnits(std::size_t index, const Article& a, const Annotations* ann, std::vector<RawUnit>& out) {
    const auto& synonyms = SynonymTable::shared();
    auto sents = sentencesOf(a, ann);
    auto toks = text::tokens(a.text, Span{0, a.text.size()}, a.language.empty() ? "en" : a.language);
    std::size_t t = 0;
    for (std::size_t s = 0; s < sents.size(); ++s) {
        const Span sp = sents[s].span;
        while (t < toks.size() && toks[t].span.start < sp.start) ++t;
        std::vector<text::Token> inside;
        for (std::size_t k = t; k < toks.size() && toks[k].span.end <= sp.end; ++k) inside.push_back(toks[k]);
        RawUnit u{index, s, sp, {}};
        for (const auto& tok : inside) {
            if (tok.number) {
                u.terms["#" + tok.norm] += kNumberWeight;
            } else if (!tok.stop && (tok.norm.size() >= 2 || static_cast<unsigned char>(tok.norm[0]) >= 0x80)) {
                u.terms[tok.stem] += 1.0F;
            }
        }
        for (auto& set : synonyms.matches(inside)) u.terms["~" + set] += kSynonymWeight;
        if (ann)
            for (const auto& e : ann->entities)
                if (sp.contains(e.span)) u.terms["@" + text::fold(e.canonical.empty() ? e.text : e.canonical)] += kEntityWeight;
        if (u.terms.size() >= kMinTerms) out.push_back(std::move(u));
    }
}

}  // namespace

std::vector<SentenceUnit> sentenceUnits(const std::vector<const Article*>& articles,
                                        const std::map<std::string, Annotations>& annotations) {
    std::vector<RawUnit> raw;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (!articles[i]) continue;
        auto it = annotations.find(articles[i]->id);
        addUnits(i, *articles[i], it == annotations.end() ? nullptr : &it->second, raw);
    }
    std::unordered_map<TermId, std::uint32_t> df;
    std::vector<std::vector<std::pair<TermId, float>>> ids(raw.size());
    for (std::size_t u = 0; u < raw.size(); ++u) {
        for (auto& [term, w] : raw[u].terms) {
            TermId id = termHash(term);
            ++df[id];
            ids[u].emplace_back(id, w);
        }
    }
    const double n = static_cast<double>(raw.size());
    std::vector<SentenceUnit> out(raw.size());
    for (std::size_t u = 0; u < raw.size(); ++u) {
        SentenceUnit& unit = out[u];
        unit.article = raw[u].article;
        unit.order = raw[u].order;
        unit.span = raw[u].span;
        for (auto [id, w] : ids[u]) {
            const auto count = df[id];
            unit.vec.emplace_back(id, static_cast<float>(w * std::log(1.0 + n / count)));
            if (count >= 2) unit.keys.push_back(id);
        }
        std::sort(unit.vec.begin(), unit.vec.end());
        std::sort(unit.keys.begin(), unit.keys.end());  // hash-map order must not leak into results
        normalize(unit.vec);
    }
    return out;
}

}  // namespace parallax::align
