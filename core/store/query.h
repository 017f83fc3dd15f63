#pragma once
/// @file query.h  How a search query typed by a person is read, shared by the index and any fallback scan.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::store {

struct QueryTerm {
    std::string text;     ///< as typed, quotes removed; a phrase's inner spaces collapsed to one
    bool prefix = false;  ///< a word typed with a trailing '*'
};

/// The most terms a query keeps (the first ones typed). A person types a handful; a pasted page must not fail.
inline constexpr std::size_t kMaxQueryTerms = 64;

/// Splits a query into terms: words at spaces, "quoted phrases" as one term (ASCII, typographic and CJK quotes;
/// an unbalanced quote runs to the end). Terms without a letter or digit ("-", "*", "&") are dropped, so they
/// never make a query fail. A repeated term is kept once; terms past kMaxQueryTerms are dropped.
[[nodiscard]] std::vector<QueryTerm> parseQuery(std::string_view query);

}  // namespace parallax::store
