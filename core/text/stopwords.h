#pragma once
/// @file stopwords.h  Stop words from resources/knowledge/stopwords-*.txt (and the user's additions).
#include <set>
#include <string>
#include <string_view>

namespace parallax::text {

/// The folded stop words of every bundled language list, loaded once (thread-safe).
[[nodiscard]] const std::set<std::string, std::less<>>& stopWords();

/// True when the folded token is a stop word (typographic apostrophes count as ASCII ones).
[[nodiscard]] bool isStopWord(std::string_view folded);

}  // namespace parallax::text
