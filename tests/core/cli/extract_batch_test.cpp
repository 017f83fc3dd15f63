// `parallax-cli extract FILE|DIR... --jsonl`: many files in one process, one JSON object per line, in input
// order; a file that cannot be read is a line with its error and the rest continues.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_fixture.h"

using namespace parallax;
using namespace parallax::test_support;
using nlohmann::json;

namespace {

std::vector<json> jsonLines(const std::string& out) {
    std::vector<json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));  // throws on a non-JSON line
    return lines;
}

std::string file(const char* name) { return (corpusSource() / name).string(); }

}  // namespace

TEST(CliExtractBatch, JsonLinesOfSeveralFilesEqualEachFilesJson) {
    const std::vector<std::string> names = {file("orbital-earnings.html"), file("harbour-bridge.md"),
                                            file("orbital-results.txt")};
    std::vector<std::string> args = {"extract"};
    args.insert(args.end(), names.begin(), names.end());
    args.push_back("--jsonl");
    auto r = runCli(args);
    ASSERT_EQ(r.code, 0) << r.err;
    auto lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto one = runCli({"extract", names[i], "--json"});
        ASSERT_EQ(one.code, 0) << one.err;
        EXPECT_EQ(lines[i], json::parse(one.out)) << "line " << i << " is the single-file JSON of " << names[i];
    }
    EXPECT_EQ(r.out.find("\n  "), std::string::npos) << "one object per line, not pretty-printed";
}

TEST(CliExtractBatch, AFileThatCannotBeReadIsALineAndTheRestContinues) {
    auto r = runCli({"extract", file("harbour-bridge.md"), file("no-such-file.txt"), file("broken.txt"),
                     file("orbital-results.txt"), "--jsonl"});
    EXPECT_EQ(r.code, 0) << "some files were extracted";
    auto lines = jsonLines(r.out);
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_TRUE(lines[0].contains("text"));
    EXPECT_EQ(lines[1]["path"], file("no-such-file.txt"));
    EXPECT_TRUE(lines[1].contains("error"));
    EXPECT_FALSE(lines[1].contains("text"));
    EXPECT_TRUE(lines[2].contains("error")) << "a binary file";
    EXPECT_NE(lines[3]["text"].get<std::string>().find("fourth-quarter revenue"), std::string::npos);
    EXPECT_NE(r.err.find("no-such-file.txt"), std::string::npos) << "errors are also said on stderr";

    auto none = runCli({"extract", file("no-such-file.txt"), file("broken.txt"), "--jsonl"});
    EXPECT_EQ(none.code, 1) << "nothing could be extracted";
    EXPECT_EQ(jsonLines(none.out).size(), 2u);
}

TEST(CliExtractBatch, AFolderIsReadRecursivelyInPathOrder) {
    CliFixture fx;
    auto r = runCli({"extract", fx.corpus().string(), "--jsonl", "--threads", "2"});
    ASSERT_EQ(r.code, 0) << r.err;
    auto lines = jsonLines(r.out);
    std::vector<std::string> paths;
    for (const auto& l : lines) paths.push_back(l["path"].get<std::string>());
    ASSERT_EQ(paths.size(), 5u);
    EXPECT_TRUE(lines[0].contains("error")) << paths[0];
    EXPECT_NE(paths[0].find("broken.txt"), std::string::npos);
    EXPECT_NE(paths[2].find("notes"), std::string::npos) << "the subfolder's file comes in path order";
    EXPECT_NE(paths[4].find("orbital-results.txt"), std::string::npos);
    auto oneThread = runCli({"extract", fx.corpus().string(), "--jsonl", "--threads", "1"});
    EXPECT_EQ(oneThread.out, r.out) << "the output does not depend on the number of threads";
}

TEST(CliExtractBatch, PlainTextOfSeveralFilesAndBadUsage) {
    auto r = runCli({"extract", file("harbour-bridge.md"), file("orbital-results.txt")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("main girder"), std::string::npos);
    EXPECT_NE(r.out.find("fourth-quarter revenue"), std::string::npos);
    EXPECT_EQ(runCli({"extract", file("harbour-bridge.md"), file("orbital-results.txt"), "--json"}).code, 2)
        << "--json is one document; several files need --jsonl";
    EXPECT_EQ(runCli({"extract", corpusSource().string(), "--json"}).code, 2);
    EXPECT_EQ(runCli({"extract", file("harbour-bridge.md"), "--json", "--jsonl"}).code, 2);
    EXPECT_EQ(runCli({"extract", file("harbour-bridge.md"), "--jsonl", "--threads", "0"}).code, 2);
    EXPECT_EQ(runCli({"extract", "--jsonl"}).code, 2);
    auto single = runCli({"extract", file("harbour-bridge.md"), "--jsonl"});
    EXPECT_EQ(single.code, 0);
    EXPECT_EQ(jsonLines(single.out).size(), 1u) << "--jsonl on one file is one line";
}
