// Library::search beyond plain English words: Chinese and Japanese (no spaces between words), what people
// type (quotes, symbols, FTS keywords), phrases, ranking, and the schema 3 migration of an existing file.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "core/store/library.h"
#include "core/store/query.h"
#include "core/store/schema.h"
#include "core/store/sqlite.h"
#include "temp_dir.h"

using namespace parallax;
using namespace parallax::store;

namespace {

Article makeArticle(std::string id, std::string title, std::string text) {
    Article a;
    a.id = std::move(id);
    a.path = "/folder/" + a.id;
    a.title = std::move(title);
    a.text = std::move(text);
    a.contentHash = "h-" + a.id + "-" + std::to_string(a.text.size());
    return a;
}

Library openOrDie(const std::string& path) {
    auto lib = Library::open(path);
    if (!lib) throw std::runtime_error(lib.error());
    return std::move(lib).value();
}

std::vector<std::string> ids(const Result<std::vector<SearchHit>>& hits) {
    std::vector<std::string> out;
    if (hits)
        for (const auto& h : hits.value()) out.push_back(h.articleId);
    return out;
}

/// The text of a hit's first match.
std::string firstMatch(const SearchHit& h, const std::string& text) {
    return h.span ? text.substr(h.span->start, h.span->size()) : std::string("<none>");
}

const std::string kZh1 = "据报道，华为发布了新的昇腾芯片。分析人士认为，国产芯片产业正在加速发展。英伟达的H20芯片仍受限制。";
const std::string kZh2 = "深度求索于2025年1月20日发布了R1模型，该模型在多项测试中表现出色。";
const std::string kJa = "東京の半導体メーカーは新しい工場を建設すると発表した。";
const std::string kEn1 = "Huawei said the Ascend 910B chip ships next year. AT&T and C++ were not mentioned by anyone.";
const std::string kEn2 = "Next year the chip ships, Huawei said, although analysts doubt it.";
const std::string kMixed = "维拉实验室发布了Orion模型，并称AI芯片将在年底量产。";

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_lib.syncIndex({makeArticle("zh1", "华为发布芯片", kZh1), makeArticle("zh2", "深度求索发布R1", kZh2),
                                     makeArticle("ja", "半導体の新工場", kJa), makeArticle("en1", "Huawei chips", kEn1),
                                     makeArticle("en2", "Analysts doubt", kEn2), makeArticle("mixed", "维拉实验室发布模型", kMixed)})
                        .ok());
    }
    Library m_lib = openOrDie(":memory:");
};

}  // namespace

TEST_F(SearchTest, FindsTwoCharacterChineseWordsInsideText) {
    auto hits = m_lib.search("芯片");
    ASSERT_TRUE(hits.ok()) << hits.error();
    const auto found = ids(hits);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found.front(), "zh1") << "four occurrences and one in the title rank above one";
    const SearchHit& h = hits->front();
    EXPECT_EQ(firstMatch(h, kZh1), "芯片");
    EXPECT_EQ(h.matches.size(), 3u);
    for (const Span& s : h.matches) EXPECT_EQ(kZh1.substr(s.start, s.size()), "芯片");
    EXPECT_NE(h.snippet.find(std::string(kMatchBegin) + "芯片" + std::string(kMatchEnd)), std::string::npos);
    EXPECT_LT(h.score, 0) << "lower is better, as bm25";
}

TEST_F(SearchTest, LongerChineseAndJapaneseTermsUseTheTrigramIndex) {
    auto hits = m_lib.search("芯片产业");
    ASSERT_EQ(ids(hits), std::vector<std::string>{"zh1"});
    EXPECT_EQ(firstMatch(hits->front(), kZh1), "芯片产业");
    EXPECT_EQ(ids(m_lib.search("半導体")), std::vector<std::string>{"ja"});
    EXPECT_EQ(ids(m_lib.search("工場")), std::vector<std::string>{"ja"});
    EXPECT_TRUE(m_lib.search("芯片工厂")->empty());
    // Every term must occur.
    EXPECT_EQ(ids(m_lib.search("华为 芯片")), std::vector<std::string>{"zh1"});
    EXPECT_TRUE(m_lib.search("华为 模型")->empty());
    auto both = ids(m_lib.search("发布 模型"));
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, (std::vector<std::string>{"mixed", "zh2"}));
    // Korean separates words by spaces but glues particles to them: 삼성전자는 holds 삼성전자.
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("ko", "반도체", "삼성전자는 새 반도체 공장을 짓는다고 밝혔다."),
                                 makeArticle("ja", "半導体の新工場", kJa), makeArticle("zh1", "华为发布芯片", kZh1)})
                    .ok());
    auto ko = m_lib.search("삼성전자");
    ASSERT_EQ(ids(ko), std::vector<std::string>{"ko"});
    EXPECT_EQ(firstMatch(ko->front(), "삼성전자는 새 반도체 공장을 짓는다고 밝혔다."), "삼성전자");
}

TEST_F(SearchTest, LatinWordsGluedToChineseAreFoundAfterWordHits) {
    auto orion = m_lib.search("orion");
    ASSERT_EQ(ids(orion), std::vector<std::string>{"mixed"});
    EXPECT_EQ(firstMatch(orion->front(), kMixed), "Orion");
    // "AI" (two letters) next to Chinese, with a Chinese word: both found as substrings.
    auto ai = m_lib.search("AI 芯片");
    ASSERT_EQ(ids(ai), std::vector<std::string>{"mixed"});
    EXPECT_EQ(firstMatch(ai->front(), kMixed), "AI芯片") << "adjacent matches are one mark";
    // A Latin term must stand as a word: "ai" is not found inside "Taiwan" (unless typed as a prefix).
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("mixed", "维拉实验室发布模型", kMixed),
                                 makeArticle("tw", "扩产", "台积电表示，Taiwan工厂将扩产。"),
                                 makeArticle("zh1", "华为发布芯片", kZh1)})
                    .ok());
    EXPECT_EQ(ids(m_lib.search("ai")), std::vector<std::string>{"mixed"});
    EXPECT_EQ(ids(m_lib.search("taiw*")), std::vector<std::string>{"tw"});
    EXPECT_TRUE(m_lib.search("aiwan")->empty());
    // "H20" sits inside a Chinese clause: the word index misses it, the substring index does not.
    EXPECT_EQ(ids(m_lib.search("h20")), std::vector<std::string>{"zh1"});
    // A word that the word index finds comes first; substring hits follow.
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("en", "Orion ships", "The Orion model ships today."),
                                 makeArticle("mixed", "维拉实验室发布模型", kMixed)})
                    .ok());
    EXPECT_EQ(ids(m_lib.search("orion")), (std::vector<std::string>{"en", "mixed"}));
    // A title hit of the word index still points at the glued word in the text.
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("mixed", "Orion", kMixed)}).ok());
    auto titled = m_lib.search("orion");
    ASSERT_EQ(ids(titled), std::vector<std::string>{"mixed"});
    EXPECT_EQ(firstMatch(titled->front(), kMixed), "Orion");
}

TEST_F(SearchTest, WhatPeopleTypeIsNeverSyntax) {
    for (const char* q : {"\"", "\"\"", "AT&T", "C++", "-", "--", "*", "**", "NEAR", "NEAR(huawei chip)", "huawei OR",
                          "AND", "NOT huawei", "\"unbalanced phrase", "title:huawei", "^huawei", "+", "(", ")", "{x}",
                          "'", "%", "_", "\\", "芯\"", "「芯片」", "“芯片”", "-huawei", "huawei*", "a\"b\"c", "。",
                          "\xff\xfe", "芯片\xe8"}) {
        auto r = m_lib.search(q);
        EXPECT_TRUE(r.ok()) << q << ": " << (r.ok() ? "" : r.error());
    }
    EXPECT_TRUE(m_lib.search("-")->empty()) << "punctuation alone is no term";
    EXPECT_TRUE(m_lib.search("\"")->empty());
    EXPECT_EQ(ids(m_lib.search("AT&T")), std::vector<std::string>{"en1"});
    EXPECT_EQ(ids(m_lib.search("C++ huawei")), std::vector<std::string>{"en1"});
    EXPECT_TRUE(m_lib.search("NEAR(huawei chip)")->empty()) << "plain text: the phrase 'near huawei' occurs nowhere";
    EXPECT_EQ(ids(m_lib.search("huawei AND chip OR")).size(), 0u) << "'and' and 'or' are words that must occur";
    EXPECT_EQ(ids(m_lib.search("huawei - chip")).size(), 2u) << "a lone dash is dropped, not an error";
    EXPECT_EQ(ids(m_lib.search("「芯片产业」")), std::vector<std::string>{"zh1"}) << "CJK quotes make a phrase";
    EXPECT_EQ(ids(m_lib.search("“芯片”")).size(), 2u);
    // Control characters separate words (a NUL inside a term ended SQLite's reading of the FTS string: found by
    // fuzz/search_fuzz).
    for (const std::string& q : {std::string("huawei\0chip", 11), std::string("\xe1\xb0\x80\0x", 5), std::string("\x1f\x7f")}) {
        auto r = m_lib.search(q);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    }
    EXPECT_EQ(ids(m_lib.search(std::string("huawei\0chip", 11))), ids(m_lib.search("huawei chip")));
}

TEST_F(SearchTest, APastedWallOfWordsStillSearches) {
    // 1,296 distinct two-character terms: each was one more AND in the substring search's SQL, past SQLite's
    // expression depth of 1,000 (found by fuzz/search_fuzz). The first kMaxQueryTerms count, repeats once.
    const std::string chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string wall;
    for (char a : chars)
        for (char b : chars) wall += std::string{a, b, ' '};
    EXPECT_EQ(parseQuery(wall).size(), kMaxQueryTerms);
    auto r = m_lib.search(wall);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(r->empty()) << "no article holds all of the first 64 terms";

    const auto twice = parseQuery("chip Chip chip chip* \"chip\" chip");
    ASSERT_EQ(twice.size(), 3u) << "a repeat is one term; case and a prefix mark make another";
    EXPECT_EQ(twice[0].text, "chip");
    EXPECT_EQ(twice[1].text, "Chip");
    EXPECT_TRUE(twice[2].prefix);
    EXPECT_EQ(ids(m_lib.search("huawei huawei huawei chip")), ids(m_lib.search("huawei chip")));
}

TEST_F(SearchTest, QuotedWordsAreAPhrase) {
    // Both English articles hold "chip ships" and "next year", only en1 in this order.
    EXPECT_EQ(ids(m_lib.search("ships next year")).size(), 2u);
    EXPECT_EQ(ids(m_lib.search("\"ships next year\"")), std::vector<std::string>{"en1"});
    EXPECT_EQ(ids(m_lib.search("\"chip ships\" \"next year\"")).size(), 2u);
    EXPECT_EQ(ids(m_lib.search("\"chip ships next")), std::vector<std::string>{"en1"}) << "an open quote runs to the end";
    auto phrase = m_lib.search("\"ships next year\"");
    EXPECT_EQ(firstMatch(phrase->front(), kEn1), "ships next year");
    EXPECT_EQ(ids(m_lib.search("\"发布了新的\"")), std::vector<std::string>{"zh1"});
}

TEST_F(SearchTest, RanksByBm25WithTitleWordsWeighingMore) {
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("once", "Market report", "Gallium prices rose in March after a long decline."),
                                 makeArticle("often", "Gallium", "Gallium exports fell. Gallium prices rose. Gallium."),
                                 makeArticle("zh-once", "市场", "镓价格上涨，出口下降，市场观望情绪浓厚，贸易商谨慎。"),
                                 makeArticle("zh-often", "镓出口", "镓出口下降，镓价格上涨。")})
                    .ok());
    auto en = m_lib.search("gallium");
    ASSERT_EQ(ids(en), (std::vector<std::string>{"often", "once"}));
    EXPECT_LT(en->at(0).score, en->at(1).score);
    EXPECT_EQ(ids(m_lib.search("镓")), (std::vector<std::string>{"zh-often", "zh-once"}));
    EXPECT_EQ(ids(m_lib.search("gallium", 1)), std::vector<std::string>{"often"}) << "the limit holds";
}

TEST_F(SearchTest, SyncIndexKeepsTheSubstringIndexInStep) {
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("zh1", "华为", "华为发布了新的手机。"), makeArticle("en1", "Huawei chips", kEn1)})
                    .ok());
    EXPECT_TRUE(m_lib.search("芯片")->empty()) << "zh1 was rewritten, zh2 removed";
    EXPECT_EQ(ids(m_lib.search("手机")), std::vector<std::string>{"zh1"});
    EXPECT_TRUE(m_lib.search("半導体")->empty());
    // Unchanged articles: nothing to write, and the index still answers.
    ASSERT_TRUE(m_lib.syncIndex({makeArticle("zh1", "华为", "华为发布了新的手机。"), makeArticle("en1", "Huawei chips", kEn1)})
                    .ok());
    EXPECT_EQ(ids(m_lib.search("手机")), std::vector<std::string>{"zh1"});
}

TEST(SearchMigration, AVersion2LibraryIsUpgradedInPlaceAndSearchesChinese) {
    test_support::TempDir dir;
    const std::string file = (dir / "v2.sqlite").string();
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(migrate(db.value(), 2).ok());
        ASSERT_EQ(db->userVersion(), 2);
        // What a Parallax of schema 2 wrote for three articles.
        const std::vector<Article> old = {makeArticle("zh1", "华为发布芯片", kZh1), makeArticle("en1", "Huawei chips", kEn1),
                                          makeArticle("th", "ข่าว", "บริษัทเปิดตัวชิปใหม่ในกรุงเทพ")};
        std::int64_t row = 0;
        for (const auto& a : old) {
            auto doc = db->prepare("INSERT INTO documents(id, article_id, path, title, hash) VALUES(?1, ?2, ?3, ?4, ?5)");
            ASSERT_TRUE(doc.ok());
            doc->bind(1, ++row).bind(2, a.id).bind(3, a.path).bind(4, a.title).bind(5, a.contentHash);
            ASSERT_TRUE(doc->run().ok());
            auto fts = db->prepare("INSERT INTO documents_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
            ASSERT_TRUE(fts.ok());
            fts->bind(1, row).bind(2, a.title).bind(3, a.text);
            ASSERT_TRUE(fts->run().ok());
        }
        EXPECT_FALSE(db->prepare("SELECT * FROM documents_substr").ok()) << "schema 2 has no substring index";
    }
    auto lib = openOrDie(file);
    EXPECT_EQ(lib.schemaVersion(), kSchemaVersion);
    auto zh = lib.search("芯片");
    ASSERT_EQ(ids(zh), std::vector<std::string>{"zh1"});
    EXPECT_EQ(firstMatch(zh->front(), kZh1), "芯片");
    EXPECT_EQ(ids(lib.search("芯片产业")), std::vector<std::string>{"zh1"});
    EXPECT_EQ(ids(lib.search("ชิป")), std::vector<std::string>{"th"}) << "Thai is copied by the migration too";
    EXPECT_EQ(ids(lib.search("ascend")), std::vector<std::string>{"en1"});
    EXPECT_TRUE(lib.search("ascend 芯片")->empty()) << "en1 holds no Chinese: not in the substring index";
    // The next scan removes an article from both indexes.
    ASSERT_TRUE(lib.syncIndex({makeArticle("en1", "Huawei chips", kEn1)}).ok());
    EXPECT_TRUE(lib.search("芯片")->empty());
    EXPECT_TRUE(lib.search("ชิป")->empty());
}

TEST(SearchSpeed, ThousandArticlesAnswerWellUnderFiftyMilliseconds) {
    auto lib = openOrDie(":memory:");
    std::vector<Article> articles;
    const std::vector<std::string> words = {"chip", "model", "export", "factory", "price", "market", "launch", "share"};
    for (int i = 0; i < 1000; ++i) {
        std::string text;
        for (int p = 0; p < 40; ++p)
            text += "Paragraph " + std::to_string(p) + " says the " + words[static_cast<std::size_t>((i + p) % 8)] +
                    " news of company " + std::to_string(i % 37) + " moved the " + words[static_cast<std::size_t>(p % 8)] +
                    " again.\n";
        if (i % 10 == 0) text += "华为发布了新的芯片，芯片产业正在加速发展。";
        articles.push_back(makeArticle("a" + std::to_string(i), "Article " + std::to_string(i), text));
    }
    ASSERT_TRUE(lib.syncIndex(articles).ok());
    for (const char* q : {"chip market", "\"the chip news\"", "芯片", "芯片产业", "compan*"}) {
        const auto t0 = std::chrono::steady_clock::now();
        auto hits = lib.search(q, 200);
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        ASSERT_TRUE(hits.ok()) << hits.error();
        EXPECT_FALSE(hits->empty()) << q;
        // Generous for a loaded CI machine and sanitizers; typical figures are a few milliseconds.
        EXPECT_LT(ms, 500.0) << q;
        std::printf("search %-20s %4zu hits in %.1f ms\n", q, hits->size(), ms);
    }
}

/// Times queries on a real library file: set PARALLAX_SEARCH_BENCH_DB to the database that
/// `parallax-cli analyze DIR` filled (Library::defaultPathFor(DIR)). Skipped otherwise.
TEST(SearchSpeed, OnTheLibraryFileNamedByTheEnvironment) {
    const char* file = std::getenv("PARALLAX_SEARCH_BENCH_DB");
    if (!file || !*file) GTEST_SKIP() << "set PARALLAX_SEARCH_BENCH_DB to a library file to time queries on it";
    const auto o0 = std::chrono::steady_clock::now();
    auto lib = openOrDie(file);
    std::printf("open %.1f ms (what the window does on the GUI thread when an analysis is shown)\n",
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - o0).count());
    for (const char* q : {"chip", "chip export", "\"the chip\"", "huawei nvidia market", "compan*", "芯片", "芯片产业",
                          "港口 集装箱", "H20", "AT&T", "zzzzunknown"}) {
        double best = 1e9, worst = 0, cpuBest = 1e9;
        std::size_t n = 0;
        for (int round = 0; round < 5; ++round) {
            const auto t0 = std::chrono::steady_clock::now();
            const std::clock_t c0 = std::clock();
            auto hits = lib.search(q, 200);
            const double cpu = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            ASSERT_TRUE(hits.ok()) << hits.error();
            n = hits->size();
            best = std::min(best, ms);
            worst = std::max(worst, ms);
            cpuBest = std::min(cpuBest, cpu);
        }
        std::printf("search %-22s %4zu hits  wall best %6.1f ms, worst %6.1f ms; CPU best %6.1f ms\n", q, n, best, worst,
                    cpuBest);
    }
}
