#pragma once
/// @file report_options.h  What goes into an exported report.
#include <set>
#include <string>

#include "core/model/analysis.h"

namespace parallax::report {

enum class Format { Html, Markdown, Json, Csv, Pdf };

/// Picks the format from a file name's extension (.html/.htm, .md/.markdown, .json, .csv, .pdf).
[[nodiscard]] bool formatFromPath(const std::string& path, Format& out);

struct Options {
    std::set<std::string> stories;          ///< story ids to include; empty = all
    Severity minSeverity = Severity::Low;   ///< conflicts below are left out
    bool includeDismissed = false;          ///< conflicts the user dismissed
    bool includeFullTexts = false;          ///< append each article's cleaned text
    std::string generatedAt;                ///< timestamp shown in the report (ISO 8601); empty = none
};

}  // namespace parallax::report
