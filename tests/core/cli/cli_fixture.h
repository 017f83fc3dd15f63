#pragma once
// Running parallax-cli in-process (core::cli::run with string streams) on a copy of tests/data/cli/corpus.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/cli/cli.h"
#include "../store/temp_dir.h"

namespace parallax::test_support {

struct CliResult {
    int code = -1;
    std::string out;
    std::string err;
};

inline CliResult runCli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    CliResult r;
    r.code = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::filesystem::path corpusSource() { return std::filesystem::path(PARALLAX_TEST_DATA) / "cli" / "corpus"; }

/// A private copy of the corpus (tests may change it) and a database file for it.
class CliFixture {
public:
    CliFixture() {
        std::filesystem::copy(corpusSource(), corpus(), std::filesystem::copy_options::recursive);
    }
    [[nodiscard]] std::filesystem::path corpus() const { return m_dir / "corpus"; }
    [[nodiscard]] std::string db() const { return (m_dir / "lib.sqlite").string(); }
    [[nodiscard]] const TempDir& dir() const { return m_dir; }

private:
    TempDir m_dir;
};

}  // namespace parallax::test_support
