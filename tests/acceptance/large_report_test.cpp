// Scale check: 1,000 synthetic articles (with amounts, dates and counts, some disagreeing) through the whole pipeline and every text report format.
// Asserts structure only (every story reported, JSON parses with its schema, one CSV row per conflict);
// times and sizes are printed for docs/performance.md, never asserted (the machine is shared).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "bench/synthetic_corpus.h"
#include "core/pipeline/pipeline.h"
#include "core/report/escape.h"
#include "core/report/report.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Records in a CSV text (RFC 4180: a quoted field may hold line breaks and doubled quotes).
std::size_t csvRecords(const std::string& csv) {
    std::size_t records = 0;
    bool quoted = false;
    bool pending = false;  // characters seen since the last record ended
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (c == '"') {
            quoted = !quoted;  // a doubled quote toggles twice
        } else if (!quoted && c == '\n') {
            ++records;
            pending = false;
            continue;
        } else if (!quoted && c == '\r') {
            continue;
        }
        pending = true;
    }
    return records + (pending ? 1 : 0);
}

std::size_t occurrences(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
    return n;
}

class LargeReport : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device rd;
        m_dir = fs::temp_directory_path() / ("parallax-large-" + std::to_string(rd()));
        fs::create_directories(m_dir);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    fs::path m_dir;
};

TEST_F(LargeReport, ThousandArticlesEveryFormat) {
    constexpr std::size_t kArticles = 1000;
    constexpr std::size_t kStories = 40;
    auto start = Clock::now();
    std::uintmax_t corpusBytes = 0;
    for (const auto& s : parallax::bench::syntheticCorpus(kArticles, kStories, 7, /*facts=*/true)) {
        auto dir = m_dir / ("story" + std::to_string(s.story));
        fs::create_directories(dir);
        std::ofstream f(dir / (s.article.id + ".txt"));
        f << s.article.title << "\n\n" << s.article.text << "\n";
        ASSERT_TRUE(f.good());
        corpusBytes += s.article.title.size() + s.article.text.size() + 3;
    }
    std::cout << "[large] wrote " << kArticles << " articles (" << corpusBytes / 1024 << " KiB) in "
              << secondsSince(start) << " s\n";

    parallax::pipeline::Options options;
    options.folder = m_dir;
    options.database = ":memory:";
    start = Clock::now();
    auto run = parallax::pipeline::analyzeFolder(options);
    const double analyseSeconds = secondsSince(start);
    ASSERT_EQ(run.outcome, parallax::pipeline::Outcome::Ok) << run.error;
    const auto& result = run.result;
    std::cout << "[large] analyzeFolder: " << analyseSeconds << " s, " << result.articles.size() << " articles, "
              << result.stories.size() << " stories, " << result.groups.size() << " groups, "
              << result.conflicts.size() << " conflicts\n";
    ASSERT_EQ(result.articles.size(), kArticles);
    ASSERT_TRUE(result.skipped.empty());
    ASSERT_FALSE(result.stories.empty());

    // Every article belongs to exactly one story.
    std::set<std::string> clustered;
    for (const auto& story : result.stories)
        for (const auto& id : story.articles) EXPECT_TRUE(clustered.insert(id).second) << id << " in two stories";
    EXPECT_EQ(clustered.size(), kArticles);

    using parallax::report::Format;
    // What the reports include with default options (no verdicts in a fresh database: everything).
    const auto reported = parallax::report::filtered(result, parallax::report::Options{});
    EXPECT_EQ(reported.conflicts.size(), result.conflicts.size());
    std::map<Format, std::string> out;
    const std::map<Format, const char*> names{
        {Format::Html, "HTML"}, {Format::Markdown, "Markdown"}, {Format::Csv, "CSV"}, {Format::Json, "JSON"}};
    for (const auto& [f, name] : names) {
        start = Clock::now();
        auto rendered = parallax::report::render(result, f, parallax::report::Options{});
        ASSERT_TRUE(rendered.ok()) << rendered.error();
        out[f] = std::move(rendered.value());
        std::cout << "[large] render " << name << ": " << secondsSince(start) << " s, "
                  << out[f].size() << " bytes\n";
    }

    // HTML and Markdown: one section per story, each under its label.
    EXPECT_EQ(occurrences(out[Format::Html], "<h2>Story: "), result.stories.size());
    EXPECT_EQ(occurrences(out[Format::Markdown], "\n## Story: "), result.stories.size());
    for (const auto& story : result.stories)
        EXPECT_NE(out[Format::Html].find("<h2>Story: " + parallax::report::escapeHtml(story.label)), std::string::npos)
            << story.id;

    // JSON: parses, carries the schema, every story and conflict.
    auto doc = nlohmann::json::parse(out[Format::Json], nullptr, /*allow_exceptions=*/false);
    ASSERT_FALSE(doc.is_discarded()) << "JSON report does not parse";
    EXPECT_EQ(doc.value("schema", ""), "parallax.report/1");
    ASSERT_TRUE(doc.contains("stories") && doc["stories"].is_array());
    std::set<std::string> jsonStories;
    for (const auto& s : doc["stories"]) jsonStories.insert(s.value("id", ""));
    for (const auto& story : result.stories) EXPECT_TRUE(jsonStories.count(story.id)) << story.id;
    ASSERT_TRUE(doc.contains("conflicts") && doc["conflicts"].is_array());
    EXPECT_EQ(doc["conflicts"].size(), reported.conflicts.size());

    // CSV: a header and one record per conflict.
    EXPECT_EQ(csvRecords(out[Format::Csv]), reported.conflicts.size() + 1);
}

}  // namespace
