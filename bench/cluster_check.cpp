// Story clustering at scale against the generator's truth: N synthetic articles in K stories (in memory, no
// annotation), clustered once; prints the time, the counters and the B-cubed precision, recall and F1.
//   parallax_cluster_check N K [SEED]
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "bench/synthetic_corpus.h"
#include "core/align/profile.h"
#include "core/align/stories.h"

int main(int argc, char** argv) {
    using namespace parallax;
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " N K [SEED]\n";
        return 2;
    }
    const auto n = std::strtoull(argv[1], nullptr, 10);
    const auto k = std::strtoull(argv[2], nullptr, 10);
    const auto seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 42ULL;
    std::vector<Article> articles;
    std::map<std::string, std::size_t> truth;
    for (auto& s : bench::syntheticCorpus(n, k, seed)) {
        truth[s.article.id] = s.story;
        articles.push_back(std::move(s.article));
    }
    // Profiling (tokenizing) and clustering timed apart: a rescan takes the profiles from the library database.
    const auto start = std::chrono::steady_clock::now();
    std::vector<const Article*> all;
    for (const auto& a : articles) all.push_back(&a);
    auto raw = align::rawProfiles(all, {});
    const auto profiled = std::chrono::steady_clock::now();
    align::ClusterStats stats;
    const auto stories = align::clusterProfiles(articles, std::move(raw), align::ClusterOptions{}, &stats);
    const auto end = std::chrono::steady_clock::now();
    const double profiling = std::chrono::duration<double>(profiled - start).count();
    const double clustering = std::chrono::duration<double>(end - profiled).count();

    // B-cubed: per article, the share of its predicted story that is of its true story, and the reverse.
    std::map<std::size_t, std::size_t> trueSize;
    for (const auto& [id, story] : truth) ++trueSize[story];
    double precision = 0;
    double recall = 0;
    for (const auto& s : stories) {
        std::map<std::size_t, std::size_t> overlap;
        for (const auto& id : s.articles) ++overlap[truth.at(id)];
        for (const auto& id : s.articles) {
            const double both = static_cast<double>(overlap[truth.at(id)]);
            precision += both / static_cast<double>(s.articles.size());
            recall += both / static_cast<double>(trueSize[truth.at(id)]);
        }
    }
    precision /= static_cast<double>(n);
    recall /= static_cast<double>(n);
    std::cout << n << " articles, " << trueSize.size() << " true stories -> " << stories.size() << " stories; profiles " << profiling
              << " s wall, clustering " << clustering << " s wall; compared pairs " << stats.comparedPairs << ", edges " << stats.edges
              << ", skipped terms " << stats.skippedTerms << "\nB-cubed precision " << precision << " recall " << recall
              << " F1 " << 2 * precision * recall / (precision + recall) << "\n";
    return 0;
}
