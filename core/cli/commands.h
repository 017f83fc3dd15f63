#pragma once
/// @file commands.h  The parallax-cli sub-commands, each in its own file, called by the dispatcher in cli.cpp.
#include <iosfwd>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace parallax::cli {

/// Exit codes of the CLI contract (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothing = 1;  ///< nothing could be analysed / read
inline constexpr int kExitUsage = 2;    ///< bad usage

/// A parsed command line: `parallax-cli COMMAND positional... --option value --flag`.
struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  ///< value options, keyed with their dashes ("--facts")
    std::set<std::string> flags;                 ///< options without a value ("--json" for extract)
    bool processEnds = false;                    ///< the process ends after the command (see cli.h, Afterwards)

    [[nodiscard]] bool has(const std::string& name) const { return flags.count(name) > 0 || options.count(name) > 0; }
    [[nodiscard]] std::optional<std::string> value(const std::string& name) const {
        auto it = options.find(name);
        if (it == options.end()) return std::nullopt;
        return it->second;
    }
};

/// Parses `args` (the command name first) into `parsed` without running anything; the problem when the command
/// is unknown or an option is unknown or lacks its value. (run() does this too; the fuzz target calls it alone.)
[[nodiscard]] std::optional<std::string> parseCommandLine(const std::vector<std::string>& args, Args& parsed);

/// `analyze DIR [--facts FILE] [--json OUT|-] [--db PATH]`
[[nodiscard]] int runAnalyze(const Args& args, std::ostream& out, std::ostream& err);
/// `report DIR -o OUT.(html|pdf|md|json|csv) [--facts FILE]`
[[nodiscard]] int runReport(const Args& args, std::ostream& out, std::ostream& err);
/// `extract FILE [--json]`, `extract FILE|DIR... --jsonl [--threads N]`
[[nodiscard]] int runExtract(const Args& args, std::ostream& out, std::ostream& err);
/// `annotate FILE [--published YYYY-MM-DD] --json`
[[nodiscard]] int runAnnotate(const Args& args, std::ostream& out, std::ostream& err);
/// `search DIR QUERY [--limit N] [--db PATH]`
[[nodiscard]] int runSearch(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace parallax::cli
