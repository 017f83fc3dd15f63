// Conflicts between hand-built articles, each type positive and negative (DESIGN.md "Judging a conflict").
#include <gtest/gtest.h>

#include "tests/core/conflict/conflict_fixture.h"

using namespace parallax;
using parallax::testing::conflictsOf;
using parallax::testing::Doc;
using parallax::testing::ofType;

namespace {

Doc release(const std::string& id, const std::string& text, const std::string& product, const std::string& when,
            const std::string& value) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Vexa", EntityKind::Organization).entity(product, EntityKind::Product).time(when, value);
    d.extract();
    return d;
}

}  // namespace

TEST(ConflictDate, DifferentDatesForOneReleaseClash) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa launched V2 in May 2024, a year late.", "V2", "May 2024", "2024-05");
    auto all = conflictsOf({&a, &b});
    auto dates = ofType(all, ConflictType::Date);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::High);
    EXPECT_EQ(dates[0].scope, Scope::CrossSource);
    EXPECT_EQ(dates[0].subject, "V2");
    EXPECT_EQ(dates[0].attribute, "released");
    ASSERT_EQ(dates[0].evidence.size(), 2u);
    EXPECT_EQ(dates[0].evidence[0].article, "a");
    EXPECT_EQ(dates[0].evidence[0].text, "Vexa released V2 on 3 March 2024.");
    EXPECT_EQ(dates[0].evidence[1].value, "2024-05");
    EXPECT_NE(dates[0].reason.find("May 2024"), std::string::npos);
}

TEST(ConflictDate, APrecisionDifferenceIsNoClash) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa launched V2 in March 2024.", "V2", "March 2024", "2024-03");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Date).empty());
}

TEST(ConflictDate, AVariantIsAnotherSubject) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa released V2-Mini in November 2023.", "V2-Mini", "November 2023", "2023-11");
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Date).empty());
}

TEST(ConflictDate, ReferenceFactWithTheVariantAsCause) {
    Doc a("In November, Vexa debuted its V2 model.", "a", "Daily Bits");
    a.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product, "Vexa-V2").time("November", "2023-11");
    a.extract();
    std::vector<ReferenceFact> facts = {{"Vexa-V2", "released", "2024-03-03", "Vexa blog"},
                                        {"Vexa-V2-Mini", "released", "2023-11-20", "Vexa blog"}};
    auto dates = ofType(conflictsOf({&a}, facts), ConflictType::Date);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].scope, Scope::Reference);
    EXPECT_EQ(dates[0].subject, "Vexa-V2");
    EXPECT_EQ(dates[0].cause, "Vexa-V2-Mini was released in November 2023");
    ASSERT_EQ(dates[0].evidence.size(), 2u);
    EXPECT_EQ(dates[0].evidence[1].article, "reference");
    EXPECT_EQ(dates[0].evidence[1].value, "2024-03-03");
    EXPECT_NE(dates[0].evidence[1].text.find("Vexa blog"), std::string::npos);
}

TEST(ConflictDate, ReferenceSubjectMatchesAShorterMention) {
    Doc a("Vexa debuted its V2 model in November 2023.", "a");
    a.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product).time("November 2023", "2023-11");
    a.extract();
    auto dates = ofType(conflictsOf({&a}, {{"Vexa-V2", "launched", "2024-03-03", ""}}), ConflictType::Date);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].scope, Scope::Reference);
}

TEST(ConflictDate, RepeatsMergeIntoOneConflict) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa launched V2 in May 2024.", "V2", "May 2024", "2024-05");
    Doc c = release("c", "Vexa unveiled V2 in May 2024.", "V2", "May 2024", "2024-05");
    auto dates = ofType(conflictsOf({&a, &b, &c}), ConflictType::Date);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].evidence.size(), 3u);
}

TEST(ConflictDate, CopiesOfOneWireStoryAreOneSource) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa launched V2 in May 2024.", "V2", "May 2024", "2024-05");
    EXPECT_TRUE(conflictsOf({&a, &b}, {}, {{"a", "b"}}).empty());
}

TEST(ConflictIds, StableAcrossRunsAndOrder) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024.", "V2", "3 March 2024", "2024-03-03");
    Doc b = release("b", "Vexa launched V2 in May 2024.", "V2", "May 2024", "2024-05");
    auto first = conflictsOf({&a, &b});
    auto again = conflictsOf({&b, &a});
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(first[0].id, again[0].id);
    EXPECT_EQ(first[0].id.size(), 17u);
}

namespace {

Doc raised(const std::string& id, const std::string& text, const std::string& written, double value, double low,
           double high, bool approximate = false) {
    Doc d(text, id);
    d.entity("Northwind", EntityKind::Organization).amount(written, value, low, high, "USD", approximate);
    d.extract();
    return d;
}

}  // namespace

TEST(ConflictMoney, ExactFiguresThatDifferClash) {
    Doc a = raised("a", "Northwind raised $5.5 million from investors.", "$5.5 million", 5.5e6, 5.45e6, 5.55e6);
    Doc b = raised("b", "Northwind raised $5.6 million from investors.", "$5.6 million", 5.6e6, 5.55e6, 5.65e6);
    auto money = ofType(conflictsOf({&a, &b}), ConflictType::Money);
    ASSERT_EQ(money.size(), 1u);
    EXPECT_EQ(money[0].severity, Severity::High);
    EXPECT_EQ(money[0].attribute, "raised");
}

TEST(ConflictMoney, ApproximationsAreIntervals) {
    Doc a = raised("a", "Northwind raised roughly $600 billion in total.", "roughly $600 billion", 6e11, 5.4e11, 6.6e11, true);
    Doc b = raised("b", "Northwind raised $593 billion in total.", "$593 billion", 5.93e11, 5.925e11, 5.935e11);
    EXPECT_TRUE(ofType(conflictsOf({&a, &b}), ConflictType::Money).empty());
}

TEST(ConflictMoney, DifferentMeasuresAreNotCompared) {
    Doc a("Northwind shares rose as much as 9% to $52.10 intraday.", "a");
    a.entity("Northwind", EntityKind::Organization).amount("$52.10", 52.1, 52.095, 52.105, "USD");
    a.extract();
    Doc b("Northwind shares closed at $48.20 on Friday.", "b");
    b.entity("Northwind", EntityKind::Organization).amount("$48.20", 48.2, 48.195, 48.205, "USD");
    b.extract();
    for (const Conflict& c : conflictsOf({&a, &b})) EXPECT_NE(c.severity, Severity::High) << c.reason;
}

TEST(ConflictMoney, AConversionThatDoesNotAddUp) {
    Doc a("Northwind raised HK$2.5 billion ($700 million) in its listing.", "a");
    a.entity("Northwind", EntityKind::Organization)
        .amount("HK$2.5 billion", 2.5e9, 2.45e9, 2.55e9, "HKD")
        .amount("$700 million", 7e8, 6.95e8, 7.05e8, "USD", false, 0);
    a.extract();
    auto money = ofType(conflictsOf({&a}), ConflictType::Money);
    ASSERT_EQ(money.size(), 1u);
    EXPECT_EQ(money[0].scope, Scope::Internal);
    EXPECT_EQ(money[0].severity, Severity::High);
    EXPECT_EQ(money[0].subject, "Northwind");
    EXPECT_NE(money[0].reason.find("US$"), std::string::npos) << money[0].reason;
    EXPECT_NE(money[0].evidence[0].text.find("HK$2.5 billion ($700 million)"), std::string::npos);
}

TEST(ConflictMoney, AConversionThatAddsUpIsFine) {
    Doc a("Northwind raised HK$2.5 billion ($320 million) in its listing.", "a");
    a.entity("Northwind", EntityKind::Organization)
        .amount("HK$2.5 billion", 2.5e9, 2.45e9, 2.55e9, "HKD")
        .amount("$320 million", 3.2e8, 3.195e8, 3.205e8, "USD", false, 0);
    a.extract();
    EXPECT_TRUE(conflictsOf({&a}).empty());
}

namespace {

Doc chip(const std::string& id, const std::string& text) {
    Doc d(text, id);
    d.entity("Kestrel", EntityKind::Organization).entity("Vireo 5", EntityKind::Product, "Kestrel Vireo 5");
    d.extract();
    return d;
}

}  // namespace

TEST(ConflictCategory, BroaderAndNarrowerTermsAgree) {
    Doc a = chip("a", "Kestrel's Vireo 5 AI chip trains models. Later, the Vireo 5 AI CPU was shown.");
    Doc b = chip("b", "The Vireo 5, a neural processing unit, ships in May.");
    Doc c = chip("c", "Kestrel sells the Vireo 5 chip.");
    EXPECT_TRUE(ofType(conflictsOf({&a}), ConflictType::Category).empty());
    EXPECT_TRUE(ofType(conflictsOf({&b, &c}), ConflictType::Category).empty());
}

TEST(ConflictCategory, DisjointTermsClashAcrossAndInsideArticlesAndAgainstFacts) {
    Doc a = chip("a", "Kestrel's Vireo 5 AI CPU trains models.");
    Doc b = chip("b", "The Vireo 5, a neural processing unit, ships in May.");
    auto across = ofType(conflictsOf({&a, &b}), ConflictType::Category);
    ASSERT_EQ(across.size(), 1u);
    EXPECT_EQ(across[0].severity, Severity::High);
    Doc inside = chip("c", "Kestrel's Vireo 5 GPU trains models. The Vireo 5 is a CPU.");
    auto internal = ofType(conflictsOf({&inside}), ConflictType::Category);
    ASSERT_EQ(internal.size(), 1u);
    EXPECT_EQ(internal[0].scope, Scope::Internal);
    auto reference = ofType(conflictsOf({&a}, {{"Vireo 5", "category", "NPU", "maker's data sheet"}}), ConflictType::Category);
    ASSERT_EQ(reference.size(), 1u);
    EXPECT_EQ(reference[0].scope, Scope::Reference);
    EXPECT_EQ(reference[0].evidence[0].text, "Kestrel's Vireo 5 AI CPU trains models.");
}

namespace {

Doc ranked(const std::string& id, const std::string& text, const std::string& product) {
    Doc d(text, id);
    d.entity("Vela", EntityKind::Organization).entity(product, EntityKind::Product).entity("ModelHub", EntityKind::Organization);
    d.extract();
    return d;
}

}  // namespace

TEST(ConflictVersion, TwoVersionsForOneRank) {
    Doc a = ranked("a", "Vela's Lumen 3.5 became the most downloaded model on ModelHub.", "Lumen 3.5");
    Doc b = ranked("b", "Vela's Lumen3 family topped ModelHub.", "Lumen3");
    Doc c = ranked("c", "Vela's Lumen3 family is the most downloaded model on ModelHub.", "Lumen3");
    auto versions = ofType(conflictsOf({&a, &c}), ConflictType::Version);
    ASSERT_EQ(versions.size(), 1u);
    EXPECT_EQ(versions[0].subject, "Lumen");
    EXPECT_EQ(versions[0].evidence.size(), 2u);
    Doc d = ranked("d", "Lumen 3.5 is the most downloaded model on ModelHub.", "Lumen 3.5");
    EXPECT_TRUE(ofType(conflictsOf({&a, &d}), ConflictType::Version).empty());
    (void)b;
}

namespace {

Doc person(const std::string& id, const std::string& text) {
    Doc d(text, id);
    d.entity("Northwind", EntityKind::Organization).entity("Maria Lopez", EntityKind::Person);
    d.extract();
    return d;
}

}  // namespace

TEST(ConflictRole, DifferentOfficesClashAndContainedTitlesAgree) {
    Doc a = person("a", "Northwind's chief executive Maria Lopez spoke first.");
    Doc b = person("b", "Maria Lopez, chief financial officer at Northwind, spoke first.");
    auto roles = ofType(conflictsOf({&a, &b}), ConflictType::Role);
    ASSERT_EQ(roles.size(), 1u);
    EXPECT_EQ(roles[0].subject, "Maria Lopez");
    Doc c = person("c", "Northwind's chief scientist Maria Lopez spoke first.");
    Doc d = person("d", "Northwind's chief AI scientist Maria Lopez spoke first.");
    EXPECT_TRUE(ofType(conflictsOf({&c, &d}), ConflictType::Role).empty());
    Doc e = person("e", "Maria Lopez, founder of Northwind, spoke first.");
    EXPECT_TRUE(ofType(conflictsOf({&a, &e}), ConflictType::Role).empty());
}

TEST(ConflictSpeaker, SameWordsTwoSpeakers) {
    Doc a("\"Demand is far ahead of supply this year,\" said Maria Lopez.", "a");
    a.entity("Maria Lopez", EntityKind::Person);
    a.extract();
    Doc b("\"Demand is far ahead of supply this year,\" said Tom Reyes.", "b");
    b.entity("Tom Reyes", EntityKind::Person);
    b.extract();
    auto speakers = ofType(conflictsOf({&a, &b}), ConflictType::Speaker);
    ASSERT_EQ(speakers.size(), 1u);
    EXPECT_EQ(speakers[0].severity, Severity::High);
    Doc c("\"Demand is far ahead of supply this year,\" Lopez said.", "c");
    c.entity("Lopez", EntityKind::Person);
    c.extract();
    EXPECT_TRUE(ofType(conflictsOf({&a, &c}), ConflictType::Speaker).empty());
}

TEST(ConflictStance, OppositeDirectionsInTheOutletsVoice) {
    Doc a("Ruritania is closing the gap with Freedonia in batteries.", "a");
    a.entity("Ruritania", EntityKind::Place).entity("Freedonia", EntityKind::Place);
    a.extract();
    Doc b("Ruritania is falling behind Freedonia in batteries.", "b");
    b.entity("Ruritania", EntityKind::Place).entity("Freedonia", EntityKind::Place);
    b.extract();
    auto stances = ofType(conflictsOf({&a, &b}), ConflictType::Stance);
    ASSERT_EQ(stances.size(), 1u);
    EXPECT_EQ(stances[0].severity, Severity::Medium);
    Doc hedged("The shortage could widen the gap between Ruritania and Freedonia.", "c");
    hedged.entity("Ruritania", EntityKind::Place).entity("Freedonia", EntityKind::Place);
    hedged.extract();
    auto low = ofType(conflictsOf({&a, &hedged}), ConflictType::Stance);
    ASSERT_EQ(low.size(), 1u);
    EXPECT_EQ(low[0].severity, Severity::Low);
    Doc other("Ruritania is falling behind Freedonia in batteries, Ana Ruiz said.", "d");
    other.entity("Ruritania", EntityKind::Place).entity("Freedonia", EntityKind::Place).entity("Ana Ruiz", EntityKind::Person);
    other.extract();
    EXPECT_TRUE(ofType(conflictsOf({&a, &other}), ConflictType::Stance).empty());
}

TEST(ConflictStance, OppositeComparisons) {
    Doc a("The Vireo 5 outperforms the Falcon X1 in training.", "a");
    a.entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product);
    a.extract();
    Doc b("The Vireo 5 can't match the Falcon X1.", "b");
    b.entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product);
    b.extract();
    auto stances = ofType(conflictsOf({&a, &b}), ConflictType::Stance);
    ASSERT_EQ(stances.size(), 1u);
    Doc c("The Falcon X1 lags behind the Vireo 5.", "c");
    c.entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product);
    c.extract();
    EXPECT_TRUE(ofType(conflictsOf({&a, &c}), ConflictType::Stance).empty());
}

TEST(ConflictStance, AGeneralClaimAgainstASpecificComparisonIsALowNote) {
    Doc a("Kestrel's Vireo 5 AI chip outperforms the Falcon X1 GPU in training.", "a");
    a.entity("Kestrel", EntityKind::Organization).entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product);
    a.extract();
    Doc b("Kestrel gets funding. The money went to the leading chipmaker, and those chips can't do everything that "
          "American chips can do.", "b");
    b.entity("Kestrel", EntityKind::Organization);
    b.extract();
    auto stances = ofType(conflictsOf({&a, &b}), ConflictType::Stance);
    ASSERT_EQ(stances.size(), 1u);
    EXPECT_EQ(stances[0].severity, Severity::Low);
    EXPECT_EQ(stances[0].subject, "Vireo 5");
    // Without knowing that both named things are chips, the general claim says nothing about them.
    Doc c("The Vireo 5 outperforms the Falcon X1 in training.", "c");
    c.entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product);
    c.extract();
    EXPECT_TRUE(ofType(conflictsOf({&c, &b}), ConflictType::Stance).empty());
}

TEST(ConflictRanking, HighSeverityFirst) {
    Doc a = release("a", "Vexa released V2 on 3 March 2024. Vexa is closing the gap with Zorb.", "V2", "3 March 2024", "2024-03-03");
    a.entity("Zorb", EntityKind::Organization);
    Doc b = release("b", "Vexa launched V2 in May 2024. Vexa is falling behind Zorb.", "V2", "May 2024", "2024-05");
    a.ann.claims.clear();
    a.extract();
    b.entity("Zorb", EntityKind::Organization);
    b.ann.claims.clear();
    b.extract();
    auto all = conflictsOf({&a, &b});
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].type, ConflictType::Date);
    EXPECT_EQ(all[1].type, ConflictType::Stance);
}
