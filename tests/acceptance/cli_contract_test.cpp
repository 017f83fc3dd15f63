// parallax-cli analyze on real folders (the bundled samples, and the shared seeds when present), through the built
// binary: the JSON follows docs/report.schema.json, its offsets and ids hold together, every file is accounted for,
// and a second run served from the library database gives the same document.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "binary_runner.h"
#include "core/ingest/scanner.h"
#include "json_schema.h"
#include "report_checks.h"
#include "../core/store/temp_dir.h"

using namespace parallax::test_support;
using nlohmann::json;

namespace {

struct Timed {
    Process process;
    double seconds = 0;
};

Timed analyze(const std::filesystem::path& folder, const std::vector<std::string>& extra, const TempDir& scratch) {
    std::vector<std::string> args = {"analyze", folder.string(), "--json", "-"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto start = std::chrono::steady_clock::now();
    Timed t{runProcess(PARALLAX_CLI_PATH, args, scratch.path()), 0};
    t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return t;
}

/// Files under `folder` whose name says they are articles (a README or a .tsv beside them is not).
std::size_t countArticleFiles(const std::filesystem::path& folder) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(folder))
        if (e.is_regular_file() && e.path().filename().string()[0] != '.' &&
            parallax::ingest::formatForPath(e.path()).has_value())
            ++n;
    return n;
}

void checkContract(const std::filesystem::path& folder, const std::vector<std::string>& extra) {
    TempDir scratch;
    auto first = analyze(folder, extra, scratch);
    ASSERT_EQ(first.process.code, 0) << first.process.err;
    json doc;
    ASSERT_NO_THROW(doc = json::parse(first.process.out)) << "stdout must hold the JSON alone";
    const auto errors = validateJson(doc, loadReportSchema());
    EXPECT_TRUE(errors.empty()) << joinLines(errors);
    const auto problems = reportConsistencyProblems(doc);
    EXPECT_TRUE(problems.empty()) << joinLines(problems);
    EXPECT_FALSE(doc["articles"].empty());
    EXPECT_EQ(doc["articles"].size() + doc["skipped"].size(), countArticleFiles(folder))
        << "every file is either an article or skipped with a reason";

    auto second = analyze(folder, extra, scratch);
    ASSERT_EQ(second.process.code, 0) << second.process.err;
    EXPECT_EQ(second.process.out, first.process.out) << "the cached run must give the same document";
    std::cout << "[ measure  ] " << folder.filename().string() << ": " << doc["articles"].size() << " articles, "
              << doc["stories"].size() << " stories, " << doc["conflicts"].size() << " conflicts; first run "
              << first.seconds << " s, cached run " << second.seconds << " s\n";
}

}  // namespace

TEST(CliContract, BundledSamples) {
    const auto samples = std::filesystem::path(PARALLAX_SOURCE_DIR) / "resources" / "samples";
    if (!std::filesystem::is_directory(samples)) GTEST_SKIP() << "no resources/samples";
    checkContract(samples, {});
}

TEST(CliContract, SharedSeedsWithReferenceFacts) {
    const auto seeds = std::filesystem::path(PARALLAX_SHARED_CORPUS) / "seeds";
    const auto facts = std::filesystem::path(PARALLAX_SHARED_CORPUS) / "seeds-reference-facts.tsv";
    if (!std::filesystem::is_directory(seeds) || !std::filesystem::is_regular_file(facts))
        GTEST_SKIP() << "../shared/corpus/seeds is not here (it is not part of the repository)";
    checkContract(seeds, {"--facts", facts.string()});
}
