#include "core/report/report.h"

#include <algorithm>

#include "core/report/json_report.h"
#include "core/report/writers.h"

namespace parallax::report {

namespace {
int rank(Severity s) { return s == Severity::High ? 0 : s == Severity::Medium ? 1 : 2; }
}  // namespace

AnalysisResult filtered(const AnalysisResult& result, const Options& options) {
    AnalysisResult r = result;
    if (!options.stories.empty()) {
        std::erase_if(r.stories, [&](const Story& s) { return !options.stories.count(s.id); });
        std::erase_if(r.groups, [&](const Group& g) { return !options.stories.count(g.story); });
    }
    std::erase_if(r.conflicts, [&](const Conflict& c) {
        if (!options.stories.empty() && !options.stories.count(c.story)) return true;
        if (rank(c.severity) > rank(options.minSeverity)) return true;
        auto v = result.verdicts.find(c.id);
        return !options.includeDismissed && v != result.verdicts.end() && v->second.verdict == Verdict::Dismissed;
    });
    return r;
}

Result<std::string> render(const AnalysisResult& result, Format format, const Options& options) {
    switch (format) {
        case Format::Json: {
            // The JSON contract always carries the texts: its evidence offsets point into them.
            return toJsonString(filtered(result, options), JsonOptions{});
        }
        case Format::Markdown: return renderMarkdown(buildView(result, options));
        case Format::Csv: return renderCsv(buildView(result, options));
        case Format::Html:
        case Format::Pdf: return renderHtml(buildView(result, options));
    }
    return Error{"unknown report format"};
}

}  // namespace parallax::report
