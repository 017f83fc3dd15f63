#pragma once
/// @file sparse.h  Sparse term vectors (sorted by term id) and the cosine between them.
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace parallax::align {

/// A sparse vector: (term id, weight) sorted by term id.
using SparseVec = std::vector<std::pair<std::uint32_t, float>>;

/// Dot product of two sorted sparse vectors (their cosine when both are unit length).
[[nodiscard]] inline double dot(const SparseVec& a, const SparseVec& b) {
    double sum = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            sum += static_cast<double>(i->second) * j->second;
            ++i;
            ++j;
        }
    }
    return sum;
}

/// Scales `v` to unit length (an empty or zero vector stays as it is).
inline void normalize(SparseVec& v) {
    double n = 0;
    for (const auto& e : v) n += static_cast<double>(e.second) * e.second;
    if (n <= 0) return;
    auto inv = static_cast<float>(1.0 / std::sqrt(n));
    for (auto& e : v) e.second *= inv;
}

}  // namespace parallax::align
