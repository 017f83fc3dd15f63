// `parallax-cli annotate FILE [--published YYYY-MM-DD] [--json]`: what the annotators find in one file.
#include <ostream>

#include "core/annotate/annotator.h"
#include "core/cli/commands.h"
#include "core/cli/file_input.h"
#include "core/model/budget.h"
#include "core/report/json_report.h"

namespace parallax::cli {
namespace {

void printText(const Article& a, const Annotations& ann, std::ostream& out) {
    out << "published: " << (a.published ? a.published->date.iso() : std::string("unknown")) << "\n";
    out << "sentences: " << ann.sentences.size() << "\n\nentities:\n";
    for (const auto& e : ann.entities)
        out << "  [" << e.span.start << "," << e.span.end << ") " << e.text << " -> " << e.canonical << " ("
            << toString(e.kind) << (e.base.empty() ? "" : ", base " + e.base) << ")\n";
    out << "\ntimes:\n";
    for (const auto& t : ann.times)
        out << "  [" << t.span.start << "," << t.span.end << ") " << t.text << " -> " << t.value
            << (t.resolved ? "" : " (unresolved)") << (t.note.empty() ? "" : "  # " + t.note) << "\n";
    out << "\nquantities:\n";
    for (const auto& q : ann.quantities) {
        out << "  [" << q.span.start << "," << q.span.end << ") " << q.text << " -> " << q.value << " " << q.unit
            << " [" << q.low << ", " << q.high << "]";
        if (q.convertedFrom) out << " converted from #" << *q.convertedFrom;
        out << "\n";
    }
    out << "\nclaims:\n";
    for (const auto& c : ann.claims)
        out << "  " << toString(c.kind) << " " << c.subject << " " << c.attribute << " = " << c.value
            << (c.speaker.empty() ? "" : " (speaker " + c.speaker + ")") << (c.negated ? " [negated]" : "")
            << (c.hedged ? " [hedged]" : "") << "\n";
}

}  // namespace

int runAnnotate(const Args& args, std::ostream& out, std::ostream& err) {
    const char* usage = "Usage: parallax-cli annotate FILE [--published YYYY-MM-DD] --json\n";
    if (args.positional.size() != 1) {
        err << "parallax-cli: annotate takes exactly one FILE\n" << usage;
        return kExitUsage;
    }
    std::optional<Date> published;
    if (auto p = args.value("--published")) {
        published = Date::parseIso(*p);
        if (!published) {
            err << "parallax-cli: --published wants YYYY-MM-DD (or YYYY-MM, YYYY), got '" << *p << "'\n" << usage;
            return kExitUsage;
        }
    }
    auto article = readArticleFile(args.positional.front());
    if (!article) {
        err << "parallax-cli: " << args.positional.front() << ": " << article.error() << "\n";
        return kExitNothing;
    }
    Article& a = article.value();
    if (published) a.published = PublishedDate{*published, DateSource::User, "--published"};
    Annotations ann = annotate::annotate(a);
    if (std::string w = budgetWarning(analysedLength(a.text), a.text.size()); !w.empty())
        err << "parallax-cli: " << args.positional.front() << ": warning: " << w << "\n";
    if (!args.has("--json")) {
        printText(a, ann, out);
        return kExitOk;
    }
    // The contract: {"text","published","entities","times","quantities","claims"} (+ "sentences"); every
    // item carries start/end byte offsets into "text". An open interval end ("more than 12%") is null.
    nlohmann::json j = report::annotationsToJson(ann);
    j["text"] = a.text;
    j["published"] = report::publishedToJson(a.published);
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
}

}  // namespace parallax::cli
