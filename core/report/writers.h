#pragma once
/// @file writers.h  Report writers: each renders the same ReportView in one format.
#include <string>

#include "core/report/report_model.h"

namespace parallax::report {

/// One self-contained HTML file: inline CSS, no scripts, no remote resources, a CSP forbidding both.
[[nodiscard]] std::string renderHtml(const ReportView& view);
/// GitHub/GitLab-flavoured Markdown.
[[nodiscard]] std::string renderMarkdown(const ReportView& view);
/// One row per conflict, RFC 4180, with a header row.
[[nodiscard]] std::string renderCsv(const ReportView& view);

/// The report stylesheet: resources/report/report.css (a built-in fallback when the file is missing).
[[nodiscard]] std::string reportCss();

}  // namespace parallax::report
