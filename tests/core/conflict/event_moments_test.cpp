// A story's one lift-off or collision, named in several ways, and the days that tell which season a US time
// zone is in (sentences invented for these tests; names are made up).
#include <gtest/gtest.h>

#include "core/annotate/times.h"
#include "tests/core/conflict/conflict_fixture.h"

using namespace parallax;
using parallax::testing::conflictsOf;
using parallax::testing::Doc;
using parallax::testing::ofType;

namespace {

/// An article about the Orla rocket (its Tern booster and its Wren upper stage) or the Kestrel freighter.
Doc story(const std::string& id, const std::string& text, const std::vector<std::pair<std::string, std::string>>& times,
          const std::string& published = {}, DateSource source = DateSource::Metadata) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Orla", EntityKind::Product).entity("Tern", EntityKind::Product).entity("Wren", EntityKind::Product);
    d.entity("Kestrel", EntityKind::Other).entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    for (const auto& [written, value] : times) d.time(written, value);
    if (!published.empty()) d.article.published = PublishedDate{*Date::parseIso(published), source, "test"};
    d.extract();
    return d;
}

std::vector<Conflict> dateClashes(const Doc& a, const Doc& b) { return ofType(conflictsOf({&a, &b}), ConflictType::Date); }

}  // namespace

TEST(StoryMoments, ALaunchAndALiftOffOfOneStackNamedTwoWays) {
    Doc a = story("a", "Vexa launched Orla at 8:25am Central Time on 13 October 2024.",
                  {{"8:25am Central Time", "T08:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    Doc b = story("b", "The Tern booster lifted off at 7:25 am Central Time on 13 October 2024.",
                  {{"7:25 am Central Time", "T07:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium) << "two names: less sure than one";
    EXPECT_NE(dates[0].reason.find("60 minutes apart"), std::string::npos) << dates[0].reason;
    EXPECT_NE(dates[0].reason.find("one lift-off"), std::string::npos) << dates[0].reason;
    // the same minute under two names
    Doc c = story("c", "The Tern booster lifted off at 7:25 am Central Time on 13 October 2024.",
                  {{"7:25 am Central Time", "T07:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    Doc d = story("d", "Vexa launched Orla at 7:25am Central Time on 13 October 2024.",
                  {{"7:25am Central Time", "T07:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(c, d).empty());
}

TEST(StoryMoments, NamesAreNotJoinedAcrossDaysOrWithinOneArticle) {
    // the previous flight, on its own day
    Doc a = story("a", "The Tern booster lifted off at 7:25 am Central Time on 13 October 2024.",
                  {{"7:25 am Central Time", "T07:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    Doc b = story("b", "Vexa launched Orla at 7:50am Central Time on 6 June 2024.",
                  {{"7:50am Central Time", "T07:50[CT]"}, {"6 June 2024", "2024-06-06"}});
    EXPECT_TRUE(dateClashes(a, b).empty());
    // one article timing two launches of two rockets
    std::string text = "Orla lifted off at 7:25 am GMT on 13 October 2024. Wren lifted off at 9:10 am GMT on 13 October 2024.";
    Doc c(text, "c", "Outlet c");
    c.entity("Orla", EntityKind::Product).entity("Wren", EntityKind::Product);
    c.time("7:25 am GMT", "T07:25Z").time("9:10 am GMT", "T09:10Z").time("13 October 2024", "2024-10-13");
    c.extract();
    EXPECT_TRUE(ofType(conflictsOf({&c}), ConflictType::Date).empty());
    // a landing is not the lift-off, and a product released under another name is another product
    Doc d = story("d", "Wren landed at 8:31 am Central Time on 13 October 2024.",
                  {{"8:31 am Central Time", "T08:31[CT]"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(a, d).empty());
    Doc e = story("e", "Vexa released V2 at 9:00 am Central Time on 13 October 2024.",
                  {{"9:00 am Central Time", "T09:00[CT]"}, {"13 October 2024", "2024-10-13"}});
    Doc f = story("f", "Vexa launched Orla at 10:00 am Central Time on 13 October 2024.",
                  {{"10:00 am Central Time", "T10:00[CT]"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(e, f).empty()) << "two releases, no lift-off";
}

TEST(StoryMoments, AMonthAndDayWithoutAYearTellsTheSeason) {
    // 7:25 CDT is 12:25 GMT: "Oct 13" is in daylight saving whatever the year
    Doc ct = story("ct", "Orla lifted off at 7:25 am Central Time on Oct 13.",
                   {{"7:25 am Central Time", "T07:25[CT]"}, {"Oct 13", "XXXX-10-13"}});
    Doc gmt = story("gmt", "Orla lifted off at 12:25 GMT.", {{"12:25 GMT", "T12:25Z"}}, "2024-10-14");
    EXPECT_TRUE(dateClashes(ct, gmt).empty());
    Doc late = story("late", "Orla lifted off at 13:25 GMT.", {{"13:25 GMT", "T13:25Z"}}, "2024-10-14");
    auto dates = dateClashes(ct, late);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_NE(dates[0].reason.find("60 minutes apart"), std::string::npos) << dates[0].reason;
}

TEST(StoryMoments, AFilesModificationTimeIsNoDay) {
    // 8:25 EDT is 12:25 GMT; a page saved in December says nothing of the season of the launch
    Doc et = story("et", "Vexa launched Orla at 8:25 a.m. ET.", {{"8:25 a.m. ET", "T08:25[ET]"}}, "2026-12-03", DateSource::File);
    Doc gmt = story("gmt", "Orla lifted off at 12:25 GMT.", {{"12:25 GMT", "T12:25Z"}}, "2024-10-14");
    EXPECT_TRUE(dateClashes(et, gmt).empty()) << "the GMT side's day tells the season";
    Doc late = story("late", "Orla lifted off at 13:25 GMT.", {{"13:25 GMT", "T13:25Z"}}, "2024-10-14");
    EXPECT_EQ(dateClashes(et, late).size(), 1u);
    // neither side says which season: Eastern Time does not convert
    Doc et2 = story("et2", "Vexa launched Orla at 8:25 a.m. ET.", {{"8:25 a.m. ET", "T08:25[ET]"}}, "2026-12-03", DateSource::File);
    Doc gmt2 = story("gmt2", "Orla lifted off at 13:25 GMT.", {{"13:25 GMT", "T13:25Z"}}, "2026-12-03", DateSource::File);
    EXPECT_TRUE(dateClashes(et2, gmt2).empty());
}

TEST(StoryMoments, OneCollisionTimedByTwoArticlesThatNameItDifferently) {
    // the ship in one article, the pier it hit in the other; "approximately 1:40" allows ten minutes
    Doc a = story("a", "The Kestrel freighter collided with the pier at 1:28 am.", {{"1:28 am", "T01:28"}}, "2024-03-26");
    Doc b = story("b", "At approximately 1:40am on 26 March 2024, the freighter collided with the Orla pier.",
                  {{"approximately 1:40am", "T01:40"}, {"26 March 2024", "2024-03-26"}});
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_NE(dates[0].reason.find("one collision"), std::string::npos) << dates[0].reason;
    Doc c = story("c", "At approximately 1:30am on 26 March 2024, the freighter collided with the Orla pier.",
                  {{"approximately 1:30am", "T01:30"}, {"26 March 2024", "2024-03-26"}});
    EXPECT_TRUE(dateClashes(a, c).empty()) << "about 1:30 allows 1:28";
}

TEST(StoryMoments, ChineseAndEnglishLiftOffUnderTwoNames) {
    // 7:25 Beijing time on 14 October is 23:25 GMT on 13 October
    std::string zh = "北京时间2024年10月14日7时25分，奥拉火箭发射升空。";
    Doc z(zh, "z", "Outlet z");
    z.entity("奥拉", EntityKind::Product, "Orla");
    z.ann.times = annotate::findTimes(zh, {}, Date::parseIso("2024-10-14"));
    z.extract();
    Doc en = story("en", "The Tern booster lifted off at 23:25 GMT on 13 October 2024.",
                   {{"23:25 GMT", "T23:25Z"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(z, en).empty()) << "one moment, two zones, two dates";
    Doc late = story("late", "The Tern booster lifted off at 23:55 GMT on 13 October 2024.",
                     {{"23:55 GMT", "T23:55Z"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_EQ(dateClashes(z, late).size(), 1u);
}

namespace {

Doc flight(const std::string& id, const std::string& text) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Orla", EntityKind::Product);
    d.extract();
    return d;
}

}  // namespace

TEST(FlightMilestones, OneSplashdownTimedTwoWaysBeyondTheWording) {
    Doc a = flight("a", "Orla was to make about 90 minutes into flight a controlled splashdown.");
    Doc b = flight("b", "The test ended at splashdown 1 hour, 5 minutes and 40 seconds after launch.");
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium) << "one side is approximate";
    EXPECT_NE(dates[0].reason.find("1 h 30 min against 1 h 5 min 40 s"), std::string::npos) << dates[0].reason;
    // "about 70 minutes" allows a fifth either side
    Doc c = flight("c", "Orla made about 70 minutes into flight a controlled splashdown.");
    EXPECT_TRUE(dateClashes(b, c).empty());
}

TEST(FlightMilestones, OtherMilestonesAndOneArticleTimingTwoFlightsAreNotCompared) {
    Doc a = flight("a", "The booster was caught seven minutes after liftoff.");
    Doc b = flight("b", "The booster separated two minutes after liftoff.");
    EXPECT_TRUE(dateClashes(a, b).empty()) << "a catch is not a separation";
    Doc c = flight("c", "The booster was caught nearly seven minutes after liftoff.");
    EXPECT_TRUE(dateClashes(a, c).empty());
    Doc d = flight("d", "On the last flight the ship made splashdown 66 minutes after launch. This time the ship made "
                        "splashdown 80 minutes after launch.");
    EXPECT_TRUE(ofType(conflictsOf({&d}), ConflictType::Date).empty());
}

TEST(FlightMilestones, ChineseAgainstEnglish) {
    Doc zh = flight("zh", "飞行约90分钟后，飞船在印度洋溅落。");
    Doc en = flight("en", "The test ended at splashdown 1 hour, 5 minutes and 40 seconds after launch.");
    EXPECT_EQ(dateClashes(zh, en).size(), 1u);
    Doc same = flight("same", "飞行1小时5分40秒后，飞船溅落。");
    EXPECT_TRUE(dateClashes(same, en).empty());
}

namespace {

Doc dated(const std::string& id, const std::string& text) {
    Doc d(text, id, "Outlet " + id);
    d.ann.times = annotate::findTimes(text, {}, Date::parseIso("2024-10-14"));
    d.extract();
    return d;
}

std::vector<Conflict> versionClashes(const Doc& a, const Doc& b) {
    return ofType(conflictsOf({&a, &b}), ConflictType::Version);
}

}  // namespace

TEST(LiftOffSerials, TwoNumbersOfOneFamilyInOneLiftOff) {
    Doc a = dated("a", "Tern 29 and Booster 12 lifted off on 13 October 2024.");
    Doc b = dated("b", "Tern 30 and Booster 12 lifted off at 7:25 am on Oct 13.");
    auto v = versionClashes(a, b);
    ASSERT_EQ(v.size(), 1u);
    EXPECT_NE(v[0].reason.find("lift-off of 13 October"), std::string::npos) << v[0].reason;
    EXPECT_NE(v[0].reason.find("one lift-off carries one Tern"), std::string::npos) << v[0].reason;
    // the previous flight, on another day, carried another vehicle
    Doc c = dated("c", "Tern 29 and Booster 11 lifted off on 6 June 2024.");
    EXPECT_TRUE(versionClashes(b, c).empty());
    // the same vehicles
    Doc d = dated("d", "Booster 12 and Tern 30 lifted off on 13 October 2024.");
    EXPECT_TRUE(versionClashes(b, d).empty());
}

TEST(StoryMoments, ATimeOfNoKnownDayIsNotPutBesideADatedOne) {
    // a page saved later, its time undated, against the previous flight told with its date
    Doc undated = story("u", "Orla lifted off at 12:25 GMT.", {{"12:25 GMT", "T12:25Z"}}, "2026-12-03", DateSource::File);
    Doc earlier = story("e", "Orla lifted off at 11:50 GMT on 6 June 2024.",
                        {{"11:50 GMT", "T11:50Z"}, {"6 June 2024", "2024-06-06"}});
    EXPECT_TRUE(dateClashes(undated, earlier).empty());
    // two undated times, one of them on a page's own date: the story's word is taken
    Doc paged = story("p", "Orla lifted off at 13:25 GMT.", {{"13:25 GMT", "T13:25Z"}}, "2024-10-14");
    EXPECT_EQ(dateClashes(undated, paged).size(), 1u);
}
