#pragma once
/// @file budget.h  How much of one article the analysis reads. A news article is a few thousand words; a saved
/// page of megabytes (a forum dump, a log, a whole book) would hold up the folder it sits in, so only its first
/// part is annotated, profiled for stories, aligned and checked, and the article carries a warning that says so.
#include <cstddef>
#include <string>
#include <string_view>

namespace parallax {

/// Bytes of article text analysed at most: about forty thousand words, several times the longest news articles.
inline constexpr std::size_t kArticleBudgetBytes = 250 * 1000;

/// Length of the prefix of `text` that is analysed: all of it within the budget, otherwise up to the last
/// paragraph or sentence end inside the budget (or the last whole character when the text has neither).
[[nodiscard]] std::size_t analysedLength(std::string_view text, std::size_t budget = kArticleBudgetBytes);

/// The per-file warning when only `used` of `total` bytes were analysed; empty when all were.
[[nodiscard]] std::string budgetWarning(std::size_t used, std::size_t total);

}  // namespace parallax
