#include "core/align/pair_scorer.h"

#include <algorithm>
#include <unordered_map>

namespace parallax::align {

PairScorer::PairScorer(const std::vector<SentenceUnit>& units)
    : m_units(units), m_vec(units.size()), m_clauses(units.size()) {
    std::unordered_map<TermId, std::uint32_t> number;
    auto numbered = [&](const SparseVec& v) {
        Numbered out;
        out.reserve(v.size());
        for (const auto& e : v)
            out.push_back(number.emplace(e.first, static_cast<std::uint32_t>(number.size())).first->second);
        return out;
    };
    std::size_t slots = 1;
    for (std::size_t u = 0; u < units.size(); ++u) {
        m_vec[u] = numbered(units[u].vec);
        for (const auto& c : units[u].clauses) m_clauses[u].push_back(numbered(c));
        slots = std::max(slots, units[u].clauses.size() + 1);
    }
    m_terms = number.size();
    m_slots.assign(slots, std::vector<float>(m_terms, 0.0F));
}

void PairScorer::select(std::size_t u) {
    if (m_any) {  // back to all zeros: only the previous unit's own terms were set
        for (std::uint32_t id : m_vec[m_selected]) m_slots[0][id] = 0.0F;
        for (std::size_t c = 0; c < m_clauses[m_selected].size(); ++c)
            for (std::uint32_t id : m_clauses[m_selected][c]) m_slots[c + 1][id] = 0.0F;
    }
    m_selected = u;
    m_any = true;
    const SentenceUnit& a = m_units[u];
    scatter(0, a.vec, m_vec[u]);
    for (std::size_t c = 0; c < a.clauses.size(); ++c) scatter(c + 1, a.clauses[c], m_clauses[u][c]);
}

double PairScorer::similarity(std::size_t v) const {
    constexpr double kClauseFactor = 0.9;  // as in sentenceSimilarity
    const SentenceUnit& a = m_units[m_selected];
    const SentenceUnit& b = m_units[v];
    double best = dot(0, b.vec, m_vec[v]);
    if (a.clauses.empty() && b.clauses.empty()) return best;
    // A unit without clauses acts as one clause: its whole vector (slot 0).
    const std::size_t first = a.clauses.empty() ? 0 : 1;
    const std::size_t last = a.clauses.empty() ? 0 : a.clauses.size();
    for (std::size_t x = first; x <= last; ++x) {
        if (b.clauses.empty()) {
            best = std::max(best, kClauseFactor * dot(x, b.vec, m_vec[v]));
            continue;
        }
        for (std::size_t y = 0; y < b.clauses.size(); ++y)
            best = std::max(best, kClauseFactor * dot(x, b.clauses[y], m_clauses[v][y]));
    }
    return best;
}

void PairScorer::scatter(std::size_t slot, const SparseVec& v, const Numbered& ids) {
    std::vector<float>& weights = m_slots[slot];
    for (std::size_t k = 0; k < v.size(); ++k) weights[ids[k]] = v[k].second;
}

double PairScorer::dot(std::size_t slot, const SparseVec& v, const Numbered& ids) const {
    const float* w = m_slots[slot].data();
    double sum = 0;
    for (std::size_t k = 0; k < v.size(); ++k) sum += static_cast<double>(w[ids[k]]) * v[k].second;
    return sum;
}

}  // namespace parallax::align
