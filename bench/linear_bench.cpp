// Stages that must stay linear in the size of one article (issue 11): entity finding with many excluded
// number spans, mention resolution over many names, and the Markdown inline reader on hostile lines. Each is
// timed at 1x to 16x a base size; Google Benchmark fits the complexity (expect "N", not "N^2").
//   parallax_bench_linear [--benchmark_filter=...]   (PARALLAX_RESOURCES must point at resources/)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/annotate/entities.h"
#include "core/formats/markdown/markdown_reader.h"

namespace parallax {
namespace {

/// Paragraphs dense in numbers (the spans the entity finder must skip) and names.
std::string newsText(std::size_t paragraphs) {
    static const char* names[] = {"Alder Quay", "Brin Solar", "Corvid Labs", "Dunmore Rail"};
    std::string text;
    for (std::size_t i = 0; i < paragraphs; ++i)
        text += std::string("On ") + std::to_string(1 + i % 28) + " March 2024, " + names[i % 4] +
                " said revenue rose " + std::to_string(i % 90 + 5) + "% to $" + std::to_string(i % 700 + 10) +
                " million. Chief executive Mara "
                "Ellis told analysts " +
                std::to_string(1000 + i) + " units shipped.\n\n";
    return text;
}

/// Every run of digits: what the annotator hands the finder as excluded spans.
std::vector<Span> digitRuns(const std::string& text) {
    std::vector<Span> spans;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] < '0' || text[i] > '9') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
        spans.push_back(Span{i, j});
        i = j;
    }
    return spans;
}

/// 1x, 2x, 4x, 8x and 16x the base size given to Arg.
template <std::int64_t Base>
void ladder(benchmark::internal::Benchmark* b) {
    for (std::int64_t k = 1; k <= 16; k *= 2) b->Arg(Base * k);
    b->Unit(benchmark::kMillisecond)->Complexity();
}

std::string coined(std::size_t i) {
    std::string w;
    for (++i; i; i /= 26) w.insert(w.begin(), static_cast<char>('a' + i % 26));
    return "K" + w;
}

void BM_FindEntitiesWithExcludedNumbers(benchmark::State& state) {
    const std::string text = newsText(static_cast<std::size_t>(state.range(0)));
    const std::vector<Span> exclude = digitRuns(text);
    for (auto _ : state) benchmark::DoNotOptimize(annotate::findEntities(text, {}, exclude));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_FindEntitiesWithExcludedNumbers)->Apply(ladder<1250>);

void BM_ResolveManyOneAndTwoWordNames(benchmark::State& state) {
    std::string text;
    for (std::int64_t i = 0; i < state.range(0); ++i)
        text += "met " + coined(static_cast<std::size_t>(i)) +
                (i % 2 ? " " + coined(static_cast<std::size_t>(i) + 1) : "") + ", ";
    for (auto _ : state) benchmark::DoNotOptimize(annotate::findEntities(text));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ResolveManyOneAndTwoWordNames)->Apply(ladder<3125>);

void BM_MarkdownLineOfOpenBrackets(benchmark::State& state) {
    const std::string line = std::string(static_cast<std::size_t>(state.range(0)), '[') + " end";
    for (auto _ : state) benchmark::DoNotOptimize(formats::markdown::stripInline(line));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_MarkdownLineOfOpenBrackets)->Apply(ladder<6250>);

void BM_MarkdownNestedLinks(benchmark::State& state) {
    std::string line = std::string(static_cast<std::size_t>(state.range(0)), '[') + "label";
    for (std::int64_t i = 0; i < state.range(0); ++i) line += "](https://example.org/)";
    for (auto _ : state) benchmark::DoNotOptimize(formats::markdown::stripInline(line));
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_MarkdownNestedLinks)->Apply(ladder<500>);

}  // namespace
}  // namespace parallax

BENCHMARK_MAIN();
