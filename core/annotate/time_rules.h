#pragma once
/// @file time_rules.h  The patterns of time expressions over scanned tokens (internal to annotate).
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
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

/// The lower-case text of toks[i]; empty past the end (rules look ahead without bounds checks).
[[nodiscard]] inline const std::string& lowerAt(const std::vector<Tok>& t, std::size_t i) {
    static const std::string empty;
    return i < t.size() ? t[i].lower : empty;
}

/// `w` is one of `words`.
[[nodiscard]] inline bool isOneOf(const std::string& w, std::initializer_list<std::string_view> words) {
    for (auto x : words)
        if (w == x) return true;
    return false;
}

}  // namespace parallax::annotate
