#include "core/align/linkage.h"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <unordered_map>
#include <unordered_set>

#include "core/align/disjoint_sets.h"

namespace parallax::align {
namespace {

struct Link {
    double sum = 0;         ///< similarities of the known cross pairs
    std::size_t known = 0;  ///< how many cross pairs are known
};

struct Neighbour {
    std::uint32_t other = 0;  ///< the other cluster
    Link link;
};

// 24 bytes rather than 40: the queue holds every pair pushed since (most of them stale by the time they come up), and
// popping it, a walk down a heap larger than the cache, was most of the clustering's time at 10k articles.
// Indices fit 32 bits as in pairKey; a version counts a cluster's merges, fewer than the items.
struct Candidate {
    double avg = 0;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t versionA = 0;
    std::uint32_t versionB = 0;
    bool operator<(const Candidate& o) const {
        // Highest average first; ties broken by the lower indices so the result is deterministic.
        if (avg != o.avg) return avg < o.avg;
        if (a != o.a) return a > o.a;
        return b > o.b;
    }
};

std::uint64_t pairKey(std::size_t a, std::size_t b) {
    return (static_cast<std::uint64_t>(std::min(a, b)) << 32) | static_cast<std::uint64_t>(std::max(a, b));
}

/// The connected parts of the link graph with two items or more, each listed in ascending order.
std::vector<std::vector<std::uint32_t>> connectedParts(const std::vector<std::vector<Neighbour>>& links) {
    const std::size_t n = links.size();
    DisjointSets sets(n);
    for (std::size_t c = 0; c < n; ++c)
        for (const Neighbour& e : links[c]) sets.unite(c, e.other);
    std::vector<std::uint32_t> partOf(n, UINT32_MAX);
    std::vector<std::vector<std::uint32_t>> parts;
    for (std::size_t c = 0; c < n; ++c) {
        if (links[c].empty()) continue;
        const std::size_t r = sets.find(c);
        if (partOf[r] == UINT32_MAX) {
            partOf[r] = static_cast<std::uint32_t>(parts.size());
            parts.emplace_back();
        }
        parts[partOf[r]].push_back(static_cast<std::uint32_t>(c));
    }
    return parts;
}

}  // namespace

std::vector<std::size_t> averageLinkClusters(std::size_t n, const std::vector<Edge>& edges, double threshold,
                                             const SimilarityFn& similarity, std::size_t* computed,
                                             std::size_t completeBudget, double attachShare) {
    // Each cluster's links as a vector sorted by the other cluster, not a hash map: at 10k articles the maps' nodes
    // (a quarter of a million) were allocated one by one and walked with a cache miss each. Merges give the same sums
    // as before (a sum of two is the same either way round), and the queue orders candidates totally, so the merges
    // and their order are those of the maps.
    std::vector<std::vector<Neighbour>> links(n);
    {
        std::vector<std::uint64_t> seen;  // each pair once, at its first edge, as the maps counted it
        seen.reserve(edges.size());
        for (const Edge& e : edges)
            if (e.a != e.b && e.a < n && e.b < n) seen.push_back(pairKey(e.a, e.b));
        std::sort(seen.begin(), seen.end());
        const bool repeats = std::adjacent_find(seen.begin(), seen.end()) != seen.end();
        std::unordered_set<std::uint64_t> counted;  // only when some pair comes twice
        for (const Edge& e : edges) {
            if (e.a == e.b || e.a >= n || e.b >= n) continue;
            if (repeats && !counted.insert(pairKey(e.a, e.b)).second) continue;
            for (auto [x, y] : {std::pair{e.a, e.b}, std::pair{e.b, e.a}}) {
                Link l;
                l.sum += e.sim;
                ++l.known;
                links[x].push_back(Neighbour{static_cast<std::uint32_t>(y), l});
            }
        }
        for (auto& list : links)
            std::sort(list.begin(), list.end(), [](const Neighbour& x, const Neighbour& y) { return x.other < y.other; });
    }
    // The link between clusters c and d, made (empty) when there is none, as a map's operator[] would.
    auto linkOf = [&](std::size_t c, std::size_t d) -> Link& {
        auto& list = links[c];
        auto at = std::lower_bound(list.begin(), list.end(), d,
                                   [](const Neighbour& x, std::size_t other) { return x.other < other; });
        if (at == list.end() || at->other != d) at = list.insert(at, Neighbour{static_cast<std::uint32_t>(d), Link{}});
        return at->link;
    };
    auto unlink = [&](std::size_t c, std::size_t d) {
        auto& list = links[c];
        auto at = std::lower_bound(list.begin(), list.end(), d,
                                   [](const Neighbour& x, std::size_t other) { return x.other < other; });
        if (at != list.end() && at->other == d) list.erase(at);
    };
    // The pairs whose similarity is known, wanted only when clusters are completed: made then, from the edges.
    std::unordered_set<std::uint64_t> known;
    bool knownMade = false;
    auto makeKnown = [&]() {
        if (knownMade) return;
        knownMade = true;
        for (const Edge& e : edges)
            if (e.a != e.b && e.a < n && e.b < n) known.insert(pairKey(e.a, e.b));
    };
    std::vector<std::vector<std::size_t>> members(n);
    std::vector<std::uint32_t> version(n, 0);
    std::vector<bool> alive(n, true);
    for (std::size_t i = 0; i < n; ++i) members[i] = {i};

    auto averageOf = [&](const Link& l, std::size_t c, std::size_t d) {
        std::size_t all = members[c].size() * members[d].size();
        // Unknown pairs count as dissimilar when the clusters could have been completed; for two large
        // clusters the known pairs stand in for all of them.
        if (!similarity || all <= completeBudget) return l.sum / static_cast<double>(all);
        return l.known ? l.sum / static_cast<double>(l.known) : 0.0;
    };
    auto average = [&](std::size_t c, std::size_t d) { return averageOf(linkOf(c, d), c, d); };
    auto candidate = [&](double avg, std::size_t c, std::size_t d) {
        const std::size_t a = std::min(c, d);
        const std::size_t b = std::max(c, d);
        return Candidate{avg, static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), version[a], version[b]};
    };
    std::priority_queue<Candidate> queue;
    // `link` is links[c][d], passed when the caller holds it (a look-up less per pair).
    auto push = [&](std::size_t c, std::size_t d, const Link& link) {
        if (double avg = averageOf(link, c, d); avg >= threshold) queue.push(candidate(avg, c, d));
    };
    // Before two clusters merge, compute the cross pairs nobody compared, so that the average is exact.
    auto complete = [&](std::size_t c, std::size_t d) {
        if (!similarity) return;
        std::size_t all = members[c].size() * members[d].size();
        if (linkOf(c, d).known == all || all > completeBudget) return;
        makeKnown();
        for (auto i : members[c])
            for (auto j : members[d]) {
                if (!known.insert(pairKey(i, j)).second) continue;
                double s = similarity(i, j);
                if (computed) ++*computed;
                Link& l = linkOf(c, d);
                l.sum += s;
                ++l.known;
                Link& back = linkOf(d, c);
                back.sum += s;
                ++back.known;
            }
    };
    auto keepOf = [&](std::size_t a, std::size_t b) { return alive[a] ? a : b; };
    // Merges the smaller cluster into the larger one and moves its links.
    auto merge = [&](std::size_t a, std::size_t b) {
        std::size_t keep = members[a].size() >= members[b].size() ? a : b;
        std::size_t gone = keep == a ? b : a;
        alive[gone] = false;
        members[keep].insert(members[keep].end(), members[gone].begin(), members[gone].end());
        members[gone].clear();
        ++version[keep];
        // keep's links and gone's, both sorted: one walk merges them (without the link between the two).
        const auto& mineBefore = links[keep];
        const auto& theirs = links[gone];
        std::vector<Neighbour> merged;
        merged.reserve(mineBefore.size() + theirs.size());
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < mineBefore.size() || j < theirs.size()) {
            if (i < mineBefore.size() && mineBefore[i].other == gone) {
                ++i;
                continue;
            }
            if (j < theirs.size() && theirs[j].other == keep) {
                ++j;
                continue;
            }
            const bool takeMine = j == theirs.size() || (i < mineBefore.size() && mineBefore[i].other <= theirs[j].other);
            const bool takeTheirs = i == mineBefore.size() || (j < theirs.size() && theirs[j].other <= mineBefore[i].other);
            Neighbour next{takeMine ? mineBefore[i].other : theirs[j].other, takeMine ? mineBefore[i].link : Link{}};
            if (takeTheirs) {
                next.link.sum += theirs[j].link.sum;
                next.link.known += theirs[j].link.known;
                // The other side sees gone's link no more, and keep's as it is now.
                unlink(next.other, gone);
                linkOf(next.other, keep) = next.link;
            }
            merged.push_back(next);
            if (takeMine) ++i;
            if (takeTheirs) ++j;
        }
        links[keep] = std::move(merged);
        std::vector<Neighbour>().swap(links[gone]);
    };
    // Clusters merge only along links, so each connected part of the graph is clustered on its own, with a queue
    // of its own. The merges and their order within a part are those of one queue over the whole graph (its order
    // is total, and a merge changes nothing outside its part); but a part's queue stays small enough for the cache,
    // where one queue of a whole large folder was a heap of millions of candidates walked with a miss per level
    // (100k articles: 2 s in its sift-downs, against 0.06 s at 10k).
    for (const std::vector<std::uint32_t>& part : connectedParts(links)) {
        // The first candidates are heaped at once (linear) rather than pushed one by one.
        std::vector<Candidate> first;
        for (std::size_t c : part)
            for (const auto& [d, link] : links[c])
                if (c < d)
                    if (double avg = averageOf(link, c, d); avg >= threshold) first.push_back(candidate(avg, c, d));
        queue = std::priority_queue<Candidate>(std::less<Candidate>{}, std::move(first));
        while (!queue.empty()) {
            Candidate top = queue.top();
            queue.pop();
            if (!alive[top.a] || !alive[top.b]) continue;
            if (version[top.a] != top.versionA || version[top.b] != top.versionB) continue;
            if (linkOf(top.a, top.b).known < members[top.a].size() * members[top.b].size()) {
                complete(top.a, top.b);
                if (average(top.a, top.b) + 1e-12 < top.avg) {  // the full picture is weaker: re-rank
                    push(top.a, top.b, linkOf(top.a, top.b));
                    continue;
                }
            }
            merge(top.a, top.b);
            const std::size_t keep = keepOf(top.a, top.b);
            for (const auto& [d, link] : links[keep]) push(keep, d, link);
        }
    }

    // Outliers: a report left alone or in a pair (a short excerpt, an odd angle) whose average similarity
    // to one story of three or more reaches `attachShare` of the threshold, with no other story near it,
    // joins that story. Two outliers never join each other this way, and a story never joins a story.
    // The work stays bounded: the few stories an outlier links to most, against a sample of their members.
    if (attachShare > 0 && similarity) {
        for (std::size_t c = 0; c < n; ++c) {
            if (!alive[c] || members[c].size() > 2) continue;
            std::vector<std::pair<std::size_t, double>> near;  // (story, known link sum)
            for (const auto& [d, link] : links[c])
                if (alive[d] && members[d].size() >= 3) near.emplace_back(d, link.sum);
            auto target = attachTarget(
                members[c], std::move(near),
                [&](std::size_t d) -> const std::vector<std::size_t>& { return members[d]; }, similarity,
                attachShare * threshold, computed);
            if (target) merge(c, *target);
        }
    }

    std::vector<std::size_t> label(n);
    std::size_t next = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (!alive[c]) continue;
        for (auto i : members[c]) label[i] = next;
        ++next;
    }
    return label;
}

std::optional<std::size_t> attachTarget(const std::vector<std::size_t>& outlier,
                                        std::vector<std::pair<std::size_t, double>> candidates,
                                        const std::function<const std::vector<std::size_t>&(std::size_t)>& membersOf,
                                        const SimilarityFn& similarity, double minimum, std::size_t* computed) {
    // The work stays bounded: the few clusters the outlier links to most, against a sample of their members.
    constexpr std::size_t kCandidates = 4;  // clusters considered per outlier
    constexpr std::size_t kSample = 64;     // members of a cluster compared with it
    std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    if (candidates.size() > kCandidates) candidates.resize(kCandidates);
    double best = 0;
    double second = 0;
    std::optional<std::size_t> target;
    for (const auto& [d, linked] : candidates) {
        const std::vector<std::size_t>& others = membersOf(d);
        const std::size_t take = std::min(kSample, others.size());
        double sum = 0;
        std::size_t count = 0;
        for (auto i : outlier)
            for (std::size_t k = 0; k < take; ++k, ++count) {
                sum += similarity(i, others[k]);
                if (computed) ++*computed;
            }
        const double avg = count ? sum / static_cast<double>(count) : 0.0;
        if (avg > best) {
            second = best;
            best = avg;
            target = d;
        } else {
            second = std::max(second, avg);
        }
    }
    if (!target || best < minimum || second >= best / 2) return std::nullopt;
    return target;
}

}  // namespace parallax::align
