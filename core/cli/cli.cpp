// The parallax-cli dispatcher: parses the command line against each command's option table, checks the
// ICU backend once, and hands over to the command's own file.
#include "core/cli/cli.h"

#include <ostream>
#include <set>
#include <string_view>

#include "core/cli/commands.h"
#include "core/text/text.h"

namespace parallax::cli {
namespace {

using Runner = int (*)(const Args&, std::ostream&, std::ostream&);

/// What a command accepts: options that take a value and options that are plain flags.
struct CommandSpec {
    std::string_view name;
    Runner run;
    std::set<std::string, std::less<>> valueOptions;
    std::set<std::string, std::less<>> flagOptions;
    std::string_view usage;
};

const std::vector<CommandSpec>& commands() {
    static const std::vector<CommandSpec> table = {
        {"analyze", &runAnalyze, {"--facts", "--json", "--db", "--threads"}, {"--no-cache", "--timings"},
         "analyze DIR [--facts FILE] [--json OUT|-] [--db PATH|--no-cache] [--threads N] [--timings]   summary on stdout; "
         "full result as JSON; --timings: wall seconds per stage on stderr"},
        {"report", &runReport, {"-o", "--output", "--facts", "--db", "--format", "--story", "--min-severity"},
         {"--include-dismissed", "--full-text"},
         "report  DIR -o OUT.(html|pdf|md|json|csv) [--facts FILE] [--story ID,...] [--min-severity low|medium|high]\n"
         "                [--include-dismissed] [--full-text]"},
        {"extract", &runExtract, {"--threads"}, {"--json", "--jsonl"},
         "extract FILE [--json]                    main text and metadata of one file\n"
         "  parallax-cli extract FILE|DIR... --jsonl [--threads N]   one JSON object per line and file"},
        {"annotate", &runAnnotate, {"--published"}, {"--json"},
         "annotate FILE [--published YYYY-MM-DD] --json   mentions, time values, claims of one file"},
        {"search", &runSearch, {"--db", "--limit"}, {"--json"},
         "search  DIR QUERY [--limit N] [--db PATH]   full-text search over a folder's articles"},
    };
    return table;
}

void printHelp(std::ostream& os) {
    os << "Usage: parallax-cli COMMAND [ARGS]\n\nCommands:\n";
    for (const auto& c : commands()) os << "  parallax-cli " << c.usage << "\n";
    os << "\nExit codes: 0 success (also when some files were skipped; they are listed),\n"
          "            1 nothing could be analysed, 2 bad usage.\n"
          "With --json - (and extract/annotate --json, extract --jsonl) stdout carries the JSON alone; the rest\n"
          "goes to stderr. extract --jsonl exits 0 when at least one file was extracted (the others are lines\n"
          "with an \"error\"), 1 when none could be.\n";
}

/// Parses `args` (after the command name) against `spec`; an Error message on unknown or incomplete options.
std::optional<std::string> parseInto(const CommandSpec& spec, const std::vector<std::string>& args, Args& parsed) {
    bool onlyPositional = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        // "-" alone is a value (stdout), and "--" ends the options so a query may start with a dash.
        if (onlyPositional || a.size() < 2 || a[0] != '-') {
            parsed.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = a;
        std::optional<std::string> inlineValue;
        if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
            name = a.substr(0, eq);
            inlineValue = a.substr(eq + 1);
        }
        if (spec.valueOptions.count(name) > 0) {
            if (inlineValue) {
                parsed.options[name] = *inlineValue;
            } else if (i + 1 < args.size()) {
                parsed.options[name] = args[++i];
            } else {
                return "option " + name + " needs a value";
            }
        } else if (spec.flagOptions.count(name) > 0 && !inlineValue) {
            parsed.flags.insert(name);
        } else {
            return "unknown option " + a + " for '" + std::string(spec.name) + "'";
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> parseCommandLine(const std::vector<std::string>& args, Args& parsed) {
    if (args.empty()) return "no command";
    for (const auto& c : commands()) {
        if (c.name != args[0]) continue;
        parsed.command = args[0];
        return parseInto(c, args, parsed);
    }
    return "unknown command '" + args[0] + "'";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, Afterwards afterwards) {
    if (args.empty()) {
        printHelp(err);
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp(out);
        return kExitOk;
    }
    const CommandSpec* spec = nullptr;
    for (const auto& c : commands())
        if (c.name == args[0]) spec = &c;
    if (spec == nullptr) {
        err << "parallax-cli: unknown command '" << args[0] << "'\n\n";
        printHelp(err);
        return kExitUsage;
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out << "Usage: parallax-cli " << spec->usage << "\n";
            return kExitOk;
        }
        if (args[i] == "--") break;
    }
    Args parsed;
    parsed.command = args[0];
    parsed.processEnds = afterwards == Afterwards::ProcessEnds;
    if (auto problem = parseInto(*spec, args, parsed)) {
        err << "parallax-cli: " << *problem << "\nUsage: parallax-cli " << spec->usage << "\n";
        return kExitUsage;
    }
    // Without ICU, Boost.Locale silently degrades boundaries and case folding: refuse to run rather than
    // produce subtly wrong results.
    if (auto icu = text::checkIcuBackend(); !icu.ok()) {
        err << "parallax-cli: " << icu.error() << "\n";
        return kExitNothing;
    }
    return spec->run(parsed, out, err);
}

}  // namespace parallax::cli
