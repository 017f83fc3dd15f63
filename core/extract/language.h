#pragma once
/// @file language.h  A small language guesser: writing system first, then common function words.
#include <string>
#include <string_view>

namespace parallax::extract {

/// BCP 47 primary language ("en", "zh", "ja", "ko", "ru", "de", "fr", "es", "it", "pt", "nl", ...) or ""
/// when the text is too short or unclear. Good enough to pick a tokenizer and a stemmer.
[[nodiscard]] std::string detectLanguage(std::string_view text);

/// Normalizes a declared language tag ("en-US", "zh_CN", "EN") to its primary subtag ("en", "zh").
[[nodiscard]] std::string primaryLanguage(std::string_view tag);

}  // namespace parallax::extract
