// What a named craft hit in a dated accident (claims_struck.cpp); sentences and ships invented for these tests.
#include <gtest/gtest.h>

#include "tests/core/annotate/claims_fixture.h"

using namespace parallax;
using parallax::testing::Doc;

namespace {

using Triples = std::vector<std::tuple<std::string, std::string, std::string>>;

Triples struck(const std::string& text, const std::string& when, const std::string& value) {
    Doc d(text);
    d.entity("Maren Star", EntityKind::Product).entity("Gdansk", EntityKind::Place);
    if (!when.empty()) d.time(when, value);
    d.extract();
    Triples out;
    for (const Claim& c : d.claims(ClaimKind::Version))
        if (c.attribute.rfind("struck in ", 0) == 0) out.emplace_back(c.subject, c.attribute, c.value);
    return out;
}

TEST(StruckClaims, WhatANamedCraftHitInADatedAccident) {
    EXPECT_EQ(struck("In 2019, the Maren Star accidentally hit a quay in the port of Gdansk.", "2019", "2019"),
              (Triples{{"Maren Star", "struck in 2019", "quay"}}));
    EXPECT_EQ(struck("The Maren Star previously collided with a bridge in Gdansk in 2019.", "2019", "2019"),
              (Triples{{"Maren Star", "struck in 2019", "bridge"}}));
    EXPECT_EQ(struck("On May 4, 2021, the Maren Star rammed into a fishing boat off Gdansk.", "May 4, 2021", "2021-05-04"),
              (Triples{{"Maren Star", "struck in 2021", "vessel"}}));
}

TEST(StruckClaims, NothingWithoutOneYearOneKindAndANamedCraft) {
    EXPECT_TRUE(struck("The Maren Star hit a quay in the port of Gdansk.", "", "").empty());  // which accident?
    EXPECT_TRUE(struck("In 2019 the Maren Star struck the main support pier.", "2019", "2019").empty());  // a pier: no kind
    EXPECT_TRUE(struck("In 2019 the Maren Star hit a quay and then a moored ship.", "2019", "2019").empty());
    EXPECT_TRUE(struck("In 2019 a cargo ship hit a bridge in Gdansk.", "2019", "2019").empty());  // no named craft
    EXPECT_TRUE(struck("In 2019 Gdansk hit a record number of ships.", "2019", "2019").empty());  // a place
}

}  // namespace
