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

struct Alignment {
    std::vector<Group> groups;
    std::map<std::string, std::map<std::string, Coverage>> coverage;  ///< groupId -> articleId -> coverage
};

/// Groups the sentences of a story's articles that state the same fact (at most one sentence per article).
[[nodiscard]] Alignment alignStory(const Story& story, const std::vector<const Article*>& articles,
                                   const std::map<std::string, Annotations>& annotations);

}  // namespace parallax::align
