#pragma once
/// @file segment.h  Sentence segmentation: ICU sentence boundaries plus the repairs news text needs.
#include <string_view>
#include <vector>

#include "core/model/annotation.h"

namespace parallax::text::detail {

/// Sentences of `text` with ICU's sentence rules, then repaired: a break after an abbreviation
/// ("Mr.", "U.S.", "Jan.", an initial) is undone when the next words continue the sentence, a break
/// before a lower-case continuation (`"Stop!" he said`) is undone, lone quote marks join their
/// neighbour, spans are trimmed, and a blank line starts a new paragraph.
[[nodiscard]] std::vector<Sentence> segmentSentences(std::string_view text);

/// True when `s` holds a CJK ideograph, kana or hangul character (such tokens are not stemmed).
[[nodiscard]] bool hasCjk(std::string_view s);

}  // namespace parallax::text::detail
