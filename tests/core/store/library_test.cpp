#include "core/store/library.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "core/store/schema.h"
#include "core/store/sqlite.h"
#include "temp_dir.h"

using namespace parallax;
using namespace parallax::store;

namespace {

Article makeArticle(std::string id, std::string title, std::string text, std::string hash) {
    Article a;
    a.id = std::move(id);
    a.path = "/folder/" + a.id;
    a.title = std::move(title);
    a.text = std::move(text);
    a.contentHash = std::move(hash);
    return a;
}

Library openOrDie(const std::string& path) {
    auto lib = Library::open(path);
    if (!lib) throw std::runtime_error(lib.error());
    return std::move(lib).value();
}

}  // namespace

TEST(Library, OpensInMemoryAtTheCurrentSchema) {
    auto lib = Library::open(":memory:");
    ASSERT_TRUE(lib.ok()) << lib.error();
    EXPECT_EQ(lib->schemaVersion(), kSchemaVersion);
}

TEST(Library, DefaultPathIsPerFolderUnderXdgDataHome) {
    test_support::TempDir dir;
    const char* old = std::getenv("XDG_DATA_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", (dir / "data").c_str(), 1);
    std::filesystem::create_directories(dir / "a");
    std::filesystem::create_directories(dir / "b");
    const auto pa = Library::defaultPathFor(dir / "a");
    const auto pb = Library::defaultPathFor(dir / "b");
    // The same folder reached through a different spelling maps to the same file.
    const auto pa2 = Library::defaultPathFor(dir.path() / "b" / ".." / "a");
    if (old) ::setenv("XDG_DATA_HOME", saved.c_str(), 1); else ::unsetenv("XDG_DATA_HOME");
    EXPECT_EQ(pa.parent_path(), dir / "data" / "parallax" / "libraries");
    EXPECT_EQ(pa.extension(), ".sqlite");
    EXPECT_NE(pa, pb);
    EXPECT_EQ(pa, pa2);
}

TEST(Library, ArticleCacheRoundTripByHashAndVersion) {
    auto lib = openOrDie(":memory:");
    Article a = makeArticle("one.txt", "Title", "Body text.", "aaaa");
    a.published = PublishedDate{Date{2025, 1, 20, DatePrecision::Day}, DateSource::Metadata, "meta"};
    ASSERT_TRUE(lib.putArticles({a}, "v1").ok());
    auto hit = lib.cachedArticle("aaaa", "v1");
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->text, "Body text.");
    EXPECT_EQ(hit->published->date.iso(), "2025-01-20");
    EXPECT_FALSE(lib.cachedArticle("aaaa", "v2").has_value()) << "another extractor version is a miss";
    EXPECT_FALSE(lib.cachedArticle("bbbb", "v1").has_value());
}

TEST(Library, AnnotationAndStoryCaches) {
    auto lib = openOrDie(":memory:");
    Annotations an;
    an.times = {{{0, 8}, "November", "2024-11", true, ""}};
    ASSERT_TRUE(lib.putAnnotations({{"aaaa", "2025-01-20", &an}}, "ann1").ok());
    EXPECT_TRUE(lib.cachedAnnotations("aaaa", "2025-01-20", "ann1").has_value());
    EXPECT_FALSE(lib.cachedAnnotations("aaaa", "2025-01-21", "ann1").has_value()) << "other anchor date";
    EXPECT_FALSE(lib.cachedAnnotations("aaaa", "2025-01-20", "ann2").has_value());

    StoryAnalysis s;
    s.groups = {{"g1", "s1", "label", {}}};
    ASSERT_TRUE(lib.putStoryAnalyses({{"key-1", s}}).ok());
    auto hit = lib.cachedStoryAnalysis("key-1");
    ASSERT_TRUE(hit.has_value());
    EXPECT_EQ(hit->groups.at(0).label, "label");
    EXPECT_FALSE(lib.cachedStoryAnalysis("key-2").has_value());
}

TEST(Library, PruneDropsStaleRowsButNeverVerdicts) {
    auto lib = openOrDie(":memory:");
    ASSERT_TRUE(lib.replaceFiles({{"one.txt", 10, 1, "aaaa"}}).ok());
    ASSERT_TRUE(lib.putArticles({makeArticle("one.txt", "", "", "aaaa"), makeArticle("gone.txt", "", "", "gone")}, "v1")
                    .ok());
    Annotations an;
    ASSERT_TRUE(lib.putAnnotations({{"aaaa", "", &an}, {"gone", "", &an}}, "ann1").ok());
    ASSERT_TRUE(lib.putStoryAnalyses({{"keep", {}}, {"drop", {}}}).ok());
    ASSERT_TRUE(lib.setVerdict("c1", Verdict::Dismissed, "not a clash").ok());
    ASSERT_TRUE(lib.pruneCaches("v1", "ann1", {"keep"}).ok());
    EXPECT_TRUE(lib.cachedArticle("aaaa", "v1").has_value());
    EXPECT_FALSE(lib.cachedArticle("gone", "v1").has_value());
    EXPECT_TRUE(lib.cachedAnnotations("aaaa", "", "ann1").has_value());
    EXPECT_FALSE(lib.cachedAnnotations("gone", "", "ann1").has_value());
    EXPECT_TRUE(lib.cachedStoryAnalysis("keep").has_value());
    EXPECT_FALSE(lib.cachedStoryAnalysis("drop").has_value());
    EXPECT_EQ(lib.verdicts().at("c1").verdict, Verdict::Dismissed);
}

TEST(Library, FilesAreReplacedAsAWhole) {
    auto lib = openOrDie(":memory:");
    ASSERT_TRUE(lib.replaceFiles({{"a.txt", 1, 100, "h1"}, {"b.txt", 2, 200, "h2"}}).ok());
    ASSERT_TRUE(lib.replaceFiles({{"b.txt", 3, 300, "h3"}}).ok());
    auto files = lib.files();
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files.at("b.txt").size, 3u);
    EXPECT_EQ(files.at("b.txt").mtime, 300);
    EXPECT_EQ(files.at("b.txt").hash, "h3");
}

TEST(Library, VerdictSurvivesReopen) {
    test_support::TempDir dir;
    const std::string file = (dir / "lib.sqlite").string();
    {
        auto lib = openOrDie(file);
        ASSERT_TRUE(lib.setVerdict("conflict-1", Verdict::Confirmed, "checked the filing").ok());
        ASSERT_TRUE(lib.setVerdict("conflict-2", Verdict::Dismissed, "").ok());
        ASSERT_TRUE(lib.setVerdict("conflict-2", Verdict::Open, "second look").ok());  // update in place
    }
    auto lib = openOrDie(file);
    auto v = lib.verdicts();
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v.at("conflict-1").verdict, Verdict::Confirmed);
    EXPECT_EQ(v.at("conflict-1").note, "checked the filing");
    EXPECT_EQ(v.at("conflict-2").verdict, Verdict::Open);
    EXPECT_EQ(v.at("conflict-2").note, "second look");
}

TEST(Library, VerdictIsCommittedBeforeReturning) {
    // A second connection sees the verdict at once: it is not sitting in an open transaction of the first.
    test_support::TempDir dir;
    const std::string file = (dir / "lib.sqlite").string();
    auto writer = openOrDie(file);
    auto reader = openOrDie(file);
    ASSERT_TRUE(writer.setVerdict("c9", Verdict::Dismissed, "n").ok());
    EXPECT_EQ(reader.verdicts().count("c9"), 1u);
}

TEST(Library, MigratesAVersion1FileAndKeepsItsData) {
    test_support::TempDir dir;
    const std::string file = (dir / "old.sqlite").string();
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(migrate(db.value(), 1).ok());
        ASSERT_EQ(db->userVersion(), 1);
        ASSERT_TRUE(db->exec("INSERT INTO verdicts(conflict_id, verdict, note, updated_at) "
                             "VALUES('old-conflict', 'dismissed', 'from v1', 1)")
                        .ok());
        ASSERT_TRUE(db->exec("INSERT INTO files VALUES('a.txt', 1, 2, 'h')").ok());
        auto bad = db->prepare("SELECT * FROM reference_facts");
        EXPECT_FALSE(bad.ok()) << "version 1 has no reference_facts table";
    }
    auto lib = openOrDie(file);
    EXPECT_EQ(lib.schemaVersion(), kSchemaVersion);
    EXPECT_EQ(lib.verdicts().at("old-conflict").note, "from v1");
    EXPECT_EQ(lib.files().count("a.txt"), 1u);
    auto id = lib.addFact({"DeepSeek-R1", "released", "2025-01-20", "DeepSeek"});
    ASSERT_TRUE(id.ok()) << id.error();
    ASSERT_EQ(lib.facts().size(), 1u);
    EXPECT_EQ(lib.facts()[0].fact.value, "2025-01-20");
    ASSERT_TRUE(lib.removeFact(id.value()).ok());
    EXPECT_TRUE(lib.facts().empty());
}

TEST(Library, MigratingAVersion4FileEmptiesTheCachesIntoRowidTablesAndKeepsTheRest) {
    test_support::TempDir dir;
    const std::string file = (dir / "v4.sqlite").string();
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(migrate(db.value(), 4).ok());
        ASSERT_TRUE(db->exec("INSERT INTO articles VALUES('h1', 'v', 'old row', 1)").ok());
        ASSERT_TRUE(db->exec("INSERT INTO annotations VALUES('h1|-|en', 'v', 'old row', 1)").ok());
        ASSERT_TRUE(db->exec("INSERT INTO story_profiles VALUES('h1|-|en', 'v', 'old row', 1)").ok());
        ASSERT_TRUE(db->exec("INSERT INTO verdicts(conflict_id, verdict, note, updated_at) "
                             "VALUES('kept', 'confirmed', 'from v4', 1)")
                        .ok());
        EXPECT_FALSE(db->prepare("SELECT rowid FROM articles").ok()) << "version 4 caches have no rowid";
    }
    auto lib = openOrDie(file);
    EXPECT_EQ(lib.schemaVersion(), kSchemaVersion);
    EXPECT_EQ(lib.verdicts().at("kept").note, "from v4");
    EXPECT_FALSE(lib.cachedArticle("h1", "v"));  // dropped: the next run computes it again
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok());
    for (const char* table : {"articles", "annotations", "story_profiles"}) {
        auto st = db->prepare(std::string("SELECT rowid, count(*) FROM ") + table);
        ASSERT_TRUE(st.ok()) << table << ": " << st.error();
        auto row = st->step();
        ASSERT_TRUE(row.ok() && row.value()) << table;
        EXPECT_EQ(st->columnInt(1), 0) << table;
    }
    // The rowid tables still refuse a second row for the same key: a put replaces it.
    ASSERT_TRUE(lib.putProfiles({{"k", "one"}}, "v").ok());
    ASSERT_TRUE(lib.putProfiles({{"k", "two"}}, "v").ok());
    const auto rows = lib.cachedProfiles({"k"}, "v");
    ASSERT_TRUE(rows[0]);
    EXPECT_EQ(*rows[0], "two");
}

TEST(Library, HoldsCachesOnlyOnceACacheRowIsWritten) {
    auto lib = openOrDie(":memory:");
    EXPECT_FALSE(lib.holdsCaches());
    ASSERT_TRUE(lib.setVerdict("c1", Verdict::Confirmed, "").ok());
    ASSERT_TRUE(lib.replaceFiles({{"a.txt", 1, 2, "h"}}).ok());
    EXPECT_FALSE(lib.holdsCaches());  // verdicts and the file list are no cache
    ASSERT_TRUE(lib.putProfiles({{"h|-|en", "profile"}}, "v").ok());
    EXPECT_TRUE(lib.holdsCaches());
}

TEST(Library, SearchFindsWordsWithSnippetAndSpan) {
    auto lib = openOrDie(":memory:");
    const std::string text1 = "Huawei said the Ascend 910B chip ships next year.\n\nAnalysts doubted the claim.";
    ASSERT_TRUE(lib.syncIndex({makeArticle("a.txt", "Huawei chips", text1, "h1"),
                               makeArticle("b.txt", "DeepSeek R1", "DeepSeek released R1 in January.", "h2"),
                               makeArticle("c.txt", "Café prices", "Prices at the café rose.", "h3")})
                    .ok());
    auto hits = lib.search("ascend");
    ASSERT_TRUE(hits.ok()) << hits.error();
    ASSERT_EQ(hits->size(), 1u);
    const SearchHit& h = hits->front();
    EXPECT_EQ(h.articleId, "a.txt");
    EXPECT_EQ(h.title, "Huawei chips");
    EXPECT_NE(h.snippet.find(std::string(kMatchBegin) + "Ascend" + std::string(kMatchEnd)), std::string::npos)
        << h.snippet;
    ASSERT_TRUE(h.span.has_value());
    EXPECT_EQ(text1.substr(h.span->start, h.span->size()), "Ascend");

    // All words must occur; diacritics are folded; a trailing * is a prefix.
    EXPECT_EQ(lib.search("deepseek january")->size(), 1u);
    EXPECT_EQ(lib.search("deepseek huawei")->size(), 0u);
    EXPECT_EQ(lib.search("cafe")->size(), 1u);
    EXPECT_EQ(lib.search("analy*")->size(), 1u);
    // Title hits rank above text hits.
    ASSERT_TRUE(lib.syncIndex({makeArticle("a.txt", "Huawei chips", text1, "h1"),
                               makeArticle("d.txt", "Other", "Huawei was mentioned once.", "h4")})
                    .ok());
    auto ranked = lib.search("huawei");
    ASSERT_EQ(ranked->size(), 2u);
    EXPECT_EQ(ranked->front().articleId, "a.txt");
}

TEST(Library, SearchInputIsNeverFtsSyntax) {
    auto lib = openOrDie(":memory:");
    ASSERT_TRUE(lib.syncIndex({makeArticle("a.txt", "T", "NEAR the OR gate \"quoted\" AND: x", "h1")}).ok());
    for (const char* q : {"\"", "AND", "OR gate", "NEAR(", "title:x", "a\"b", "*", "   "}) {
        auto r = lib.search(q);
        EXPECT_TRUE(r.ok()) << q << ": " << (r.ok() ? "" : r.error());
    }
    EXPECT_EQ(lib.search("OR gate")->size(), 1u);
    EXPECT_TRUE(lib.search("   ")->empty());
}

TEST(Library, SyncIndexRewritesChangesAndDropsRemovedArticles) {
    auto lib = openOrDie(":memory:");
    ASSERT_TRUE(lib.syncIndex({makeArticle("a.txt", "A", "alpha words", "h1"),
                               makeArticle("b.txt", "B", "beta words", "h2")})
                    .ok());
    ASSERT_TRUE(lib.syncIndex({makeArticle("a.txt", "A", "gamma words", "h1b")}).ok());
    EXPECT_EQ(lib.search("alpha")->size(), 0u);
    EXPECT_EQ(lib.search("gamma")->size(), 1u);
    EXPECT_EQ(lib.search("beta")->size(), 0u);
    EXPECT_EQ(lib.search("words")->size(), 1u);
}

TEST(Library, SyncIndexSeesEveryChangeThatKeepsTheCount) {
    // The up-to-date check compares row by row; each of these changes keeps the number of articles the same.
    auto lib = openOrDie(":memory:");
    const std::vector<Article> before = {makeArticle("a.txt", "Alpha", "alpha words", "h1"),
                                         makeArticle("b.txt", "Beta", "beta words", "h2")};
    ASSERT_TRUE(lib.syncIndex(before).ok());
    ASSERT_TRUE(lib.syncIndex(before).ok());  // nothing changed: nothing rewritten, still found
    EXPECT_EQ(lib.search("beta")->size(), 1u);

    auto retitled = before;
    retitled[1].title = "Gamma";
    ASSERT_TRUE(lib.syncIndex(retitled).ok());
    ASSERT_EQ(lib.search("gamma")->size(), 1u);

    auto renamed = retitled;
    renamed[1].id = "c.txt";
    ASSERT_TRUE(lib.syncIndex(renamed).ok());
    auto hits = lib.search("gamma");
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().articleId, "c.txt");

    auto moved = renamed;
    moved[1].path = "/elsewhere/c.txt";
    ASSERT_TRUE(lib.syncIndex(moved).ok());
    EXPECT_EQ(lib.search("gamma")->front().path, "/elsewhere/c.txt");
}

TEST(Library, StoryProfilesAreBytesKeptByKeyAndVersion) {
    auto lib = openOrDie(":memory:");
    const std::string bytes("\x01\x00profile\xff", 10);  // binary, with a NUL inside
    ASSERT_TRUE(lib.putProfiles({{"aaaa|-|en", bytes}, {"gone|-|en", "x"}}, "p1").ok());
    auto hits = lib.cachedProfiles({"aaaa|-|en", "bbbb|-|en", "gone|-|en"}, "p1");
    ASSERT_EQ(hits.size(), 3u);
    ASSERT_TRUE(hits[0].has_value());
    EXPECT_EQ(*hits[0], bytes);
    EXPECT_FALSE(hits[1].has_value());
    EXPECT_TRUE(hits[2].has_value());
    EXPECT_FALSE(lib.cachedProfiles({"aaaa|-|en"}, "p2")[0].has_value()) << "another engine's profile is a miss";

    // Pruning drops the profiles of vanished files and of other versions.
    ASSERT_TRUE(lib.replaceFiles({{"one.txt", 10, 1, "aaaa"}}).ok());
    ASSERT_TRUE(lib.pruneCaches("v1", "ann1", {}, "p1").ok());
    hits = lib.cachedProfiles({"aaaa|-|en", "gone|-|en"}, "p1");
    EXPECT_TRUE(hits[0].has_value());
    EXPECT_FALSE(hits[1].has_value());
    ASSERT_TRUE(lib.pruneCaches("v1", "ann1", {}, "p2").ok());
    EXPECT_FALSE(lib.cachedProfiles({"aaaa|-|en"}, "p1")[0].has_value());
}

namespace {

/// Asks for `count` keys (a few cached, duplicates, misses, a row of another version) and checks every slot: below
/// Library::kScanFrom keys this takes the one-lookup-per-key path, from it on the one-pass scan.
void expectRowsForEachKey(std::size_t count) {
    auto lib = openOrDie(":memory:");
    std::vector<Article> stored;
    for (std::size_t i = 0; i < count; i += 2)
        stored.push_back(makeArticle("a" + std::to_string(i), "T", "Text " + std::to_string(i), "h" + std::to_string(i)));
    ASSERT_TRUE(lib.putArticles(stored, "v1").ok());
    ASSERT_TRUE(lib.putArticles({makeArticle("odd", "T", "Other version", "h1")}, "v0").ok());
    std::vector<std::string> hashes;
    for (std::size_t i = 0; i + 1 < count; ++i) hashes.push_back("h" + std::to_string(i));
    hashes.push_back("h0");  // the same bytes under a second name
    const auto articles = lib.cachedArticles(hashes, "v1");
    ASSERT_EQ(articles.size(), hashes.size());
    for (std::size_t i = 0; i + 1 < hashes.size(); ++i) {
        if (i % 2 == 1) {
            EXPECT_FALSE(articles[i].has_value()) << hashes[i] << " was never stored at v1";
            continue;
        }
        ASSERT_TRUE(articles[i].has_value()) << hashes[i];
        EXPECT_EQ(articles[i]->text, "Text " + std::to_string(i));
    }
    ASSERT_TRUE(articles.back().has_value());
    EXPECT_EQ(articles.back()->text, articles.front()->text);
    EXPECT_EQ(articles.back()->id, articles.front()->id);
}

}  // namespace

TEST(Library, ManyArticleRowsAtOnceByLookupAndByScan) {
    expectRowsForEachKey(6);
    expectRowsForEachKey(Library::kScanFrom * 3);
}

TEST(Library, ManyAnnotationRowsAtOnceFollowTheVariant) {
    auto lib = openOrDie(":memory:");
    Annotations an;
    an.times = {{{0, 8}, "November", "2024-11", true, ""}};
    std::vector<Library::AnnotationEntry> entries;
    std::vector<std::string> hashes;
    for (std::size_t i = 0; i < Library::kScanFrom; ++i) hashes.push_back("h" + std::to_string(i));
    for (const auto& h : hashes) entries.push_back({h, "2025-01-20|en", &an});
    ASSERT_TRUE(lib.putAnnotations(entries, "ann1").ok());
    std::vector<std::pair<std::string, std::string>> keys;
    for (const auto& h : hashes) keys.emplace_back(h, "2025-01-20|en");
    keys.emplace_back("h0", "2025-01-21|en");  // another anchor date
    const auto rows = lib.cachedAnnotationRows(keys, "ann1");
    ASSERT_EQ(rows.size(), keys.size());
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        ASSERT_TRUE(rows[i].has_value()) << hashes[i];
        auto decoded = deserializeAnnotations(*rows[i]);
        ASSERT_TRUE(decoded.has_value());
        EXPECT_EQ(decoded->times.at(0).text, "November");
    }
    EXPECT_FALSE(rows.back().has_value());
    EXPECT_FALSE(lib.cachedAnnotationRows(keys, "ann2").front().has_value()) << "another annotator's row is a miss";
}
