#include "core/align/linkage.h"

#include <queue>
#include <unordered_map>

namespace parallax::align {
namespace {

struct Candidate {
    double avg = 0;
    std::size_t a = 0;
    std::size_t b = 0;
    std::size_t versionA = 0;
    std::size_t versionB = 0;
    bool operator<(const Candidate& o) const {
        // Highest average first; ties broken by the lower indices so the result is deterministic.
        if (avg != o.avg) return avg < o.avg;
        if (a != o.a) return a > o.a;
        return b > o.b;
    }
};

}  // namespace

std::vector<std::size_t> averageLinkClusters(std::size_t n, const std::vector<Edge>& edges, double threshold) {
    // links[c][d] = sum of similarities between the members of clusters c and d.
    std::vector<std::unordered_map<std::size_t, double>> links(n);
    for (const Edge& e : edges) {
        if (e.a == e.b || e.a >= n || e.b >= n) continue;
        links[e.a][e.b] += e.sim;
        links[e.b][e.a] += e.sim;
    }
    std::vector<std::size_t> size(n, 1);
    std::vector<std::size_t> version(n, 0);
    std::vector<std::size_t> parent(n);
    for (std::size_t i = 0; i < n; ++i) parent[i] = i;

    std::priority_queue<Candidate> queue;
    auto push = [&](std::size_t c, std::size_t d) {
        double avg = links[c][d] / static_cast<double>(size[c] * size[d]);
        if (avg >= threshold) queue.push(Candidate{avg, std::min(c, d), std::max(c, d), version[std::min(c, d)],
                                                   version[std::max(c, d)]});
    };
    for (std::size_t c = 0; c < n; ++c)
        for (const auto& [d, sum] : links[c])
            if (c < d) push(c, d);

    while (!queue.empty()) {
        Candidate top = queue.top();
        queue.pop();
        if (parent[top.a] != top.a || parent[top.b] != top.b) continue;
        if (version[top.a] != top.versionA || version[top.b] != top.versionB) continue;
        // Merge the smaller cluster into the larger one and move its links.
        std::size_t keep = size[top.a] >= size[top.b] ? top.a : top.b;
        std::size_t gone = keep == top.a ? top.b : top.a;
        parent[gone] = keep;
        size[keep] += size[gone];
        ++version[keep];
        links[keep].erase(gone);
        for (const auto& [d, sum] : links[gone]) {
            if (d == keep) continue;
            links[keep][d] += sum;
            links[d].erase(gone);
            links[d][keep] += sum;
        }
        links[gone].clear();
        for (const auto& [d, sum] : links[keep]) push(keep, d);
    }

    std::vector<std::size_t> label(n);
    std::unordered_map<std::size_t, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t r = i;
        while (parent[r] != r) r = parent[r];
        auto [it, fresh] = index.emplace(r, index.size());
        label[i] = it->second;
    }
    return label;
}

}  // namespace parallax::align
