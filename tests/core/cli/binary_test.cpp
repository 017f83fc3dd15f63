// The built parallax-cli executable: stdout carries only JSON with --json -, and the exit codes are 0, 1 and 2.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>

#include "binary_runner.h"
#include "cli_fixture.h"

using namespace parallax::test_support;

namespace {

Process runBinary(const std::vector<std::string>& args, const TempDir& dir) {
    return runProcess(PARALLAX_CLI_PATH, args, dir.path());
}

}  // namespace

TEST(CliBinary, JsonOnStdoutAndExitCodes) {
    CliFixture fx;
    auto ok = runBinary({"analyze", fx.corpus().string(), "--json", "-"}, fx.dir());
    ASSERT_EQ(ok.code, 0) << ok.err;
    nlohmann::json doc;
    ASSERT_NO_THROW(doc = nlohmann::json::parse(ok.out)) << "stdout must be the JSON alone:\n" << ok.out.substr(0, 300);
    EXPECT_EQ(doc["schema"], "parallax.report/1");
    EXPECT_NE(ok.err.find("Analysed"), std::string::npos) << "the summary goes to stderr";
    // The default library location is per folder under XDG_DATA_HOME.
    EXPECT_TRUE(std::filesystem::exists(fx.dir() / "xdg" / "parallax" / "libraries"));

    auto extract = runBinary({"extract", (fx.corpus() / "harbour-bridge.md").string(), "--json"}, fx.dir());
    ASSERT_EQ(extract.code, 0) << extract.err;
    EXPECT_TRUE(nlohmann::json::accept(extract.out)) << extract.out.substr(0, 300);
    // Many files in one process: stdout is one JSON object per line and nothing else, even past a missing file.
    auto lines = runBinary({"extract", fx.corpus().string(), (fx.dir() / "missing.html").string(), "--jsonl"}, fx.dir());
    ASSERT_EQ(lines.code, 0) << lines.err;
    std::istringstream in(lines.out);
    int count = 0;
    for (std::string line; std::getline(in, line); ++count) EXPECT_TRUE(nlohmann::json::accept(line)) << line;
    EXPECT_EQ(count, 6) << "five entries of the folder and the missing file";

    std::filesystem::create_directories(fx.dir() / "empty");
    EXPECT_EQ(runBinary({"analyze", (fx.dir() / "empty").string(), "--json", "-"}, fx.dir()).code, 1);
    EXPECT_EQ(runBinary({"analyze"}, fx.dir()).code, 2);
    EXPECT_EQ(runBinary({"no-such-command"}, fx.dir()).code, 2);
    auto help = runBinary({"--help"}, fx.dir());
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Usage"), std::string::npos);
}
