// `parallax-cli extract FILE [--json]`: the main text and metadata of one file.
#include <ostream>

#include "core/cli/commands.h"
#include "core/cli/file_input.h"
#include "core/report/json_report.h"

namespace parallax::cli {

int runExtract(const Args& args, std::ostream& out, std::ostream& err) {
    if (args.positional.size() != 1) {
        err << "parallax-cli: extract takes exactly one FILE\nUsage: parallax-cli extract FILE [--json]\n";
        return kExitUsage;
    }
    auto article = readArticleFile(args.positional.front());
    if (!article) {
        err << "parallax-cli: " << args.positional.front() << ": " << article.error() << "\n";
        return kExitNothing;
    }
    const Article& a = article.value();
    if (args.has("--json")) {
        // The contract of extract --json (score-extraction.py reads it): the article fields of the report.
        nlohmann::json j = report::articleToJson(a, true);
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
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
    return kExitOk;
}

}  // namespace parallax::cli
