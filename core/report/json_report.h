#pragma once
/// @file json_report.h  The parallax.report/1 JSON contract (docs/report-schema.md, docs/report.schema.json).
///
/// `parallax-cli analyze --json`, the JSON report format and `parallax-cli extract --json` all go through these
/// functions, so the contract is written down in exactly one place.
#include <iosfwd>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/model/analysis.h"

namespace parallax::report {

/// The value of the top-level "schema" field.
inline constexpr const char* kReportSchema = "parallax.report/1";

struct JsonOptions {
    bool includeText = true;          ///< each article's cleaned "text" (spans point into it)
    bool includeAnnotations = false;  ///< an extra "annotations" object keyed by article id
    int indent = 2;                   ///< for toJsonString; -1 = compact
};

/// {"value","precision","source","how"} or null.
[[nodiscard]] nlohmann::json publishedToJson(const std::optional<PublishedDate>& published);

/// One article: id, path, title, outlet, outlet_how, byline, published, language, format, encoding, hash,
/// warnings and (when includeText) text.
[[nodiscard]] nlohmann::json articleToJson(const Article& article, bool includeText = true);

/// One article's annotations (sentences, entities, times, quantities, claims), each item with start/end/text.
[[nodiscard]] nlohmann::json annotationsToJson(const Annotations& annotations);

/// One conflict, with the user's verdict and note (verdict "open" and note "" when there is none).
[[nodiscard]] nlohmann::json conflictToJson(const Conflict& conflict, const UserVerdict* verdict);

/// The whole analysis as the parallax.report/1 document.
[[nodiscard]] nlohmann::json toJson(const AnalysisResult& result, const JsonOptions& options = {});

/// toJson serialized to `out` without the whole document ever in memory: each article, conflict and annotation
/// is built, written and dropped (a 100k-article folder's document took more memory than its analysis). The
/// bytes are those of toJson(result, options).dump(options.indent).
void writeJson(std::ostream& out, const AnalysisResult& result, const JsonOptions& options = {});

/// toJson serialized (UTF-8; invalid bytes, which should never reach here, are replaced rather than thrown on).
[[nodiscard]] std::string toJsonString(const AnalysisResult& result, const JsonOptions& options = {});

}  // namespace parallax::report
