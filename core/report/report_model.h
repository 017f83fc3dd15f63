#pragma once
/// @file report_model.h  A format-neutral view of an analysis, filtered and ordered for a report.
/// Every writer (HTML, Markdown, CSV, PDF) renders this same view, so they all say the same thing.
#include <string>
#include <vector>

#include "core/model/analysis.h"
#include "core/model/timex_text.h"
#include "core/report/report_options.h"

namespace parallax::report {

struct TimelineEntry {
    std::string date;  ///< TIMEX value ("2025-01-20", "2024-11")
    const Article* article = nullptr;
    std::string subject;
    std::string what;  ///< attribute ("released", ...)
    std::string text;  ///< the sentence or clause as written
};

struct MatrixRow {
    const Group* group = nullptr;
    std::vector<Coverage> cells;  ///< one per StoryView::articles, in that order
};

struct ConflictView {
    const Conflict* conflict = nullptr;
    UserVerdict verdict;
};

struct StoryView {
    const Story* story = nullptr;
    std::vector<const Article*> articles;
    std::vector<std::string> sources;      ///< distinct outlets, in article order
    std::vector<MatrixRow> matrix;         ///< groups with more than one source, most sources first
    std::vector<const Group*> agreed;      ///< facts every article of the story states, none contradicts
    std::vector<ConflictView> conflicts;   ///< by severity, then subject
    std::vector<TimelineEntry> timeline;   ///< dated claims, oldest first
};

struct ReportView {
    const AnalysisResult* result = nullptr;
    Options options;
    std::size_t articleCount = 0;
    std::vector<std::string> sources;
    std::string firstDate;
    std::string lastDate;
    std::vector<StoryView> stories;
    std::size_t conflictCount = 0;

    /// The outlet of an article id (or the file name when the outlet is unknown).
    [[nodiscard]] std::string sourceName(const std::string& articleId) const;
    [[nodiscard]] const Article* article(const std::string& id) const;
};

/// Builds the view; `result` must outlive it.
[[nodiscard]] ReportView buildView(const AnalysisResult& result, const Options& options);

/// "outlet, 2025-01-20" — how a piece of evidence is credited in every format.
[[nodiscard]] std::string credit(const Article& article);
/// A side's value as a reader reads it: a date conflict's TIMEX value in words ("November (year not
/// stated)", "the week of 20 January 2025"), a normalised amount in words ("2.1e+07 USD" -> "21 million USD"),
/// any other value as it is.
[[nodiscard]] std::string shownValue(const Conflict& conflict, const std::string& value);
/// The publication date as written in reports ("2025-01-20", or "undated").
[[nodiscard]] std::string dateText(const Article& article);

}  // namespace parallax::report
