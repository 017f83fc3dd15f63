#pragma once
/// @file date_words.h  Month names as news pages write them, in the languages the reader meets most
/// (English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Finnish, Polish, Indonesian,
/// Russian, Ukrainian), and the tokens a hand-written date scanner works on.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::extract {

struct MonthWord {
    int month = 0;          ///< 1..12, 0 when the word is no month
    bool yearless = false;  ///< safe to read as a month without a year next to it ("3 out" is not October)
};

/// `lower` is a word lower-cased by `dateTokens` (without a trailing dot).
[[nodiscard]] MonthWord monthWord(std::string_view lower);

/// One token of a date scan: a run of digits, a run of letters (lower-cased: ASCII, Latin-1, Cyrillic)
/// or a single CJK character (年, 月, 日, 년...). `gapBefore` is what separates it from the previous
/// token, white space removed ("", ".", ",", "/", "-", "...").
struct DateToken {
    enum class Kind { Number, Word, Ideograph };
    Kind kind = Kind::Word;
    std::size_t start = 0;
    std::size_t end = 0;
    std::string text;       ///< lower-cased word, digits, or the CJK character
    int value = 0;          ///< for numbers (capped)
    std::string gapBefore;  ///< separators before this token, spaces removed (capped at a few bytes)
    bool spaceBefore = false;
};

/// Tokens of `text`, linear in its length (no backtracking: safe on a megabyte line).
[[nodiscard]] std::vector<DateToken> dateTokens(std::string_view text);

}  // namespace parallax::extract
