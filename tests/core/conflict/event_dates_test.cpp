// Event dates at their common precision, weekdays, and times of day with their zones (sentences invented
// for these tests; names are made up).
#include <gtest/gtest.h>

#include "core/annotate/times.h"
#include "core/conflict/clock.h"
#include "core/conflict/dates.h"
#include "tests/core/conflict/conflict_fixture.h"

using namespace parallax;
using parallax::testing::conflictsOf;
using parallax::testing::Doc;
using parallax::testing::ofType;

namespace {

/// An article about the Kestrel freighter or the Vexa V2 model: `times` are (as written, value) pairs.
Doc story(const std::string& id, const std::string& text, const std::vector<std::pair<std::string, std::string>>& times,
          const std::string& published = {}) {
    Doc d(text, id, "Outlet " + id);
    d.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product).entity("Kestrel", EntityKind::Other);
    d.entity("Xinghe-1", EntityKind::Product).entity("星河一号", EntityKind::Product, "Xinghe-1");
    for (const auto& [written, value] : times) d.time(written, value);
    // Chinese runs a date and a time together ("2024年6月25日14时07分"): let the time annotator find them.
    if (times.empty()) d.ann.times = annotate::findTimes(text, {}, Date::parseIso("2024-06-26"));
    if (!published.empty()) d.article.published = PublishedDate{*Date::parseIso(published), DateSource::Metadata, "test"};
    d.extract();
    return d;
}

std::vector<Conflict> dateClashes(const Doc& a, const Doc& b) { return ofType(conflictsOf({&a, &b}), ConflictType::Date); }

}  // namespace

TEST(EventDates, AMonthWithoutItsYearAgainstADayOfAnotherMonth) {
    Doc a = story("a", "In November, Vexa debuted V2.", {{"November", "XXXX-11"}});
    Doc b = story("b", "Vexa released V2 on 20 January 2025.", {{"20 January 2025", "2025-01-20"}});
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium) << "the year is unknown";
    EXPECT_NE(dates[0].reason.find("November (year not stated)"), std::string::npos) << dates[0].reason;
    EXPECT_EQ(dates[0].reason.find("XXXX"), std::string::npos) << dates[0].reason;
    // the same month of any year fits
    Doc c = story("c", "Vexa released V2 on 20 November 2024.", {{"20 November 2024", "2024-11-20"}});
    EXPECT_TRUE(dateClashes(a, c).empty());
}

TEST(EventDates, TheNthWeekOfAMonthAgainstADay) {
    Doc a = story("a", "Vexa launched V2 in the second week of May 2024.", {{"the second week of May 2024", "2024-05-W2"}});
    Doc b = story("b", "Vexa released V2 on 3 May 2024.", {{"3 May 2024", "2024-05-03"}});
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::High);
    EXPECT_NE(dates[0].reason.find("the second week of May 2024"), std::string::npos) << dates[0].reason;
    Doc c = story("c", "Vexa released V2 on 10 May 2024.", {{"10 May 2024", "2024-05-10"}});
    EXPECT_TRUE(dateClashes(a, c).empty()) << "10 May is in the second week";
}

TEST(EventDates, SameDayOfAnotherYearIsHighAdjacentDaysMedium) {
    Doc a = story("a", "Vexa released V2 on January 5, 2025.", {{"January 5, 2025", "2025-01-05"}});
    Doc b = story("b", "Vexa released V2 on January 5, 2024.", {{"January 5, 2024", "2024-01-05"}});
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::High);
    Doc c = story("c", "Vexa released V2 on January 6, 2025.", {{"January 6, 2025", "2025-01-06"}});
    dates = dateClashes(a, c);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium) << "a day apart can be two time zones";
    EXPECT_NE(dates[0].cause.find("time zones"), std::string::npos) << dates[0].cause;
}

TEST(EventDates, ARelatedEventInThatMonthIsTheLikelyCause) {
    Doc a = story("a", "In November, Vexa debuted V2.", {{"November", "XXXX-11"}});
    Doc b = story("b", "Vexa released V2 on 20 January 2025. Vexa announced V2 on 12 November 2024.",
                  {{"20 January 2025", "2025-01-20"}, {"12 November 2024", "2024-11-12"}});
    auto all = conflictsOf({&a, &b});
    bool explained = false;
    for (const Conflict& c : ofType(all, ConflictType::Date))
        if (c.attribute == "released") explained = c.cause.find("announced in November 2024") != std::string::npos;
    EXPECT_TRUE(explained);
}

TEST(EventWeekdays, DifferentWeekdaysClashTheSameWeekdayDoesNot) {
    // 24 June 2024 was a Monday; each weekday was counted from its article's publication date.
    Doc a = story("a", "Vexa released V2 on Monday.", {{"Monday", "2024-06-24"}}, "2024-06-25");
    Doc b = story("b", "On Tuesday, Vexa released V2.", {{"Tuesday", "2024-06-25"}}, "2024-06-26");
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_NE(dates[0].reason.find("Monday"), std::string::npos) << dates[0].reason;
    EXPECT_NE(dates[0].reason.find("Tuesday"), std::string::npos) << dates[0].reason;
    // "Monday" twice, counted from publication dates a week apart: the words agree
    Doc c = story("c", "Vexa released V2 on Monday.", {{"Monday", "2024-07-01"}}, "2024-07-02");
    EXPECT_TRUE(dateClashes(a, c).empty());
    // a Monday beside a date that is a Monday
    Doc d = story("d", "Vexa released V2 on 24 June 2024.", {{"24 June 2024", "2024-06-24"}});
    EXPECT_TRUE(dateClashes(c, d).empty());
}

TEST(EventWeekdays, APartOfTheDayLeavesTheWeekdayAlone) {
    // "Monday morning" and "Monday", counted from publication dates a week apart, say the same weekday.
    Doc a = story("a", "Vexa released V2 on Monday morning.", {{"Monday morning", "2024-06-24TMO"}}, "2024-06-25");
    Doc c = story("c", "Vexa released V2 on Monday.", {{"Monday", "2024-07-01"}}, "2024-07-02");
    EXPECT_TRUE(dateClashes(a, c).empty());
    EXPECT_EQ(conflict::bareWeekday("周二上午"), 2);
    EXPECT_EQ(conflict::bareWeekday("Friday night"), 5);
    EXPECT_EQ(conflict::bareWeekday("night"), 0);
}

TEST(EventWeekdays, AWeekdayBesideADateItDoesNotFitIsAnInternalSlip) {
    std::string text = "Vexa released V2 on Tuesday, June 24, 2024. Reviews followed.";
    Doc a(text, "a", "Outlet a");
    a.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    a.ann.times = annotate::findTimes(text, {}, Date::parseIso("2024-06-30"));
    a.extract();
    auto slips = ofType(conflictsOf({&a}), ConflictType::Date);
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].scope, Scope::Internal);
    EXPECT_EQ(slips[0].subject, "V2");
    EXPECT_NE(slips[0].reason.find("was a Monday"), std::string::npos) << slips[0].reason;

    std::string fine = "Vexa released V2 on Monday, June 24, 2024.";
    Doc b(fine, "b", "Outlet b");
    b.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    b.ann.times = annotate::findTimes(fine, {}, Date::parseIso("2024-06-30"));
    b.extract();
    EXPECT_TRUE(ofType(conflictsOf({&b}), ConflictType::Date).empty());
}

TEST(EventTimes, MinutesApartBeyondTheWrittenPrecisionClash) {
    Doc a = story("a", "The Kestrel freighter collided with the pier at 1:28 am.", {{"1:28 am", "T01:28"}}, "2024-03-26");
    Doc b = story("b", "At approximately 1:40am, the Kestrel freighter collided with the pier.",
                  {{"approximately 1:40am", "T01:40"}}, "2024-03-26");
    auto dates = dateClashes(a, b);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium) << "one time is approximate and no zone is written";
    EXPECT_NE(dates[0].reason.find("1:28 a.m."), std::string::npos) << dates[0].reason;
    EXPECT_NE(dates[0].reason.find("12 minutes apart"), std::string::npos) << dates[0].reason;
    // "about 1:30" allows a quarter of an hour either side
    Doc c = story("c", "At about 1:30am, the Kestrel freighter collided with the pier.", {{"about 1:30am", "T01:30"}},
                  "2024-03-26");
    EXPECT_TRUE(dateClashes(a, c).empty());
    // articles published weeks apart may tell of two collisions
    Doc d = story("d", "The Kestrel freighter collided with the pier at 1:50 am.", {{"1:50 am", "T01:50"}}, "2024-05-02");
    EXPECT_TRUE(dateClashes(a, d).empty());
}

TEST(EventTimes, ZonesConvertWhenBothAreKnown) {
    Doc ct = story("ct", "V2 lifted off at 7:25 am Central Time on 13 October 2024.",
                   {{"7:25 am Central Time", "T07:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    Doc et = story("et", "V2 lifted off at 8:25 am Eastern Time on 13 October 2024.",
                   {{"8:25 am Eastern Time", "T08:25[ET]"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(ct, et).empty()) << "7:25 CDT is 8:25 EDT";
    Doc late = story("late", "V2 lifted off at about 8:25am Central Time on 13 October 2024.",
                     {{"about 8:25am Central Time", "T08:25[CT]"}, {"13 October 2024", "2024-10-13"}});
    auto dates = dateClashes(ct, late);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::High);
    // no zone written on either side: an hour apart may be two zones
    Doc a = story("a", "V2 lifted off at 7:25 am on 13 October 2024.", {{"7:25 am", "T07:25"}, {"13 October 2024", "2024-10-13"}});
    Doc b = story("b", "V2 lifted off at 8:25 am on 13 October 2024.", {{"8:25 am", "T08:25"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(a, b).empty());
}

TEST(EventTimes, AFileTimeCannotSayWhetherDaylightSavingApplied) {
    // No day written, and the only date is the files' time in December: 12 a.m. ET is 4 a.m. GMT under daylight
    // time and 5 a.m. under standard time, so neither reading is a clash.
    auto filed = [](Doc d) {
        d.article.published = PublishedDate{*Date::parseIso("2026-12-03"), DateSource::File, "file modification time"};
        return d;
    };
    Doc et = filed(story("et", "The V2 capsule landed at 12 a.m. ET.", {{"12 a.m. ET", "T00:00[ET]"}}));
    Doc gmt = filed(story("gmt", "The V2 capsule landed at approximately 4am GMT.", {{"approximately 4am GMT", "T04:00Z"}}));
    EXPECT_TRUE(dateClashes(et, gmt).empty());
    // Two hours off is off in either reading.
    Doc late = filed(story("late", "The V2 capsule landed at 6:10am GMT.", {{"6:10am GMT", "T06:10Z"}}));
    EXPECT_EQ(dateClashes(et, late).size(), 1u);
    // A publication date from the page's metadata does say it: in December ET is GMT-5.
    Doc dated = story("dated", "The V2 capsule landed at 12 a.m. ET.", {{"12 a.m. ET", "T00:00[ET]"}}, "2026-12-03");
    Doc datedGmt = story("datedGmt", "The V2 capsule landed at 4:00 GMT.", {{"4:00 GMT", "T04:00Z"}}, "2026-12-03");
    EXPECT_EQ(dateClashes(dated, datedGmt).size(), 1u);
}

TEST(EventTimes, OneMomentOnTwoDatesInTwoZones) {
    Doc utc = story("u", "V2 landed at 22:23 UTC on 1 June 2024.", {{"22:23 UTC", "T22:23Z"}, {"1 June 2024", "2024-06-01"}});
    Doc bj = story("b", "V2 landed at 6:23 Beijing time on 2 June 2024.",
                   {{"6:23 Beijing time", "T06:23+08:00"}, {"2 June 2024", "2024-06-02"}});
    EXPECT_TRUE(dateClashes(utc, bj).empty());
}

TEST(EventTimes, DifferentEventsAreNotCompared) {
    Doc a = story("a", "V2 lifted off at 7:25 am on 13 October 2024.", {{"7:25 am", "T07:25"}, {"13 October 2024", "2024-10-13"}});
    Doc b = story("b", "V2 landed at 8:40 am on 13 October 2024.", {{"8:40 am", "T08:40"}, {"13 October 2024", "2024-10-13"}});
    EXPECT_TRUE(dateClashes(a, b).empty());
}

TEST(EventTimes, ChineseAndEnglishMinutesOfOneLanding) {
    Doc en = story("en", "The Xinghe-1 capsule landed at 14:06 Beijing time on June 25, 2024.",
                   {{"14:06 Beijing time", "T14:06+08:00"}, {"June 25, 2024", "2024-06-25"}});
    Doc zh = story("zh", "2024年6月25日14时07分，星河一号返回器着陆。", {});
    auto dates = dateClashes(en, zh);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].severity, Severity::Medium);
    EXPECT_EQ(dates[0].subject, "Xinghe-1");
    Doc same = story("same", "2024年6月25日14时06分，星河一号返回器着陆。", {});
    EXPECT_TRUE(dateClashes(en, same).empty());
}

TEST(EventDates, DatesAndTimesAreShownAsPeopleWriteThem) {
    using conflict::describeDate;
    EXPECT_EQ(describeDate("2025-W04"), "the week of 20 January 2025");
    EXPECT_EQ(describeDate("2024-05-W2"), "the second week of May 2024");
    EXPECT_EQ(describeDate("XXXX-05-W1"), "the first week of May (year not stated)");
    EXPECT_EQ(describeDate("XXXX-11-20"), "20 November (year not stated)");
    EXPECT_EQ(describeDate("2024-Q3"), "the third quarter of 2024");
    EXPECT_EQ(describeDate("2025-H1"), "the first half of 2025");
    EXPECT_EQ(describeDate("2024-03-26T01:28"), "26 March 2024, 1:28 a.m.");
    EXPECT_EQ(describeDate("XXXX-XX-XXT14:06+08:00"), "2:06 p.m. UTC+8");
    EXPECT_EQ(describeDate("2024-10-13T12:25Z"), "13 October 2024, 12:25 p.m. GMT");
    EXPECT_EQ(describeDate("2024-10-13T07:25[CT]"), "13 October 2024, 7:25 a.m. Central Time");
}

TEST(EventDates, WeekOfAMonthIntervals) {
    auto second = conflict::parseDateValue("2024-05-W2");
    auto third = conflict::parseDateValue("2024-05-03");
    auto anyYear = conflict::parseDateValue("XXXX-05-W2");
    auto ninth = conflict::parseDateValue("2023-05-09");
    ASSERT_TRUE(second && third && anyYear && ninth);
    EXPECT_FALSE(conflict::datesCompatible(*second, *third));
    EXPECT_TRUE(conflict::datesCompatible(*anyYear, *ninth));
    EXPECT_FALSE(conflict::datesCompatible(*anyYear, *third));
    EXPECT_FALSE(conflict::parseDateValue("2023-02-W5")) << "February 2023 has no fifth week";
}

namespace {

std::vector<Conflict> slipsOf(const std::string& text) {
    Doc d(text, "a", "Outlet a");
    d.entity("Orbiter-3", EntityKind::Product);
    d.ann.times = annotate::findTimes(text, {}, Date::parseIso("2024-06-30"));
    d.extract();
    return ofType(conflictsOf({&d}), ConflictType::Date);
}

}  // namespace

TEST(EventTimes, ATimeInTwoZonesThatDoNotConvertIsAnInternalSlip) {
    // no zone is 8 h 42 min ahead of GMT
    auto slips = slipsOf("The aftershock came around 11:54 local time (3:12 GMT) on Tuesday.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].scope, Scope::Internal);
    EXPECT_EQ(slips[0].attribute, "time zone");
    // JST is GMT+9: 11:54 JST is 2:54 GMT, not 3:12
    EXPECT_EQ(slipsOf("The aftershock came at 11:54 JST (3:12 GMT).").size(), 1u);
    // consistent pairs, in any real zone
    EXPECT_TRUE(slipsOf("The aftershock came around 11:54 local time (2:54 GMT) on Tuesday.").empty());
    EXPECT_TRUE(slipsOf("Orbiter-3 lifted off at 6:40 am CDT (11:40 GMT).").empty());
    EXPECT_TRUE(slipsOf("The vote closed at 9:30 pm local time (16:00 GMT).").empty()) << "India is GMT+5:30";
}

TEST(EventWeekdays, AListOfWeekdaysStatesNoDate) {
    std::string text = "The market opens Monday, Thursday and Saturday. Vexa released V2 that week.";
    Doc a(text, "a", "Outlet a");
    a.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    a.ann.times = annotate::findTimes(text, {}, Date::parseIso("2024-06-30"));
    a.extract();
    EXPECT_TRUE(ofType(conflictsOf({&a}), ConflictType::Date).empty());
}

TEST(EventDates, OneArticleDatingTwoReleasesOfANameIsNoClash) {
    // Two versions of one family in one history: "V2" the family for both, two dates, no contradiction.
    std::string text = "Vexa released V2 in December 2008 to a small audience. Years later, after a long rewrite of "
                       "its engine and new tools for developers, Vexa released V2 again in September 2015.";
    Doc a(text, "a", "Outlet a");
    a.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    a.time("December 2008", "2008-12").time("September 2015", "2015-09");
    a.extract();
    EXPECT_TRUE(ofType(conflictsOf({&a}), ConflictType::Date).empty());
    // The same statement told twice in the same words, with two dates, is a slip.
    std::string twice = "Vexa released V2 on 3 May 2024, the company said in a statement. Later the page says that "
                        "Vexa released V2 on 13 May 2024, the company said in a statement.";
    Doc b(twice, "b", "Outlet b");
    b.entity("Vexa", EntityKind::Organization).entity("V2", EntityKind::Product);
    b.time("3 May 2024", "2024-05-03").time("13 May 2024", "2024-05-13");
    b.extract();
    EXPECT_EQ(ofType(conflictsOf({&b}), ConflictType::Date).size(), 1u);
}

TEST(EventDates, CollisionsMonthsApartAreTwoCollisionsAYearSlipIsOne) {
    Doc a = story("a", "The Kestrel freighter collided with the pier on 26 March 2024.", {{"26 March 2024", "2024-03-26"}});
    // a ship runs into things more than once: an earlier accident is another collision
    Doc before = story("before", "The Kestrel freighter previously collided with a quay in 2016.", {{"2016", "2016"}});
    EXPECT_TRUE(dateClashes(a, before).empty());
    Doc may = story("may", "The Kestrel freighter collided with the pier on 2 July 2024.", {{"2 July 2024", "2024-07-02"}});
    EXPECT_TRUE(dateClashes(a, may).empty());
    // days apart, or the same day written in another year, is one collision dated twice
    Doc days = story("days", "The Kestrel freighter collided with the pier on 24 March 2024.", {{"24 March 2024", "2024-03-24"}});
    EXPECT_EQ(dateClashes(a, days).size(), 1u);
    Doc year = story("year", "The Kestrel freighter collided with the pier on 26 March 2025.", {{"26 March 2025", "2025-03-26"}});
    EXPECT_EQ(dateClashes(a, year).size(), 1u);
    // a launch is one event whatever the gap
    Doc v1 = story("v1", "Vexa released V2 on 26 March 2024.", {{"26 March 2024", "2024-03-26"}});
    Doc v2 = story("v2", "Vexa released V2 in 2016.", {{"2016", "2016"}});
    EXPECT_EQ(dateClashes(v1, v2).size(), 1u);
}

TEST(EventDates, TheStorysAccidentClashesOnlyOnASlipOfTheYear) {
    auto accident = [](const std::string& id, const std::string& day, const std::string& value) {
        return story(id, "The incident occurred on " + day + ", shortly after take-off.", {{day, value}});
    };
    Doc a = accident("a", "January 5, 2024", "2024-01-05");
    Doc slip = accident("slip", "January 5, 2025", "2025-01-05");
    auto dates = dateClashes(a, slip);
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_NE(dates[0].reason.find("the accident happened on 5 January 2024"), std::string::npos) << dates[0].reason;
    EXPECT_NE(dates[0].cause.find("another year"), std::string::npos) << dates[0].cause;
    // another day is most often another accident the story recalls
    EXPECT_TRUE(dateClashes(a, accident("other", "March 10, 2019", "2019-03-10")).empty());
    EXPECT_TRUE(dateClashes(a, accident("next", "January 6, 2024", "2024-01-06")).empty());
}
