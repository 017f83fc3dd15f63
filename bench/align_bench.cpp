// Benchmarks of the text and align stages on synthetic corpora (bench/synthetic_corpus.h).
#include <benchmark/benchmark.h>

#include "bench/synthetic_corpus.h"
#include "core/align/stories.h"
#include "core/text/text.h"

using namespace parallax;

namespace {

std::vector<Article> corpus(std::size_t n) {
    std::vector<Article> out;
    for (auto& s : bench::syntheticCorpus(n, std::max<std::size_t>(1, n / 20))) out.push_back(std::move(s.article));
    return out;
}

void BM_ClusterStories(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    auto articles = corpus(n);
    std::size_t bytes = 0;
    for (const auto& a : articles) bytes += a.text.size() + a.title.size();
    align::ClusterStats stats;
    std::size_t stories = 0;
    for (auto _ : state) {
        auto result = align::clusterStories(articles, {}, align::ClusterOptions{}, &stats);
        stories = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.counters["stories"] = static_cast<double>(stories);
    state.counters["compared_pairs"] = static_cast<double>(stats.comparedPairs);
    state.counters["all_pairs"] = static_cast<double>(n) * static_cast<double>(n - 1) / 2;
}
BENCHMARK(BM_ClusterStories)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_Tokens(benchmark::State& state) {
    auto articles = corpus(200);
    std::size_t bytes = 0;
    for (auto _ : state)
        for (const auto& a : articles) {
            auto toks = text::tokens(a.text);
            benchmark::DoNotOptimize(toks);
            bytes += a.text.size();
        }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_Tokens)->Unit(benchmark::kMillisecond);

void BM_Sentences(benchmark::State& state) {
    auto articles = corpus(200);
    std::size_t bytes = 0;
    for (auto _ : state)
        for (const auto& a : articles) {
            auto s = text::sentences(a.text);
            benchmark::DoNotOptimize(s);
            bytes += a.text.size();
        }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);

void BM_AlignStory(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    // One story of n articles: the generator puts article i in story (i * 7919 + r) % k; with k = 1 all
    // articles share the story.
    std::vector<Article> articles;
    for (auto& s : bench::syntheticCorpus(n, 1)) articles.push_back(std::move(s.article));
    std::vector<const Article*> ptrs;
    Story story{"s1", "", {}, {}};
    for (const auto& a : articles) {
        ptrs.push_back(&a);
        story.articles.push_back(a.id);
    }
    std::size_t groups = 0;
    for (auto _ : state) {
        auto al = align::alignStory(story, ptrs, {});
        groups = al.groups.size();
        benchmark::DoNotOptimize(al);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.counters["groups"] = static_cast<double>(groups);
}
BENCHMARK(BM_AlignStory)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
