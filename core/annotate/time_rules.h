#pragma once
/// @file time_rules.h  The patterns of time expressions over scanned tokens (internal to annotate).
#include <cstddef>
#include <optional>
#include <vector>

#include "core/annotate/scan.h"
#include "core/annotate/times.h"

namespace parallax::annotate {

/// A time expression covering tokens [i, end).
struct TimeMatch {
    std::size_t end = 0;
    TimeNorm norm;
};

/// Tries every pattern at toks[i] (the tokens before i give context: "in", "on", "since") and returns the
/// longest match, if any.
[[nodiscard]] std::optional<TimeMatch> matchTimeAt(const std::vector<Tok>& toks, std::size_t i,
                                                   const std::optional<Date>& anchor, Tense tense);

}  // namespace parallax::annotate
