// The built parallax-cli executable: stdout carries only JSON with --json -, and the exit codes are 0, 1 and 2.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_fixture.h"

using namespace parallax::test_support;

namespace {

struct Process {
    int code = -1;
    std::string out;
    std::string err;
};

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// Runs the binary through /bin/sh with a private XDG_DATA_HOME (so the default library location is exercised
/// without touching the real one); stderr goes to a file so stdout can be checked on its own.
Process runBinary(const std::vector<std::string>& args, const TempDir& dir) {
    const auto errFile = dir / "stderr.txt";
    std::string cmd = "XDG_DATA_HOME=" + quote((dir / "xdg").string()) + " " + quote(PARALLAX_CLI_PATH);
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " 2>" + quote(errFile.string());
    Process p;
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (!pipe) return p;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) p.out.append(buf.data(), n);
    const int status = ::pclose(pipe);
    p.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile);
    p.err.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return p;
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

    std::filesystem::create_directories(fx.dir() / "empty");
    EXPECT_EQ(runBinary({"analyze", (fx.dir() / "empty").string(), "--json", "-"}, fx.dir()).code, 1);
    EXPECT_EQ(runBinary({"analyze"}, fx.dir()).code, 2);
    EXPECT_EQ(runBinary({"no-such-command"}, fx.dir()).code, 2);
    auto help = runBinary({"--help"}, fx.dir());
    EXPECT_EQ(help.code, 0);
    EXPECT_NE(help.out.find("Usage"), std::string::npos);
}
