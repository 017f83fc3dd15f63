#pragma once
/// @file rules.h  Whether two claims on the same subject and attribute can both hold, per claim kind,
/// following DESIGN.md "Judging a conflict". Internal to parallax_conflict.
#include <optional>
#include <string>
#include <vector>

#include "core/conflict/currency.h"
#include "core/conflict/side.h"

namespace parallax::annotate {
class Taxonomy;
}

namespace parallax::conflict {

/// The verdict on a pair of claims that cannot both hold.
struct Finding {
    ConflictType type = ConflictType::Date;
    Severity severity = Severity::Medium;
    std::string reason;
    std::string cause;
};

struct RuleContext {
    const annotate::Taxonomy& taxonomy;
    const CurrencyTable& currencies;
    /// Every side of the story plus the reference facts: where variants and their dates are looked up.
    const std::vector<Side>& all;
    /// The sides are one story's (findConflicts), not a folder's: the story's one moment may be named in
    /// several ways (moments.h).
    bool oneStory = false;
};

/// Judges a pair of claims; nullopt when they can both hold or are not about the same thing.
[[nodiscard]] std::optional<Finding> judge(const Side& a, const Side& b, const RuleContext& ctx);

/// Where a side is, for reasons: "the reference facts" or the article's outlet/title.
[[nodiscard]] std::string whereOf(const Side& s);

}  // namespace parallax::conflict
