#pragma once
/// @file resources.h  Finding and reading the data files under resources/ (and the user's additions).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::knowledge {

/// The bundled resources folder: $PARALLAX_RESOURCES, else <exe>/../share/parallax, else the source tree's resources/.
[[nodiscard]] std::filesystem::path resourceDir();
/// The user's knowledge folder ($XDG_CONFIG_HOME/parallax/knowledge); files there extend the bundled ones.
[[nodiscard]] std::filesystem::path userKnowledgeDir();

/// Data lines of resources/knowledge/<name> followed by those of the user's file of the same name:
/// blank lines and lines starting with '#' are dropped; a missing user file is fine.
[[nodiscard]] std::vector<std::string> dataLines(std::string_view name);

/// Splits a TSV line on tabs (fields are kept as written).
[[nodiscard]] std::vector<std::string> splitTabs(std::string_view line);

}  // namespace parallax::knowledge
