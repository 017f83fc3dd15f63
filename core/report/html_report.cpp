// The HTML report. Everything from an article goes through escapeHtml(); the page carries a CSP that
// forbids scripts and remote loads, so even a missed escape could not run code or phone home.
#include <fstream>
#include <sstream>

#include "core/knowledge/resources.h"
#include "core/report/escape.h"
#include "core/report/writers.h"

namespace parallax::report {
namespace {

const char* kFallbackCss = "body{font-family:sans-serif;max-width:60rem;margin:2rem auto}"
                           "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3rem}";

std::string e(std::string_view s) { return escapeHtml(s); }

const char* coverageLabel(Coverage c) {
    switch (c) {
        case Coverage::States: return "&#10003; states";
        case Coverage::Contradicts: return "&#10007; contradicts";
        case Coverage::Omits: return "&#8212; omits";
    }
    return "";
}

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

void writeSummary(std::ostringstream& o, const ReportView& v) {
    const AnalysisResult& r = *v.result;
    o << "<section aria-labelledby=\"summary\"><h2 id=\"summary\">What was compared</h2>\n<ul>\n";
    o << "<li>Folder: <code>" << e(r.folder) << "</code></li>\n";
    o << "<li>" << v.articleCount << " articles from " << v.sources.size() << " sources";
    if (!v.sources.empty()) {
        o << " (";
        for (std::size_t i = 0; i < v.sources.size(); ++i) o << (i ? ", " : "") << e(v.sources[i]);
        o << ")";
    }
    o << "</li>\n";
    if (!v.firstDate.empty()) o << "<li>Published between " << e(v.firstDate) << " and " << e(v.lastDate) << "</li>\n";
    o << "<li>" << v.stories.size() << " stories, " << v.conflictCount << " flagged contradictions</li>\n";
    if (!v.options.generatedAt.empty()) o << "<li>Generated " << e(v.options.generatedAt) << "</li>\n";
    o << "</ul>\n";
    if (!r.skipped.empty()) {
        o << "<table cellpadding=\"4\"><caption>Files not analysed</caption><thead><tr><th scope=\"col\">File</th>"
             "<th scope=\"col\">Reason</th></tr></thead><tbody>\n";
        for (const auto& s : r.skipped) o << "<tr><td>" << e(s.path) << "</td><td>" << e(s.reason) << "</td></tr>\n";
        o << "</tbody></table>\n";
    }
    o << "</section>\n";
}

void writeSources(std::ostringstream& o, const StoryView& sv) {
    o << "<table cellpadding=\"4\"><caption>Sources</caption><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Title</th>"
         "<th scope=\"col\">Byline</th><th scope=\"col\">Published</th><th scope=\"col\">How date and outlet were found</th>"
         "</tr></thead><tbody>\n";
    for (const Article* a : sv.articles) {
        std::string how = a->published ? a->published->how : std::string("no date found");
        if (!a->outletHow.empty()) how += "; outlet: " + a->outletHow;
        o << "<tr><td>" << e(a->outlet.empty() ? "(unknown)" : a->outlet) << "</td><td>" << e(a->title) << "</td><td>"
          << e(a->byline) << "</td><td>" << e(dateText(*a)) << "</td><td>" << e(how) << "</td></tr>\n";
    }
    o << "</tbody></table>\n";
}

void writeConflicts(std::ostringstream& o, const ReportView& v, const StoryView& sv) {
    o << "<h3>Contradictions (" << sv.conflicts.size() << ")</h3>\n";
    if (sv.conflicts.empty()) o << "<p>No contradictions were flagged in this story.</p>\n";
    for (const auto& cv : sv.conflicts) {
        const Conflict& c = *cv.conflict;
        o << "<article class=\"conflict sev-" << toString(c.severity) << "\"><h4><span class=\"badge\">"
          << upper(toString(c.severity)) << "</span> " << e(toString(c.type)) << " &#8212; " << e(c.subject);
        if (!c.attribute.empty()) o << " (" << e(c.attribute) << ")";
        o << "</h4>\n<p class=\"reason\">" << e(c.reason) << "</p>\n";
        if (!c.cause.empty()) o << "<p class=\"cause\">Likely cause: " << e(c.cause) << "</p>\n";
        o << "<p class=\"meta\">Scope: " << e(toString(c.scope)) << "</p>\n";
        o << "<table cellpadding=\"4\"><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">What it says</th>"
             "<th scope=\"col\">Value</th></tr></thead><tbody>\n";
        for (const auto& ev : c.evidence) {
            const Article* a = v.article(ev.article);
            std::string who = a ? credit(*a) : v.sourceName(ev.article);
            o << "<tr><td>" << e(who) << "</td><td><blockquote>" << e(ev.text) << "</blockquote></td><td>" << e(shownValue(c, ev.value))
              << "</td></tr>\n";
        }
        o << "</tbody></table>\n";
        if (cv.verdict.verdict != Verdict::Open || !cv.verdict.note.empty()) {
            o << "<p class=\"verdict\">Reviewer: " << e(toString(cv.verdict.verdict));
            if (!cv.verdict.note.empty()) o << " &#8212; " << e(cv.verdict.note);
            o << "</p>\n";
        }
        o << "</article>\n";
    }
}

std::string shortText(const Group& g) {
    std::string t = g.label.empty() && !g.members.empty() ? g.members.front().text : g.label;
    if (t.size() > 160) {
        std::size_t cut = 157;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
        t = t.substr(0, cut) + "...";
    }
    return t;
}

void writeMatrix(std::ostringstream& o, const StoryView& sv) {
    o << "<h3>Who says what</h3>\n";
    if (sv.matrix.empty()) {
        o << "<p>No fact is stated by more than one source.</p>\n";
        return;
    }
    o << "<table cellpadding=\"4\"><caption>Coverage of each fact by each source</caption><thead><tr><th scope=\"col\">Fact</th>";
    for (const Article* a : sv.articles) o << "<th scope=\"col\">" << e(a->outlet.empty() ? a->title : a->outlet) << "</th>";
    o << "</tr></thead><tbody>\n";
    for (const auto& row : sv.matrix) {
        o << "<tr><th scope=\"row\">" << e(shortText(*row.group)) << "</th>";
        for (Coverage c : row.cells) o << "<td class=\"" << toString(c) << "\">" << coverageLabel(c) << "</td>";
        o << "</tr>\n";
    }
    o << "</tbody></table>\n";
    if (!sv.agreed.empty()) {
        o << "<h3>What every source agrees on</h3>\n<ul>\n";
        for (const Group* g : sv.agreed) o << "<li>" << e(shortText(*g)) << "</li>\n";
        o << "</ul>\n";
    }
}

void writeTimeline(std::ostringstream& o, const StoryView& sv) {
    if (sv.timeline.empty()) return;
    o << "<h3>Timeline of dated claims</h3>\n<table cellpadding=\"4\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Source</th>"
         "<th scope=\"col\">Subject</th><th scope=\"col\">Claim</th></tr></thead><tbody>\n";
    for (const auto& t : sv.timeline)
        o << "<tr><td>" << e(readableTimex(t.date)) << "</td><td>" << e(credit(*t.article)) << "</td><td>" << e(t.subject) << " ("
          << e(t.what) << ")</td><td>" << e(t.text) << "</td></tr>\n";
    o << "</tbody></table>\n";
}

void writeTexts(std::ostringstream& o, const StoryView& sv) {
    o << "<h3>Article texts</h3>\n";
    for (const Article* a : sv.articles) {
        o << "<section class=\"article-text\"><h4>" << e(a->title) << "</h4><p class=\"meta\">" << e(credit(*a)) << "</p>\n";
        for (const Span& p : a->paragraphs)
            if (p.end <= a->text.size()) o << "<p>" << e(std::string_view(a->text).substr(p.start, p.size())) << "</p>\n";
        o << "</section>\n";
    }
}

}  // namespace

std::string reportCss() {
    std::ifstream in(knowledge::resourceDir() / "report" / "report.css");
    if (!in) return kFallbackCss;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string renderHtml(const ReportView& v) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:; base-uri 'none'; form-action 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"Parallax\">\n<title>Parallax comparison report</title>\n<style>\n"
      << reportCss() << "\n</style>\n</head>\n<body>\n<header><h1>Parallax comparison report</h1>\n"
      << "<p class=\"meta\">Where news sources agree and where they contradict each other. Severity: HIGH = a plain "
         "factual clash; MEDIUM and LOW = hedged, rounded or differently measured claims worth a look.</p></header>\n<main>\n";
    writeSummary(o, v);
    for (const auto& sv : v.stories) {
        o << "<section><h2>Story: " << e(sv.story->label) << "</h2>\n<p class=\"meta\">" << sv.articles.size()
          << " articles, " << sv.sources.size() << " sources, " << sv.conflicts.size() << " contradictions</p>\n";
        writeSources(o, sv);
        writeConflicts(o, v, sv);
        writeMatrix(o, sv);
        writeTimeline(o, sv);
        if (v.options.includeFullTexts) writeTexts(o, sv);
        o << "</section>\n";
    }
    o << "</main>\n</body>\n</html>\n";
    return o.str();
}

}  // namespace parallax::report
