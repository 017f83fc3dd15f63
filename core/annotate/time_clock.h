#pragma once
/// @file time_clock.h  Times of day ("at 1:28 am", "about 8:25am Central Time", "14:06 Beijing time",
/// "北京时间14时07分", "凌晨1点") as TIMEX3-style values "T01:28" with the zone when written: "Z" for
/// GMT/UTC, a fixed offset ("+08:00"), or a bracketed name whose offset needs the date ("[CT]") or is the
/// place's own ("[local]"). Internal to annotate.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/annotate/scan.h"
#include "core/annotate/time_rules.h"

namespace parallax::annotate {

/// A time of day starting at toks[i] (a hedge such as "about" or a zone such as "UTC" may come first).
[[nodiscard]] std::optional<TimeMatch> clockAt(const std::vector<Tok>& toks, std::size_t i);

}  // namespace parallax::annotate
