#pragma once
// Private to core/pipeline: articles -> annotations -> stories -> groups, coverage and conflicts.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/pipeline/pipeline.h"
#include "core/pipeline/versions.h"
#include "core/pipeline/writer.h"
#include "core/store/library.h"

namespace parallax::pipeline {

/// Warnings about articles, as (index into the articles, text).
using ArticleWarnings = std::vector<std::pair<std::size_t, std::string>>;

/// Annotates every article (in parallel), from the cache when its content and publication date were seen.
/// An annotator failure leaves that article without annotations and a warning; it never stops the run. The
/// warnings are returned, not added to the articles: the writer may still be encoding them for the cache.
[[nodiscard]] ArticleWarnings annotateArticles(const std::vector<Article>& articles,
                                               std::map<std::string, Annotations>& annotations,
                                               store::Library* library, BackgroundWriter& writer,
                                               const CacheVersions& versions, unsigned threads,
                                               ProgressSink* progress, const CancelToken* cancel, Stats& stats);

/// Groups the articles into result.stories, from the cache when no article changed. Never fails: when clustering
/// throws, each article becomes its own story and a note says why. `usedKeys` receives the clustering's cache key.
void buildStories(AnalysisResult& result, store::Library* library, BackgroundWriter& writer,
                  const CacheVersions& versions, ProgressSink* progress, Stats& stats, std::vector<std::string>& notes,
                  std::set<std::string>& usedKeys);

/// Aligns each story and finds its conflicts (in parallel over stories), from the cache when a story's articles,
/// their contents and dates, the facts and the engine are all unchanged. `usedKeys` receives the cache keys of
/// this run's stories (the rest may be pruned).
void analyseStories(AnalysisResult& result, const std::vector<ReferenceFact>& facts, store::Library* library,
                    BackgroundWriter& writer, const CacheVersions& versions, unsigned threads, ProgressSink* progress,
                    const CancelToken* cancel, Stats& stats, std::vector<std::string>& notes,
                    std::set<std::string>& usedKeys);

}  // namespace parallax::pipeline
