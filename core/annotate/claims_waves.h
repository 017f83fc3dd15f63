#pragma once
/// @file claims_waves.h  The height of the waves a warning announces ("warnings for waves as high as 10 feet",
/// "发布海啸警报，指出可能出现最高达5米的海啸"): one figure per warning, the story's own whatever place the sentence
/// names, and a forecast, never the height a wave was measured at somewhere (claims_waves.cpp).
/// Internal to parallax_annotate.
#include <optional>
#include <string_view>

#include "core/annotate/claims_text.h"

namespace parallax::annotate::claims {

/// The word that opens a warning of waves whose height the figure at word `at` gives: "warnings for waves as high
/// as 10 feet", "warned of a tsunami of up to 3 metres": a warning word, then within four words the waves, then at
/// most five words to the figure, in the clause from `clause`. nullopt for a wave measured, not warned of.
[[nodiscard]] std::optional<std::size_t> warnedWavesAt(const SentenceView& s, std::size_t clause, std::size_t at);

/// The same in Chinese, on the simplified text: a tsunami warning (海啸警报, 海啸预警) or "可能出现" before the figure at
/// [qStart, qEnd) in its sentence from `sentence`, and the tsunami right after it ("5米的海啸", "5米高的海浪") or
/// just before it ("海啸高度可能达3米").
[[nodiscard]] bool zhWarnedWaves(std::string_view text, std::size_t sentence, std::size_t qStart, std::size_t qEnd);

}  // namespace parallax::annotate::claims
