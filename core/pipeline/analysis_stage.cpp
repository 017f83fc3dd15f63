// Annotation and per-story analysis, each with its cache. Exceptions from the stages are caught per article or per
// story (parallelFor) and become warnings: one bad article must not cost the analysis of a folder.
#include "core/pipeline/analysis_stage.h"

#include <algorithm>
#include <atomic>
#include <mutex>

#include "core/align/stories.h"
#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"
#include "core/model/budget.h"
#include "core/pipeline/parallel.h"
#include "core/pipeline/profile_cache.h"
#include "core/store/serialize.h"

namespace parallax::pipeline {
namespace {

std::string factsDigest(const std::vector<ReferenceFact>& facts) {
    std::string all;
    for (const auto& f : facts) all += f.subject + "\t" + f.attribute + "\t" + f.value + "\t" + f.source + "\n";
    return digest(all);
}

/// Everything a story's analysis depends on, digested (the raw text is kept short enough for a key). Not the
/// story's id: ids follow the stories' sizes, so one story that grows renumbers others that did not change.
std::string storyKey(const Story& story, const std::vector<const Article*>& members, const std::string& version,
                     const std::string& facts) {
    std::string material = version + "\n" + facts + "\n";
    for (const Article* a : members)
        material += a->id + "\t" + a->contentHash + "\t" + (a->published ? a->published->date.iso() : "-") + "\n";
    for (const auto& copies : story.duplicates) {
        for (const auto& id : copies) material += id + ",";
        material += "\n";
    }
    return digest(material) + "-" + std::to_string(material.size());
}

/// A cached analysis made when the story had another id: its groups and conflicts take the story's id now.
void relabel(store::StoryAnalysis& analysis, const std::string& id) {
    std::string old;
    if (!analysis.groups.empty()) old = analysis.groups.front().story;
    else if (!analysis.conflicts.empty()) old = analysis.conflicts.front().story;
    if (old.empty() || old == id) return;
    const std::string prefix = old + "-";
    auto rename = [&](std::string& groupId) {
        if (groupId.rfind(prefix, 0) == 0) groupId = id + groupId.substr(old.size());
    };
    for (auto& g : analysis.groups) {
        rename(g.id);
        g.story = id;
    }
    std::map<std::string, std::map<std::string, Coverage>> coverage;
    for (auto& [gid, row] : analysis.coverage) {
        std::string key = gid;
        rename(key);
        coverage.emplace(std::move(key), std::move(row));
    }
    analysis.coverage = std::move(coverage);
    for (auto& c : analysis.conflicts) c.story = id;
}

class ProgressCounter {
public:
    ProgressCounter(ProgressSink* sink, Stage stage, std::size_t total) : m_sink(sink), m_stage(stage), m_total(total) {}
    void step(std::string_view item) {
        const std::size_t n = ++m_done;
        if (!m_sink) return;
        std::lock_guard lock(m_mutex);
        m_sink->progress(m_stage, n, m_total, item);
    }

private:
    ProgressSink* m_sink;
    Stage m_stage;
    std::size_t m_total;
    std::atomic<std::size_t> m_done{0};
    std::mutex m_mutex;
};

}  // namespace

ArticleWarnings annotateArticles(const std::vector<Article>& articles, std::map<std::string, Annotations>& annotations,
                                 store::Library* library, BackgroundWriter& writer, const CacheVersions& versions,
                                 unsigned threads, ProgressSink* progress, const CancelToken* cancel, Stats& stats) {
    ArticleWarnings warnings;
    std::vector<Annotations> slots(articles.size());
    std::vector<char> computed(articles.size(), 0);
    std::vector<std::string> failures(articles.size());
    ProgressCounter counter(progress, Stage::Annotate, articles.size());
    std::vector<std::optional<std::string>> rows(articles.size());
    if (library) {
        // Every article's row in one pass over the cache (one read transaction, ended before the loop: while a
        // read is open, none of the writer's pages can be checkpointed, and at 100k articles the WAL grew to
        // 1.25 GB and slowed every write); each is decoded (or the article annotated) in parallel.
        store::Library::ReadBatch batch(*library);
        std::vector<std::pair<std::string, std::string>> keys;
        keys.reserve(articles.size());
        for (const Article& a : articles) keys.emplace_back(a.contentHash, annotationVariant(a));
        rows = library->cachedAnnotationRows(keys, versions.annotate);
    }
    parallelFor(
        articles.size(), threads, cancel,
        [&](std::size_t i) {
            const Article& a = articles[i];
            std::optional<Annotations> cached;
            if (rows[i]) cached = store::deserializeAnnotations(*rows[i]);
            rows[i].reset();
            if (cached) {
                slots[i] = std::move(*cached);
            } else {
                slots[i] = annotate::annotate(a);
                computed[i] = 1;
            }
            counter.step(a.id);
        },
        [&](std::size_t i, const std::string& what) {
            failures[i] = what;
            counter.step(articles[i].id);
        });

    // The entries point into `annotations`, whose values stay where they are (std::map) and are only read from
    // here on, so the writer reads them while the stories are built.
    std::vector<store::Library::AnnotationEntry> fresh;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        if (!failures[i].empty()) {
            warnings.emplace_back(i, "internal error annotating: " + failures[i]);
            annotations[articles[i].id] = Annotations{};
            continue;
        }
        Annotations& stored = annotations[articles[i].id] = std::move(slots[i]);
        if (computed[i]) {
            ++stats.annotated;
            if (writer.writes()) fresh.push_back({articles[i].contentHash, annotationVariant(articles[i]), &stored});
        } else {
            ++stats.annotationsFromCache;
        }
        // An article over the annotation budget was annotated in part (cached or not): said on that file.
        const std::string& text = articles[i].text;
        if (std::string w = budgetWarning(analysedLength(text), text.size()); !w.empty())
            warnings.emplace_back(i, std::move(w));
        if (std::string w = conflict::comparisonBudgetWarning(stored); !w.empty()) warnings.emplace_back(i, std::move(w));
    }
    if (!fresh.empty())
        writer.post("could not cache annotations",
                    [fresh = std::move(fresh), version = versions.annotate](store::Library& l) {
                        return l.putAnnotations(fresh, version);
                    });
    return warnings;
}

void buildStories(AnalysisResult& result, store::Library* library, BackgroundWriter& writer,
                  const CacheVersions& versions, ProgressSink* progress, Stats& stats, std::vector<std::string>& notes,
                  std::set<std::string>& usedKeys) {
    if (progress) progress->progress(Stage::Stories, 0, 1, {});
    // Clustering looks at the whole folder, so its cache key covers every article's identity, content and date.
    std::string material = versions.analysis + "\n";
    for (const auto& a : result.articles)
        material += a.id + "\t" + a.contentHash + "\t" + (a.published ? a.published->date.iso() : "-") + "\n";
    const std::string storiesKey = digest(material) + "-" + std::to_string(material.size());
    std::optional<std::vector<Story>> cachedStories;
    if (library) cachedStories = library->cachedStories(storiesKey);
    try {
        if (cachedStories) {
            result.stories = std::move(*cachedStories);
            stats.clusteringFromCache = true;
        } else {
            // Each article's profile comes from the cache when its content was profiled before: a rescan after a
            // change tokenizes only what changed, and the folder-wide weighing and linking give what a cold run gives.
            std::size_t profiled = 0;
            auto raw = storyProfiles(result.articles, result.annotations, library, writer, versions.analysis, profiled);
            stats.profilesComputed = profiled;
            result.stories =
                align::clusterProfiles(result.articles, std::move(raw), align::ClusterOptions{}, nullptr);
            // result.stories is only read from here until the writer is finished.
            writer.post("could not cache stories", [storiesKey, &stories = result.stories](store::Library& l) {
                return l.putStories(storiesKey, stories);
            });
        }
        usedKeys.insert("stories|" + storiesKey);
    } catch (const std::exception& e) {
        // Without stories nothing can be compared; each article stands alone rather than the run failing.
        notes.push_back(std::string("internal error building stories: ") + e.what());
        result.stories.clear();
        for (const auto& a : result.articles) result.stories.push_back({"story-" + a.id, a.title, {a.id}, {}});
    }
    if (progress) progress->progress(Stage::Stories, 1, 1, {});
}

void analyseStories(AnalysisResult& result, const std::vector<ReferenceFact>& facts, store::Library* library,
                    BackgroundWriter& writer, const CacheVersions& versions, unsigned threads, ProgressSink* progress,
                    const CancelToken* cancel, Stats& stats, std::vector<std::string>& notes,
                    std::set<std::string>& usedKeys) {
    std::map<std::string, const Article*> byId;
    for (const auto& a : result.articles) byId[a.id] = &a;
    const std::string factsKey = factsDigest(facts);

    const std::size_t n = result.stories.size();
    std::vector<store::StoryAnalysis> slots(n);
    std::vector<std::string> keys(n);
    std::vector<char> computed(n, 0);
    std::vector<std::string> failures(n);
    ProgressCounter counter(progress, Stage::Conflicts, n);
    parallelFor(
        n, threads, cancel,
        [&](std::size_t i) {
            const Story& story = result.stories[i];
            std::vector<const Article*> members;
            for (const auto& id : story.articles)
                if (auto it = byId.find(id); it != byId.end()) members.push_back(it->second);
            keys[i] = storyKey(story, members, versions.analysis, factsKey);
            std::optional<store::StoryAnalysis> cached;
            if (library) cached = library->cachedStoryAnalysis(keys[i]);
            if (cached) {
                slots[i] = std::move(*cached);
                relabel(slots[i], story.id);
            } else {
                align::Alignment alignment = align::alignStory(story, members, result.annotations);
                slots[i].groups = std::move(alignment.groups);
                slots[i].coverage = std::move(alignment.coverage);
                slots[i].conflicts = conflict::findConflicts(story, members, result.annotations, facts);
                computed[i] = 1;
            }
            counter.step(story.id);
        },
        [&](std::size_t i, const std::string& what) {
            failures[i] = what;
            counter.step(result.stories[i].id);
        });

    std::vector<std::pair<std::string, store::StoryAnalysis>> fresh;
    for (std::size_t i = 0; i < n; ++i) {
        if (!failures[i].empty()) {
            notes.push_back("internal error analysing story " + result.stories[i].id + ": " + failures[i]);
            continue;
        }
        if (keys[i].empty()) continue;  // cancelled before this story
        usedKeys.insert(keys[i]);
        if (computed[i]) {
            ++stats.storiesAnalysed;
            if (writer.writes()) fresh.emplace_back(keys[i], slots[i]);  // a copy: the slots move into the result
        } else {
            ++stats.storiesFromCache;
        }
        auto& s = slots[i];
        for (auto& g : s.groups) result.groups.push_back(std::move(g));
        for (auto& [gid, row] : s.coverage) result.coverage[gid] = std::move(row);
        for (auto& c : s.conflicts) result.conflicts.push_back(std::move(c));
    }
    if (!fresh.empty())
        writer.post("could not cache story analyses",
                    [fresh = std::move(fresh)](store::Library& l) { return l.putStoryAnalyses(fresh); });
    // Facts that do not move are compared across stories too (cheap: bucketed by subject, never all pairs).
    if (cancel == nullptr || !cancel->cancelled()) {
        try {
            std::vector<const Article*> all;
            all.reserve(result.articles.size());
            for (const auto& a : result.articles) all.push_back(&a);
            for (auto& c : conflict::findFolderConflicts(result.stories, all, result.annotations))
                result.conflicts.push_back(std::move(c));
        } catch (const std::exception& e) {
            notes.push_back(std::string("internal error comparing facts across stories: ") + e.what());
        }
    }
    // Most severe first across the folder; stable, so each story's own ranking is kept within a severity.
    std::stable_sort(result.conflicts.begin(), result.conflicts.end(),
                     [](const Conflict& a, const Conflict& b) { return a.severity > b.severity; });
}

}  // namespace parallax::pipeline
