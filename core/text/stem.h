#pragma once
/// @file stem.h  Snowball stemming (libstemmer) with one stemmer per thread and language.
#include <string>
#include <string_view>

namespace parallax::text {

/// Snowball stem of a folded word. `language` is a BCP 47 code or a Snowball name ("en", "de-AT",
/// "english"); languages libstemmer lacks (Chinese, Japanese, ...) fall back to English, which is what
/// Latin-script words inside such text usually are. Thread-safe: each thread owns its stemmers.
[[nodiscard]] std::string stem(std::string_view folded, std::string_view language = "en");

}  // namespace parallax::text
