// `parallax-cli search DIR QUERY [--limit N] [--db PATH] [--json]`: full-text search over a folder's articles.
// The folder is read first (through the cache, so an unchanged folder costs a scan), so the index is current.
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "core/cli/commands.h"
#include "core/pipeline/pipeline.h"
#include "core/store/library.h"

namespace parallax::cli {
namespace {

/// The store marks matches with control characters; a terminal or a JSON reader gets visible ones.
std::string visibleMarks(std::string snippet, std::string_view open, std::string_view close) {
    for (auto [from, to] : {std::pair{store::kMatchBegin, open}, std::pair{store::kMatchEnd, close}}) {
        for (std::size_t pos = 0; (pos = snippet.find(from, pos)) != std::string::npos; pos += to.size())
            snippet.replace(pos, from.size(), to);
    }
    return snippet;
}

}  // namespace

int runSearch(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.positional.size() < 2) {
        err << "parallax-cli: search takes a DIR and a QUERY\n"
               "Usage: parallax-cli search DIR QUERY [--limit N] [--db PATH] [--json]\n";
        return kExitUsage;
    }
    std::size_t limit = 20;
    if (auto l = args.value("--limit")) {
        try {
            limit = std::stoul(*l);
        } catch (const std::exception&) {
            err << "parallax-cli: --limit needs a number\n";
            return kExitUsage;
        }
    }
    const std::filesystem::path dir = args.positional[0];
    std::string query;
    for (std::size_t i = 1; i < args.positional.size(); ++i) query += (i > 1 ? " " : "") + args.positional[i];
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        err << "parallax-cli: " << dir.string() << " is not a folder\n";
        return kExitNothing;
    }

    pipeline::Options options;
    options.folder = dir;
    options.database = args.value("--db").value_or(store::Library::defaultPathFor(dir).string());
    if (options.database == ":memory:") {
        err << "parallax-cli: search needs a library database file, not :memory:\n";
        return kExitUsage;
    }
    pipeline::Run run = pipeline::readFolder(options);
    for (const auto& note : run.notes) err << "parallax-cli: " << note << "\n";
    if (run.outcome != pipeline::Outcome::Ok) {
        err << "parallax-cli: reading the folder failed: " << run.error << "\n";
        return kExitNothing;
    }
    if (run.result.articles.empty()) {
        err << "parallax-cli: no articles in " << dir.string() << "\n";
        return kExitNothing;
    }
    auto library = store::Library::open(options.database);
    if (!library) {
        err << "parallax-cli: " << library.error() << "\n";
        return kExitNothing;
    }
    auto hits = library->search(query, limit);
    if (!hits) {
        err << "parallax-cli: " << hits.error() << "\n";
        return kExitNothing;
    }
    if (args.has("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& h : hits.value()) {
            nlohmann::json j{{"article", h.articleId},
                             {"path", h.path},
                             {"title", h.title},
                             {"snippet", visibleMarks(h.snippet, "[", "]")},
                             {"start", h.span ? nlohmann::json(h.span->start) : nlohmann::json(nullptr)},
                             {"end", h.span ? nlohmann::json(h.span->end) : nlohmann::json(nullptr)}};
            list.push_back(std::move(j));
        }
        out << nlohmann::json{{"query", query}, {"hits", list}}.dump(2, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace)
            << "\n";
        return kExitOk;
    }
    if (hits->empty()) err << "no matches for \"" << query << "\" in " << run.result.articles.size() << " articles\n";
    for (const auto& h : hits.value()) {
        out << h.articleId << "  " << (h.title.empty() ? "(untitled)" : h.title) << "\n";
        out << "    " << visibleMarks(h.snippet, "[", "]") << "\n";
    }
    return kExitOk;
}

}  // namespace parallax::cli
