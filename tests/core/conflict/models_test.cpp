// Two models named for a story's one aircraft (models.cpp); sentences invented for these tests.
#include <gtest/gtest.h>

#include <map>

#include "core/annotate/annotator.h"
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

namespace {

Doc ship(const std::string& id, const std::string& text, const std::string& when, const std::string& value) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Maren Star", EntityKind::Product).time(when, value);
    d.extract();
    return d;
}

TEST(StruckConflicts, TwoKindsHitInOneYearsAccidentDisagree) {
    Doc a = ship("a1", "The Maren Star previously allided with a bridge, in Gdansk, in 2019.", "2019", "2019");
    Doc b = ship("b1", "In 2019, the Maren Star accidentally hit a dock in the port of Gdansk.", "2019", "2019");
    auto found = ofType(conflictsOf({&a, &b}), ConflictType::Version);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].attribute, "struck in 2019");
}

TEST(StruckConflicts, AccidentsOfDifferentYearsAreDifferentAccidents) {
    Doc a = ship("a1", "In 2024 the Maren Star struck a bridge in the harbour.", "2024", "2024");
    Doc b = ship("b1", "In 2019, the Maren Star accidentally hit a dock in the port of Gdansk.", "2019", "2019");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Version).empty());
}

}  // namespace

namespace {

/// Two stories of one folder, each one article, read by the real annotators.
std::vector<Conflict> acrossStories(const std::string& first, const std::string& second) {
    std::vector<Article> articles(2);
    std::vector<Story> stories;
    std::map<std::string, Annotations> ann;
    for (std::size_t i = 0; i < 2; ++i) {
        articles[i].id = "a" + std::to_string(i);
        articles[i].title = articles[i].id;
        articles[i].text = i == 0 ? first : second;
        articles[i].published = PublishedDate{*Date::parseIso("2025-03-20"), DateSource::Metadata, "test"};
        stories.push_back(Story{"s" + std::to_string(i), "s" + std::to_string(i), {articles[i].id}, {}});
    }
    std::vector<const Article*> ptrs;
    for (const Article& a : articles) {
        ptrs.push_back(&a);
        ann[a.id] = annotate::annotate(a);
    }
    return conflict::findFolderConflicts(stories, ptrs, ann);
}

TEST(StruckConflicts, ADatedAccidentIsOneFactAcrossStories) {
    auto found = acrossStories("The freighter Orla Maris previously allided with a bridge in Gdansk in 2019.",
                               "In 2019, the Orla Maris accidentally hit a dock in the port of Gdansk.");
    EXPECT_EQ(ofType(found, ConflictType::Version).size(), 1u);
    // A device's chip is judged inside its story only.
    EXPECT_TRUE(ofType(acrossStories("The Nova 9 is powered by the V12 chip.", "The Nova 9 runs on the V11 chip."),
                       ConflictType::Version)
                    .empty());
}

}  // namespace

namespace {

TEST(ChipNodeConflicts, AChipAndItsFamilyStatementDisagreeOnTheNode) {
    Doc a = article("a1", "It comes with the V12 Pro chip built on a 2nm process.");
    Doc b = article("b1", "新机全系搭载第二代3nm制程芯片V12系列芯片。");
    auto found = ofType(conflictsOf({&a, &b}), ConflictType::Version);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].attribute, "process node");
}

TEST(ChipNodeConflicts, TwoChipsOfOneFamilyMayDiffer) {
    Doc a = article("a1", "It comes with the V12 Pro chip built on a 2nm process.");
    Doc b = article("b1", "The cheaper model runs the new 3nm V12 processor.");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Version).empty());
}

}  // namespace
