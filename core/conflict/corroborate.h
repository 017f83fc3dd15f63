#pragma once
/// @file corroborate.h  Where else an article states one value of a flag. A flag is raised by claims the readers
/// took apart; the same figure is often written again in a sentence no reader structured ("while BYD achieved
/// 595,413 units", "The Starship vehicle, Ship 30, flew ..."). A flag shows the evidence from every source, so
/// those sentences are shown too. They never raise a flag of their own. Internal to parallax_conflict.
#include <vector>

#include "core/conflict/side.h"

namespace parallax::conflict {

/// The sentences of article `a` (annotations `ann`) that state `rep`'s value for `rep`'s subject and measure in
/// words no claim covers, in text order. Only figures of a measure (Amount claims with a frame) and serial
/// numbers of a vehicle (Version claims "serial at ...") are looked for; anything else gives none.
[[nodiscard]] std::vector<Span> sentencesStating(const Side& rep, const Article& a, const Annotations& ann);

}  // namespace parallax::conflict
