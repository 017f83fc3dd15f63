#pragma once
// Private to core/pipeline: each article's story profile from the library database when its content was profiled
// before, so that re-clustering a folder after a change tokenizes only the new and changed articles.
#include <map>
#include <string>
#include <vector>

#include "core/align/profile.h"
#include "core/pipeline/writer.h"
#include "core/store/library.h"

namespace parallax::pipeline {

/// What the profile (and the annotations) of an article depend on besides its content.
[[nodiscard]] std::string annotationVariant(const Article& a);

/// Raw profiles of `articles` (slot i for article i): cached ones from `library`, the rest computed in parallel
/// and stored through `writer`. `computed` receives how many were computed.
[[nodiscard]] std::vector<align::RawProfile> storyProfiles(const std::vector<Article>& articles,
                                                           const std::map<std::string, Annotations>& annotations,
                                                           store::Library* library, BackgroundWriter& writer,
                                                           const std::string& version, std::size_t& computed);

}  // namespace parallax::pipeline
