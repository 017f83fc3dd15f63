#pragma once
/// @file pipeline.h  Runs every stage over a folder on a thread pool, with progress and cancellation.
///
/// scan -> read (per file, in parallel, served from the library database when the bytes are unchanged)
/// -> annotate (cached by content) -> stories -> per story: align + conflicts (cached by the story's inputs)
/// -> the user's verdicts from the library database.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

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

/// How much work a run did and how much it took from the cache (tests and the UI's status line use it).
struct Stats {
    std::size_t files = 0;              ///< files the scan found
    std::size_t filesLoaded = 0;        ///< files whose bytes were read (unchanged files are not even read)
    std::size_t articlesParsed = 0;     ///< files parsed and extracted (cache misses)
    std::size_t articlesFromCache = 0;
    std::size_t annotated = 0;          ///< articles annotated (cache misses)
    std::size_t annotationsFromCache = 0;
    std::size_t storiesAnalysed = 0;    ///< stories aligned and checked for conflicts (cache misses)
    std::size_t storiesFromCache = 0;
    bool clusteringFromCache = false;   ///< the folder's stories came from the cache (no article changed)
    std::size_t profilesComputed = 0;   ///< story profiles computed for clustering (the rest came from the cache)
    /// Each stage in the order run ("open", "scan", "read", "store", "annotate", ...) with its wall seconds and the
    /// CPU seconds of the whole process meanwhile (all threads, user + system), for `analyze --timings` and for
    /// whoever profiles a slow folder: CPU near twice the wall on two cores means the stage used both.
    struct StageTime {
        std::string stage;
        double wall = 0;
        double cpu = 0;
    };
    std::vector<StageTime> stageSeconds;
};

struct Run {
    Outcome outcome = Outcome::Ok;
    std::string error;  ///< for Failed
    AnalysisResult result;
    Stats stats;
    /// Things a person may want to know that did not stop the run ("library database unavailable: ...").
    std::vector<std::string> notes;
};

/// Called (on the thread that called analyzeFolder) as soon as the articles are read and before stories are
/// built, so a UI can show them early.
using ArticlesReady = std::function<void(const std::vector<Article>&)>;

/// Called (on the thread that called analyzeFolder) when the stories are built and before each is aligned and
/// checked: `partial` holds the articles, their annotations and the stories, but no groups, coverage or conflicts.
using StoriesReady = std::function<void(const AnalysisResult& partial)>;

/// Scans and reads a folder and brings the library database (article cache, file list, search index) up to date,
/// without annotating or comparing: what `parallax-cli search` needs. result holds articles and skipped only.
[[nodiscard]] Run readFolder(const Options& options, ProgressSink* progress = nullptr,
                             const CancelToken* cancel = nullptr);

/// Analyses a folder. Never throws: per-file problems land in result.skipped.
[[nodiscard]] Run analyzeFolder(const Options& options, ProgressSink* progress = nullptr,
                                const CancelToken* cancel = nullptr, const ArticlesReady& onArticles = {},
                                const StoriesReady& onStories = {});

}  // namespace parallax::pipeline
