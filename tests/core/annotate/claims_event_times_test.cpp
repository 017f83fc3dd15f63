// Event claims with a time of day, and dates that do not date the event (sentences invented for these tests).
#include <gtest/gtest.h>

#include "core/annotate/times.h"
#include "tests/core/annotate/claims_fixture.h"

using parallax::Claim;
using parallax::ClaimKind;
using parallax::Date;
using parallax::EntityKind;
using parallax::testing::Doc;

namespace {

Doc annotated(const std::string& text, const char* published = "2024-10-14") {
    Doc d(text);
    d.entity("Vexa", EntityKind::Organization).entity("Orbiter-3", EntityKind::Product).entity("Marlin", EntityKind::Other);
    d.entity("星河一号", EntityKind::Product);
    d.ann.times = parallax::annotate::findTimes(text, {}, Date::parseIso(published));
    d.extract();
    return d;
}

}  // namespace

TEST(ClaimsEventTime, TheTimeOfDayJoinsTheDate) {
    Doc d = annotated("Orbiter-3 lifted off at 6:40 am Central Time on 13 October 2024.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].attribute, "lifted off");
    EXPECT_EQ(events[0].value, "2024-10-13T06:40[CT]");
    EXPECT_EQ(events[0].timeText, "6:40 am Central Time");
}

TEST(ClaimsEventTime, ABracketedConversionIsPreferredAndATimeAloneLeavesTheDateOpen) {
    Doc d = annotated("Orbiter-3 lifted off at 6:40 am (11:40 GMT).");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].value, "XXXX-XX-XXT11:40Z");
    Doc m = annotated("The Marlin trawler collided with the jetty at 2:05 am.");
    events = m.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].attribute, "collided");
    EXPECT_EQ(events[0].value, "XXXX-XX-XXT02:05");
}

TEST(ClaimsEventTime, ChineseTimesOpeningTheSentence) {
    Doc d = annotated("2024年7月3日9时12分，星河一号返回器安全着陆。");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].subject, "星河一号");
    EXPECT_EQ(events[0].attribute, "landed");
    EXPECT_EQ(events[0].value, "2024-07-03T09:12");
    // a clause that says more than a time does not date the next one
    Doc other = annotated("2024年7月3日发布公告后，星河一号返回器着陆。");
    for (const Claim& c : other.claims(ClaimKind::Event)) EXPECT_NE(c.value, "2024-07-03") << c.attribute;
}

TEST(ClaimsEventTime, DatesThatBoundASpanDoNotDateTheEvent) {
    Doc d = annotated("Vexa launched four Orbiter-3 flights, starting in April 2023.");
    EXPECT_TRUE(d.claims(ClaimKind::Event).empty());
    Doc s = annotated("Vexa has shipped Orbiter-3 since 2021.");
    EXPECT_TRUE(s.claims(ClaimKind::Event).empty());
    Doc ok = annotated("Vexa launched Orbiter-3 in April 2023.");
    ASSERT_EQ(ok.claims(ClaimKind::Event).size(), 1u);
    EXPECT_EQ(ok.claims(ClaimKind::Event)[0].value, "2023-04");
}

TEST(ClaimsEventTime, AContainerShipIsNoRelease) {
    Doc d = annotated("On 26 March 2024 the Marlin container ship that hit the jetty was towed away.");
    EXPECT_TRUE(d.claims(ClaimKind::Event).empty());
}

TEST(ClaimsEventTime, AVerbInsideANameIsNoEvent) {
    Doc d = annotated("Orbiter-3 rode a rocket from the Hainan Satellite Launch Center on 13 October 2024.");
    EXPECT_TRUE(d.claims(ClaimKind::Event).empty());
    Doc v = annotated("Vexa launched Orbiter-3 from Hainan on 13 October 2024.");
    EXPECT_EQ(v.claims(ClaimKind::Event).size(), 1u);
}

TEST(ClaimsEventTime, NounsAndThePastOfFindAreNoEvents) {
    Doc pad = annotated("Orbiter-3 lifted off at 6:40 am from Vexa's launch facility in Hainan on 13 October 2024.");
    auto events = pad.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].attribute, "lifted off");
    Doc found = annotated("Orbiter-3 passed its tests on October 25, six days before it found a buyer in Vexa.");
    EXPECT_TRUE(found.claims(ClaimKind::Event).empty());
    Doc founded = annotated("Vexa was founded on October 25, 2019.");
    EXPECT_EQ(founded.claims(ClaimKind::Event).size(), 1u);
}

TEST(ClaimsEventTime, APassiveSubjectStandsBeforeItsAppositive) {
    Doc d = annotated("Orbiter-3, the first probe to carry a drill built by Vexa, was launched on 3 May 2024.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].subject, "Orbiter-3") << "not the maker named inside the appositive";
    EXPECT_EQ(events[0].value, "2024-05-03");
}

TEST(ClaimsEventTime, ADateClosingARunOfPhrasesDatesTheEvent) {
    Doc d = annotated("Orbiter-3 was launched by a heavy rocket from the coastal launch centre on the southern island "
                      "of the province in the second week of May 2024.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].value, "2024-05-W2");
    // another clause in between: the date is not the launch's
    Doc other = annotated("Orbiter-3 was launched by a heavy rocket from the coastal launch centre on the island and "
                          "the ground crew went home in the second week of May 2024.");
    for (const Claim& c : other.claims(ClaimKind::Event)) ADD_FAILURE() << c.subject << " " << c.attribute << " " << c.value << " " << c.text;
}

TEST(ClaimsEventTime, AnEventWordBeforeAPlaceOrThingIsANoun) {
    EXPECT_TRUE(annotated("Orbiter-3 stood at a coastal launch pad on 3 May 2024.").claims(ClaimKind::Event).empty());
    EXPECT_TRUE(annotated("Vexa kept Orbiter-3 near one landing site on 3 May 2024.").claims(ClaimKind::Event).empty());
    EXPECT_EQ(annotated("Vexa will launch Orbiter-3 on 3 May 2024.").claims(ClaimKind::Event).size(), 1u);
}

TEST(ClaimsEventTime, HittingAThingIsACollisionHittingAFigureIsNone) {
    Doc d = annotated("The Marlin trawler hit the pier at 2:05 am.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].attribute, "collided");
    EXPECT_EQ(events[0].subject, "Marlin");
    EXPECT_EQ(events[0].value, "XXXX-XX-XXT02:05");
    EXPECT_TRUE(annotated("Vexa shares hit a record at 10:30 am.").claims(ClaimKind::Event).empty());
    EXPECT_TRUE(annotated("Orbiter-3 hit the market on 3 May 2024.").claims(ClaimKind::Event).empty());
    EXPECT_TRUE(annotated("Vexa struck a deal with Marlin on 3 May 2024.").claims(ClaimKind::Event).empty());
}

TEST(ClaimsEventTime, ItOpeningARunOfSentencesIsTheThingNamedBefore) {
    Doc d = annotated("The Marlin trawler left port at 1 am. It was built in 2015. It hit the pier at 2:05 am.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].subject, "Marlin");
    EXPECT_EQ(events[0].value, "XXXX-XX-XXT02:05");
    // a company does not collide: "it" is not the company the article is about
    Doc firm = annotated("Vexa said sales rose. Vexa said costs fell. It hit the pier at 2:05 am.");
    for (const Claim& c : firm.claims(ClaimKind::Event)) EXPECT_NE(c.subject, "Vexa");
}

namespace {

std::vector<Claim> elapsedOf(const std::string& text) {
    std::vector<Claim> out;
    for (const Claim& c : annotated(text).claims(ClaimKind::Event))
        if (!c.value.empty() && c.value.front() == '+') out.push_back(c);
    return out;
}

}  // namespace

TEST(ClaimsElapsed, AMilestoneTimedFromTheStartOfAFlight) {
    auto e = elapsedOf("The flight ended at splashdown 1 hour, 5 minutes and 40 seconds after launch.");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].attribute, "splashdown after launch");
    EXPECT_EQ(e[0].value, "+3940s");
    e = elapsedOf("Orbiter-3 was heading for the ocean to make about 90 minutes into flight a controlled splashdown.");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].value, "+5400s");
    EXPECT_EQ(e[0].text, "about 90 minutes into flight") << "the hedge stays with the time";
    e = elapsedOf("The booster was caught by the tower arms seven minutes after lift-off.");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].attribute, "booster catch after launch");
    EXPECT_EQ(e[0].value, "+420s");
}

TEST(ClaimsElapsed, NoMilestoneOrANumberNotReadWholeIsNoClaim) {
    EXPECT_TRUE(elapsedOf("Vexa shares rose ten minutes after launch of the new phone.").empty());
    EXPECT_TRUE(elapsedOf("About 2-1/2 minutes into the flight, the booster separated.").empty());
    EXPECT_TRUE(elapsedOf("The booster separated a few minutes into the flight.").empty()) << "no number";
}

TEST(ClaimsElapsed, ChineseMilestonesTimedFromLaunch) {
    auto e = elapsedOf("星河一号发射约7分钟后，助推器被发射塔机械臂捕获。");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].attribute, "booster catch after launch");
    EXPECT_EQ(e[0].value, "+420s");
    EXPECT_EQ(e[0].text, "约7分钟后");
    e = elapsedOf("飞行1小时5分40秒后，飞船在印度洋溅落。");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].value, "+3940s");
    e = elapsedOf("发射九十分钟后，飞船溅落。");
    ASSERT_EQ(e.size(), 1u);
    EXPECT_EQ(e[0].value, "+5400s");
    // no milestone, or no time after the launch word
    EXPECT_TRUE(elapsedOf("星河一号发射约7分钟后，地面站收到信号。").empty());
    EXPECT_TRUE(elapsedOf("星河一号发射成功，助推器被捕获。").empty());
}

TEST(ClaimsLiftOffSerials, VehiclesByFamilyAndNumberInADatedLiftOff) {
    Doc d = annotated("Tern 7 and Booster 12 lifted off at 7:25 am Central Time on 13 October 2024.");
    auto v = d.claims(ClaimKind::Version);
    ASSERT_EQ(v.size(), 2u);
    EXPECT_EQ(v[0].subject, "Tern");
    EXPECT_EQ(v[0].value, "7");
    EXPECT_EQ(v[0].attribute, "serial at lift-off on 13 October");
    EXPECT_EQ(v[1].subject, "Booster");
    Doc hyphen = annotated("On 13 October 2024, Orla (Tern 8) and its booster (booster 12) Lifted-off from the pad.");
    EXPECT_EQ(hyphen.claims(ClaimKind::Version).size(), 2u);
}

TEST(ClaimsLiftOffSerials, NoDayOrNoSerialIsNoClaim) {
    EXPECT_TRUE(annotated("Tern 7 and Booster 12 lifted off at 7:25 am.").claims(ClaimKind::Version).empty())
        << "a lift-off of no stated day may be any flight";
    EXPECT_TRUE(annotated("On October 13 at 7:25 am the rocket lifted off.").claims(ClaimKind::Version).empty())
        << "a month and a time are no serials";
    EXPECT_TRUE(annotated("Tern 7 landed on 13 October 2024.").claims(ClaimKind::Version).empty()) << "not a lift-off";
}

TEST(ClaimsEventTime, HittingALevelOrAChamberIsNoCollision) {
    EXPECT_TRUE(annotated("Vexa shares hit a support level at 10:30 am.").claims(ClaimKind::Event).empty());
    EXPECT_TRUE(annotated("The Vexa bill hit the House floor at 2:15 pm.").claims(ClaimKind::Event).empty());
}

TEST(ClaimsElapsed, ALandingPageIsNoLanding) {
    EXPECT_TRUE(elapsedOf("The Vexa landing page went down ten minutes after launch.").empty());
    EXPECT_EQ(elapsedOf("Orbiter-3 touched down ten minutes after launch.").size(), 1u);
}

TEST(ClaimsEventTime, ACollisionIsToldOfWhatMovedNotOfWhatItHit) {
    // what moved is named before the verb, what it hit after it: the mover is the subject
    Doc d = annotated("At about 2:05 am on 26 March 2024, the trawler Marlin collided with the Orbiter-3 jetty.");
    auto events = d.claims(ClaimKind::Event);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].subject, "Marlin");
    EXPECT_EQ(events[0].value, "2024-03-26T02:05");
    Doc into = annotated("The Marlin crashed into the Orbiter-3 pontoon at 2:05 am.");
    ASSERT_EQ(into.claims(ClaimKind::Event).size(), 1u);
    EXPECT_EQ(into.claims(ClaimKind::Event)[0].subject, "Marlin");
    // nothing named before the verb: what was hit is all the sentence names
    Doc unnamed = annotated("A trawler crashed into the Orbiter-3 pontoon at 2:05 am.");
    ASSERT_EQ(unnamed.claims(ClaimKind::Event).size(), 1u);
    EXPECT_EQ(unnamed.claims(ClaimKind::Event)[0].subject, "Orbiter-3");
    // a passive collision is still told of what was hit
    Doc passive = annotated("The Orbiter-3 jetty was rammed at 2:05 am.");
    ASSERT_EQ(passive.claims(ClaimKind::Event).size(), 1u);
    EXPECT_EQ(passive.claims(ClaimKind::Event)[0].subject, "Orbiter-3");
}

namespace {

std::vector<Claim> accidentsOf(const std::string& text) {
    std::vector<Claim> out;
    for (const Claim& c : annotated(text, "2025-03-01").claims(ClaimKind::Event))
        if (c.attribute == "happened") out.push_back(c);
    return out;
}

}  // namespace

TEST(ClaimsAccidents, TheDayOfTheAccidentWithItsYear) {
    auto a = accidentsOf("The incident occurred on March 3, 2024, shortly after the Marlin left port.");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].subject, "the accident");
    EXPECT_EQ(a[0].value, "2024-03-03");
    a = accidentsOf("Investigators published their report into the engine explosion aboard a Vexa jet on 3 March 2025.");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].value, "2025-03-03");
    EXPECT_EQ(accidentsOf("The crash took place on 3 March 2024.").size(), 1u);
}

TEST(ClaimsAccidents, NoWrittenYearOrADateOfSomethingElseIsNoClaim) {
    EXPECT_TRUE(accidentsOf("The incident occurred on March 3, shortly after the Marlin left port.").empty())
        << "the year is the reader's guess";
    EXPECT_TRUE(accidentsOf("The report on the crash was published on 3 March 2025.").empty());
    EXPECT_TRUE(accidentsOf("The crash of the Marlin on 3 March 2024 was the second that year.").empty())
        << "the day does not close its clause";
    EXPECT_TRUE(accidentsOf("Vexa shares crashed on 3 March 2024.").empty()) << "a verb, not the noun";
    EXPECT_TRUE(accidentsOf("The crash in prices that began in May ended on 3 March 2024.").empty());
}

TEST(ClaimsAccidents, ChineseDayOfTheAccident) {
    auto a = accidentsOf("据报道，这起事故发生于2024年3月3日，当时货轮刚刚离港。");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].value, "2024-03-03");
    EXPECT_EQ(accidentsOf("爆炸发生在2024年3月3日。").size(), 1u);
    // no year written, another verb, or a day that does not close its clause
    EXPECT_TRUE(accidentsOf("这起事故发生于3月3日，当时货轮刚刚离港。").empty());
    EXPECT_TRUE(accidentsOf("事故调查报告于2025年3月3日公布。").empty());
    EXPECT_TRUE(accidentsOf("事故发生于2024年3月3日的报道引起关注。").empty());
}
