#pragma once
/// @file stopwords.h  Stop words from resources/knowledge/stopwords-*.txt (and the user's additions).
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace parallax::text {

/// Hashes std::string and std::string_view alike, so a set of strings is searched with a view.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using StopWordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

/// The folded stop words of every bundled language list, loaded once (thread-safe). A hash set: every token of
/// every article is looked up, and a tree's string comparisons were 2% of a cold analysis.
[[nodiscard]] const StopWordSet& stopWords();

/// True when the folded token is a stop word (typographic apostrophes count as ASCII ones).
[[nodiscard]] bool isStopWord(std::string_view folded);

}  // namespace parallax::text
