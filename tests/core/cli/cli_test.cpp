// parallax-cli end to end, in-process: every command's happy path, bad usage and "nothing to analyse".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_fixture.h"
#include "core/cli/commands.h"

using namespace parallax;
using namespace parallax::test_support;
using nlohmann::json;

TEST(Cli, HelpAndBadUsage) {
    auto help = runCli({"--help"});
    EXPECT_EQ(help.code, 0);
    for (const char* cmd : {"analyze", "report", "extract", "annotate", "search"})
        EXPECT_NE(help.out.find(cmd), std::string::npos) << cmd;
    EXPECT_EQ(runCli({}).code, 2);
    EXPECT_EQ(runCli({"frobnicate"}).code, 2);
    EXPECT_EQ(runCli({"analyze"}).code, 2) << "DIR is required";
    EXPECT_EQ(runCli({"analyze", "a", "b"}).code, 2);
    EXPECT_EQ(runCli({"analyze", ".", "--bogus"}).code, 2);
    EXPECT_EQ(runCli({"analyze", ".", "--json"}).code, 2) << "--json needs OUT or -";
    EXPECT_EQ(runCli({"extract"}).code, 2);
    EXPECT_EQ(runCli({"search", "."}).code, 2) << "QUERY is required";
    auto sub = runCli({"analyze", "--help"});
    EXPECT_EQ(sub.code, 0);
    EXPECT_NE(sub.out.find("--facts"), std::string::npos);
}

TEST(Cli, ExtractJsonOfATextFile) {
    auto r = runCli({"extract", (corpusSource() / "orbital-results.txt").string(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    json j = json::parse(r.out);  // stdout is the JSON alone
    for (const char* key : {"path", "title", "outlet", "byline", "published", "language", "text", "encoding",
                            "warnings"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_NE(j["text"].get<std::string>().find("fourth-quarter revenue of $4.6 billion"), std::string::npos);
    EXPECT_EQ(j["encoding"], "UTF-8");
    EXPECT_TRUE(j["published"].is_null() || j["published"].contains("value"));
}

TEST(Cli, ExtractJsonOfAnHtmlPageDropsTheClutter) {
    auto r = runCli({"extract", (corpusSource() / "orbital-earnings.html").string(), "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    json j = json::parse(r.out);
    const auto text = j["text"].get<std::string>();
    EXPECT_NE(text.find("orders for the company's extreme ultraviolet mirrors had doubled"), std::string::npos);
    EXPECT_EQ(text.find("Ten gadgets for your kitchen"), std::string::npos) << "a 'Most read' list is not the article";
    EXPECT_EQ(j["format"], "html");
}

TEST(Cli, ExtractPlainAndMissingFile) {
    auto r = runCli({"extract", (corpusSource() / "harbour-bridge.md").string()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("title:"), std::string::npos);
    EXPECT_NE(r.out.find("main girder"), std::string::npos);
    auto missing = runCli({"extract", (corpusSource() / "no-such-file.txt").string(), "--json"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.out.empty());
    EXPECT_NE(missing.err.find("no-such-file.txt"), std::string::npos);
    auto binary = runCli({"extract", (corpusSource() / "broken.txt").string(), "--json"});
    EXPECT_EQ(binary.code, 1);
    EXPECT_FALSE(binary.err.empty());
}

TEST(Cli, AnalyzeSummaryListsArticlesSkippedAndStories) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Analysed 4 articles"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("skipped broken.txt"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Stories:"), std::string::npos);
    EXPECT_NE(r.out.find("notes/orbital-analysis.md"), std::string::npos) << "stories list their articles";
    EXPECT_NE(r.out.find("Conflicts:"), std::string::npos);
}

TEST(Cli, AnalyzeJsonToStdoutIsJsonAlone) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--json", "-", "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    json j = json::parse(r.out);  // throws (fails the test) if anything else is on stdout
    EXPECT_EQ(j["schema"], "parallax.report/1");
    EXPECT_EQ(j["articles"].size(), 4u);
    ASSERT_EQ(j["skipped"].size(), 1u);
    EXPECT_EQ(j["skipped"][0]["path"], "broken.txt");
    EXPECT_NE(r.err.find("Analysed 4 articles"), std::string::npos) << "the summary moves to stderr";
}

TEST(Cli, AnalyzeJsonToAFile) {
    CliFixture fx;
    const auto out = fx.dir() / "report.json";
    auto r = runCli({"analyze", fx.corpus().string(), "--json", out.string(), "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Analysed 4 articles"), std::string::npos);
    std::ifstream in(out);
    json j = json::parse(in);
    EXPECT_EQ(j["articles"].size(), 4u);
}

TEST(Cli, AnalyzeTimingsNameEachStageOnStderrAndLeaveStdoutAlone) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--json", "-", "--db", fx.db(), "--timings"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(json::accept(r.out)) << "timings must not reach the JSON on stdout";
    for (const char* stage : {"open", "scan", "read", "store", "annotate", "stories", "analyse", "json"})
        EXPECT_NE(r.err.find(std::string("timing ") + stage), std::string::npos) << stage << " in " << r.err;
    auto plain = runCli({"analyze", fx.corpus().string(), "--db", fx.db()});
    EXPECT_EQ(plain.err.find("timing "), std::string::npos) << "only on request";
}

TEST(Cli, AnalyzeJsonReplacesAnOldFileWholeAndAFailedWriteKeepsIt) {
    CliFixture fx;
    const auto out = fx.dir() / "report.json";
    std::ofstream(out) << "{\"previous\": true}\n";
    auto r = runCli({"analyze", fx.corpus().string(), "--json", out.string(), "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    std::ifstream in(out);
    json j = json::parse(in);
    EXPECT_EQ(j["articles"].size(), 4u);
    EXPECT_FALSE(j.contains("previous"));
    for (const auto& e : std::filesystem::directory_iterator(fx.dir().path()))  // no temporary file left beside it
        EXPECT_EQ(e.path().filename().string().find(".report.json.tmp"), std::string::npos) << e.path();
    // a folder that does not exist: exit 1 with the reason, nothing half-written anywhere
    auto failed = runCli({"analyze", fx.corpus().string(), "--json", (fx.dir() / "no/such/r.json").string(), "--db",
                          fx.db()});
    EXPECT_EQ(failed.code, 1);
    EXPECT_NE(failed.err.find("cannot write"), std::string::npos) << failed.err;
}

TEST(Cli, AnalyzeSummarySaysWhichFileHadBytesReplacedAndWhichLinkLoops) {
    CliFixture fx;
    std::ofstream(fx.corpus() / "cafe.html", std::ios::binary)
        << "<html><head><meta charset=\"utf-8\"><title>Caf\xC3\xA9 chain plans \xE2\x80\x9C"
           "bold\xE2\x80\x9D growth</title></head><body><article><p>The caf\xC3\xA9 chain said on Monday it would "
           "open 40 stores, a \x92record\x92 for the company, and hire 300 staff.</p></article></body></html>";
    std::filesystem::create_directory_symlink(fx.corpus(), fx.corpus() / "again");
    auto r = runCli({"analyze", fx.corpus().string(), "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("warning cafe.html: declared as UTF-8 but 2 bytes are not valid UTF-8"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("skipped again: symbolic link loop"), std::string::npos) << r.out;
}

TEST(Cli, AnalyzeNothingToAnalyse) {
    CliFixture fx;
    std::filesystem::create_directories(fx.dir() / "empty");
    auto empty = runCli({"analyze", (fx.dir() / "empty").string(), "--db", fx.db()});
    EXPECT_EQ(empty.code, 1);
    auto missing = runCli({"analyze", (fx.dir() / "nope").string(), "--db", fx.db()});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("nope"), std::string::npos);
    auto onlyBroken = fx.dir() / "broken-only";
    std::filesystem::create_directories(onlyBroken);
    std::filesystem::copy(fx.corpus() / "broken.txt", onlyBroken / "broken.txt");
    auto r = runCli({"analyze", onlyBroken.string(), "--json", "-", "--db", fx.db()});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(json::parse(r.out)["skipped"].size(), 1u) << "the JSON still lists why";
}

TEST(Cli, AnalyzeWithMissingFactsFileIsBadUsage) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--facts", (fx.dir() / "none.tsv").string(), "--db", fx.db()});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("none.tsv"), std::string::npos);
}

TEST(Cli, SearchFindsWordsAcrossFormats) {
    CliFixture fx;
    auto r = runCli({"search", fx.corpus().string(), "girder", "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("harbour-bridge.md"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[girder]"), std::string::npos) << r.out;

    auto j = runCli({"search", fx.corpus().string(), "ultraviolet", "mirrors", "--json", "--db", fx.db()});
    ASSERT_EQ(j.code, 0) << j.err;
    json hits = json::parse(j.out)["hits"];
    std::set<std::string> ids;
    for (const auto& h : hits) ids.insert(h["article"].get<std::string>());
    EXPECT_EQ(ids, (std::set<std::string>{"orbital-earnings.html", "orbital-results.txt", "notes/orbital-analysis.md"}));

    auto none = runCli({"search", fx.corpus().string(), "zeppelin", "--db", fx.db()});
    EXPECT_EQ(none.code, 0);
    EXPECT_TRUE(none.out.empty());
    EXPECT_NE(none.err.find("no matches"), std::string::npos);
}

TEST(Cli, SecondAnalyzeUsesTheCache) {
    CliFixture fx;
    auto first = runCli({"analyze", fx.corpus().string(), "--json", "-", "--db", fx.db()});
    auto second = runCli({"analyze", fx.corpus().string(), "--json", "-", "--db", fx.db()});
    ASSERT_EQ(first.code, 0);
    ASSERT_EQ(second.code, 0);
    EXPECT_EQ(first.out, second.out) << "the cached analysis is the same document";
}

TEST(Cli, NoCacheWritesNoDatabase) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--no-cache", "--threads", "1"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(runCli({"analyze", fx.corpus().string(), "--no-cache", "--db", fx.db()}).code, 2);
    EXPECT_FALSE(std::filesystem::exists(fx.db()));
    EXPECT_EQ(runCli({"analyze", fx.corpus().string(), "--threads", "many"}).code, 2);
}

TEST(CliParse, ParsesACommandLineWithoutRunningIt) {
    cli::Args parsed;
    EXPECT_FALSE(cli::parseCommandLine({"analyze", "DIR", "--json", "-", "--threads=2", "--no-cache"}, parsed));
    EXPECT_EQ(parsed.command, "analyze");
    EXPECT_EQ(parsed.positional, std::vector<std::string>{"DIR"});
    EXPECT_EQ(parsed.value("--json"), "-");
    EXPECT_EQ(parsed.value("--threads"), "2");
    EXPECT_TRUE(parsed.has("--no-cache"));
}

TEST(CliParse, UnknownCommandsAndOptionsAreProblems) {
    cli::Args parsed;
    EXPECT_TRUE(cli::parseCommandLine({}, parsed));
    EXPECT_TRUE(cli::parseCommandLine({"frobnicate", "DIR"}, parsed));
    cli::Args bad;
    EXPECT_TRUE(cli::parseCommandLine({"analyze", "DIR", "--bogus"}, bad));
    cli::Args missing;
    EXPECT_TRUE(cli::parseCommandLine({"analyze", "DIR", "--json"}, missing));  // a value option without its value
}
