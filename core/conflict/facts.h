#pragma once
/// @file facts.h  Reference facts as claims, so that they are judged by the same rules as articles.
#include <optional>

#include "core/conflict/side.h"

namespace parallax::conflict {

/// The claim a reference fact makes ("DeepSeek-R1 released 2025-01-20" -> an Event claim), or nullopt when
/// the attribute is not one Parallax knows how to compare.
[[nodiscard]] std::optional<Side> factSide(const ReferenceFact& fact);

}  // namespace parallax::conflict
