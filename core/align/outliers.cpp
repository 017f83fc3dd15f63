#include "core/align/outliers.h"

#include <algorithm>
#include <limits>
#include <map>

namespace parallax::align {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr std::size_t kOutlier = 2;      // a cluster of at most this many items gets the second look
constexpr std::size_t kBudget = 4096;    // cross pairs completed before two outlier clusters merge

}  // namespace

std::vector<std::size_t> regroupOutliers(const std::vector<std::size_t>& label, const std::vector<Edge>& edges,
                                         double threshold, const SimilarityFn& similarity, double attachShare,
                                         std::size_t* computed) {
    const std::size_t n = label.size();
    if (!similarity || n < 2) return label;
    std::size_t k = 0;
    for (auto l : label) k = std::max(k, l + 1);
    std::vector<std::size_t> size(k, 0);
    for (auto l : label) ++size[l];
    auto outlier = [&](std::size_t i) { return size[label[i]] <= kOutlier; };

    // Average link among the outliers alone, over the pairs the candidate search found between them.
    std::vector<std::size_t> local(n, kNone);
    std::vector<std::size_t> items;
    for (std::size_t i = 0; i < n; ++i)
        if (outlier(i)) {
            local[i] = items.size();
            items.push_back(i);
        }
    if (items.empty()) return label;
    std::vector<Edge> inner;
    for (const Edge& e : edges) {
        if (e.a >= n || e.b >= n || local[e.a] == kNone || local[e.b] == kNone) continue;
        inner.push_back(Edge{local[e.a], local[e.b], similarity(e.a, e.b)});
        if (computed) ++*computed;
    }
    const std::vector<std::size_t> sub = averageLinkClusters(
        items.size(), inner, threshold, [&](std::size_t x, std::size_t y) { return similarity(items[x], items[y]); },
        computed, kBudget, 0);

    // Groups: the first pass's larger clusters as they were, the outliers as regrouped.
    std::vector<std::vector<std::size_t>> groups;
    std::vector<std::size_t> groupOf(n);
    std::vector<std::size_t> keyGroup(k + items.size(), kNone);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t key = outlier(i) ? k + sub[local[i]] : label[i];
        if (keyGroup[key] == kNone) {
            keyGroup[key] = groups.size();
            groups.emplace_back();
        }
        groupOf[i] = keyGroup[key];
        groups[groupOf[i]].push_back(i);
    }

    // Attach what is still small to the one larger group it is close to (as the first pass does).
    if (attachShare > 0) {
        std::vector<std::vector<std::pair<std::size_t, double>>> near(n);  // outlier -> (neighbour, similarity)
        for (const Edge& e : edges) {
            if (e.a >= n || e.b >= n) continue;
            if (local[e.a] != kNone) near[e.a].emplace_back(e.b, e.sim);
            if (local[e.b] != kNone) near[e.b].emplace_back(e.a, e.sim);
        }
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].empty() || groups[g].size() > kOutlier) continue;
            std::map<std::size_t, double> linked;  // larger group -> summed similarity of the known pairs
            for (auto i : groups[g])
                for (const auto& [j, s] : near[i])
                    if (groups[groupOf[j]].size() > kOutlier) linked[groupOf[j]] += s;
            const auto found = attachTarget(
                groups[g], {linked.begin(), linked.end()},
                [&](std::size_t d) -> const std::vector<std::size_t>& { return groups[d]; }, similarity,
                attachShare * threshold, computed);
            if (!found) continue;
            const std::size_t target = *found;
            for (auto i : groups[g]) groupOf[i] = target;
            groups[target].insert(groups[target].end(), groups[g].begin(), groups[g].end());
            groups[g].clear();
        }
    }

    std::vector<std::size_t> number(groups.size(), kNone);
    std::size_t next = 0;
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t& id = number[groupOf[i]];
        if (id == kNone) id = next++;
        out[i] = id;
    }
    return out;
}

}  // namespace parallax::align
