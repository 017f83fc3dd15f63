#pragma once
/// @file stories.h  Grouping articles into stories, and aligning what they say within a story.
#include <map>
#include <string>
#include <vector>

#include "core/model/analysis.h"

namespace parallax::align {

/// Clusters articles into stories. Candidate pairs come from an inverted index, never all pairs.
/// Every article ends up in exactly one story (a story may hold one article).
[[nodiscard]] std::vector<Story> clusterStories(const std::vector<Article>& articles,
                                                const std::map<std::string, Annotations>& annotations);

/// Tuning of story clustering; the defaults were measured on news coverage (see bench/ and tests).
struct ClusterOptions {
    /// Average-link similarity two clusters need to merge, in a folder of `largeFolder` articles or more.
    double linkThreshold = 0.2;
    /// The threshold for a folder of five articles or fewer: with few articles IDF cannot tell topic
    /// words from incidental ones and cosines of one story run lower. Interpolated on log(n) in between.
    double smallFolderThreshold = 0.13;
    std::size_t largeFolder = 40;
    double edgeFloor = 0.04;          ///< pair similarities below this are dropped
    /// A story of one or two articles joins a larger story when its average similarity to it reaches
    /// this share of the threshold and no other story comes near (0: never).
    double attachShare = 0.75;
    double duplicateOverlap = 0.6;    ///< shared 5-word shingles (of the shorter article) for a reprint
    /// Give the reports left alone or in pairs a second look in which shared particular names count (outliers.h).
    bool secondLook = true;
};

/// What clustering did, for tests and benchmarks.
struct ClusterStats {
    std::size_t articles = 0;
    std::size_t comparedPairs = 0;   ///< pairs whose similarity was computed (far below n*(n-1)/2)
    std::size_t edges = 0;           ///< pairs at or above the floor
    std::size_t skippedTerms = 0;    ///< index keys too common to use in full
    double threshold = 0;            ///< the link threshold used for this folder size
};

/// clusterStories with explicit options; `stats`, when given, receives the counters.
[[nodiscard]] std::vector<Story> clusterStories(const std::vector<Article>& articles,
                                                const std::map<std::string, Annotations>& annotations,
                                                 const ClusterOptions& options, ClusterStats* stats = nullptr);

struct RawProfile;

/// clusterStories from the articles' raw profiles (`raw[i]` of `articles[i]`, see profile.h), which a
/// caller may have kept from an earlier run: the result is the same as profiling the articles anew.
[[nodiscard]] std::vector<Story> clusterProfiles(const std::vector<Article>& articles, std::vector<RawProfile>&& raw,
                                                 const ClusterOptions& options, ClusterStats* stats = nullptr);

struct Alignment {
    std::vector<Group> groups;
    std::map<std::string, std::map<std::string, Coverage>> coverage;  ///< groupId -> articleId -> coverage
};

/// Groups the sentences of a story's articles that state the same fact (at most one sentence per article).
/// Sentences are compared on stems, paraphrase sets (synonyms.txt), numbers and entities; groups come
/// sorted by number of sources. Coverage is States for members and Omits for the story's other
/// articles (the conflict stage sets Contradicts).
[[nodiscard]] Alignment alignStory(const Story& story, const std::vector<const Article*>& articles,
                                   const std::map<std::string, Annotations>& annotations);

/// Tuning of sentence alignment.
struct AlignOptions {
    double threshold = 0.25;  ///< cosine two sentences need to be paired
    double joinFactor = 0.8;  ///< a sentence joins a group when its average cosine to it is >= threshold * this
};

[[nodiscard]] Alignment alignStory(const Story& story, const std::vector<const Article*>& articles,
                                   const std::map<std::string, Annotations>& annotations, const AlignOptions& options);

}  // namespace parallax::align
