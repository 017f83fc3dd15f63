#pragma once
/// @file serialize.h  How the store keeps model values in cache rows: compact bytes (a rescan decodes one article
/// and one set of annotations per article and one analysis per story: copied, not escaped and lexed as JSON was).
///
/// This is an internal cache format, not the report contract (that is core/report/json_report.h): enums are kept
/// as numbers and every field of the model is kept, so a cache hit gives back exactly what was computed.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/analysis.h"

namespace parallax::store {

/// Bumped whenever the shape written below changes; part of every cache version key.
inline constexpr int kCacheFormatVersion = 3;  // 3: story analyses and stories as bytes, not JSON

/// What the analysis of one story produced (the part of AnalysisResult that is per story).
struct StoryAnalysis {
    std::vector<Group> groups;
    std::map<std::string, std::map<std::string, Coverage>> coverage;  ///< groupId -> articleId -> coverage
    std::vector<Conflict> conflicts;
};

[[nodiscard]] std::string serializeArticle(const Article& article);
/// nullopt when the text is not a valid serialized article (a damaged row is a cache miss, not a failure).
[[nodiscard]] std::optional<Article> deserializeArticle(std::string_view data);

[[nodiscard]] std::string serializeAnnotations(const Annotations& annotations);
[[nodiscard]] std::optional<Annotations> deserializeAnnotations(const std::string& data);

[[nodiscard]] std::string serializeStoryAnalysis(const StoryAnalysis& analysis);
[[nodiscard]] std::optional<StoryAnalysis> deserializeStoryAnalysis(const std::string& data);

[[nodiscard]] std::string serializeStories(const std::vector<Story>& stories);
[[nodiscard]] std::optional<std::vector<Story>> deserializeStories(const std::string& data);

/// "open" / "confirmed" / "dismissed" -> Verdict.
[[nodiscard]] std::optional<Verdict> parseVerdict(std::string_view text);

}  // namespace parallax::store
