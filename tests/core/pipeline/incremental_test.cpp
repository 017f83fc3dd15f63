// A rescan after files were added, changed and removed gives exactly what a first analysis of the same folder gives,
// while profiling only the new and changed articles and analysing only the stories they touch.
#include <gtest/gtest.h>

#include <sstream>

#include "bench/synthetic_corpus.h"
#include "core/report/json_report.h"
#include "pipeline_fixture.h"

using namespace parallax;
using namespace parallax::test_support;

namespace {

constexpr std::size_t kArticles = 90;
constexpr std::size_t kStories = 7;

std::string fileText(const Article& a) { return a.title + "\n\n" + a.text + "\n"; }

std::filesystem::path pathOf(const std::filesystem::path& folder, const bench::SyntheticArticle& s) {
    return folder / ("story" + std::to_string(s.story)) / (s.article.id + ".txt");
}

/// Everything a reader sees of a result, as text, so that two runs compare in one assertion with a readable diff.
std::string describe(const AnalysisResult& r) {
    std::ostringstream out;
    for (const auto& a : r.articles) out << "article " << a.id << " " << a.contentHash << "\n";
    for (const auto& s : r.stories) {
        out << "story " << s.id << " [" << s.label << "]";
        for (const auto& id : s.articles) out << " " << id;
        for (const auto& copies : s.duplicates) {
            out << " |";
            for (const auto& id : copies) out << " " << id;
        }
        out << "\n";
    }
    for (const auto& g : r.groups) {
        out << "group " << g.id << " " << g.story << " [" << g.label << "]";
        for (const auto& m : g.members) out << " " << m.article << "@" << m.span.start << "-" << m.span.end;
        out << "\n";
    }
    for (const auto& [gid, row] : r.coverage) {
        out << "coverage " << gid;
        for (const auto& [article, c] : row) out << " " << article << "=" << static_cast<int>(c);
        out << "\n";
    }
    for (const auto& c : r.conflicts) out << "conflict " << c.id << " " << c.story << " " << c.reason << "\n";
    return out.str();
}

pipeline::Run analyze(const std::filesystem::path& folder, const std::string& database) {
    pipeline::Options o;
    o.folder = folder;
    o.database = database;
    o.threads = 2;
    auto run = pipeline::analyzeFolder(o);
    EXPECT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    for (const auto& n : run.notes) ADD_FAILURE() << "unexpected note: " << n;
    return run;
}

}  // namespace

TEST(PipelineIncremental, AddedChangedAndRemovedFilesGiveTheColdResult) {
    TempDir dir;
    const auto folder = dir.path() / "articles";
    const auto corpus = bench::syntheticCorpus(kArticles + 4, kStories, 7, true);
    // The last four articles are added later.
    for (std::size_t i = 0; i < kArticles; ++i) {
        writeFile(pathOf(folder, corpus[i]), fileText(corpus[i].article));
        ageFile(pathOf(folder, corpus[i]), 3);
    }
    // A reprint, so that the duplicates of a story are compared too.
    writeFile(folder / "reprint.txt", fileText(corpus[5].article));
    ageFile(folder / "reprint.txt", 3);
    const std::string warmDb = (dir.path() / "warm.sqlite").string();
    auto first = analyze(folder, warmDb);
    ASSERT_EQ(first.result.articles.size(), kArticles + 1);
    ASSERT_GE(first.result.stories.size(), kStories);

    // Added: the last four. Changed: one article gains a sentence of its story, one is rewritten as another story's
    // article (it must move), and the reprint's copy changes. Removed: two.
    for (std::size_t i = kArticles; i < corpus.size(); ++i) {
        writeFile(pathOf(folder, corpus[i]), fileText(corpus[i].article));
        ageFile(pathOf(folder, corpus[i]), 1);
    }
    const auto grown = pathOf(folder, corpus[10]);
    writeFile(grown, fileText(corpus[10].article) + bench::syntheticFactSentence(corpus[10].story, 1, false) + "\n");
    ageFile(grown, 1);
    std::size_t other = 11;
    while (corpus[other].story == corpus[12].story) ++other;
    const auto moved = pathOf(folder, corpus[12]);
    writeFile(moved, fileText(corpus[other].article) + "A closing line.\n");
    ageFile(moved, 1);
    writeFile(pathOf(folder, corpus[5]), fileText(corpus[5].article) + "A correction was appended.\n");
    ageFile(pathOf(folder, corpus[5]), 1);
    std::filesystem::remove(pathOf(folder, corpus[20]));
    std::filesystem::remove(pathOf(folder, corpus[21]));

    auto incremental = analyze(folder, warmDb);
    auto cold = analyze(folder, (dir.path() / "cold.sqlite").string());
    EXPECT_EQ(describe(incremental.result), describe(cold.result));
    EXPECT_EQ(incremental.result.articles.size(), kArticles + 1 + 4 - 2);
    // Only the new and changed articles were profiled again, and not every story was analysed again.
    EXPECT_EQ(incremental.stats.profilesComputed, 4u + 3u);
    EXPECT_EQ(cold.stats.profilesComputed, cold.result.articles.size());
    EXPECT_LT(incremental.stats.storiesAnalysed, incremental.result.stories.size());

    // And a further run with nothing changed takes the stories from the cache and gives the same again.
    auto warm = analyze(folder, warmDb);
    EXPECT_TRUE(warm.stats.clusteringFromCache);
    EXPECT_EQ(warm.stats.storiesAnalysed, 0u);
    EXPECT_EQ(describe(warm.result), describe(cold.result));
}

TEST(PipelineIncremental, ARenumberedStoryComesFromTheCacheUnderItsNewId) {
    TempDir dir;
    const auto folder = dir.path() / "articles";
    const auto corpus = bench::syntheticCorpus(40, 3, 11, true);
    for (const auto& s : corpus) {
        writeFile(pathOf(folder, s), fileText(s.article));
        ageFile(pathOf(folder, s), 3);
    }
    const std::string db = (dir.path() / "lib.sqlite").string();
    auto first = analyze(folder, db);
    ASSERT_GE(first.result.stories.size(), 3u);
    // Removing articles from the largest story until it is the smallest renumbers the stories (ids follow size),
    // but the untouched stories' analyses still come from the cache, with their groups under the new ids.
    const Story& largest = first.result.stories.front();
    for (std::size_t k = 0; k + 2 < largest.articles.size(); ++k)
        for (const auto& s : corpus)
            if (s.article.id + ".txt" == std::filesystem::path(largest.articles[k]).filename().string())
                std::filesystem::remove(pathOf(folder, s));
    auto second = analyze(folder, db);
    auto cold = analyze(folder, (dir.path() / "cold.sqlite").string());
    EXPECT_EQ(describe(second.result), describe(cold.result));
    EXPECT_GE(second.stats.storiesFromCache, 2u);
    for (const auto& g : second.result.groups) EXPECT_EQ(g.id.rfind(g.story + "-g", 0), 0u) << g.id;
}

// What the CLI writes (`analyze --json`), byte for byte, over two rounds of changes on a larger folder: the second round
// changes a file back to what it was (its old profile comes from the cache) and removes more.
TEST(PipelineIncremental, RescansWriteTheColdRunsJsonByteForByte) {
    TempDir dir;
    const auto folder = dir.path() / "articles";
    const auto corpus = bench::syntheticCorpus(200, 8, 23, true);
    const std::size_t later = 6;  // the last six are added in the first round
    for (std::size_t i = 0; i + later < corpus.size(); ++i) {
        writeFile(pathOf(folder, corpus[i]), fileText(corpus[i].article));
        ageFile(pathOf(folder, corpus[i]), 5);
    }
    const std::string warmDb = (dir.path() / "warm.sqlite").string();
    auto json = [](const pipeline::Run& run) { return report::toJsonString(run.result); };
    auto first = analyze(folder, warmDb);
    ASSERT_GE(first.result.stories.size(), 8u);

    // Round one: six added, three changed (one grows, one is rewritten as another story's article, one loses its second
    // half), four removed.
    for (std::size_t i = corpus.size() - later; i < corpus.size(); ++i) {
        writeFile(pathOf(folder, corpus[i]), fileText(corpus[i].article));
        ageFile(pathOf(folder, corpus[i]), 3);
    }
    const auto grown = pathOf(folder, corpus[10]);
    writeFile(grown, fileText(corpus[10].article) + bench::syntheticFactSentence(corpus[10].story, 2, true) + "\n");
    ageFile(grown, 3);
    std::size_t other = 13;
    while (corpus[other].story == corpus[12].story) ++other;
    writeFile(pathOf(folder, corpus[12]), fileText(corpus[other].article));
    touchOnSameDayAs(pathOf(folder, corpus[12]), pathOf(folder, corpus[other]));  // so that its profile is cached
    const Article& cut = corpus[30].article;
    writeFile(pathOf(folder, corpus[30]), cut.title + "\n\n" + cut.text.substr(0, cut.text.size() / 2) + "\n");
    ageFile(pathOf(folder, corpus[30]), 3);
    for (std::size_t i = 40; i < 44; ++i) std::filesystem::remove(pathOf(folder, corpus[i]));

    auto incremental = analyze(folder, warmDb);
    auto cold = analyze(folder, (dir.path() / "cold1.sqlite").string());
    // The rewritten file holds another article's very text, whose profile is cached: only the others are profiled.
    EXPECT_EQ(incremental.stats.profilesComputed, later + 2);
    EXPECT_FALSE(incremental.stats.clusteringFromCache);
    EXPECT_EQ(json(incremental), json(cold));

    // Round two: the grown article as it was, and two more removed.
    writeFile(grown, fileText(corpus[10].article));
    ageFile(grown, 1);
    for (std::size_t i = 50; i < 52; ++i) std::filesystem::remove(pathOf(folder, corpus[i]));
    auto again = analyze(folder, warmDb);
    auto cold2 = analyze(folder, (dir.path() / "cold2.sqlite").string());
    // The old text's profile went from the cache with the last file that held it: it alone is profiled again.
    EXPECT_EQ(again.stats.profilesComputed, 1u);
    EXPECT_EQ(json(again), json(cold2));
    EXPECT_LT(again.stats.storiesAnalysed, again.result.stories.size());
}
