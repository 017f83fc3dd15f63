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

/// A 5-word shingle's hash. 32 bits: two different shingles of a pair of articles collide with a chance of
/// one in 2^32, far below what moves a 60% share, and the shingles were a third of a large folder's profiles.
using Shingle = std::uint32_t;

struct ArticleProfile {
    /// TF-IDF over stems and entities, as in the unit-length vector of all the article's terms, but only the
    /// terms some other article of the folder also has: the rest cannot add to a cosine (weighProfiles).
    SparseVec terms;
    SparseVec neutral;                    ///< terms that can link scripts: figures, amounts, dates, romanised names; unit length
    std::vector<float> specificity;       ///< per `neutral` term, its IDF over log(1 + n): 1 for a term of one article
    SparseVec numbers;                    ///< specific figures, amounts and dates, with their specificity
    bool cjk = false;                     ///< written mostly in Chinese/Japanese/Korean
    std::vector<TermId> entities;         ///< entity term ids, sorted unique
    SparseVec names;                      ///< particular names (RawProfile::names) with their specificity
    std::vector<Shingle> shingles;        ///< hashes of 5-word shingles, sorted unique
    std::optional<long> day;              ///< publication day (days since epoch) when known
    std::vector<TermId> keys;             ///< highest-weighted shared terms: the inverted index keys
};

/// An article's terms with their weighted counts, sorted by id: two arrays rather than (id, count) pairs, whose
/// padding made every mention 16 bytes instead of 12 (at 100k articles the folder holds 47 M mentions, all of
/// them in memory until the folder's document frequencies are known).
struct TermCounts {
    std::vector<TermId> ids;
    std::vector<float> counts;  ///< counts[k] belongs to ids[k]
    [[nodiscard]] std::size_t size() const { return ids.size(); }
    [[nodiscard]] bool empty() const { return ids.empty(); }
    bool operator==(const TermCounts&) const = default;
};

/// What an article says on its own, before the folder weighs its terms: the costly part of a profile
/// (tokenizing, stemming, shingling), which depends only on the article and its annotations and so can be
/// cached by content and reused when other articles of the folder change.
struct RawProfile {
    TermCounts terms;                              ///< weighted counts by term hash, sorted
    std::vector<TermId> entities;                  ///< sorted unique
    std::vector<TermId> names;  ///< the entities that are particular names (two capitalised words or more); sorted unique
    std::vector<TermId> neutral;  ///< terms any language writes the same way: figures, amounts, dates, entities; sorted unique
    std::vector<std::pair<TermId, float>> bridge;  ///< romanised names (not in `terms`), sorted
    std::vector<TermId> numbers;  ///< figures, amounts and dates: the anchors of one event; sorted unique
    std::vector<Shingle> shingles;                 ///< sorted unique
    bool cjk = false;
    bool operator==(const RawProfile&) const = default;
};

/// The raw profile of one article (`annotations` may be null).
[[nodiscard]] RawProfile rawProfile(const Article& article, const Annotations* annotations);

/// Raw profiles of `articles` (in parallel); an article that cannot be profiled gets an empty one.
[[nodiscard]] std::vector<RawProfile> rawProfiles(const std::vector<const Article*>& articles,
                                                  const std::map<std::string, Annotations>& annotations);

/// Weights the raw profiles' terms by TF-IDF over the whole set (`raw[i]` belongs to `articles[i]`).
/// Consumes `raw` to keep memory flat.
[[nodiscard]] std::vector<ArticleProfile> weighProfiles(const std::vector<Article>& articles,
                                                        std::vector<RawProfile>&& raw);

/// Builds the profiles of all articles (tokenizing in parallel) and weights terms by TF-IDF over the set.
[[nodiscard]] std::vector<ArticleProfile> buildProfiles(const std::vector<Article>& articles,
                                                        const std::map<std::string, Annotations>& annotations);

/// A raw profile as bytes (a compact binary form, for the library database) and back; nullopt when damaged.
[[nodiscard]] std::string encodeProfile(const RawProfile& profile);
[[nodiscard]] std::optional<RawProfile> decodeProfile(std::string_view bytes);

}  // namespace parallax::align
