// The model of a story's aircraft and of a grounding (claims_models.cpp); sentences invented for these tests.
#include <gtest/gtest.h>

#include "tests/core/annotate/claims_fixture.h"

using namespace parallax;
using parallax::testing::Doc;

namespace {

/// The (attribute, family) pairs of the aircraft-model claims of `text`.
std::vector<std::pair<std::string, std::string>> models(const std::string& text, const std::string& when = {},
                                                        const std::string& whenValue = {}) {
    Doc d(text);
    if (!when.empty()) d.time(when, whenValue);
    d.extract();
    std::vector<std::pair<std::string, std::string>> out;
    for (const Claim& c : d.claims(ClaimKind::Version))
        if (c.subject == "aircraft") out.emplace_back(c.attribute, c.value);
    return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(AircraftModelClaims, TheAircraftOfTheStoryByApposition) {
    EXPECT_EQ(models("Sunward Air Flight 418, an Embraer E190, landed on its belly in Tromso."), (Pairs{{"model", "E190"}}));
    EXPECT_EQ(models("The jet, a Boeing 787-9 Dreamliner, turned back over the sea."), (Pairs{{"model", "787"}}));
    EXPECT_EQ(models("This particular plane, an Airbus A320neo, was only two years old."), (Pairs{{"model", "A320"}}));
}

TEST(AircraftModelClaims, TheAircraftByCopulaAndSpecRow) {
    EXPECT_EQ(models("The aircraft involved was a Bombardier CRJ900 operated by a regional carrier."),
              (Pairs{{"model", "CRJ900"}}));
    EXPECT_EQ(models("- Aircraft type: Airbus A330-300"), (Pairs{{"model", "A330"}}));
}

TEST(AircraftModelClaims, NoModelWhereNoneIsNamedOrSeveralAreOffered) {
    EXPECT_TRUE(models("Flight 2291, a short hop from Bergen, was delayed by fog.").empty());  // a number, no model
    EXPECT_TRUE(models("The plane, a Boeing 737 or an Airbus A320, was not identified.").empty());
    EXPECT_TRUE(models("The airline flies Airbus A320 and Boeing 737 jets on the route.").empty());  // a fleet, no role
    EXPECT_TRUE(models("Is the plane a Boeing 737?").empty());
}

TEST(AircraftModelClaims, TheModelAGroundingIsAbout) {
    EXPECT_EQ(models("Regulators grounded all Airbus A220 jets for checks of their engines."),
              (Pairs{{"grounded model", "A220"}}));
    EXPECT_EQ(models("The carrier is grounding its fleet of 40 Boeing 777-200 aircraft."),
              (Pairs{{"grounded model", "777"}}));
    EXPECT_EQ(models("Inspections of the 52 grounded 767 Freighter units began on Monday."), (Pairs{}));  // no variant word
    EXPECT_EQ(models("Inspections of the 52 grounded E195 units began on Monday."), (Pairs{{"grounded model", "E195"}}));
    EXPECT_EQ(models("The Embraer E175 jets were temporarily grounded after the incident."),
              (Pairs{{"grounded model", "E175"}}));
}

TEST(AircraftModelClaims, NoGroundedModelForEarlierOrSeveralGroundings) {
    // A dated grounding may be an earlier one; a grounding of two families names no one model.
    EXPECT_TRUE(models("The Boeing 747 was grounded in March 2011 after a fire.", "March 2011", "2011-03").empty());
    EXPECT_TRUE(models("The airline grounded its Airbus A220 and Embraer E190 jets.").empty());
    EXPECT_TRUE(models("Crews were grounded by the storm.").empty());
}

}  // namespace
