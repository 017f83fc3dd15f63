// STUB: replaced by conflict detection (issue 3).
#include "core/conflict/detector.h"
namespace parallax::conflict {
Result<std::vector<ReferenceFact>> loadFacts(const std::filesystem::path&) { return std::vector<ReferenceFact>{}; }
std::vector<Conflict> findConflicts(const Story&, const std::vector<const Article*>&,
                                    const std::map<std::string, Annotations>&, const std::vector<ReferenceFact>&) {
    return {};
}
}  // namespace parallax::conflict
