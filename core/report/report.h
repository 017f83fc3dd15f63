#pragma once
/// @file report.h  One entry point for every text report format; the GUI's export and `parallax-cli report`
/// both call it (PDF is the HTML printed by Qt, see ui/pdf).
#include <string>

#include "core/model/analysis.h"
#include "core/report/report_options.h"
#include "core/util/result.h"

namespace parallax::report {

/// The analysis restricted by the options (stories, minimum severity, dismissed conflicts).
[[nodiscard]] AnalysisResult filtered(const AnalysisResult& result, const Options& options);

/// Renders HTML, Markdown, CSV or JSON. For Format::Pdf it returns the HTML to print.
[[nodiscard]] Result<std::string> render(const AnalysisResult& result, Format format, const Options& options);

}  // namespace parallax::report
