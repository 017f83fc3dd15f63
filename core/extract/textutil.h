#pragma once
/// @file textutil.h  Small text measures the extraction heuristics share (UTF-8 in, no locale needed).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::extract {

namespace detail {
/// nextCodePoint for a byte >= 0x80 (a multi-byte sequence or an invalid byte).
[[nodiscard]] char32_t nextCodePointMultiByte(std::string_view s, std::size_t& i);
}  // namespace detail

/// Decodes one code point at `i` (advancing it); invalid bytes yield U+FFFD.
/// Inline with the ASCII case first: every heuristic walks its text with it, and most text is ASCII.
[[nodiscard]] inline char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    return detail::nextCodePointMultiByte(s, i);
}

/// True for letters and digits of any script (punctuation, symbols and spaces are false).
[[nodiscard]] inline bool isWordChar(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == 0xD7 || c == 0xF7 || c == 0xFFFD) return false;
    if (c < 0xC0) return false;                        // Latin-1 punctuation and symbols
    if (c >= 0x2000 && c <= 0x2BFF) return false;      // general punctuation, arrows, symbols, shapes
    if (c >= 0x3000 && c <= 0x303F) return false;      // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;      // CJK compatibility forms
    if (c >= 0xFF00 && c <= 0xFF0F) return false;      // full-width punctuation
    if (c >= 0xFF1A && c <= 0xFF20) return false;
    if (c >= 0xFF3B && c <= 0xFF40) return false;
    if (c >= 0xFF5B && c <= 0xFF65) return false;
    if (c >= 0x1F000 && c <= 0x1FAFF) return false;    // emoji
    return true;
}

/// CJK ideographs, kana and Hangul: scripts written without spaces between words.
[[nodiscard]] inline bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

/// Lower-cased words (ASCII case folding), punctuation dropped: "Back to Top ↑" -> "back to top".
/// Curly apostrophes become straight; apostrophes inside words are dropped ("China's" -> "chinas").
[[nodiscard]] std::string normalizeForMatch(std::string_view s);
[[nodiscard]] std::vector<std::string> words(std::string_view normalized);
/// The words of a normalized text as views into it, as words() splits it, without a string per word (a block of
/// running text has hundreds of words, and the lexicon looks at every block).
[[nodiscard]] std::vector<std::string_view> wordViews(std::string_view normalized);
/// words(normalizeForMatch(s)).size() > n, counted without building either and only as far as it takes.
[[nodiscard]] bool moreMatchWordsThan(std::string_view s, std::size_t n);

/// Number of code points.
[[nodiscard]] std::size_t codePoints(std::string_view s);
/// codePoints(s) > n, counting only as far as it takes (a paragraph is thousands of bytes, a limit is small).
[[nodiscard]] bool moreCodePointsThan(std::string_view s, std::size_t n);
/// Word count; each CJK character counts as half a word (two characters ~ one word).
[[nodiscard]] std::size_t wordCount(std::string_view s);
/// Ends like a sentence: . ! ? : ; or a closing quote/bracket after one, or CJK full stops.
[[nodiscard]] bool endsWithSentencePunctuation(std::string_view s);
/// A paragraph of running text: enough words and sentence punctuation.
[[nodiscard]] bool isProse(std::string_view s, std::size_t minWords = 12);
/// isProse for a text whose wordCount is known already (callers that test many blocks count each once).
[[nodiscard]] bool isProseOfWords(std::string_view s, std::size_t words, std::size_t minWords = 12);
/// Share of capitalised words among words longer than three letters (Title Case headlines score high).
[[nodiscard]] double titleCaseRatio(std::string_view s);
/// Trims spaces and the given wrapping characters (quotes, asterisks, '#') from both ends.
[[nodiscard]] std::string trimDecoration(std::string_view s);

}  // namespace parallax::extract
