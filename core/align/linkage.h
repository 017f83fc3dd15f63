#pragma once
/// @file linkage.h  Average-link agglomerative clustering over a sparse similarity graph.
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace parallax::align {

/// A similarity between items a and b (a != b).
struct Edge {
    std::size_t a = 0;
    std::size_t b = 0;
    double sim = 0;
};

/// Similarity of two items, for pairs the candidate search did not compare.
using SimilarityFn = std::function<double(std::size_t, std::size_t)>;

/// Merges clusters while the average similarity over all their cross pairs stays at or above
/// `threshold`. Average link, unlike single link, does not chain: a cluster only grows by items close
/// to most of it. Only clusters joined by at least one edge are considered; before two clusters merge,
/// the cross pairs the candidate search skipped are computed with `similarity` (when the clusters are
/// small enough, `completeBudget` pairs at most; otherwise the average over known pairs is used).
/// `computed` counts those extra comparisons. Afterwards, when `attachShare` > 0 and `similarity` is
/// given, a cluster of one or two items joins the one cluster of three or more whose average similarity
/// to it reaches `attachShare * threshold` (and is at least twice that of any other). Returns a cluster
/// index per item (0..k-1).
[[nodiscard]] std::vector<std::size_t> averageLinkClusters(std::size_t n, const std::vector<Edge>& edges,
                                                           double threshold, const SimilarityFn& similarity = {},
                                                           std::size_t* computed = nullptr,
                                                           std::size_t completeBudget = 4096,
                                                           double attachShare = 0);

/// The cluster an outlier (the items `outlier`) joins, as averageLinkClusters attaches it: of the `candidates`
/// (cluster, summed similarity of the known pairs), the few linked most are compared with the outlier over a
/// sample of their members (`membersOf`); the best joins when its average reaches `minimum` and is at least
/// twice that of any other. nullopt when none does. `computed` counts the similarities computed.
[[nodiscard]] std::optional<std::size_t> attachTarget(
    const std::vector<std::size_t>& outlier, std::vector<std::pair<std::size_t, double>> candidates,
    const std::function<const std::vector<std::size_t>&(std::size_t)>& membersOf, const SimilarityFn& similarity,
    double minimum, std::size_t* computed);

}  // namespace parallax::align
