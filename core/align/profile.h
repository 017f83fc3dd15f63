#pragma once
/// @file profile.h  What story clustering needs to know of an article: its weighted terms, entities,
/// date and word shingles.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/align/sparse.h"
#include "core/model/analysis.h"

namespace parallax::align {

struct ArticleProfile {
    SparseVec terms;                      ///< TF-IDF over stems and entities, unit length
    SparseVec neutral;                    ///< terms that can link scripts: figures, amounts, dates, romanised names; unit length
    std::vector<float> specificity;       ///< per `neutral` term, its IDF over log(1 + n): 1 for a term of one article
    SparseVec numbers;                    ///< specific figures, amounts and dates, with their specificity
    bool cjk = false;                     ///< written mostly in Chinese/Japanese/Korean
    std::vector<TermId> entities;         ///< entity term ids, sorted unique
    std::vector<std::uint64_t> shingles;  ///< hashes of 5-word shingles, sorted unique
    std::optional<long> day;              ///< publication day (days since epoch) when known
    std::vector<TermId> keys;             ///< highest-weighted shared terms: the inverted index keys
};

/// Builds the profiles of all articles (tokenizing in parallel) and weights terms by TF-IDF over the set.
[[nodiscard]] std::vector<ArticleProfile> buildProfiles(const std::vector<Article>& articles,
                                                        const std::map<std::string, Annotations>& annotations);

}  // namespace parallax::align
