#pragma once
/// @file pair_scorer.h  sentenceSimilarity of one sentence unit against many, faster and with the same doubles.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/align/aligner.h"

namespace parallax::align {

/// sentenceSimilarity(units[u], units[v]) for one unit u against many v. u's vector and clauses are scattered
/// once into dense arrays (the story's terms numbered), so each dot product walks only v's terms, without the
/// merge's comparisons. Exact: v's terms are visited in the merge's order (ascending id), and a term u lacks adds
/// a product of +0.0, which leaves the sum as it was; so every sum, and every similarity, is the same double.
class PairScorer {
public:
    explicit PairScorer(const std::vector<SentenceUnit>& units);

    /// Makes units[u] the unit that similarity() scores against.
    void select(std::size_t u);
    /// sentenceSimilarity(units[selected], units[v]), bit for bit.
    [[nodiscard]] double similarity(std::size_t v) const;

private:
    using Numbered = std::vector<std::uint32_t>;  // a vector's terms by their number in the story
    void scatter(std::size_t slot, const SparseVec& v, const Numbered& ids);
    [[nodiscard]] double dot(std::size_t slot, const SparseVec& v, const Numbered& ids) const;

    const std::vector<SentenceUnit>& m_units;
    std::vector<Numbered> m_vec;                   // per unit: its vector's terms
    std::vector<std::vector<Numbered>> m_clauses;  // per unit and clause: likewise
    std::size_t m_terms = 0;
    std::vector<std::vector<float>> m_slots;  // 0: the selected unit's vector; c + 1: its clause c
    std::size_t m_selected = 0;
    bool m_any = false;  // a unit is scattered in m_slots
};

}  // namespace parallax::align
