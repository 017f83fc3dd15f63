#pragma once
/// @file numbers.h  Numbers written in figures, English words or Chinese characters, with their scale.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/annotate/scan.h"

namespace parallax::annotate {

/// A number read from tokens [begin, end).
struct NumberMatch {
    double value = 0;        ///< scaled value ("4.35 billion" -> 4.35e9, "578.9亿" -> 5.789e10)
    double halfUnit = 0.5;   ///< half of the last written digit's place, scaled (4.35 billion -> 5e6)
    std::size_t end = 0;     ///< one past the last token used
    bool words = false;      ///< written in words ("three", "twenty-five")
    bool scaled = false;     ///< a scale word or suffix was applied (million, bn, 亿)
    double factor = 1;       ///< that scale (1e9 for "billion")
    std::string suffix;      ///< letters glued to the figure and not read as a scale ("nm" in "3nm", "x" in "3x")
};

/// Reads the number starting at toks[i], if any. Scale words ("million", "bn", "万", "亿") are applied;
/// a glued single-letter scale ("5m", "7B") is applied only when `letterScales` is true (money context),
/// because "7B" and "910B" are usually names.
[[nodiscard]] std::optional<NumberMatch> parseNumberAt(const std::vector<Tok>& toks, std::size_t i,
                                                       bool letterScales = false);

/// Value of an English number word below 100 ("three" -> 3, "twenty" -> 20), or -1.
[[nodiscard]] int smallNumberWord(const std::string& lower);

/// Value of a run of Chinese numerals ("三", "十二", "两千"), or -1 when the text is not one.
[[nodiscard]] double chineseNumeral(std::string_view text);

}  // namespace parallax::annotate
