#pragma once
/// @file han_fold_table.h  The Traditional-Simplified fold table, computed from ICU. The build computes it once
/// (han_fold_gen writes it as source) so that a run does not: transliterating every Han character of the Basic
/// Multilingual Plane took a third of a second in every process that annotated anything.
#include <utility>
#include <vector>

namespace parallax::text::detail {

constexpr char32_t kHanFoldFirst = 0x3400;  // CJK Extension A, then the unified ideographs, up to the compatibility block
constexpr char32_t kHanFoldLast = 0xFAFF;

/// (traditional, simplified) for every character in [kHanFoldFirst, kHanFoldLast] that ICU's Traditional-Simplified
/// transliterator maps to one other character of the same UTF-8 length; in code point order.
[[nodiscard]] std::vector<std::pair<char32_t, char32_t>> computeHanFoldPairs();

}  // namespace parallax::text::detail
