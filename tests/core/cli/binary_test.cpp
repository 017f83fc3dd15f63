// The built parallax-cli executable: stdout carries only JSON with --json -, and the exit codes are 0, 1 and 2.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "binary_runner.h"
#include "cli_fixture.h"

using namespace parallax::test_support;

namespace {

Process runBinary(const std::vector<std::string>& args, const TempDir& dir, const std::vector<std::string>& env = {}) {
    return runProcess(PARALLAX_CLI_PATH, args, dir.path(), env);
}

std::string head(const std::filesystem::path& file, std::size_t n) {
    std::ifstream in(file, std::ios::binary);
    std::string s(n, '\0');
    in.read(s.data(), static_cast<std::streamsize>(n));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

const std::filesystem::path kSamplePdf =
    std::filesystem::path(PARALLAX_SOURCE_DIR) / "resources" / "samples" / "tidewater-securities-china-ai-compute.pdf";

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

// PDF reports are printed by the helper parallax-pdf beside the CLI (the CLI links no Qt); without it the CLI
// says so before analysing anything.
TEST(CliBinary, PdfReportThroughTheHelperAndAClearMessageWithoutIt) {
    CliFixture fx;
    const auto pdf = fx.dir() / "report.pdf";
    if (!std::filesystem::exists(std::filesystem::path(PARALLAX_CLI_PATH).parent_path() / "parallax-pdf"))
        GTEST_SKIP() << "built without the Qt user interface: no PDF helper";
    auto printed = runBinary({"report", fx.corpus().string(), "-o", pdf.string(), "--db", fx.db()}, fx.dir());
    ASSERT_EQ(printed.code, 0) << printed.err;
    EXPECT_EQ(head(pdf, 5), "%PDF-");

    const auto db2 = fx.dir() / "other.sqlite";
    auto missing = runBinary({"report", fx.corpus().string(), "-o", (fx.dir() / "r2.pdf").string(), "--db", db2.string()},
                             fx.dir(), {"PARALLAX_PDF_HELPER=" + (fx.dir() / "no-helper").string()});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("no-helper"), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find(".html"), std::string::npos) << "says what to do instead: " << missing.err;
    EXPECT_FALSE(std::filesystem::exists(fx.dir() / "r2.pdf"));
    EXPECT_FALSE(std::filesystem::exists(db2)) << "nothing was analysed for a report that cannot be printed";
}

// poppler is a module loaded on the first PDF (the CLI does not link it): PDFs read through it, and without it a
// PDF is one file that cannot be read, with a message naming the module.
TEST(CliBinary, PdfArticlesThroughThePopplerModule) {
    CliFixture fx;
    auto read = runBinary({"extract", kSamplePdf.string(), "--json"}, fx.dir());
    ASSERT_EQ(read.code, 0) << read.err;
    EXPECT_EQ(nlohmann::json::parse(read.out)["format"], "pdf");
    auto without = runBinary({"extract", kSamplePdf.string(), (fx.corpus() / "harbour-bridge.md").string(), "--jsonl"},
                             fx.dir(), {"PARALLAX_POPPLER_MODULE=" + (fx.dir() / "none.so").string()});
    EXPECT_EQ(without.code, 0) << "the Markdown file was read";
    EXPECT_NE(without.out.find("parallax-poppler"), std::string::npos) << without.out;
}
