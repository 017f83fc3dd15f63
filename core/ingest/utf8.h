#pragma once
/// @file utf8.h  Small UTF-8 helpers shared by the ingest, format and extraction stages.
#include <cstddef>
#include <string>
#include <string_view>

namespace parallax::ingest {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s);

/// Length of the well-formed UTF-8 sequence starting at `s[i]`, or 0 when the bytes there are not one.
[[nodiscard]] std::size_t utf8SequenceLength(std::string_view s, std::size_t i);

/// Appends code point `c` encoded as UTF-8.
void appendUtf8(std::string& out, char32_t c);

/// Copies `s`, replacing every byte that does not start a well-formed sequence with U+FFFD.
[[nodiscard]] std::string sanitizeUtf8(std::string_view s);

}  // namespace parallax::ingest
