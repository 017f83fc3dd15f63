#pragma once
/// @file frames.h  Comparing the fact frames of two figures (core/model/annotation.h, Frame): two figures
/// are compared only when their frames agree on every slot. Internal to parallax_conflict.
#include <string>

#include "core/model/annotation.h"

namespace parallax::conflict {

/// The frames name one fact: same measure, kind and dimension, and the same period, scope and stage
/// (a slot one side leaves unstated may differ, so it must be unstated on both sides, except a year or
/// quarter that one side names).
/// A year a side names that is its article's publication year (`yearA`, `yearB`; 0 when unknown) counts as
/// unstated: "171 passengers" and "in 2024, 171 passengers" in a 2024 article are one frame.
[[nodiscard]] bool sameFrame(const Frame& a, const Frame& b, int yearA = 0, int yearB = 0);

/// The attribute of a framed figure as a comparison key: its measure and the qualifiers the frame does not carry
/// ("raised (ipo, upsized)"); the period words ("quarterly", "annual", "monthly", "[2024]") are the frame's period.
[[nodiscard]] std::string figureKey(std::string_view attribute);

/// How a reason names the frame: "revenue (data center, Q3, forecast)".
[[nodiscard]] std::string describeFrame(const Frame& f);

/// The size of one `unit` in its dimension's base unit (1 for "m", 0.3048 for "ft"); 0 when the unit has
/// no dimension in unit-dimensions.tsv.
[[nodiscard]] double unitFactor(const std::string& unit, const std::string& dimension);

}  // namespace parallax::conflict
