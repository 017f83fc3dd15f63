#pragma once
/// @file models.h  Two models named for a story's one aircraft (annotate/claims_models.cpp). Internal to
/// parallax_conflict.
#include <optional>

#include "core/conflict/rules.h"

namespace parallax::conflict {

/// Whether c names the model of a story's aircraft or of a grounding, or the chip of a device.
[[nodiscard]] bool modelClaim(const Claim& c);

/// Two articles of one story that name models of different families for its aircraft disagree; nullopt for one
/// family ("737" and "737 MAX 9"), inside one article, across stories, or when any article of the story names
/// several families itself (a story of two aircraft, a collision).
[[nodiscard]] std::optional<Finding> judgeModel(const Side& a, const Side& b, const RuleContext& ctx);

}  // namespace parallax::conflict
