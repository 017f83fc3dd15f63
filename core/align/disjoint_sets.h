#pragma once
/// @file disjoint_sets.h  Union-find over item indices (reprints inside a story, connected parts of a link graph).
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace parallax::align {

class DisjointSets {
public:
    explicit DisjointSets(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    /// The representative of x's set: the smallest index in it.
    std::size_t find(std::size_t x) {
        while (m_parent[x] != x) x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::size_t> m_parent;
};

}  // namespace parallax::align
