// STUB: replaced by story clustering and alignment (issue 3).
#include "core/align/stories.h"
namespace parallax::align {
std::vector<Story> clusterStories(const std::vector<Article>&, const std::map<std::string, Annotations>&) { return {}; }
Alignment alignStory(const Story&, const std::vector<const Article*>&, const std::map<std::string, Annotations>&) {
    return {};
}
}  // namespace parallax::align
