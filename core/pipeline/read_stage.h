#pragma once
// Private to core/pipeline: files -> articles, through the library database's cache.
#include <string>
#include <vector>

#include "core/ingest/scanner.h"
#include "core/pipeline/pipeline.h"
#include "core/store/library.h"

namespace parallax::pipeline {

struct ReadOutcome {
    std::vector<Article> articles;         ///< in the order of `files`, ids = relative paths (made unique)
    std::vector<SkippedFile> skipped;
    std::vector<store::FileRecord> seen;   ///< what to remember about each file that was read
    /// Indices into `articles` of those parsed in this run (to store in the cache): not copies, which at 100k
    /// articles held every text twice while the cache was written.
    std::vector<std::size_t> fresh;
    bool sameFiles = false;                ///< `seen` is exactly what the library recorded last scan
};

/// Reads every file (in parallel), taking an article from `library` when the file is unchanged since the last
/// scan (same size and time: not even read) or its bytes hash to a cached article. `library` may be null.
[[nodiscard]] ReadOutcome readArticles(const std::vector<ingest::FoundFile>& files, store::Library* library,
                                       const std::string& version, const Options& options, unsigned threads,
                                       ProgressSink* progress, const CancelToken* cancel, Stats& stats);

}  // namespace parallax::pipeline
