// `parallax-cli report DIR -o OUT.(html|pdf|md|json|csv)`: the same report the GUI exports (core/report).
// PDF is printed by Qt in the helper parallax-pdf (pdf_helper.h): the CLI links no Qt.
#include <chrono>
#include <filesystem>
#include <ostream>
#include <sstream>

#include "core/cli/commands.h"
#include "core/cli/pdf_helper.h"
#include "core/pipeline/pipeline.h"
#include "core/report/report.h"
#include "core/util/atomic_file.h"

namespace parallax::cli {
namespace {

std::string nowIso() {
    auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", std::gmtime(&t));
    return buf;
}

bool parseSeverity(const std::string& s, Severity& out) {
    if (s == "low") out = Severity::Low;
    else if (s == "medium") out = Severity::Medium;
    else if (s == "high") out = Severity::High;
    else return false;
    return true;
}

}  // namespace

int runReport(const Args& args, std::ostream& out, std::ostream& err) {
    const char* usage =
        "Usage: parallax-cli report DIR -o OUT.(html|pdf|md|json|csv) [--facts FILE] [--db PATH]\n"
        "       [--story ID[,ID...]] [--min-severity low|medium|high] [--include-dismissed] [--full-text]\n";
    auto target = args.value("-o");
    if (!target) target = args.value("--output");
    if (args.positional.size() != 1 || !target) {
        err << "parallax-cli: report takes one DIR and -o OUT\n" << usage;
        return kExitUsage;
    }
    report::Format format;
    if (auto f = args.value("--format")) {
        if (!report::formatFromPath("x." + *f, format)) {
            err << "parallax-cli: unknown report format '" << *f << "' (html, pdf, md, json, csv)\n";
            return kExitUsage;
        }
    } else if (!report::formatFromPath(*target, format)) {
        err << "parallax-cli: cannot tell the format of " << *target << ": use .html, .pdf, .md, .json or .csv\n";
        return kExitUsage;
    }
    report::Options ropts;
    ropts.generatedAt = nowIso();
    ropts.includeDismissed = args.has("--include-dismissed");
    ropts.includeFullTexts = args.has("--full-text");
    if (auto sev = args.value("--min-severity"); sev && !parseSeverity(*sev, ropts.minSeverity)) {
        err << "parallax-cli: --min-severity is low, medium or high\n";
        return kExitUsage;
    }
    if (auto stories = args.value("--story")) {
        std::stringstream ss(*stories);
        for (std::string id; std::getline(ss, id, ',');)
            if (!id.empty()) ropts.stories.insert(id);
    }

    if (format == report::Format::Pdf) {
        if (std::string missing = missingPdfHelper(); !missing.empty()) {
            err << "parallax-cli: " << missing << "\n";
            return kExitNothing;
        }
    }
    const std::filesystem::path dir = args.positional.front();
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << "parallax-cli: " << dir.string() << " is not a folder\n";
        return kExitNothing;
    }
    pipeline::Options options;
    options.folder = dir;
    if (auto facts = args.value("--facts")) options.factsFile = *facts;
    if (auto db = args.value("--db")) options.database = *db;
    pipeline::Run run = pipeline::analyzeFolder(options);
    if (run.outcome != pipeline::Outcome::Ok) {
        err << "parallax-cli: analysis " << (run.outcome == pipeline::Outcome::Cancelled ? "cancelled" : "failed: " + run.error)
            << "\n";
        return kExitNothing;
    }
    if (run.result.articles.empty()) {
        err << "parallax-cli: no article could be read in " << dir.string() << "\n";
        return kExitNothing;
    }
    auto rendered = report::render(run.result, format, ropts);
    if (!rendered.ok()) {
        err << "parallax-cli: " << rendered.error() << "\n";
        return kExitNothing;
    }
    if (format == report::Format::Pdf) {
        // The printer writes a temporary file beside the target, which replaces the old report only when complete.
        auto printed = util::writeFileAtomically(*target, [&](const std::filesystem::path& temporary) -> Result<bool> {
            if (std::string problem = printPdfWithHelper(rendered.value(), temporary.string()); !problem.empty())
                return Error{problem};
            return true;
        });
        if (!printed) {
            err << "parallax-cli: " << printed.error() << "\n";
            return kExitNothing;
        }
    } else if (auto written = util::writeFileAtomically(*target, rendered.value()); !written) {
        err << "parallax-cli: " << written.error() << "\n";
        return kExitNothing;
    }
    out << "Report of " << run.result.articles.size() << " articles, " << run.result.stories.size() << " stories and "
        << run.result.conflicts.size() << " conflicts written to " << *target << "\n";
    for (const auto& s : run.result.skipped) out << "  skipped " << s.path << ": " << s.reason << "\n";
    return kExitOk;
}

}  // namespace parallax::cli
