#pragma once
/// @file sparse.h  Sparse term vectors (sorted by term id) and the cosine between them.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::align {

/// A term id: a 64-bit hash of the term's text (collisions are negligible at news-corpus vocabularies),
/// so that articles can be vectorised in parallel without a shared vocabulary.
using TermId = std::uint64_t;

/// A sparse vector: (term id, weight) sorted by term id.
using SparseVec = std::vector<std::pair<TermId, float>>;

/// FNV-1a 64-bit hash of a term, continuing from `h`.
[[nodiscard]] inline TermId termHash(std::string_view s, TermId h = 1469598103934665603ULL) {
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

/// Dot product of two sorted sparse vectors (their cosine when both are unit length).
/// How many elements two sorted vectors share (each element counted once per match).
template <typename T>
[[nodiscard]] std::size_t sharedCount(const std::vector<T>& a, const std::vector<T>& b) {
    std::size_t both = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++both;
            ++i;
            ++j;
        }
    }
    return both;
}

[[nodiscard]] inline double dot(const SparseVec& a, const SparseVec& b) {
    // The walk advances without a branch per step: two vectors' terms interleave at random, and the mispredicted
    // branches of the plain merge were most of its cost. The same products are added in the same order.
    double sum = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        const TermId x = a[i].first;
        const TermId y = b[j].first;
        if (x == y) sum += static_cast<double>(a[i].second) * b[j].second;
        i += static_cast<std::size_t>(x <= y);
        j += static_cast<std::size_t>(y <= x);
    }
    return sum;
}

/// Scales `v`, part of a vector whose squared length is `squares`, as normalising that whole vector would.
inline void scaleToUnitLength(SparseVec& v, double squares) {
    if (squares <= 0) return;
    auto inv = static_cast<float>(1.0 / std::sqrt(squares));
    for (auto& e : v) e.second *= inv;
}

/// Scales `v` to unit length (an empty or zero vector stays as it is).
inline void normalize(SparseVec& v) {
    double n = 0;
    for (const auto& e : v) n += static_cast<double>(e.second) * e.second;
    scaleToUnitLength(v, n);
}

/// Weights of terms collected in any order and summed per term at the end: cheaper than a hash map per sentence
/// or article (no node per term). The sort is stable, so each term's weights are added in the order they came,
/// as a map would have added them: the sums are the same floats, bit for bit.
class WeightList {
public:
    void add(TermId id, float weight) { m_items.emplace_back(id, weight); }
    void reserve(std::size_t n) { m_items.reserve(n); }

    /// One entry per term, sorted by term id; the list is used up.
    [[nodiscard]] SparseVec summed() && {
        std::stable_sort(m_items.begin(), m_items.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        SparseVec out;
        for (const auto& [id, w] : m_items) {
            if (!out.empty() && out.back().first == id) out.back().second += w;
            else out.emplace_back(id, w);
        }
        SparseVec().swap(m_items);
        return out;
    }

private:
    SparseVec m_items;
};

}  // namespace parallax::align
