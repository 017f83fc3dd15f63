// Two models named for a story's one aircraft (models.cpp); sentences invented for these tests.
#include <gtest/gtest.h>

#include "tests/core/conflict/conflict_fixture.h"

using namespace parallax;
using parallax::testing::conflictsOf;
using parallax::testing::Doc;
using parallax::testing::ofType;

namespace {

Doc article(const std::string& id, const std::string& text) {
    Doc d(text, id, "Outlet " + id);
    d.extract();
    return d;
}

TEST(AircraftModelConflicts, TwoFamiliesForTheStorysAircraftDisagree) {
    Doc a = article("a1", "Sunward Air Flight 418, an Embraer E190, landed on its belly in Tromso.");
    Doc b = article("b1", "- Aircraft type: Airbus A220-300");
    auto found = ofType(conflictsOf({&a, &b}), ConflictType::Version);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].attribute, "model");
    EXPECT_NE(found[0].reason.find("one aircraft has one model"), std::string::npos);
}

TEST(AircraftModelConflicts, TwoFamiliesForTheGroundingDisagree) {
    Doc a = article("a1", "Regulators moved to ground some of these A220 models for inspections.");
    Doc b = article("b1", "The checks cover all the 64 grounded E195 units.");
    auto found = ofType(conflictsOf({&a, &b}), ConflictType::Version);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].attribute, "grounded model");
}

TEST(AircraftModelConflicts, OneFamilyWrittenInSeveralWaysAgrees) {
    Doc a = article("a1", "The jet, a Boeing 787-9, turned back over the sea.");
    Doc b = article("b1", "The aircraft involved was a Boeing 787 Dreamliner.");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Version).empty());
}

TEST(AircraftModelConflicts, AStoryOfTwoAircraftFlagsNothing) {
    // A runway collision: one article names both aircraft, so the story holds two and neither model is "the" one.
    Doc a = article("a1", "The airliner, an Airbus A350, hit a coast guard plane, a De Havilland Dash 8-300, on the runway.");
    Doc b = article("b1", "The airliner, an Airbus A350, caught fire after the collision.");
    Doc c = article("c1", "The smaller plane, a Dash 8-300, was about to take off.");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b, &c}), ConflictType::Version).empty());
}

TEST(AircraftModelConflicts, OneArticleIsNotFlaggedAgainstItself) {
    Doc a = article("a1", "The jet, a Boeing 777, turned back. The plane, an Airbus A330, landed safely.");
    EXPECT_TRUE(ofType(conflictsOf({&a}), ConflictType::Version).empty());
}

}  // namespace

namespace {

Doc phone(const std::string& id, const std::string& text) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Nova 9 Pro", EntityKind::Product).entity("Nova 9", EntityKind::Product);
    d.extract();
    return d;
}

TEST(ChipConflicts, TwoChipFamiliesForOneDeviceDisagree) {
    Doc a = phone("a1", "The Nova 9 is powered by the new V12 processor.");
    Doc b = phone("b1", "Nova 9搭载V11芯片。");
    auto found = ofType(conflictsOf({&a, &b}), ConflictType::Version);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].attribute, "chip");
}

TEST(ChipConflicts, OneFamilyOrTwoDevicesAgree) {
    Doc a = phone("a1", "The Nova 9 is powered by the new V12 processor.");
    Doc b = phone("b1", "The Nova 9 runs on the V12 Pro chip.");      // one family
    Doc c = phone("c1", "The Nova 9 Pro is powered by the V14 chip.");  // another device
    EXPECT_TRUE(ofType(conflictsOf({&a, &b, &c}), ConflictType::Version).empty());
}

}  // namespace
