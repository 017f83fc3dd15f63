#pragma once
// A validator for the subset of JSON Schema (draft 2020-12) that docs/report.schema.json uses: type, const, enum,
// required, properties, additionalProperties (bool or schema), items, minItems, minLength, minimum, pattern and
// local "$ref": "#/$defs/...". Any other keyword in a schema is reported as unsupported, so the subset cannot
// silently grow past what is checked.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace parallax::test_support {

/// Validates `doc` against `schema` (the root, for $ref); returns one message per violation, with its JSON path.
std::vector<std::string> validateJson(const nlohmann::json& doc, const nlohmann::json& schema);

}  // namespace parallax::test_support
