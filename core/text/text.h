#pragma once
/// @file text.h  Unicode text services over Boost.Locale (ICU backend) and libstemmer.
#include <string>
#include <string_view>
#include <vector>

#include "core/model/annotation.h"
#include "core/util/result.h"

namespace parallax::text {

/// Checks that Boost.Locale has its ICU backend (the others fail silently on boundaries and case folding).
/// Call once at start-up; the message says what to install.
[[nodiscard]] Result<bool> checkIcuBackend();

/// NFKC + case folding.
[[nodiscard]] std::string fold(std::string_view s);

/// Sentences of `text` (byte spans), paragraph index counted on blank lines.
[[nodiscard]] std::vector<Sentence> sentences(std::string_view text);

struct Token {
    Span span;          ///< bytes in the text passed to tokens()
    std::string norm;   ///< folded form
    std::string stem;   ///< Snowball stem (folded form for CJK and numbers)
    bool stop = false;  ///< a stop word
    bool number = false;
};

/// Word tokens of text[range] (spans are into `text`); CJK is segmented by ICU's dictionary.
[[nodiscard]] std::vector<Token> tokens(std::string_view text, Span range, std::string_view language = "en");
[[nodiscard]] inline std::vector<Token> tokens(std::string_view text) { return tokens(text, Span{0, text.size()}); }

}  // namespace parallax::text
