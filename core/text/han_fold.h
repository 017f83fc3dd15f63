#pragma once
/// @file han_fold.h  Traditional Chinese folded to simplified, character for character.
#include <string>
#include <string_view>

namespace parallax::text {

/// `text` with every traditional Han character replaced by its simplified form (ICU's Traditional-Simplified
/// mapping, one character at a time), so that cue lists written once in simplified characters also read
/// Hong Kong and Taiwan pages ("營收" → "营收", "收漲" → "收涨"). A character is folded only when both forms take
/// the same number of UTF-8 bytes, so every byte offset into `text` is valid in the result too.
[[nodiscard]] std::string simplifiedChinese(std::string_view text);

}  // namespace parallax::text
