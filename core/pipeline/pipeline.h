#pragma once
/// @file pipeline.h  Runs every stage over a folder on a thread pool, with progress and cancellation.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/model/analysis.h"
#include "core/model/progress.h"

namespace parallax::pipeline {

struct Options {
    std::filesystem::path folder;
    std::optional<std::filesystem::path> factsFile;
    /// Library database; empty = the default per-folder file in the user's data directory; ":memory:" = none kept.
    std::string database;
    unsigned threads = 0;  ///< 0 = hardware concurrency
    std::uintmax_t maxFileBytes = 64ull * 1024 * 1024;
};

enum class Outcome { Ok, Cancelled, Failed };

struct Run {
    Outcome outcome = Outcome::Ok;
    std::string error;  ///< for Failed
    AnalysisResult result;
};

/// Called (from a worker thread) as soon as the articles are read and before stories are built, so a UI can
/// show them early.
using ArticlesReady = std::function<void(const std::vector<Article>&)>;

/// Analyses a folder. Never throws: per-file problems land in result.skipped.
[[nodiscard]] Run analyzeFolder(const Options& options, ProgressSink* progress = nullptr,
                                const CancelToken* cancel = nullptr, const ArticlesReady& onArticles = {});

}  // namespace parallax::pipeline
