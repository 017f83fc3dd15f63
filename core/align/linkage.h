#pragma once
/// @file linkage.h  Average-link agglomerative clustering over a sparse similarity graph.
#include <cstddef>
#include <vector>

namespace parallax::align {

/// A similarity between items a and b (a != b); pairs not listed count as similarity 0.
struct Edge {
    std::size_t a = 0;
    std::size_t b = 0;
    double sim = 0;
};

/// Merges clusters while the average similarity over all their cross pairs (absent pairs count 0)
/// stays at or above `threshold`. Average link, unlike single link, does not chain: a cluster only
/// grows by items close to most of it. Returns a cluster index per item (0..k-1).
[[nodiscard]] std::vector<std::size_t> averageLinkClusters(std::size_t n, const std::vector<Edge>& edges,
                                                           double threshold);

}  // namespace parallax::align
