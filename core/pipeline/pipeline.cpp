// analyzeFolder: the stages in order, the library database around them, and the rule that nothing escapes as an
// exception (a failure of the whole run is Outcome::Failed with a message).
#include "core/pipeline/pipeline.h"

#include <algorithm>
#include <memory>
#include <chrono>
#include <set>
#include <thread>

#include <sys/resource.h>

#include "core/conflict/detector.h"
#include "core/ingest/scanner.h"
#include "core/pipeline/analysis_stage.h"
#include "core/pipeline/read_stage.h"
#include "core/pipeline/versions.h"
#include "core/pipeline/writer.h"
#include "core/store/library.h"

namespace parallax::pipeline {
namespace {

bool cancelled(const CancelToken* cancel) { return cancel && cancel->cancelled(); }

/// CPU seconds (user + system) of the whole process so far.
double processCpuSeconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// Adds the wall and CPU time since the last lap to stats.stageSeconds under `stage`.
class StageClock {
public:
    explicit StageClock(Stats& stats) : stats_(stats) {}
    void lap(const char* stage) {
        const auto now = std::chrono::steady_clock::now();
        const double cpu = processCpuSeconds();
        stats_.stageSeconds.push_back({stage, std::chrono::duration<double>(now - last_).count(), cpu - lastCpu_});
        last_ = now;
        lastCpu_ = cpu;
    }

private:
    Stats& stats_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    double lastCpu_ = processCpuSeconds();
};

std::optional<store::Library> openLibrary(const Options& options, std::vector<std::string>& notes) {
    const std::string path =
        options.database.empty() ? store::Library::defaultPathFor(options.folder).string() : options.database;
    auto lib = store::Library::open(path);
    if (!lib) {
        // The analysis still works without a cache; it is only slower next time and verdicts are not shown.
        notes.push_back("library database unavailable, nothing is cached: " + lib.error());
        return std::nullopt;
    }
    return std::move(lib).value();
}

/// What both entry points share: the library, the writer to it, the cache keys, the thread count.
struct Context {
    std::optional<store::Library> library;
    std::unique_ptr<BackgroundWriter> writer;  // after `library`: gone before it
    BackgroundWriter::Ticket articlesStored = 0;  ///< the articles may change once this job has run
    CacheVersions versions;
    unsigned threads = 1;
    [[nodiscard]] store::Library* lib() { return library ? &*library : nullptr; }
};

void makeContext(Context& ctx, const Options& options, Run& run) {
    ctx.library = openLibrary(options, run.notes);
    ctx.writer = std::make_unique<BackgroundWriter>(ctx.lib());
    ctx.versions = cacheVersions();
    ctx.threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    run.result.folder = options.folder.string();
}

/// Scan, read (through the cache) and record in the library. False when cancelled.
bool readPhase(const Options& options, Context& ctx, ProgressSink* progress, const CancelToken* cancel, Run& run) {
    AnalysisResult& result = run.result;
    if (progress) progress->progress(Stage::Scan, 0, 0, result.folder);
    StageClock clock(run.stats);
    ingest::ScanOptions scanOptions;
    scanOptions.maxFileBytes = options.maxFileBytes;
    ingest::ScanResult scan = ingest::scanFolder(options.folder, scanOptions, cancel);
    run.stats.files = scan.files.size();
    result.skipped = std::move(scan.skipped);
    if (progress) progress->progress(Stage::Scan, scan.files.size(), scan.files.size(), result.folder);
    if (cancelled(cancel)) return false;

    clock.lap("scan");
    ReadOutcome read =
        readArticles(scan.files, ctx.lib(), ctx.versions.read, options, ctx.threads, progress, cancel, run.stats);
    clock.lap("read");
    result.articles = std::move(read.articles);
    for (auto& s : read.skipped) result.skipped.push_back(std::move(s));
    std::sort(result.skipped.begin(), result.skipped.end(),
              [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });
    if (cancelled(cancel)) return false;
    if (ctx.lib()) {
        // Written by the writer while the run goes on. The jobs read the articles in place: nothing changes them
        // before ctx.articlesStored has run, and nothing but their warnings ever (the index reads no warnings).
        // Three separate transactions: the cache, the file list and the index are each consistent on their own.
        if (progress) progress->progress(Stage::Store, 0, 1, {});
        std::vector<const Article*> fresh;
        fresh.reserve(read.fresh.size());
        for (std::size_t i : read.fresh) fresh.push_back(&result.articles[i]);
        if (!fresh.empty())
            ctx.articlesStored = ctx.writer->post(
                "could not cache articles", [fresh = std::move(fresh), version = ctx.versions.read](store::Library& l) {
                    return l.putArticles(fresh, version);
                });
        if (!read.sameFiles)
            ctx.writer->post("could not record files",
                             [seen = std::move(read.seen)](store::Library& l) { return l.replaceFiles(seen); });
        ctx.writer->post("could not update the search index",
                         [&articles = result.articles](store::Library& l) { return l.syncIndex(articles); });
        if (progress) progress->progress(Stage::Store, 1, 1, {});
        clock.lap("store");
    }
    return true;
}

/// Read, annotate, build stories, analyse them. False when cancelled.
bool runStages(const Options& options, Context& ctx, const std::vector<ReferenceFact>& facts, ProgressSink* progress,
               const CancelToken* cancel, const ArticlesReady& onArticles, const StoriesReady& onStories, Run& run,
               std::set<std::string>& usedKeys) {
    AnalysisResult& result = run.result;
    store::Library* lib = ctx.lib();
    if (!readPhase(options, ctx, progress, cancel, run)) return false;
    if (onArticles) onArticles(result.articles);

    StageClock clock(run.stats);
    ArticleWarnings warnings = annotateArticles(result.articles, result.annotations, lib, *ctx.writer, ctx.versions,
                                                ctx.threads, progress, cancel, run.stats);
    if (cancelled(cancel)) return false;  // before waiting for the writer, which a cancelled run abandons
    ctx.writer->waitFor(ctx.articlesStored);  // the cached articles are written without this run's warnings
    for (auto& [i, w] : warnings) result.articles[i].warnings.push_back(std::move(w));
    clock.lap("annotate");

    buildStories(result, lib, *ctx.writer, ctx.versions, progress, run.stats, run.notes, usedKeys);
    clock.lap("stories");
    if (cancelled(cancel)) return false;
    if (onStories) onStories(result);
    analyseStories(result, facts, lib, *ctx.writer, ctx.versions, ctx.threads, progress, cancel, run.stats, run.notes,
                   usedKeys);
    clock.lap("analyse");
    return !cancelled(cancel);
}

Run analyze(const Options& options, ProgressSink* progress, const CancelToken* cancel, const ArticlesReady& onArticles,
            const StoriesReady& onStories) {
    Run run;
    AnalysisResult& result = run.result;
    result.folder = options.folder.string();
    std::vector<ReferenceFact> facts;
    if (options.factsFile) {
        auto loaded = conflict::loadFacts(*options.factsFile);
        if (!loaded) {
            run.outcome = Outcome::Failed;
            run.error = "cannot read the reference facts " + options.factsFile->string() + ": " + loaded.error();
            return run;
        }
        facts = std::move(loaded).value();
    }
    StageClock opening(run.stats);
    Context ctx;
    makeContext(ctx, options, run);
    store::Library* lib = ctx.lib();
    if (lib)
        for (const auto& stored : lib->facts()) facts.push_back(stored.fact);
    // Every row a run writes into a library that held none serves this run: nothing to prune afterwards (pruning
    // scans every cache table: a second at 100k articles).
    const bool heldCaches = lib && lib->holdsCaches();
    opening.lap("open");

    std::set<std::string> usedKeys;
    const bool complete = runStages(options, ctx, facts, progress, cancel, onArticles, onStories, run, usedKeys);
    // The writer's jobs read the run's articles, annotations and stories: it is done before `run` is returned.
    StageClock clock(run.stats);
    if (!complete) ctx.writer->abandon();  // a cancelled run does not wait for its caches to be written
    ctx.writer->finish(run.notes);
    if (lib) clock.lap("wait for writes");
    if (!complete) {
        run.outcome = Outcome::Cancelled;
        return run;
    }

    if (lib) {
        const auto verdicts = lib->verdicts();
        for (const auto& c : result.conflicts)
            if (auto it = verdicts.find(c.id); it != verdicts.end()) result.verdicts[c.id] = it->second;
        // A run that took everything from the cache wrote nothing and saw the same contents as the run before it,
        // which pruned already: pruning again would only rescan every cache table.
        const Stats& st = run.stats;
        const bool allCached = st.articlesParsed == 0 && st.annotated == 0 && st.storiesAnalysed == 0 &&
                               st.profilesComputed == 0 && st.clusteringFromCache;
        if (!allCached && heldCaches)
            if (auto r = lib->pruneCaches(ctx.versions.read, ctx.versions.annotate, usedKeys, ctx.versions.analysis);
                !r)
                run.notes.push_back("could not prune the cache: " + r.error());
        clock.lap("verdicts and prune");
    }
    return run;
}

}  // namespace

Run readFolder(const Options& options, ProgressSink* progress, const CancelToken* cancel) {
    try {
        Run run;
        Context ctx;
        makeContext(ctx, options, run);
        if (!readPhase(options, ctx, progress, cancel, run)) {
            run.outcome = Outcome::Cancelled;
            ctx.writer->abandon();
        }
        ctx.writer->finish(run.notes);  // a search right after must find what was read
        return run;
    } catch (const std::exception& e) {
        Run run;
        run.outcome = Outcome::Failed;
        run.error = std::string("internal error: ") + e.what();
        run.result.folder = options.folder.string();
        return run;
    }
}

Run analyzeFolder(const Options& options, ProgressSink* progress, const CancelToken* cancel,
                  const ArticlesReady& onArticles, const StoriesReady& onStories) {
    try {
        return analyze(options, progress, cancel, onArticles, onStories);
    } catch (const std::exception& e) {
        Run run;
        run.outcome = Outcome::Failed;
        run.error = std::string("internal error: ") + e.what();
        run.result.folder = options.folder.string();
        return run;
    }
}

}  // namespace parallax::pipeline
