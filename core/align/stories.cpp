#include "core/align/stories.h"
#include "core/align/sparse.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "core/align/candidates.h"
#include "core/align/disjoint_sets.h"
#include "core/align/linkage.h"
#include "core/align/named_storms.h"
#include "core/model/budget.h"
#include "core/align/outliers.h"
#include "core/align/profile.h"
#include "core/align/workers.h"

namespace parallax::align {
namespace {

constexpr std::size_t kCompleteBudget = 4096;  // cross pairs computed before two clusters merge

/// Whether the other article also has at least `overlap` of the shorter article's 5-word shingles: a reprint with a
/// different headline, a trimmed ending or an added paragraph still does. The same answer as computing the shared
/// share in full, but the walk stops once the answer is certain: two different texts share almost no shingles, so
/// after some 40% of the shorter list the shingles left can no longer reach the share (most edges are such pairs).
bool mostlySameText(const std::vector<Shingle>& a, const std::vector<Shingle>& b, double overlap) {
    const std::size_t shorter = std::min(a.size(), b.size());
    if (shorter == 0) return 0.0 >= overlap;
    auto reaches = [&](std::size_t both) { return static_cast<double>(both) / static_cast<double>(shorter) >= overlap; };
    // The fewest shared shingles that reach the share, by the very comparison a full count would make.
    const double estimate = std::floor(overlap * static_cast<double>(shorter));
    if (estimate > static_cast<double>(shorter)) return false;  // a share above one
    std::size_t needed = estimate > 1 ? static_cast<std::size_t>(estimate) - 1 : 0;
    while (needed <= shorter && !reaches(needed)) ++needed;
    if (needed > shorter) return false;
    std::size_t both = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    // Without a branch per step: the two lists interleave at random, so a branch would be mispredicted half the time.
    while (both < needed) {
        if (both + std::min(a.size() - i, b.size() - j) < needed) return false;
        const Shingle x = a[i];
        const Shingle y = b[j];
        both += static_cast<std::size_t>(x == y);
        i += static_cast<std::size_t>(x <= y);
        j += static_cast<std::size_t>(y <= x);
    }
    return true;
}

bool olderFirst(const Article& x, const Article& y) {
    // Dated articles first, oldest first; the path breaks ties so that the order is stable.
    if (x.published.has_value() != y.published.has_value()) return x.published.has_value();
    if (x.published && y.published) {
        long dx = x.published->date.daysSinceEpoch();
        long dy = y.published->date.daysSinceEpoch();
        if (dx != dy) return dx < dy;
    }
    return x.path != y.path ? x.path < y.path : x.id < y.id;
}

std::string labelOf(const Article& a) {
    if (!a.title.empty()) return a.title;
    std::string_view t = a.text;
    std::size_t end = t.find('\n');
    t = t.substr(0, std::min<std::size_t>(end == std::string_view::npos ? t.size() : end, 120));
    return std::string(t);
}

double thresholdFor(std::size_t n, const ClusterOptions& o) {
    constexpr double kSmall = 5;
    auto large = static_cast<double>(std::max<std::size_t>(o.largeFolder, 6));
    auto size = static_cast<double>(n);
    if (size <= kSmall) return o.smallFolderThreshold;
    if (size >= large) return o.linkThreshold;
    double f = (std::log(size) - std::log(kSmall)) / (std::log(large) - std::log(kSmall));
    return o.smallFolderThreshold + f * (o.linkThreshold - o.smallFolderThreshold);
}

/// Keeps, in the profiles of the reports left alone or in pairs by the first pass, only the particular names
/// that at least `kStrayNames` such reports hold: a story the first pass missed is told by several reports
/// naming the same ship, bridge or official, while a name two stray reports happen to share (a recipe card's
/// labels, a journal both cite) is no story. A stray report then meets a larger story only on such names too.
void keepStrayNames(std::vector<ArticleProfile>& profiles, const std::vector<std::size_t>& cluster) {
    constexpr std::size_t kStrayNames = 3;
    std::vector<std::size_t> size(profiles.size(), 0);
    for (auto c : cluster) ++size[c];
    auto stray = [&](std::size_t i) { return size[cluster[i]] <= 2; };
    std::unordered_map<TermId, std::size_t> held;
    for (std::size_t i = 0; i < profiles.size(); ++i)
        if (stray(i))
            for (const auto& [id, w] : profiles[i].names) ++held[id];
    for (std::size_t i = 0; i < profiles.size(); ++i) {
        if (!stray(i)) continue;
        auto& names = profiles[i].names;
        names.erase(std::remove_if(names.begin(), names.end(), [&](const auto& x) { return held[x.first] < kStrayNames; }),
                    names.end());
    }
}

}  // namespace

std::vector<Story> clusterStories(const std::vector<Article>& articles,
                                  const std::map<std::string, Annotations>& annotations) {
    return clusterStories(articles, annotations, ClusterOptions{}, nullptr);
}

std::vector<Story> clusterStories(const std::vector<Article>& articles,
                                  const std::map<std::string, Annotations>& annotations,
                                  const ClusterOptions& options, ClusterStats* stats) {
    std::vector<const Article*> all;
    all.reserve(articles.size());
    for (const auto& a : articles) all.push_back(&a);
    return clusterProfiles(articles, rawProfiles(all, annotations), options, stats);
}

std::vector<Story> clusterProfiles(const std::vector<Article>& articles, std::vector<RawProfile>&& raw,
                                  const ClusterOptions& options, ClusterStats* stats) {
    const std::size_t n = articles.size();
    std::vector<ArticleProfile> profiles = weighProfiles(articles, std::move(raw));
    CandidateStats cstats;
    std::vector<Edge> edges = similarPairs(profiles, options.edgeFloor, cstats);
    // Whether each edge joins two prints of one text (their 5-word shingles largely coincide) is settled now,
    // whatever stories the edge ends up in, so that the shingles (115 MB at 100k articles) are freed before the
    // linkage builds its own tables.
    std::vector<char> sameText(edges.size(), 0);
    forEachIndex(edges.size(), 1024, [&](std::size_t k) {
        const Edge& e = edges[k];
        sameText[k] = e.sim >= 0.3 && mostlySameText(profiles[e.a].shingles, profiles[e.b].shingles, options.duplicateOverlap);
    });
    for (auto& p : profiles) std::vector<Shingle>().swap(p.shingles);  // `= {}` would keep the capacity
    const double threshold = thresholdFor(n, options);
    std::size_t completed = 0;
    std::vector<std::size_t> cluster = averageLinkClusters(
        n, edges, threshold, [&](std::size_t i, std::size_t j) { return articleSimilarity(profiles[i], profiles[j]); },
        &completed, kCompleteBudget, options.attachShare);
    if (options.secondLook) {
        // Reports left alone or in pairs get a second look in which shared rare names count (outliers.h).
        keepStrayNames(profiles, cluster);
        cluster = regroupOutliers(
            cluster, edges, threshold,
            [&](std::size_t i, std::size_t j) { return articleSimilarity(profiles[i], profiles[j], true); },
            options.attachShare, &completed);
    }
    // Reports of one named storm are one story however far apart their angles (named_storms.h).
    {
        std::vector<std::string> storms(n);
        for (std::size_t i = 0; i < n; ++i) storms[i] = mainStorm(std::string_view(articles[i].text).substr(0, analysedLength(articles[i].text)));
        cluster = joinStormStories(cluster, storms);
    }
    if (stats) *stats = ClusterStats{n, cstats.compared + completed, edges.size(), cstats.skippedTerms, threshold};

    // Centrality (sum of similarities to the rest of the story) picks the label; reprints are the
    // pairs inside one story whose word sequences largely coincide.
    std::vector<double> centrality(n, 0);
    DisjointSets reprints(n);
    for (std::size_t k = 0; k < edges.size(); ++k) {
        const Edge& e = edges[k];
        if (cluster[e.a] != cluster[e.b]) continue;
        centrality[e.a] += e.sim;
        centrality[e.b] += e.sim;
        if (sameText[k]) reprints.unite(e.a, e.b);
    }

    std::size_t k = 0;
    for (auto c : cluster) k = std::max(k, c + 1);
    std::vector<std::vector<std::size_t>> members(k);
    for (std::size_t i = 0; i < n; ++i) members[cluster[i]].push_back(i);
    for (auto& m : members)
        std::sort(m.begin(), m.end(), [&](std::size_t x, std::size_t y) { return olderFirst(articles[x], articles[y]); });
    auto firstPath = [&](const std::vector<std::size_t>& m) {
        return std::min_element(m.begin(), m.end(), [&](std::size_t x, std::size_t y) {
                   return articles[x].path < articles[y].path;
               }) - m.begin();
    };
    std::sort(members.begin(), members.end(), [&](const auto& x, const auto& y) {
        if (x.size() != y.size()) return x.size() > y.size();
        return articles[x[static_cast<std::size_t>(firstPath(x))]].path <
               articles[y[static_cast<std::size_t>(firstPath(y))]].path;
    });

    std::vector<Story> stories;
    stories.reserve(members.size());
    for (const auto& m : members) {
        if (m.empty()) continue;
        Story s;
        s.id = "s" + std::to_string(stories.size() + 1);
        std::size_t central = m.front();
        for (auto i : m) {
            s.articles.push_back(articles[i].id);
            if (centrality[i] > centrality[central]) central = i;
        }
        s.label = labelOf(articles[central]);
        std::map<std::size_t, std::vector<std::string>> copies;
        for (auto i : m) copies[reprints.find(i)].push_back(articles[i].id);
        for (auto& [root, ids] : copies)
            if (ids.size() > 1) s.duplicates.push_back(std::move(ids));
        stories.push_back(std::move(s));
    }
    return stories;
}

}  // namespace parallax::align
