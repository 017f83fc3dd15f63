#pragma once
/// @file textutil.h  Small text measures the extraction heuristics share (UTF-8 in, no locale needed).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::extract {

/// Decodes one code point at `i` (advancing it); invalid bytes yield U+FFFD.
[[nodiscard]] char32_t nextCodePoint(std::string_view s, std::size_t& i);

/// True for letters and digits of any script (punctuation, symbols and spaces are false).
[[nodiscard]] bool isWordChar(char32_t c);
/// CJK ideographs, kana and Hangul: scripts written without spaces between words.
[[nodiscard]] bool isCjk(char32_t c);

/// Lower-cased words (ASCII case folding), punctuation dropped: "Back to Top ↑" -> "back to top".
/// Curly apostrophes become straight; apostrophes inside words are dropped ("China's" -> "chinas").
[[nodiscard]] std::string normalizeForMatch(std::string_view s);
[[nodiscard]] std::vector<std::string> words(std::string_view normalized);

/// Number of code points.
[[nodiscard]] std::size_t codePoints(std::string_view s);
/// Word count; each CJK character counts as half a word (two characters ~ one word).
[[nodiscard]] std::size_t wordCount(std::string_view s);
/// Ends like a sentence: . ! ? : ; or a closing quote/bracket after one, or CJK full stops.
[[nodiscard]] bool endsWithSentencePunctuation(std::string_view s);
/// A paragraph of running text: enough words and sentence punctuation.
[[nodiscard]] bool isProse(std::string_view s, std::size_t minWords = 12);
/// Share of capitalised words among words longer than three letters (Title Case headlines score high).
[[nodiscard]] double titleCaseRatio(std::string_view s);
/// Trims spaces and the given wrapping characters (quotes, asterisks, '#') from both ends.
[[nodiscard]] std::string trimDecoration(std::string_view s);

}  // namespace parallax::extract
