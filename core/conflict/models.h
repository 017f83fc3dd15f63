#pragma once
/// @file models.h  Two models named for a story's one aircraft (annotate/claims_models.cpp). Internal to
/// parallax_conflict.
#include <optional>

#include "core/conflict/rules.h"

namespace parallax::conflict {

/// Whether c names the model of a story's aircraft or of a grounding, the chip of a device, or what a craft hit in
/// a dated accident: things a story has one of.
[[nodiscard]] bool modelClaim(const Claim& c);

/// Two articles of one story that name models of different families for its aircraft disagree; nullopt for one
/// family ("737" and "737 MAX 9"), inside one article, across stories (but for a dated accident, one fact in every
/// story), or when any article of the story names several families itself (a story of two aircraft, a collision).
[[nodiscard]] std::optional<Finding> judgeModel(const Side& a, const Side& b, const RuleContext& ctx);

}  // namespace parallax::conflict
