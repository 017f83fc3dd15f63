#pragma once
/// @file scan.h  A light token stream over UTF-8 text for the rule-based annotators.
///
/// The annotators match short patterns ("20 January 2025", "HK$4.35 billion", "Ascend 910B") on tokens that
/// keep their exact byte offsets. This tokenizer is deliberately simpler than text::tokens(): no folding,
/// no stemming, punctuation kept as tokens, each CJK character its own token, so patterns such as
/// "2025年1月20日" or "578.9亿元" are plain token sequences.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {

enum class TokKind {
    Word,    ///< letters only ("January", "DeepSeek", "é" counts as a letter)
    Number,  ///< digits with inner thousands commas and one decimal point ("1,234.5", "2025")
    Alnum,   ///< letters and digits mixed ("910B", "A100", "R1", "3nm", "20bn")
    Cjk,     ///< one CJK ideograph ("亿", "年")
    Punct,   ///< one punctuation or symbol code point ("$", "(", "’", "€", "-")
};

struct Tok {
    std::size_t start = 0;  ///< byte offset in the scanned text
    std::size_t end = 0;
    TokKind kind = TokKind::Word;
    std::string_view text;  ///< view into the scanned text
    std::string lower;      ///< ASCII-lower-cased text
};

/// Tokenizes `text`; offsets are relative to `text` plus `base`.
[[nodiscard]] std::vector<Tok> scanTokens(std::string_view text, std::size_t base = 0);

/// True when token b follows token a with no byte between them ("HK" "$", "twenty" "-").
[[nodiscard]] inline bool adjacent(const Tok& a, const Tok& b) { return a.end == b.start; }

/// ASCII lower case (other bytes unchanged).
[[nodiscard]] std::string asciiLower(std::string_view s);

/// First letter is an ASCII capital (or the token is a non-ASCII word, which we cannot case-test cheaply).
[[nodiscard]] bool startsUpper(std::string_view s);

/// True for an apostrophe-like punctuation token (' or ’).
[[nodiscard]] bool isApostrophe(std::string_view s);

/// True for a hyphen or dash token (-, ‐, –, —).
[[nodiscard]] bool isDash(std::string_view s);

}  // namespace parallax::annotate
