#pragma once
/// @file ascii.h  Byte classes as the "C" locale sees them (what std::regex's \s, \d, \w and [A-Z] matched in the
/// scanners that replaced it): bytes >= 0x80 are in no class, so UTF-8 text passes through untouched.
#include <string_view>

namespace parallax::util::ascii {

[[nodiscard]] constexpr bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
[[nodiscard]] constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool isLower(char c) { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool isAlpha(char c) { return isUpper(c) || isLower(c); }
[[nodiscard]] constexpr bool isAlnum(char c) { return isAlpha(c) || isDigit(c); }
[[nodiscard]] constexpr bool isWord(char c) { return isAlnum(c) || c == '_'; }  ///< regex \w
[[nodiscard]] constexpr char toLower(char c) { return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

/// Whether `s` at `pos` starts with `word`, ASCII letters compared without case.
[[nodiscard]] constexpr bool startsWithNoCase(std::string_view s, std::size_t pos, std::string_view word) {
    if (pos > s.size() || s.size() - pos < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (toLower(s[pos + i]) != toLower(word[i])) return false;
    return true;
}

/// The end of the run of bytes from `pos` on that satisfy `pred`.
template <typename Pred>
[[nodiscard]] constexpr std::size_t skipWhile(std::string_view s, std::size_t pos, Pred pred) {
    while (pos < s.size() && pred(s[pos])) ++pos;
    return pos;
}

}  // namespace parallax::util::ascii
