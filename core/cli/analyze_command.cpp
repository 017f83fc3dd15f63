// `parallax-cli analyze DIR [--facts FILE] [--json OUT|-] [--db PATH]`: the whole analysis, a summary for a
// person and, on request, the parallax.report/1 JSON.
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <ostream>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "core/cli/commands.h"
#include "core/pipeline/pipeline.h"
#include "core/report/json_report.h"
#include "core/util/atomic_file.h"

namespace parallax::cli {
namespace {

/// Freeing every article, annotation and group one by one would be the last tenth of a second of a warm run of
/// 10,000 articles; the process is about to end and returns its memory whole. Still referenced, so not a leak.
pipeline::Run* leftToTheSystem = nullptr;
void leaveToTheSystem(pipeline::Run&& run) { leftToTheSystem = new pipeline::Run(std::move(run)); }

/// The summary is built in one string and written at once: at 10k articles it is 10k lines, and a stream insertion
/// per piece (and a map of the articles by id) cost a few percent of a warm run.
void printSummary(const AnalysisResult& r, std::ostream& os) {
    std::unordered_map<std::string_view, const Article*> byId;
    byId.reserve(r.articles.size());
    for (const auto& a : r.articles) byId.emplace(a.id, &a);
    std::string text;
    auto out = std::back_inserter(text);
    fmt::format_to(out, "Analysed {} article{} in {}; skipped {}\n", r.articles.size(),
                   r.articles.size() == 1 ? "" : "s", r.folder, r.skipped.size());
    for (const auto& s : r.skipped) fmt::format_to(out, "  skipped {}: {}\n", s.path, s.reason);
    // read, but with a caveat the reader should know (bytes replaced, a charset label that was wrong, ...)
    for (const auto& a : r.articles) {
        if (a.warnings.empty()) continue;
        std::error_code ec;
        const std::filesystem::path shown = std::filesystem::relative(a.path, r.folder, ec);
        for (const auto& w : a.warnings)
            fmt::format_to(out, "  warning {}: {}\n", ec || shown.empty() ? a.path : shown.string(), w);
    }
    fmt::format_to(out, "Stories: {}\n", r.stories.size());
    for (const auto& s : r.stories) {
        fmt::format_to(out, "  {}  {} ({} article{})\n", s.id, s.label, s.articles.size(),
                       s.articles.size() == 1 ? "" : "s");
        for (const auto& id : s.articles) {
            auto it = byId.find(id);
            if (it == byId.end()) continue;
            const Article& a = *it->second;
            fmt::format_to(out, "      {}  {}", id, a.title.empty() ? std::string_view("(untitled)") : a.title);
            if (!a.outlet.empty()) fmt::format_to(out, " | {}", a.outlet);
            if (a.published) fmt::format_to(out, " | {}", a.published->date.iso());
            text += '\n';
        }
    }
    std::map<Severity, int> bySeverity;
    for (const auto& c : r.conflicts) ++bySeverity[c.severity];
    fmt::format_to(out, "Conflicts: {} (high {}, medium {}, low {})\n", r.conflicts.size(),
                   bySeverity[Severity::High], bySeverity[Severity::Medium], bySeverity[Severity::Low]);
    for (Severity sev : {Severity::High, Severity::Medium, Severity::Low}) {
        for (const auto& c : r.conflicts) {
            if (c.severity != sev) continue;
            fmt::format_to(out, "  [{}] {} {}", toString(c.severity), toString(c.type), c.subject);
            if (!c.attribute.empty()) fmt::format_to(out, " / {}", c.attribute);
            fmt::format_to(out, ": {}\n", c.reason);
        }
    }
    os.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

int runAnalyze(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.positional.size() != 1) {
        err << "parallax-cli: analyze takes exactly one DIR\n"
               "Usage: parallax-cli analyze DIR [--facts FILE] [--json OUT|-] [--db PATH]\n";
        return kExitUsage;
    }
    const std::filesystem::path dir = args.positional.front();
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << "parallax-cli: " << dir.string() << " is not a folder\n";
        return kExitNothing;
    }
    pipeline::Options options;
    options.folder = dir;
    if (auto facts = args.value("--facts")) {
        if (!std::filesystem::is_regular_file(*facts, ec)) {
            err << "parallax-cli: facts file " << *facts << " not found\n";
            return kExitUsage;
        }
        options.factsFile = *facts;
    }
    if (auto db = args.value("--db")) options.database = *db;
    if (args.has("--no-cache")) {
        if (args.has("--db")) {
            err << "parallax-cli: --no-cache and --db exclude each other\n";
            return kExitUsage;
        }
        options.database = ":memory:";  // nothing read from or written to the library database
    }
    if (auto threads = args.value("--threads")) {
        try {
            options.threads = static_cast<unsigned>(std::stoul(*threads));
        } catch (const std::exception&) {
            err << "parallax-cli: --threads needs a number\n";
            return kExitUsage;
        }
    }
    const auto jsonTarget = args.value("--json");
    const bool jsonOnStdout = jsonTarget && *jsonTarget == "-";
    std::ostream& summary = jsonOnStdout ? err : out;

    pipeline::Run run = pipeline::analyzeFolder(options);
    for (const auto& note : run.notes) err << "parallax-cli: " << note << "\n";
    if (run.outcome == pipeline::Outcome::Failed) {
        err << "parallax-cli: analysis failed: " << run.error << "\n";
        return kExitNothing;
    }
    if (run.outcome == pipeline::Outcome::Cancelled) {
        err << "parallax-cli: analysis cancelled\n";
        return kExitNothing;
    }
    printSummary(run.result, summary);
    const auto started = std::chrono::steady_clock::now();
    if (jsonTarget) {
        // Streamed: a large folder's document is never held whole, neither as a tree nor as one string.
        if (jsonOnStdout) {
            report::writeJson(out, run.result);
            out << "\n";
        } else {
            // A kill or a full disk during the write must leave the previous JSON in place, never half of one.
            auto produce = [&](const std::filesystem::path& temporary) -> Result<bool> {
                errno = 0;
                std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
                report::writeJson(file, run.result);
                file << "\n";
                file.flush();
                // The stream keeps no reason; errno still holds the failed write's ("No space left on device").
                if (!file) return Error{errno != 0 ? std::strerror(errno) : "the write failed"};
                return true;
            };
            if (auto written = util::writeFileAtomically(*jsonTarget, produce); !written) {
                err << "parallax-cli: " << written.error() << "\n";
                return kExitNothing;
            }
            summary << "JSON written to " << *jsonTarget << "\n";
        }
    }
    if (args.has("--timings")) {
        // On stderr, so that a pipeline reading the JSON from stdout is not disturbed.
        auto& st = run.stats.stageSeconds;
        if (jsonTarget) {
            const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            st.push_back({"json", wall, wall});  // written by this thread alone
        }
        for (const auto& t : st) err << fmt::format("timing {:<18} {:8.3f} s wall {:8.3f} s CPU\n", t.stage, t.wall, t.cpu);
    }
    const int code = run.result.articles.empty() ? kExitNothing : kExitOk;
    if (args.processEnds) leaveToTheSystem(std::move(run));
    return code;
}

}  // namespace parallax::cli
