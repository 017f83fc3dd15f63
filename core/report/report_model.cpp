#include "core/report/report_model.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/model/amount_text.h"

namespace parallax::report {

bool formatFromPath(const std::string& path, Format& out) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".html" || ext == ".htm") out = Format::Html;
    else if (ext == ".md" || ext == ".markdown") out = Format::Markdown;
    else if (ext == ".json") out = Format::Json;
    else if (ext == ".csv") out = Format::Csv;
    else if (ext == ".pdf") out = Format::Pdf;
    else return false;
    return true;
}

std::string shownValue(const Conflict& conflict, const std::string& value) {
    return conflict.type == ConflictType::Date ? readableTimex(value) : amountInWords(value, 6);
}

std::string dateText(const Article& a) { return a.published ? a.published->date.iso() : std::string("undated"); }

std::string credit(const Article& a) {
    std::string who = a.outlet.empty() ? std::filesystem::path(a.path).filename().string() : a.outlet;
    return who + ", " + dateText(a);
}

const Article* ReportView::article(const std::string& id) const {
    for (const auto& a : result->articles)
        if (a.id == id) return &a;
    return nullptr;
}

std::string ReportView::sourceName(const std::string& articleId) const {
    if (articleId == "reference") return "reference facts";
    const Article* a = article(articleId);
    if (!a) return articleId;
    return a->outlet.empty() ? std::filesystem::path(a->path).filename().string() : a->outlet;
}

namespace {

int rank(Severity s) { return s == Severity::High ? 0 : s == Severity::Medium ? 1 : 2; }

bool looksLikeDate(const std::string& v) { return v.size() >= 4 && Date::parseIso(v.substr(0, std::min<std::size_t>(v.size(), 10))).has_value(); }

void addUnique(std::vector<std::string>& list, const std::string& v) {
    if (!v.empty() && std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

StoryView buildStory(const ReportView& view, const Story& story) {
    const AnalysisResult& r = *view.result;
    StoryView sv;
    sv.story = &story;
    for (const auto& id : story.articles)
        if (const Article* a = view.article(id)) {
            sv.articles.push_back(a);
            addUnique(sv.sources, a->outlet.empty() ? std::filesystem::path(a->path).filename().string() : a->outlet);
        }

    for (const auto& g : r.groups) {
        if (g.story != story.id) continue;
        MatrixRow row{&g, {}};
        auto cov = r.coverage.find(g.id);
        std::size_t states = 0, contradicts = 0;
        for (const Article* a : sv.articles) {
            Coverage c = Coverage::Omits;
            if (cov != r.coverage.end()) {
                if (auto it = cov->second.find(a->id); it != cov->second.end()) c = it->second;
            } else if (std::any_of(g.members.begin(), g.members.end(), [&](const GroupMember& m) { return m.article == a->id; })) {
                c = Coverage::States;
            }
            states += c == Coverage::States;
            contradicts += c == Coverage::Contradicts;
            row.cells.push_back(c);
        }
        if (states + contradicts < 2) continue;  // a fact one source states is no comparison
        if (states == sv.articles.size() && sv.articles.size() > 1) sv.agreed.push_back(&g);
        sv.matrix.push_back(std::move(row));
    }
    std::stable_sort(sv.matrix.begin(), sv.matrix.end(), [](const MatrixRow& a, const MatrixRow& b) {
        auto n = [](const MatrixRow& m) { return std::count(m.cells.begin(), m.cells.end(), Coverage::States); };
        return n(a) > n(b);
    });

    for (const auto& c : r.conflicts) {
        if (c.story != story.id || rank(c.severity) > rank(view.options.minSeverity)) continue;
        UserVerdict v;
        if (auto it = r.verdicts.find(c.id); it != r.verdicts.end()) v = it->second;
        if (v.verdict == Verdict::Dismissed && !view.options.includeDismissed) continue;
        sv.conflicts.push_back({&c, v});
    }
    std::stable_sort(sv.conflicts.begin(), sv.conflicts.end(), [](const ConflictView& a, const ConflictView& b) {
        if (rank(a.conflict->severity) != rank(b.conflict->severity)) return rank(a.conflict->severity) < rank(b.conflict->severity);
        return a.conflict->subject < b.conflict->subject;
    });

    for (const Article* a : sv.articles) {
        auto ann = r.annotations.find(a->id);
        if (ann == r.annotations.end()) continue;
        for (const auto& claim : ann->second.claims) {
            if (claim.kind != ClaimKind::Event || !looksLikeDate(claim.value)) continue;
            std::string sentence;
            Span s = claim.span.empty() ? claim.valueSpan : claim.span;
            if (s.end <= a->text.size()) sentence = a->text.substr(s.start, s.size());
            sv.timeline.push_back({claim.value, a, claim.subject, claim.attribute, sentence});
        }
    }
    std::stable_sort(sv.timeline.begin(), sv.timeline.end(),
                     [](const TimelineEntry& x, const TimelineEntry& y) { return x.date < y.date; });
    return sv;
}

}  // namespace

ReportView buildView(const AnalysisResult& result, const Options& options) {
    ReportView view;
    view.result = &result;
    view.options = options;
    std::set<std::string> included;
    for (const auto& story : result.stories) {
        if (!options.stories.empty() && !options.stories.count(story.id)) continue;
        view.stories.push_back(buildStory(view, story));
        for (const auto& id : story.articles) included.insert(id);
    }
    for (const auto& a : result.articles) {
        if (!included.count(a.id) && !result.stories.empty()) continue;
        ++view.articleCount;
        addUnique(view.sources, a.outlet);
        if (a.published) {
            std::string d = a.published->date.iso();
            if (view.firstDate.empty() || d < view.firstDate) view.firstDate = d;
            if (view.lastDate.empty() || d > view.lastDate) view.lastDate = d;
        }
    }
    for (const auto& s : view.stories) view.conflictCount += s.conflicts.size();
    // Stories with conflicts first, then by size: the reader's attention goes where the disagreements are.
    std::stable_sort(view.stories.begin(), view.stories.end(), [](const StoryView& a, const StoryView& b) {
        if (a.conflicts.size() != b.conflicts.size()) return a.conflicts.size() > b.conflicts.size();
        return a.articles.size() > b.articles.size();
    });
    return view;
}

}  // namespace parallax::report
