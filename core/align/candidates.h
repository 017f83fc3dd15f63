#pragma once
/// @file candidates.h  Candidate article pairs from an inverted index over each article's key terms.
#include <cstddef>
#include <vector>

#include "core/align/linkage.h"
#include "core/align/profile.h"

namespace parallax::align {

struct CandidateStats {
    std::size_t compared = 0;       ///< pairs whose similarity was computed
    std::size_t skippedTerms = 0;   ///< index keys too common to be used in full (only a band of each list)
};

/// Similarity of two article profiles: in one script the cosine of TF-IDF vectors plus a bonus for
/// shared specific numbers and dates; across scripts (Chinese and English) the cosine of the terms both
/// scripts write alike (figures, amounts, dates, romanised names), damped when they share little. Blended
/// with entity overlap and lowered as publication dates (not file times) drift apart. With `rareNames`,
/// names that few articles of the folder use add to a same-script similarity by their specificity: the
/// second look at reports left alone (outliers.h), never the first clustering, where two stories of one
/// theme share many such names (the people of one long-running affair).
[[nodiscard]] double articleSimilarity(const ArticleProfile& a, const ArticleProfile& b, bool rareNames = false);

/// Pairs of articles that share index keys, with their similarity when it reaches `floor`.
/// Never all pairs: for a key held by too many articles only neighbours in its posting list meet, and
/// each article keeps only its best-sharing neighbours.
[[nodiscard]] std::vector<Edge> similarPairs(const std::vector<ArticleProfile>& profiles, double floor,
                                             CandidateStats& stats);

}  // namespace parallax::align
