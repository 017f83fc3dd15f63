#include "core/align/candidates.h"
#include "core/align/sparse.h"
#include "core/align/workers.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace parallax::align {
namespace {

constexpr std::size_t kNeighbours = 64;   // candidates kept per article (by number of shared keys)
// A cross-script cosine is taken over a handful of figures, dates and names, where a same-script one
// has the whole vocabulary; both run on one scale after this factor (measured on real bilingual coverage).
constexpr double kCrossScript = 1.2;
constexpr std::size_t kMinSharedAcross = 2;  // one shared name or figure alone never links two scripts
constexpr double kAnchorEvidence = 2;     // summed specificity of shared terms for a cross-script cosine to count in full
constexpr double kNumberBonus = 0.05;     // similarity added per unit of specificity of the shared numbers
constexpr double kNumberBonusCap = 0.15;  // and at most
constexpr double kNameBonus = 0.1;        // similarity added per unit of specificity of the shared rare names
constexpr double kNameBonusCap = 0.3;     // and at most
constexpr float kRareName = 0.4F;         // specificity a name needs to count: used by few articles of the folder
constexpr double kDisjointNumbers = 0.6;  // similarity kept by two articles whose repeated numbers all differ
constexpr std::size_t kDisjointMin = 3;   // ... when each has at least this many

template <typename T>
double jaccard(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.empty() || b.empty()) return 0;
    const std::size_t both = sharedCount(a, b);
    return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

/// Calls `f(i, j)` for the positions of each term that both sparse vectors hold.
template <typename F>
void forShared(const SparseVec& a, const SparseVec& b, F f) {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) {
            ++i;
        } else if (b[j].first < a[i].first) {
            ++j;
        } else {
            f(i++, j++);
        }
    }
}

/// Two reports of one event repeat its figures, amounts and dates ("88,898 orders", "$35.1 billion",
/// "March 26"); two events of one kind share words but rarely their specific numbers. Each shared number
/// adds to the similarity by its specificity (a round or common one adds little), up to a cap.
/// Two articles that each state several specific numbers and share none of them report two events (two
/// earthquakes, two quarters' results): their similarity is scaled by `kDisjointNumbers` instead.
double numberFactor(const ArticleProfile& a, const ArticleProfile& b, double& bonus) {
    double evidence = 0;
    std::size_t shared = 0;
    forShared(a.numbers, b.numbers, [&](std::size_t i, std::size_t) {
        evidence += a.numbers[i].second;
        ++shared;
    });
    bonus = std::min(kNumberBonusCap, kNumberBonus * evidence);
    return shared == 0 && std::min(a.numbers.size(), b.numbers.size()) >= kDisjointMin ? kDisjointNumbers : 1.0;
}

/// Reports of one event name the same particular things (the ship, the bridge, the storm, the officials in
/// charge) even when each tells another side of it and their words differ. A name that few articles of the
/// folder use is evidence that two reports which both use it tell one story; a name many use (a country, a
/// leader in the news every day) is not. Each shared rare name adds by its specificity, up to a cap, so a
/// pair that shares several rare names gains most.
double nameBonus(const ArticleProfile& a, const ArticleProfile& b) {
    double evidence = 0;
    forShared(a.names, b.names, [&](std::size_t i, std::size_t) {
        if (a.names[i].second >= kRareName) evidence += a.names[i].second;
    });
    return std::min(kNameBonusCap, kNameBonus * evidence);
}

/// Across scripts words cannot meet; figures, amounts, dates and romanised names still can. Their cosine
/// is damped unless the shared terms are enough evidence: one shared term is weak however high its
/// weight, and a common one (a country, a capital) weaker still, so the cosine counts in full only when
/// the specificities of the shared terms add up to `kAnchorEvidence`.
double crossScriptSimilarity(const ArticleProfile& a, const ArticleProfile& b) {
    double sim = 0;
    double evidence = 0;
    std::size_t shared = 0;
    forShared(a.neutral, b.neutral, [&](std::size_t i, std::size_t j) {
        sim += static_cast<double>(a.neutral[i].second) * b.neutral[j].second;
        evidence += a.specificity[i];
        ++shared;
    });
    if (shared < kMinSharedAcross) return 0;
    return kCrossScript * sim * std::min(1.0, evidence / kAnchorEvidence);
}

}  // namespace

double articleSimilarity(const ArticleProfile& a, const ArticleProfile& b, bool rareNames) {
    double bonus = 0;
    const double factor = numberFactor(a, b, bonus);
    if (rareNames && a.cjk == b.cjk) bonus += nameBonus(a, b);
    double sim = factor * (a.cjk == b.cjk ? dot(a.terms, b.terms) + bonus : crossScriptSimilarity(a, b));
    // Across scripts the entities already count, romanised, with the evidence they give.
    if (a.cjk == b.cjk && !a.entities.empty() && !b.entities.empty()) sim = 0.8 * sim + 0.2 * jaccard(a.entities, b.entities);
    if (a.day && b.day) {
        // Coverage of one event clusters within weeks; a story that runs for months still links, a
        // little weaker (a broad story such as a technology race is reported over a long time).
        double days = std::fabs(static_cast<double>(*a.day - *b.day));
        if (days > 30) sim *= std::max(0.85, 1.0 - (days - 30) / 2000.0);
    }
    return sim;
}

std::vector<Edge> similarPairs(const std::vector<ArticleProfile>& profiles, double floor, CandidateStats& stats) {
    const std::size_t n = profiles.size();
    std::unordered_map<TermId, std::vector<std::uint32_t>> postings;
    for (std::size_t i = 0; i < n; ++i)
        for (auto k : profiles[i].keys) postings[k].push_back(static_cast<std::uint32_t>(i));

    // A key shared by a large part of the folder ("year", a country every article names, or one huge
    // story) would make the candidate set quadratic: for such a key an article only meets the articles
    // next to it in the key's posting list (a band of `window` on each side), which keeps the work linear
    // and still connects the articles of a big story; average linkage then completes the pairs it needs.
    const std::size_t cap = std::max<std::size_t>(50, static_cast<std::size_t>(2.0 * std::sqrt(static_cast<double>(n))));
    const std::size_t window = cap / 2;
    for (auto& [key, list] : postings)
        if (list.size() > cap) ++stats.skippedTerms;
    const std::uint32_t minShared = n > 2000 ? 2 : 1;

    // Each article's best-sharing neighbours, on both cores: a scratch counter per block of articles.
    constexpr std::size_t kBlock = 1024;
    std::vector<std::vector<std::uint64_t>> blockPairs((n + kBlock - 1) / kBlock);
    forEachIndex(blockPairs.size(), 1, [&](std::size_t block) {
        std::vector<std::uint32_t> shared(n, 0);
        std::vector<std::uint32_t> touched;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ranked;  // (shared keys, article)
        auto& out = blockPairs[block];
        for (std::size_t i = block * kBlock; i < std::min(n, (block + 1) * kBlock); ++i) {
            touched.clear();
            for (auto k : profiles[i].keys) {
                const auto& list = postings.find(k)->second;
                auto from = list.begin();
                auto to = list.end();
                if (list.size() > cap) {  // lists are in article order: find i and take its band
                    auto at = std::lower_bound(list.begin(), list.end(), static_cast<std::uint32_t>(i));
                    auto pos = static_cast<std::size_t>(at - list.begin());
                    from = list.begin() + static_cast<std::ptrdiff_t>(pos > window ? pos - window : 0);
                    to = list.begin() + static_cast<std::ptrdiff_t>(std::min(list.size(), pos + window + 1));
                }
                for (auto it = from; it != to; ++it) {
                    auto j = *it;
                    if (j == i) continue;
                    if (shared[j]++ == 0) touched.push_back(j);
                }
            }
            ranked.clear();
            for (auto j : touched) {
                if (shared[j] >= minShared) ranked.emplace_back(shared[j], j);
                shared[j] = 0;
            }
            std::size_t keep = std::min(kNeighbours, ranked.size());
            std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                              [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
            for (std::size_t r = 0; r < keep; ++r) {
                std::size_t j = ranked[r].second;
                out.push_back((static_cast<std::uint64_t>(std::min(i, j)) << 32) | std::max(i, j));
            }
        }
    });
    // Each pair once (both ends may have kept it), then their similarities, again on both cores.
    std::vector<std::uint64_t> pairs;
    for (auto& b : blockPairs) {
        pairs.insert(pairs.end(), b.begin(), b.end());
        std::vector<std::uint64_t>().swap(b);  // freed now (`= {}` would keep the capacity)
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    stats.compared += pairs.size();
    std::vector<double> sims(pairs.size());
    // The second article of a pair is anywhere in the folder: its profile is fetched a few pairs ahead (the
    // record, then its term weights), so that the waits on memory overlap (at 100k articles).
    constexpr std::size_t kAhead = 8;
    forEachIndex(pairs.size(), 1024, [&](std::size_t p) {
        if (p + 2 * kAhead < pairs.size()) __builtin_prefetch(&profiles[pairs[p + 2 * kAhead] & 0xFFFFFFFFULL]);
        if (p + kAhead < pairs.size()) {
            const ArticleProfile& ahead = profiles[pairs[p + kAhead] & 0xFFFFFFFFULL];
            __builtin_prefetch(ahead.terms.data());
            __builtin_prefetch(ahead.numbers.data());
            __builtin_prefetch(ahead.entities.data());
        }
        sims[p] = articleSimilarity(profiles[pairs[p] >> 32], profiles[pairs[p] & 0xFFFFFFFFULL]);
    });
    std::vector<Edge> edges;
    for (std::size_t p = 0; p < pairs.size(); ++p)
        if (sims[p] >= floor) edges.push_back(Edge{pairs[p] >> 32, pairs[p] & 0xFFFFFFFFULL, sims[p]});
    return edges;  // in (a, b) order, as the pairs were sorted
}

}  // namespace parallax::align
