// The time normalizer: a table of expressions x publication dates, and the finder over running text.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/annotate/times.h"

namespace parallax::annotate {
namespace {

std::optional<Date> day(const char* iso) { return Date::parseIso(iso); }

struct Row {
    const char* expression;
    const char* published;  // nullptr: no anchor
    Tense tense;
    const char* value;      // "" = not a time expression
    bool resolved;
};

// Anchors: 2026-01-14 is a Wednesday in ISO week 2026-W03; 2025-01-22 a Wednesday; 2024-12-15 a Sunday.
const Row kRows[] = {
    // absolute dates in many forms
    {"20 January 2025", "2026-01-14", Tense::Past, "2025-01-20", true},
    {"20th of January 2025", "2026-01-14", Tense::Past, "2025-01-20", true},
    {"January 20, 2025", nullptr, Tense::Past, "2025-01-20", true},
    {"Jan. 20, 2025", nullptr, Tense::Past, "2025-01-20", true},
    {"on Jan. 20", "2025-01-22", Tense::Past, "2025-01-20", true},
    {"Jan. 20", "2024-12-15", Tense::Past, "2024-01-20", true},
    {"Jan. 20", "2024-12-15", Tense::Future, "2025-01-20", true},
    {"2025-01-20", "2026-01-14", Tense::Past, "2025-01-20", true},
    {"2025/01/20", nullptr, Tense::Past, "2025-01-20", true},
    {"20/01/2025", nullptr, Tense::Past, "2025-01-20", true},
    {"01/20/2025", nullptr, Tense::Past, "2025-01-20", true},
    {"03/04/2025", nullptr, Tense::Past, "2025", false},
    {"2025年1月20日", nullptr, Tense::Past, "2025-01-20", true},
    {"1月20日", "2025-01-22", Tense::Past, "2025-01-20", true},
    {"2025年1月", nullptr, Tense::Past, "2025-01", true},
    {"2024年", nullptr, Tense::Past, "2024", true},
    {"29 February 2025", nullptr, Tense::Past, "", false},
    {"29 February 2024", nullptr, Tense::Past, "2024-02-29", true},
    // months with and without a year
    {"in November", "2026-01-14", Tense::Past, "2025-11", true},
    {"in November", "2024-12-15", Tense::Past, "2024-11", true},
    {"in November", "2024-11-05", Tense::Past, "2024-11", true},
    {"in November", "2025-01-22", Tense::Future, "2025-11", true},
    {"in November", nullptr, Tense::Past, "XXXX-11", false},
    {"as of November", "2024-12-15", Tense::Past, "2024-11", true},
    {"November 2024", "2026-01-14", Tense::Past, "2024-11", true},
    {"in May", "2026-01-14", Tense::Past, "2025-05", true},
    {"last November", "2024-11-20", Tense::Past, "2023-11", true},
    {"this June", "2026-01-14", Tense::Future, "2026-06", true},
    {"next March", "2026-01-14", Tense::Future, "2026-03", true},
    {"late January", "2026-01-14", Tense::Past, "2026-01", true},
    {"early 2025", nullptr, Tense::Past, "2025", true},
    {"mid-2024", nullptr, Tense::Past, "2024", true},
    {"the end of 2024", nullptr, Tense::Past, "2024", true},
    {"by the end of the year", "2026-01-14", Tense::Future, "2026", true},
    {"in 2024", nullptr, Tense::Past, "2024", true},
    {"since 2019", nullptr, Tense::Past, "2019", true},
    {"the 1990s", nullptr, Tense::Past, "199", true},
    {"Q3 2024", nullptr, Tense::Past, "2024-Q3", true},
    {"the third quarter of 2024", nullptr, Tense::Past, "2024-Q3", true},
    {"the third quarter", "2026-01-14", Tense::Past, "2025-Q3", true},
    {"the first half of 2025", nullptr, Tense::Past, "2025-H1", true},
    {"summer 2023", nullptr, Tense::Past, "2023-SU", true},
    {"last summer", "2026-01-14", Tense::Past, "2025-SU", true},
    // relative to the publication date
    {"last week", "2026-01-14", Tense::Past, "2026-W02", true},
    {"this week", "2026-01-14", Tense::Past, "2026-W03", true},
    {"next week", "2026-01-14", Tense::Future, "2026-W04", true},
    {"last week", "2025-01-01", Tense::Past, "2024-W52", true},
    {"this month", "2026-01-14", Tense::Past, "2026-01", true},
    {"earlier this month", "2026-01-14", Tense::Past, "2026-01", true},
    {"later this year", "2026-01-14", Tense::Future, "2026", true},
    {"last month", "2026-01-14", Tense::Past, "2025-12", true},
    {"next month", "2025-12-10", Tense::Future, "2026-01", true},
    {"last year", "2026-01-14", Tense::Past, "2025", true},
    {"next year", "2026-01-14", Tense::Future, "2027", true},
    {"last quarter", "2026-01-14", Tense::Past, "2025-Q4", true},
    {"yesterday", "2026-01-14", Tense::Past, "2026-01-13", true},
    {"yesterday", "2026-03-01", Tense::Past, "2026-02-28", true},
    {"today", "2026-01-14", Tense::Past, "2026-01-14", true},
    {"tomorrow", "2025-12-31", Tense::Future, "2026-01-01", true},
    {"on Saturday", "2026-01-14", Tense::Past, "2026-01-10", true},
    {"on Saturday", "2026-01-14", Tense::Future, "2026-01-17", true},
    {"on Wednesday", "2026-01-14", Tense::Past, "2026-01-14", true},
    {"last Monday", "2026-01-14", Tense::Past, "2026-01-12", true},
    {"last Wednesday", "2026-01-14", Tense::Past, "2026-01-07", true},
    {"next Wednesday", "2026-01-14", Tense::Future, "2026-01-21", true},
    {"on Sunday", "2024-12-15", Tense::Past, "2024-12-15", true},
    {"two weeks ago", "2026-01-14", Tense::Past, "2026-W01", true},
    {"three days ago", "2026-01-14", Tense::Past, "2026-01-11", true},
    {"a year ago", "2026-01-14", Tense::Past, "2025", true},
    {"six months ago", "2026-01-14", Tense::Past, "2025-07", true},
    {"a few weeks ago", "2026-01-14", Tense::Past, "PAST_REF", true},
    {"recently", "2026-01-14", Tense::Past, "PAST_REF", true},
    {"in recent months", nullptr, Tense::Past, "PAST_REF", true},
    {"in the coming months", nullptr, Tense::Future, "FUTURE_REF", true},
    {"in the next few years", nullptr, Tense::Future, "FUTURE_REF", true},
    {"over the past few years", nullptr, Tense::Past, "PXY", true},
    // durations
    {"in the year since", "2026-01-14", Tense::Past, "P1Y", true},
    {"in the two years since", nullptr, Tense::Past, "P2Y", true},
    {"over the past decade", nullptr, Tense::Past, "P10Y", true},
    {"the past year", nullptr, Tense::Past, "P1Y", true},
    {"over the last three years", nullptr, Tense::Past, "P3Y", true},
    {"for three years", nullptr, Tense::Past, "P3Y", true},
    {"for 10 days", nullptr, Tense::Past, "P10D", true},
    {"within a week", nullptr, Tense::Past, "P1W", true},
    // no anchor: unknown parts stay unknown, and say so
    {"last week", nullptr, Tense::Past, "XXXX-WXX", false},
    {"yesterday", nullptr, Tense::Past, "XXXX-XX-XX", false},
    {"on Saturday", nullptr, Tense::Past, "XXXX-WXX-6", false},
    {"Jan. 20", nullptr, Tense::Past, "XXXX-01-20", false},
    {"this month", "2026", Tense::Past, "XXXX-XX", false},
    // not time expressions
    {"the chip", "2026-01-14", Tense::Past, "", false},
    {"TODAY", "2026-01-14", Tense::Past, "", false},
    {"May", "2026-01-14", Tense::Past, "", false},
    {"March", "2026-01-14", Tense::Past, "", false},
    {"the late founder", "2026-01-14", Tense::Past, "", false},
    {"Ascend 910B", "2026-01-14", Tense::Past, "", false},
    {"Qwen 2.5", "2026-01-14", Tense::Past, "", false},
    {"4.35 billion", "2026-01-14", Tense::Past, "", false},
    {"1234", "2026-01-14", Tense::Past, "", false},
    {"three years", nullptr, Tense::Past, "P3Y", true},
    {"Jan.", nullptr, Tense::Past, "", false},
};

class NormalizeTimeTable : public ::testing::TestWithParam<Row> {};

TEST_P(NormalizeTimeTable, Value) {
    const Row& r = GetParam();
    std::optional<Date> anchor = r.published ? Date::parseIso(r.published) : std::nullopt;
    if (r.published) {
        ASSERT_TRUE(anchor.has_value()) << r.published;
    }
    TimeNorm n = normalizeTime(r.expression, anchor, r.tense);
    EXPECT_EQ(n.value, r.value) << "'" << r.expression << "' published " << (r.published ? r.published : "-");
    if (*r.value) {
        EXPECT_EQ(n.resolved, r.resolved) << r.expression;
        if (!r.resolved) {
            EXPECT_FALSE(n.note.empty()) << "an unresolved value says why: " << r.expression;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Table, NormalizeTimeTable, ::testing::ValuesIn(kRows));

TEST(NormalizeTime, ModifierIsKeptInTheNote) {
    TimeNorm n = normalizeTime("late January", day("2026-01-14"));
    EXPECT_EQ(n.value, "2026-01");
    EXPECT_NE(n.note.find("mod END"), std::string::npos) << n.note;
    EXPECT_NE(normalizeTime("early 2025", std::nullopt).note.find("mod START"), std::string::npos);
}

TEST(NormalizeTime, AnchorWithMonthPrecisionAssumesItsYear) {
    TimeNorm n = normalizeTime("in November", Date::parseIso("2024-12"));
    EXPECT_EQ(n.value, "2024-11");
    EXPECT_TRUE(n.resolved);
    EXPECT_EQ(normalizeTime("yesterday", Date::parseIso("2024-12")).resolved, false);
}

TEST(SentenceTense, FutureMarkers) {
    EXPECT_EQ(sentenceTense("The company will release it in November."), Tense::Future);
    EXPECT_EQ(sentenceTense("It plans to list in March."), Tense::Future);
    EXPECT_EQ(sentenceTense("They'll ship it on Saturday."), Tense::Future);
    EXPECT_EQ(sentenceTense("In November, the startup debuted its model."), Tense::Past);
    EXPECT_EQ(sentenceTense("The firm said it expected growth."), Tense::Past);
}

TEST(FindTimes, SpansValuesAndTensePerSentence) {
    std::string text =
        "In November, the startup debuted its model. It will open an office in November. "
        "Shares rose 5% last week, and the company was founded on 20 January 2025.";
    std::vector<Sentence> sentences = {
        {Span{0, 43}, 0}, {Span{44, 80}, 0}, {Span{81, text.size()}, 0}};
    auto times = findTimes(text, sentences, day("2026-01-14"));
    ASSERT_EQ(times.size(), 4u);
    EXPECT_EQ(times[0].text, "November");
    EXPECT_EQ(times[0].value, "2025-11");
    EXPECT_EQ(text.substr(times[0].span.start, times[0].span.size()), "November");
    EXPECT_EQ(times[1].value, "2026-11") << "future tense points at the next November";
    EXPECT_EQ(times[2].text, "last week");
    EXPECT_EQ(times[2].value, "2026-W02");
    EXPECT_EQ(times[3].text, "20 January 2025");
    EXPECT_EQ(times[3].value, "2025-01-20");
}

TEST(FindTimes, WholeTextWhenNoSentencesAndNoFalseHits) {
    std::string text = "Huawei's Ascend 910B may beat the A100, and March is a name here: Mr March said so.";
    auto times = findTimes(text, {}, day("2026-01-14"));
    EXPECT_TRUE(times.empty()) << times.front().text;
}

TEST(FindTimes, ChineseAndByteOffsets) {
    std::string text = "该公司于2025年1月20日发布了模型，并在11月更新。";
    auto times = findTimes(text, {}, day("2026-01-14"));
    ASSERT_EQ(times.size(), 2u);
    EXPECT_EQ(times[0].text, "2025年1月20日");
    EXPECT_EQ(times[0].value, "2025-01-20");
    EXPECT_EQ(times[1].text, "11月");
    EXPECT_EQ(times[1].value, "2025-11");
    EXPECT_EQ(text.substr(times[1].span.start, times[1].span.size()), "11月");
}

}  // namespace
}  // namespace parallax::annotate

namespace parallax::annotate {
namespace {

TEST(FindTimes, TenseIsReadNearTheExpression) {
    std::string text =
        "Leaders at the conference on Saturday acknowledged that the firm will expand. "
        "The firm said it will ship the chip in March, after tests ended in February.";
    auto times = findTimes(text, {}, Date::parseIso("2026-01-14"));
    ASSERT_EQ(times.size(), 3u);
    EXPECT_EQ(times[0].value, "2026-01-10") << "'acknowledged' is nearer than 'will'";
    EXPECT_EQ(times[1].value, "2026-03") << "'will ship' makes March the next one";
    EXPECT_EQ(times[2].value, "2025-02") << "'ended' makes February the last one";
}

}  // namespace
}  // namespace parallax::annotate

namespace parallax::annotate {
namespace {

TEST(FindTimes, PeriodEndingOnADateIsTheNearestOne) {
    // A reporting period that "ends" on a date is the current one, even when a past-tense word is nearer.
    std::string text =
        "The retailer warned it would book a loss in the quarter ending June 2, citing stock that was "
        "discounted. Its rival said the half ending on 4 June was strong.";
    auto times = findTimes(text, {}, Date::parseIso("2025-05-20"));
    ASSERT_GE(times.size(), 2u);
    EXPECT_EQ(times[0].text, "June 2");
    EXPECT_EQ(times[0].value, "2025-06-02") << "the coming quarter end, not last year's";
    EXPECT_EQ(times[1].text, "4 June");
    EXPECT_EQ(times[1].value, "2025-06-04");
    auto early = findTimes("Sales in the year ending March 31 fell.", {}, Date::parseIso("2025-04-10"));
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early[0].value, "2025-03-31") << "a period that has just closed";
}

}  // namespace
}  // namespace parallax::annotate

namespace parallax::annotate {
namespace {

TEST(FindTimes, DayMonthBeforeANounAndWeekdayAfterAVerb) {
    // Dates that become events: "its 9 May listing", "disclosed on Friday" (the 2025-05-21 anchor is a Wednesday).
    std::string text =
        "Since its 9 May listing, the lender has been watched by analysts who will publish next month. "
        "The regulator disclosed on Friday that the lender will pay a fine.";
    std::vector<Sentence> sentences = {{Span{0, 93}, 0}, {Span{94, text.size()}, 0}};
    auto times = findTimes(text, sentences, Date::parseIso("2025-05-21"));
    ASSERT_EQ(times.size(), 3u);
    EXPECT_EQ(times[0].text, "9 May");
    EXPECT_EQ(times[0].value, "2025-05-09");
    EXPECT_TRUE(times[0].resolved);
    EXPECT_EQ(times[1].text, "next month");
    EXPECT_EQ(times[1].value, "2025-06");
    EXPECT_EQ(times[2].text, "Friday");
    EXPECT_EQ(times[2].value, "2025-05-16");
    EXPECT_TRUE(times[2].resolved);
}

}  // namespace
}  // namespace parallax::annotate
