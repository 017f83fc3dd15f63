#pragma once
// What a JSON Schema cannot say about a parallax.report/1 document: offsets inside the article text with the
// quoted bytes at them, and ids that refer to something.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace parallax::test_support {

/// One message per broken cross-reference or span (empty = consistent).
std::vector<std::string> reportConsistencyProblems(const nlohmann::json& doc);

/// docs/report.schema.json from the source tree.
nlohmann::json loadReportSchema();

/// Messages joined one per line, for test failure output.
std::string joinLines(const std::vector<std::string>& lines);

}  // namespace parallax::test_support
