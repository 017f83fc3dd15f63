// The comparison budget: an article's claims are compared per kind and attribute only up to kMaxComparedClaims,
// and the article says how many were left out.
#include <gtest/gtest.h>

#include <string>

#include "core/conflict/detector.h"

using namespace parallax;

namespace {

Annotations revenueClaims(std::size_t n) {
    Annotations ann;
    for (std::size_t i = 0; i < n; ++i) {
        Claim c;
        c.kind = ClaimKind::Amount;
        c.subject = "Alder Quay";
        c.attribute = "revenue";
        c.value = std::to_string(10 + i) + " million USD";
        c.span = {i * 50, i * 50 + 40};
        c.valueSpan = {i * 50 + 20, i * 50 + 30};
        ann.claims.push_back(c);
    }
    return ann;
}

}  // namespace

TEST(ComparisonBudget, AnArticleWithinTheBudgetHasNoWarning) {
    EXPECT_TRUE(conflict::comparisonBudgetWarning(revenueClaims(conflict::kMaxComparedClaims)).empty());
    EXPECT_TRUE(conflict::comparisonBudgetWarning(Annotations{}).empty());
}

TEST(ComparisonBudget, ClaimsBeyondTheBudgetAreCountedInTheWarning) {
    const std::string w = conflict::comparisonBudgetWarning(revenueClaims(conflict::kMaxComparedClaims + 50));
    EXPECT_NE(w.find("50 more"), std::string::npos) << w;
    EXPECT_NE(w.find("not checked for conflicts"), std::string::npos) << w;
}

TEST(ComparisonBudget, ClaimsOfDifferentAttributesHaveTheirOwnBudget) {
    Annotations ann = revenueClaims(conflict::kMaxComparedClaims);
    Annotations profit = revenueClaims(conflict::kMaxComparedClaims);
    for (Claim& c : profit.claims) c.attribute = "net profit";
    ann.claims.insert(ann.claims.end(), profit.claims.begin(), profit.claims.end());
    EXPECT_TRUE(conflict::comparisonBudgetWarning(ann).empty());
}
