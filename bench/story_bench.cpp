// One large story through the per-story stages: sentence alignment and conflict detection on a story of
// n articles that all state (and sometimes contradict) the same facts. Both stages must stay far from
// all-pairs work in sentences: time per article should grow slowly with n, not linearly.
//   parallax_bench_story [--benchmark_filter=...]   (PARALLAX_RESOURCES must point at resources/)
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/align/stories.h"
#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"

namespace parallax {
namespace {

/// A story of n articles with facts, annotated once per n (annotation is cached by the pipeline and
/// measured elsewhere).
struct BigStory {
    std::vector<Article> articles;
    std::vector<const Article*> ptrs;
    std::map<std::string, Annotations> annotations;
    Story story{"s1", "", {}, {}};
};

const BigStory& bigStory(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<BigStory>> cache;
    auto& slot = cache[n];
    if (!slot) {
        slot = std::make_unique<BigStory>();
        for (auto& s : bench::syntheticCorpus(n, 1, 42, /*facts=*/true)) slot->articles.push_back(std::move(s.article));
        for (const auto& a : slot->articles) {
            slot->ptrs.push_back(&a);
            slot->story.articles.push_back(a.id);
            slot->annotations[a.id] = annotate::annotate(a);
        }
    }
    return *slot;
}

void BM_AlignBigStory(benchmark::State& state) {
    const auto& s = bigStory(static_cast<std::size_t>(state.range(0)));
    std::size_t groups = 0;
    for (auto _ : state) {
        auto al = align::alignStory(s.story, s.ptrs, s.annotations);
        groups = al.groups.size();
        benchmark::DoNotOptimize(al);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.articles.size()));
    state.counters["groups"] = static_cast<double>(groups);
}
BENCHMARK(BM_AlignBigStory)->Arg(100)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ConflictsBigStory(benchmark::State& state) {
    const auto& s = bigStory(static_cast<std::size_t>(state.range(0)));
    std::size_t conflicts = 0;
    for (auto _ : state) {
        auto found = conflict::findConflicts(s.story, s.ptrs, s.annotations, {});
        conflicts = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * s.articles.size()));
    state.counters["conflicts"] = static_cast<double>(conflicts);
}
BENCHMARK(BM_ConflictsBigStory)->Arg(100)->Arg(300)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace parallax

BENCHMARK_MAIN();
