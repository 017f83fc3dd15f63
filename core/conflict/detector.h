#pragma once
/// @file detector.h  Claims -> conflicts (across sources, inside one article, against reference facts).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model/analysis.h"
#include "core/util/result.h"

namespace parallax::conflict {

/// Reads the user's reference facts (TSV with a header: subject, attribute, value, source).
[[nodiscard]] Result<std::vector<ReferenceFact>> loadFacts(const std::filesystem::path& file);

/// Conflicts within one story, ranked by severity (high first).
[[nodiscard]] std::vector<Conflict> findConflicts(const Story& story, const std::vector<const Article*>& articles,
                                                  const std::map<std::string, Annotations>& annotations,
                                                  const std::vector<ReferenceFact>& facts);

/// Conflicts between stories on facts that do not move (launch and founding dates, what a thing is, sizes):
/// only pairs of claims from different stories, which findConflicts never sees. Each conflict belongs to the
/// story of its rarer statement (the one said by fewer articles).
[[nodiscard]] std::vector<Conflict> findFolderConflicts(const std::vector<Story>& stories,
                                                        const std::vector<const Article*>& articles,
                                                        const std::map<std::string, Annotations>& annotations);

/// Claims of one article compared per kind and attribute at most: a news article states one figure a handful of
/// times; a page that states it hundreds of times (a table dump, a log) would make the pairwise comparison hold
/// up the folder. The first ones in the text are compared, the rest are not.
inline constexpr std::size_t kMaxComparedClaims = 100;

/// The per-file warning when some of an article's claims are left out of the comparison; empty when none are.
[[nodiscard]] std::string comparisonBudgetWarning(const Annotations& annotations);

}  // namespace parallax::conflict
