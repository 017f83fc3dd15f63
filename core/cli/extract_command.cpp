// `parallax-cli extract FILE|DIR... [--json|--jsonl] [--threads N]`: the main text and metadata of files.
// One file is printed as before (text, or one pretty JSON object with --json); several files or a folder are
// read in one process (no start-up per page), in parallel, and printed in input order.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include "core/cli/commands.h"
#include "core/cli/file_input.h"
#include "core/cli/ordered_parallel.h"
#include "core/report/json_report.h"

namespace parallax::cli {
namespace {

constexpr const char* kUsage =
    "Usage: parallax-cli extract FILE|DIR... [--json | --jsonl] [--threads N]\n"
    "  one FILE: its text and metadata (--json: one JSON object)\n"
    "  several FILEs or a DIR (read recursively): --jsonl prints one JSON object per line, in input order;\n"
    "  a file that cannot be read gives {\"path\",\"error\"} on its line and the rest continues.\n"
    "  Exit 0 when at least one file was extracted, 1 when none could be, 2 on bad usage.\n";

/// One thing to extract: a described file, or why it cannot even be described (missing, a scan's skip).
struct Input {
    std::string path;  ///< as given, or folder/relative for a folder's files
    std::optional<ingest::FoundFile> found;
    std::string error;
};

/// The arguments expanded into files: a folder contributes what a folder scan (analyze) would read, sorted.
std::vector<Input> collectInputs(const std::vector<std::string>& given) {
    std::vector<Input> inputs;
    for (const auto& g : given) {
        std::error_code ec;
        if (!std::filesystem::is_directory(g, ec)) {
            auto found = describeFile(g);
            if (found) inputs.push_back({g, std::move(found.value()), {}});
            else inputs.push_back({g, std::nullopt, found.error()});
            continue;
        }
        auto scan = ingest::scanFolder(g);
        std::vector<Input> fromDir;
        const std::filesystem::path dir(g);
        for (auto& f : scan.files) fromDir.push_back({(dir / f.relative).string(), std::move(f), {}});
        for (auto& s : scan.skipped) fromDir.push_back({(dir / s.path).string(), std::nullopt, s.reason});
        std::stable_sort(fromDir.begin(), fromDir.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
        std::move(fromDir.begin(), fromDir.end(), std::back_inserter(inputs));
    }
    return inputs;
}

Result<Article> extractOne(const Input& in) {
    if (!in.found) return Error{in.error};
    try {
        return readArticle(*in.found);
    } catch (const std::exception& e) {  // one hostile file must not stop the batch
        return Error{std::string("extraction failed: ") + e.what()};
    }
}

std::string jsonText(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void printPlain(const Article& a, std::ostream& out) {
    out << "path:      " << a.path << "\n"
        << "format:    " << toString(a.format) << " (" << a.encoding << ")\n"
        << "title:     " << a.title << "\n"
        << "outlet:    " << a.outlet << (a.outletHow.empty() ? "" : " [" + a.outletHow + "]") << "\n"
        << "byline:    " << a.byline << "\n"
        << "published: ";
    if (a.published)
        out << a.published->date.iso() << " (" << toString(a.published->date.precision) << ", "
            << toString(a.published->source) << ": " << a.published->how << ")\n";
    else
        out << "unknown\n";
    out << "language:  " << a.language << "\n";
    for (const auto& w : a.warnings) out << "warning:   " << w << "\n";
    out << "\n" << a.text << "\n";
}

/// The contract of extract --json (score-extraction.py reads it): the article fields of the report.
int extractSingle(const std::string& file, bool json, std::ostream& out, std::ostream& err) {
    auto article = readArticleFile(file);
    if (!article) {
        err << "parallax-cli: " << file << ": " << article.error() << "\n";
        return kExitNothing;
    }
    if (json) out << jsonText(report::articleToJson(article.value(), true), 2) << "\n";
    else printPlain(article.value(), out);
    return kExitOk;
}

}  // namespace

int runExtract(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.positional.empty()) {
        err << "parallax-cli: extract needs a FILE or DIR\n" << kUsage;
        return kExitUsage;
    }
    const bool jsonl = args.has("--jsonl");
    if (jsonl && args.has("--json")) {
        err << "parallax-cli: --json and --jsonl exclude each other\n" << kUsage;
        return kExitUsage;
    }
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    if (auto t = args.value("--threads")) {
        try {
            threads = static_cast<unsigned>(std::stoul(*t));
        } catch (const std::exception&) {
            threads = 0;
        }
        if (threads == 0 || threads > 256) {
            err << "parallax-cli: --threads takes a number from 1 to 256\n";
            return kExitUsage;
        }
    }
    std::error_code ec;
    const bool single = args.positional.size() == 1 && !std::filesystem::is_directory(args.positional.front(), ec);
    if (single && !jsonl) return extractSingle(args.positional.front(), args.has("--json"), out, err);
    if (args.has("--json")) {
        err << "parallax-cli: --json prints one file; use --jsonl for several files or a folder\n" << kUsage;
        return kExitUsage;
    }

    const std::vector<Input> inputs = collectInputs(args.positional);
    std::size_t extracted = 0;
    bool first = true;
    orderedParallel<Result<Article>>(
        inputs.size(), threads, [&](std::size_t i) { return extractOne(inputs[i]); },
        [&](std::size_t i, Result<Article> r) {
            if (r) ++extracted;
            else err << "parallax-cli: " << inputs[i].path << ": " << r.error() << "\n";
            if (jsonl) {
                nlohmann::json j = r ? report::articleToJson(r.value(), true)
                                     : nlohmann::json{{"path", inputs[i].path}, {"error", r.error()}};
                out << jsonText(j, -1) << "\n";
            } else if (r) {
                if (!first) out << "\n";
                printPlain(r.value(), out);
                first = false;
            }
        });
    if (inputs.empty()) err << "parallax-cli: no file to extract\n";
    return extracted > 0 ? kExitOk : kExitNothing;
}

}  // namespace parallax::cli
