#include "core/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/model/budget.h"
#include "core/store/library.h"
#include "pipeline_fixture.h"

using namespace parallax;
using namespace parallax::test_support;

TEST(Pipeline, AnalysesEveryReadableFileAndListsTheRest) {
    PipelineFixture fx;
    writeFile(fx.folder() / "empty.txt", "");
    writeFile(fx.folder() / "binary.txt", std::string("\x00\x01\x02\xff\xfe\x00 junk \x00\x00", 14));
    auto run = pipeline::analyzeFolder(fx.options());
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    EXPECT_EQ(run.result.articles.size(), 3u);
    ASSERT_EQ(run.result.skipped.size(), 2u);
    for (const auto& s : run.result.skipped) {
        EXPECT_TRUE(s.path == "binary.txt" || s.path == "empty.txt") << s.path;
        EXPECT_FALSE(s.reason.empty()) << s.path;
    }
    // Every article is in exactly one story; annotations exist for every article.
    std::multiset<std::string> inStories;
    for (const auto& s : run.result.stories) inStories.insert(s.articles.begin(), s.articles.end());
    for (const auto& a : run.result.articles) {
        EXPECT_EQ(inStories.count(a.id), 1u) << a.id;
        EXPECT_EQ(run.result.annotations.count(a.id), 1u) << a.id;
    }
}

TEST(Pipeline, ArticleIdsAreRelativePathsUniqueAndStable) {
    PipelineFixture fx;
    auto a = pipeline::analyzeFolder(fx.options());
    auto o = fx.options();
    o.database = ":memory:";
    o.threads = 1;
    auto b = pipeline::analyzeFolder(o);
    std::vector<std::string> ids, idsAgain;
    for (const auto& x : a.result.articles) ids.push_back(x.id);
    for (const auto& x : b.result.articles) idsAgain.push_back(x.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"baking.txt", "sport/football.txt", "weather.txt"}));
    EXPECT_EQ(ids, idsAgain);
    for (const auto& x : a.result.articles) {
        EXPECT_TRUE(std::filesystem::path(x.path).is_absolute()) << x.path;
        EXPECT_FALSE(x.contentHash.empty());
    }
}

TEST(Pipeline, ThreadCountDoesNotChangeTheResult) {
    PipelineFixture fx;
    auto o1 = fx.options();
    o1.database = ":memory:";
    o1.threads = 1;
    auto o4 = o1;
    o4.threads = 4;
    auto r1 = pipeline::analyzeFolder(o1);
    auto r4 = pipeline::analyzeFolder(o4);
    ASSERT_EQ(r1.result.articles.size(), r4.result.articles.size());
    for (std::size_t i = 0; i < r1.result.articles.size(); ++i)
        EXPECT_EQ(r1.result.articles[i].text, r4.result.articles[i].text);
    ASSERT_EQ(r1.result.stories.size(), r4.result.stories.size());
    for (std::size_t i = 0; i < r1.result.stories.size(); ++i)
        EXPECT_EQ(r1.result.stories[i].articles, r4.result.stories[i].articles);
    EXPECT_EQ(r1.result.conflicts.size(), r4.result.conflicts.size());
}

TEST(Pipeline, ReportsProgressPerStage) {
    PipelineFixture fx;
    RecordingSink sink;
    auto run = pipeline::analyzeFolder(fx.options(), &sink);
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok);
    std::size_t reads = 0, maxRead = 0;
    std::set<Stage> stages;
    for (const auto& c : sink.calls) {
        stages.insert(c.stage);
        if (c.stage == Stage::Read) {
            ++reads;
            EXPECT_EQ(c.total, 3u);
            EXPECT_FALSE(c.item.empty());
            maxRead = std::max(maxRead, c.done);
        }
    }
    EXPECT_EQ(reads, 3u);
    EXPECT_EQ(maxRead, 3u);
    for (Stage s : {Stage::Scan, Stage::Read, Stage::Store, Stage::Annotate, Stage::Stories, Stage::Conflicts})
        EXPECT_TRUE(stages.count(s)) << toString(s);
}

TEST(Pipeline, CancelBeforeStartAndDuringRead) {
    PipelineFixture fx;
    CancelToken early;
    early.cancel();
    EXPECT_EQ(pipeline::analyzeFolder(fx.options(), nullptr, &early).outcome, pipeline::Outcome::Cancelled);

    // Cancel from inside the progress callback once the first file is read.
    struct CancelOnRead : ProgressSink {
        CancelToken* token;
        explicit CancelOnRead(CancelToken* t) : token(t) {}
        void progress(Stage stage, std::size_t, std::size_t, std::string_view) override {
            if (stage == Stage::Read) token->cancel();
        }
    };
    CancelToken during;
    CancelOnRead sink(&during);
    auto run = pipeline::analyzeFolder(fx.options(), &sink, &during);
    EXPECT_EQ(run.outcome, pipeline::Outcome::Cancelled);
    EXPECT_TRUE(run.result.stories.empty());
}

TEST(Pipeline, ArticlesReadyComesBeforeStories) {
    PipelineFixture fx;
    std::size_t seen = 0;
    auto run = pipeline::analyzeFolder(fx.options(), nullptr, nullptr,
                                       [&](const std::vector<Article>& articles) { seen = articles.size(); });
    EXPECT_EQ(seen, 3u);
    EXPECT_EQ(run.result.articles.size(), 3u);
}

TEST(Pipeline, StoriesReadyComesAfterArticlesAndBeforeConflicts) {
    PipelineFixture fx;
    std::vector<std::string> order;
    std::size_t storyArticles = 0, partialGroups = 1, partialConflicts = 1, annotated = 0;
    auto run = pipeline::analyzeFolder(
        fx.options(), nullptr, nullptr, [&](const std::vector<Article>&) { order.push_back("articles"); },
        [&](const AnalysisResult& partial) {
            order.push_back("stories");
            for (const auto& s : partial.stories) storyArticles += s.articles.size();
            partialGroups = partial.groups.size();
            partialConflicts = partial.conflicts.size();
            annotated = partial.annotations.size();
        });
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    EXPECT_EQ(order, (std::vector<std::string>{"articles", "stories"}));
    // Every article is already in a story, annotated, but nothing is aligned or checked yet.
    EXPECT_EQ(storyArticles, run.result.articles.size());
    EXPECT_EQ(annotated, run.result.articles.size());
    EXPECT_EQ(partialGroups, 0u);
    EXPECT_EQ(partialConflicts, 0u);
    // The final result has the same stories.
    std::size_t finalArticles = 0;
    for (const auto& s : run.result.stories) finalArticles += s.articles.size();
    EXPECT_EQ(finalArticles, storyArticles);
}

TEST(Pipeline, MissingFolderAndFactsFile) {
    test_support::TempDir dir;
    pipeline::Options o;
    o.folder = dir / "does-not-exist";
    o.database = ":memory:";
    auto run = pipeline::analyzeFolder(o);
    EXPECT_EQ(run.outcome, pipeline::Outcome::Ok);
    EXPECT_TRUE(run.result.articles.empty());
    EXPECT_FALSE(run.result.skipped.empty()) << "the missing folder is reported";

    PipelineFixture fx;
    auto withFacts = fx.options();
    withFacts.factsFile = dir / "no-facts.tsv";
    auto failed = pipeline::analyzeFolder(withFacts);
    EXPECT_EQ(failed.outcome, pipeline::Outcome::Failed);
    EXPECT_NE(failed.error.find("no-facts.tsv"), std::string::npos) << failed.error;
}

TEST(Pipeline, UnusableDatabaseStillAnalysesAndSaysSo) {
    PipelineFixture fx;
    auto o = fx.options();
    o.database = (fx.folder() / "weather.txt" / "lib.sqlite").string();  // parent is a file: cannot be created
    auto run = pipeline::analyzeFolder(o);
    EXPECT_EQ(run.outcome, pipeline::Outcome::Ok);
    EXPECT_EQ(run.result.articles.size(), 3u);
    ASSERT_FALSE(run.notes.empty());
    EXPECT_NE(run.notes.front().find("library database"), std::string::npos);
}

TEST(Pipeline, ReadFolderIndexesWithoutAnalysing) {
    PipelineFixture fx;
    auto run = pipeline::readFolder(fx.options());
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok);
    EXPECT_EQ(run.result.articles.size(), 3u);
    EXPECT_TRUE(run.result.stories.empty());
    EXPECT_EQ(run.stats.annotated, 0u);
    auto lib = store::Library::open(fx.database());
    ASSERT_TRUE(lib.ok());
    auto hits = lib->search("striker");
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().articleId, "sport/football.txt");
}

TEST(Pipeline, AnArticleOverTheBudgetIsAnalysedInPartAndSaysSo) {
    PipelineFixture fx;
    // Far longer than any news article: numbered paragraphs, so that spans show how far the annotator read.
    std::string huge = "A very long record of the council\n\n";
    for (int i = 0; huge.size() < kArticleBudgetBytes * 3 / 2; ++i)
        huge += "On " + std::to_string(1 + i % 28) + " March 2024 the council of Elmfield approved project " +
                std::to_string(i) + " after a debate.\n\n";
    writeFile(fx.folder() / "huge.txt", huge);
    ageFile(fx.folder() / "huge.txt");
    auto run = pipeline::analyzeFolder(fx.options());
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    ASSERT_EQ(run.result.articles.size(), 4u);  // the rest of the folder is analysed as before
    for (const auto& a : run.result.articles) {
        const bool over = a.id.find("huge") != std::string::npos;
        const bool warned = std::any_of(a.warnings.begin(), a.warnings.end(), [](const std::string& w) {
            return w.find("analysed only the first") != std::string::npos;
        });
        EXPECT_EQ(warned, over) << a.id;
        if (!over) continue;
        const std::size_t used = analysedLength(a.text);
        EXPECT_LT(used, a.text.size());
        EXPECT_GT(used, kArticleBudgetBytes / 2);
        const Annotations& ann = run.result.annotations.at(a.id);
        EXPECT_FALSE(ann.times.empty());
        for (const auto& s : ann.sentences) EXPECT_LE(s.span.end, used);
        for (const auto& t : ann.times) EXPECT_LE(t.span.end, used);
    }
}
