#pragma once
/// @file profile.h  What story clustering needs to know of an article: its weighted terms, entities,
/// date and word shingles.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/align/sparse.h"
#include "core/model/analysis.h"

namespace parallax::align {

/// Maps term strings to dense ids (one vocabulary per clustering run).
class Vocabulary {
public:
    std::uint32_t id(const std::string& term) {
        auto [it, fresh] = m_ids.emplace(term, static_cast<std::uint32_t>(m_ids.size()));
        return it->second;
    }
    [[nodiscard]] std::size_t size() const { return m_ids.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> m_ids;
};

struct ArticleProfile {
    SparseVec terms;                      ///< TF-IDF over stems and entities, unit length
    std::vector<std::uint32_t> entities;  ///< entity term ids, sorted unique
    std::vector<std::uint64_t> shingles;  ///< hashes of 5-word shingles, sorted unique
    std::optional<long> day;              ///< publication day (days since epoch) when known
    std::vector<std::uint32_t> keys;      ///< highest-weighted shared terms: the inverted index keys
};

/// Builds the profiles of all articles (tokenizing in parallel) and weights terms by TF-IDF over the set.
[[nodiscard]] std::vector<ArticleProfile> buildProfiles(const std::vector<Article>& articles,
                                                        const std::map<std::string, Annotations>& annotations);

}  // namespace parallax::align
