#pragma once
/// @file times.h  Time expressions found in text and normalized to TIMEX3-style values.
///
/// Values: "2025-01-20" (day), "2024-11" (month), "2025" (year), "2026-W02" (ISO week), "2024-Q3",
/// "2025-H1", "2024-SU" (season), "199" (decade), durations "P1Y"/"P2W"/"P3D", and "PAST_REF",
/// "FUTURE_REF". Without an anchor, what the text does not say stays unknown: "XXXX-11", "XXXX-WXX".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/model/date.h"

namespace parallax::annotate {

/// Whether a sentence talks about the past or the future: decides "in November" and "on Saturday"
/// (the most recent one, or the next one).
enum class Tense { Past, Future };

/// The normalized value of one expression.
struct TimeNorm {
    std::string value;     ///< TIMEX3-style value; empty when the text is not a time expression
    bool resolved = false; ///< true when the value is fully known (anchored or absolute)
    std::string note;      ///< why something is unresolved or inferred; modifiers ("mod END" for "late January")
};

/// Normalizes one expression ("last week", "in November", "20 January 2025", "the year since") against
/// an anchor (the publication date). Leading prepositions ("in", "on", "since") are allowed.
/// When the whole expression is not recognised, value is empty.
[[nodiscard]] TimeNorm normalizeTime(std::string_view expression, const std::optional<Date>& anchor,
                                     Tense tense = Tense::Past);

/// Past or future from the sentence's wording ("will", "plans to", "next", "is expected to").
[[nodiscard]] Tense sentenceTense(std::string_view sentence);

/// All time expressions of `text`, normalized against `anchor`; the tense of each comes from its sentence
/// (the whole text is one sentence when `sentences` is empty).
[[nodiscard]] std::vector<TimeValue> findTimes(std::string_view text, const std::vector<Sentence>& sentences,
                                               const std::optional<Date>& anchor);

}  // namespace parallax::annotate
