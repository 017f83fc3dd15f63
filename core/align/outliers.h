#pragma once
/// @file outliers.h  A second look at the reports that story clustering left alone or in pairs.
#include <cstddef>
#include <vector>

#include "core/align/linkage.h"

namespace parallax::align {

/// Regroups the items of clusters of one or two (`label` gives each item's cluster, as averageLinkClusters
/// returns it) with a similarity that may weigh evidence the first pass must not weigh, such as names that
/// few articles of the folder use: reports of one event told from different angles share little wording
/// but name the same particular things. First average link among those items only (over the `edges`
/// between them, rescored with `similarity`; `threshold` as in the first pass); then each cluster still of
/// one or two joins the one cluster of three or more whose average `similarity` to it reaches
/// `attachShare * threshold` and is at least twice that of any other. Clusters of three or more never
/// merge with each other here, so stories of one theme that the first pass kept apart stay apart.
/// `computed` counts the similarities computed. Returns a cluster index per item (0..k-1).
[[nodiscard]] std::vector<std::size_t> regroupOutliers(const std::vector<std::size_t>& label,
                                                       const std::vector<Edge>& edges, double threshold,
                                                       const SimilarityFn& similarity, double attachShare,
                                                       std::size_t* computed = nullptr);

}  // namespace parallax::align
