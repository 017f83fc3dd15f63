// The Markdown report: the same content as the HTML one, with every article-derived string escaped so a
// forge renders it as plain words (no links, images or raw HTML can come from an article).
#include <sstream>

#include "core/report/escape.h"
#include "core/report/writers.h"

namespace parallax::report {
namespace {

std::string m(std::string_view s) { return escapeMarkdown(s); }
std::string cell(std::string_view s) { return escapeMarkdownCell(s); }

const char* coverageLabel(Coverage c) {
    switch (c) {
        case Coverage::States: return "✓ states";
        case Coverage::Contradicts: return "✗ contradicts";
        case Coverage::Omits: return "— omits";
    }
    return "";
}

std::string quote(std::string_view s) {
    std::string out = "> ";
    for (char c : m(s)) {
        out += c;
        if (c == '\n') out += "> ";
    }
    return out;
}

}  // namespace

std::string renderMarkdown(const ReportView& v) {
    const AnalysisResult& r = *v.result;
    std::ostringstream o;
    o << "# Parallax comparison report\n\n## What was compared\n\n";
    o << "- Folder: " << m(r.folder) << "\n";
    o << "- " << v.articleCount << " articles from " << v.sources.size() << " sources";
    if (!v.sources.empty()) {
        o << " (";
        for (std::size_t i = 0; i < v.sources.size(); ++i) o << (i ? ", " : "") << m(v.sources[i]);
        o << ")";
    }
    o << "\n";
    if (!v.firstDate.empty()) o << "- Published between " << v.firstDate << " and " << v.lastDate << "\n";
    o << "- " << v.stories.size() << " stories, " << v.conflictCount << " flagged contradictions\n";
    if (!v.options.generatedAt.empty()) o << "- Generated " << m(v.options.generatedAt) << "\n";
    if (!r.skipped.empty()) {
        o << "\n| File not analysed | Reason |\n|---|---|\n";
        for (const auto& s : r.skipped) o << "| " << cell(s.path) << " | " << cell(s.reason) << " |\n";
    }

    for (const auto& sv : v.stories) {
        o << "\n## Story: " << m(sv.story->label) << "\n\n" << sv.articles.size() << " articles, " << sv.sources.size()
          << " sources, " << sv.conflicts.size() << " contradictions.\n\n";
        o << "| Outlet | Title | Published | How the date was found |\n|---|---|---|---|\n";
        for (const Article* a : sv.articles)
            o << "| " << cell(a->outlet.empty() ? "(unknown)" : a->outlet) << " | " << cell(a->title) << " | "
              << cell(dateText(*a)) << " | " << cell(a->published ? a->published->how : "no date found") << " |\n";

        o << "\n### Contradictions\n\n";
        if (sv.conflicts.empty()) o << "No contradictions were flagged in this story.\n";
        for (const auto& cv : sv.conflicts) {
            const Conflict& c = *cv.conflict;
            o << "#### " << std::string(toString(c.severity)) << " · " << toString(c.type) << " — " << m(c.subject) << "\n\n";
            o << "**" << m(c.reason) << "**\n\n";
            if (!c.cause.empty()) o << "*Likely cause: " << m(c.cause) << "*\n\n";
            for (const auto& ev : c.evidence) {
                const Article* a = v.article(ev.article);
                o << "- " << m(a ? credit(*a) : v.sourceName(ev.article));
                if (!ev.value.empty()) o << " (value: " << m(shownValue(c, ev.value)) << ")";
                o << ":\n\n  " << quote(ev.text) << "\n\n";
            }
            if (cv.verdict.verdict != Verdict::Open || !cv.verdict.note.empty())
                o << "Reviewer: " << toString(cv.verdict.verdict) << (cv.verdict.note.empty() ? "" : " — ")
                  << m(cv.verdict.note) << "\n\n";
        }

        o << "\n### Who says what\n\n";
        if (sv.matrix.empty()) {
            o << "No fact is stated by more than one source.\n";
        } else {
            o << "| Fact |";
            for (const Article* a : sv.articles) o << " " << cell(a->outlet.empty() ? a->title : a->outlet) << " |";
            o << "\n|---|";
            for (std::size_t i = 0; i < sv.articles.size(); ++i) o << "---|";
            o << "\n";
            for (const auto& row : sv.matrix) {
                std::string fact = row.group->label.empty() && !row.group->members.empty() ? row.group->members.front().text
                                                                                            : row.group->label;
                o << "| " << cell(fact) << " |";
                for (Coverage c : row.cells) o << " " << coverageLabel(c) << " |";
                o << "\n";
            }
        }
        if (!sv.agreed.empty()) {
            o << "\n### What every source agrees on\n\n";
            for (const Group* g : sv.agreed)
                o << "- " << m(g->label.empty() && !g->members.empty() ? g->members.front().text : g->label) << "\n";
        }
        if (!sv.timeline.empty()) {
            o << "\n### Timeline of dated claims\n\n| Date | Source | Claim |\n|---|---|---|\n";
            for (const auto& t : sv.timeline)
                o << "| " << readableTimex(t.date) << " | " << cell(credit(*t.article)) << " | " << cell(t.text) << " |\n";
        }
        if (v.options.includeFullTexts) {
            o << "\n### Article texts\n";
            for (const Article* a : sv.articles) {
                o << "\n#### " << m(a->title) << "\n\n*" << m(credit(*a)) << "*\n\n";
                for (const Span& p : a->paragraphs)
                    if (p.end <= a->text.size()) o << m(std::string_view(a->text).substr(p.start, p.size())) << "\n\n";
            }
        }
    }
    return o.str();
}

}  // namespace parallax::report
