// Every kind of time expression against publication dates, in English and Chinese: durations, seasons,
// parts of the day, the present/past/future, weeks and weekends, quarters and fiscal years, the end of a
// year, bare months and weekdays by tense, and what stays unresolved without an anchor. All sentences are
// invented for the test.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/annotate/times.h"
#include "core/model/timex_text.h"

namespace parallax::annotate {
namespace {

struct Row {
    const char* expression;
    const char* published;  // nullptr: no anchor
    Tense tense;
    const char* value;      // "" = not a time expression
    bool resolved;
};

// A = 2013-03-12, a Tuesday in ISO week 2013-W11 (spring); B = 2025-01-22, a Wednesday in 2025-W04 (winter).
constexpr const char* A = "2013-03-12";
constexpr const char* B = "2025-01-22";
constexpr Tense P = Tense::Past;
constexpr Tense F = Tense::Future;

const Row kRows[] = {
    // durations, English
    {"a month", A, P, "P1M", true},
    {"a decade", A, P, "P10Y", true},
    {"four-week", A, P, "P4W", true},
    {"90 days", A, P, "P90D", true},
    {"90-day", A, P, "P90D", true},
    {"10-year", A, P, "P10Y", true},
    {"several days", A, P, "PXD", true},
    {"a few weeks", A, P, "PXW", true},
    {"a couple of days", A, P, "PXD", true},
    {"many years", A, P, "PXY", true},
    {"two decades", A, P, "P20Y", true},
    {"two quarters", A, P, "P6M", true},
    {"24 hours", A, P, "PT24H", true},
    {"an hour", A, P, "PT1H", true},
    {"45 minutes", A, P, "PT45M", true},
    {"within 48 hours", A, P, "PT48H", true},
    {"the past several months", A, P, "PXM", true},
    {"over the past two weeks", A, P, "P2W", true},
    {"for six months", A, P, "P6M", true},
    {"the past year", A, P, "P1Y", true},
    {"a year", nullptr, P, "P1Y", true},
    {"three years from now", A, F, "2016", true},
    // durations, Chinese
    {"三个月", A, P, "P3M", true},
    {"两周", A, P, "P2W", true},
    {"十年", A, P, "P10Y", true},
    {"90天", A, P, "P90D", true},
    {"数日", A, P, "PXD", true},
    {"几个月", A, P, "PXM", true},
    {"数月", A, P, "PXM", true},
    {"三个星期", A, P, "P3W", true},
    {"两个季度", A, P, "P6M", true},
    {"24小时", A, P, "PT24H", true},
    {"半年", A, P, "P6M", true},
    {"一年", A, P, "P1Y", true},
    {"3年", A, P, "P3Y", true},
    {"十几年", A, P, "PXY", true},
    {"两三天", A, P, "PXD", true},
    {"多年", A, P, "PXY", true},
    {"过去三年", A, P, "P3Y", true},
    {"近三个月", A, P, "P3M", true},
    {"未来五年", A, F, "P5Y", true},
    {"未来几年", A, F, "FUTURE_REF", true},
    {"三年前", A, P, "2010", true},
    {"三天前", A, P, "2013-03-09", true},
    {"两周前", A, P, "2013-W09", true},
    {"几天前", A, P, "PAST_REF", true},
    // seasons
    {"summer 2013", A, P, "2013-SU", true},
    {"this summer", A, F, "2013-SU", true},
    {"last summer", A, P, "2012-SU", true},
    {"last winter", A, P, "2012-WI", true},
    {"next spring", A, F, "2014-SP", true},
    {"in the summer", A, P, "2012-SU", true},
    {"in the summer", A, F, "2013-SU", true},
    {"in spring", A, P, "2013-SP", true},
    {"in the fall", A, F, "2013-FA", true},
    {"during the winter", A, P, "2012-WI", true},
    {"this winter", "2026-01-14", P, "2025-WI", true},
    {"autumn 2024", nullptr, P, "2024-FA", true},
    {"this summer", nullptr, F, "XXXX-SU", false},
    {"今年夏天", A, F, "2013-SU", true},
    {"去年冬天", A, P, "2012-WI", true},
    {"2013年夏天", nullptr, P, "2013-SU", true},
    {"明年春季", A, F, "2014-SP", true},
    // parts of the day
    {"Tuesday morning", A, P, "2013-03-12TMO", true},
    {"this morning", A, P, "2013-03-12TMO", true},
    {"yesterday afternoon", A, P, "2013-03-11TAF", true},
    {"last night", A, P, "2013-03-11TNI", true},
    {"tonight", A, F, "2013-03-12TNI", true},
    {"tomorrow evening", A, F, "2013-03-13TEV", true},
    {"Monday night", A, P, "2013-03-11TNI", true},
    {"Friday morning", A, F, "2013-03-15TMO", true},
    {"on the morning of 20 January 2025", A, P, "2025-01-20TMO", true},
    {"the evening of March 5", A, P, "2013-03-05TEV", true},
    {"Tuesday morning", nullptr, P, "XXXX-WXX-2TMO", false},
    {"this morning", nullptr, P, "XXXX-XX-XXTMO", false},
    {"昨晚", A, P, "2013-03-11TNI", true},
    {"今晚", A, F, "2013-03-12TNI", true},
    {"今天上午", A, P, "2013-03-12TMO", true},
    {"昨天下午", A, P, "2013-03-11TAF", true},
    {"周二上午", A, P, "2013-03-12TMO", true},
    {"3月5日晚上", A, P, "2013-03-05TEV", true},
    // the present, the past and the future as such
    {"now", A, P, "PRESENT_REF", true},
    {"currently", A, P, "PRESENT_REF", true},
    {"at present", A, P, "PRESENT_REF", true},
    {"nowadays", A, P, "PRESENT_REF", true},
    {"these days", A, P, "PRESENT_REF", true},
    {"at the moment", A, P, "PRESENT_REF", true},
    {"recently", A, P, "PAST_REF", true},
    {"in the past", A, P, "PAST_REF", true},
    {"years ago", A, P, "PAST_REF", true},
    {"in the future", A, F, "FUTURE_REF", true},
    {"soon", A, F, "FUTURE_REF", true},
    {"the foreseeable future", A, F, "FUTURE_REF", true},
    {"in the near future", A, F, "FUTURE_REF", true},
    {"the years ahead", A, F, "FUTURE_REF", true},
    {"in the coming weeks", A, F, "FUTURE_REF", true},
    {"the coming months", A, F, "FUTURE_REF", true},
    {"today", A, P, "2013-03-12", true},
    {"目前", A, P, "PRESENT_REF", true},
    {"现在", A, P, "PRESENT_REF", true},
    {"如今", A, P, "PRESENT_REF", true},
    {"当前", A, P, "PRESENT_REF", true},
    {"近期", A, P, "PAST_REF", true},
    {"近期", A, F, "FUTURE_REF", true},
    {"近年来", A, P, "PAST_REF", true},
    {"此前", A, P, "PAST_REF", true},
    {"未来", A, F, "FUTURE_REF", true},
    {"今后", A, F, "FUTURE_REF", true},
    // weeks and weekends
    {"last week", A, P, "2013-W10", true},
    {"this week", A, P, "2013-W11", true},
    {"next week", A, F, "2013-W12", true},
    {"last week", B, P, "2025-W03", true},
    {"the week of 20 January 2025", A, P, "2025-W04", true},
    {"last week", nullptr, P, "XXXX-WXX", false},
    {"上周", A, P, "2013-W10", true},
    {"本周", A, P, "2013-W11", true},
    {"这周", A, P, "2013-W11", true},
    {"下周", A, F, "2013-W12", true},
    {"上个星期", A, P, "2013-W10", true},
    {"下一周", A, F, "2013-W12", true},
    {"上周五", A, P, "2013-03-08", true},
    {"下周一", A, F, "2013-03-18", true},
    {"本周三", A, F, "2013-03-13", true},
    {"this weekend", A, F, "2013-W11-WE", true},
    {"last weekend", A, P, "2013-W10-WE", true},
    {"next weekend", A, F, "2013-W12-WE", true},
    {"at the weekend", A, P, "2013-W10-WE", true},
    {"上周末", A, P, "2013-W10-WE", true},
    {"周末", A, P, "2013-W10-WE", true},
    {"this weekend", nullptr, F, "XXXX-WXX-WE", false},
    // quarters, halves, fiscal years, the end of a year
    {"the third quarter", A, P, "2012-Q3", true},
    {"the third quarter", A, F, "2013-Q3", true},
    {"the third quarter of 2013", A, P, "2013-Q3", true},
    {"fiscal 2025", A, P, "FY2025", true},
    {"fiscal year 2025", A, P, "FY2025", true},
    {"FY2025", A, P, "FY2025", true},
    {"FY25", A, P, "FY2025", true},
    {"the 2025 fiscal year", A, P, "FY2025", true},
    {"the third quarter of fiscal 2025", A, P, "FY2025-Q3", true},
    {"Q4 FY2025", A, P, "FY2025-Q4", true},
    {"fiscal 2025's second quarter", A, P, "FY2025-Q2", true},
    {"the end of the year", A, F, "2013", true},
    {"第三季度", A, P, "2012-Q3", true},
    {"第三季度", A, F, "2013-Q3", true},
    {"三季度", A, P, "2012-Q3", true},
    {"一季度", A, P, "2013-Q1", true},
    {"2024年第三季度", A, P, "2024-Q3", true},
    {"去年第四季度", A, P, "2012-Q4", true},
    {"今年上半年", A, P, "2013-H1", true},
    {"2024年下半年", A, P, "2024-H2", true},
    {"上季度", A, P, "2012-Q4", true},
    {"本季度", A, P, "2013-Q1", true},
    {"年底", A, F, "2013", true},
    {"今年年底", A, F, "2013", true},
    {"去年年底", A, P, "2012", true},
    {"2024年底", A, P, "2024", true},
    {"2025财年", A, P, "FY2025", true},
    {"2025财年第三季度", A, P, "FY2025-Q3", true},
    {"1990年代", A, P, "199", true},
    {"年底", nullptr, F, "XXXX", false},
    {"first-quarter", A, P, "2013-Q1", true},
    {"first-quarter", A, F, "2013-Q1", true},
    {"the fourth quarter", "2024-12-15", F, "2024-Q4", true},
    {"四季度", "2024-12-15", F, "2024-Q4", true},
    {"the second half of next year", A, F, "2014-H2", true},
    {"the first half", A, F, "", false},
    {"third-quarter", A, P, "2012-Q3", true},
    {"the fourth quarter of last year", A, P, "2012-Q4", true},
    {"the first half of this year", A, P, "2013-H1", true},
    {"the current quarter", A, P, "2013-Q1", true},
    {"year-end", A, F, "2013", true},
    {"for years", A, P, "PXY", true},
    {"三月", A, P, "2013-03", true},
    {"十二月五日", A, P, "2012-12-05", true},
    {"十月份", A, F, "2013-10", true},
    // months, days and years counted from the publication date
    {"本月", A, P, "2013-03", true},
    {"上个月", A, P, "2013-02", true},
    {"下个月", A, F, "2013-04", true},
    {"3月底", A, P, "2013-03", true},
    {"6月中旬", A, P, "2012-06", true},
    {"去年", A, P, "2012", true},
    {"今年", A, P, "2013", true},
    {"明年", A, F, "2014", true},
    {"前年", A, P, "2011", true},
    {"去年3月", A, P, "2012-03", true},
    {"今年5月20日", A, F, "2013-05-20", true},
    {"昨天", A, P, "2013-03-11", true},
    {"今天", A, P, "2013-03-12", true},
    {"明天", A, F, "2013-03-13", true},
    {"前天", A, P, "2013-03-10", true},
    {"去年", nullptr, P, "XXXX", false},
    // a bare month or weekday by tense
    {"in June", A, P, "2012-06", true},
    {"in June", A, F, "2013-06", true},
    {"June", A, P, "2012-06", true},
    {"in March", A, P, "2013-03", true},
    {"in February", A, F, "2014-02", true},
    {"on Friday", A, P, "2013-03-08", true},
    {"on Friday", A, F, "2013-03-15", true},
    {"next Tuesday", A, F, "2013-03-19", true},
    {"last Tuesday", A, P, "2013-03-05", true},
    {"in November", nullptr, P, "XXXX-11", false},
    {"on Friday", nullptr, P, "XXXX-WXX-5", false},
    {"6月", A, P, "2012-06", true},
    {"6月", A, F, "2013-06", true},
    {"周五", A, P, "2013-03-08", true},
    {"周五", A, F, "2013-03-15", true},
    {"星期一", A, P, "2013-03-11", true},
    {"周五", nullptr, P, "XXXX-WXX-5", false},
    // not time expressions
    {"May", A, P, "", false},
    {"March", A, P, "", false},
    {"a quarter", A, P, "", false},
    {"one day", A, P, "", false},
    {"the fall", A, P, "", false},
    {"spring", A, P, "", false},
    {"now-defunct", A, P, "", false},
    {"TONIGHT", A, P, "", false},
    {"years", A, P, "", false},
    {"year-on-year", A, P, "", false},
    {"soon after", A, P, "", false},
    {"FY", A, P, "", false},
    {"一周年", A, P, "", false},
    {"三年级", A, P, "", false},
    {"每周", A, P, "", false},
    {"周年", A, P, "", false},
    {"星期", A, P, "", false},
    {"最近的", A, P, "", false},
    {"第三月", A, P, "", false},
    {"a quarterly", A, P, "", false},
    {"for quarters", A, P, "", false},
};

class TimeKindsTable : public ::testing::TestWithParam<Row> {};

TEST_P(TimeKindsTable, ValueAndReadableForm) {
    const Row& r = GetParam();
    std::optional<Date> anchor = r.published ? Date::parseIso(r.published) : std::nullopt;
    TimeNorm n = normalizeTime(r.expression, anchor, r.tense);
    EXPECT_EQ(n.value, r.value) << "'" << r.expression << "' published " << (r.published ? r.published : "-");
    if (*r.value == '\0') return;
    EXPECT_EQ(n.resolved, r.resolved) << r.expression;
    if (!r.resolved) {
        EXPECT_FALSE(n.note.empty()) << "an unresolved value says why: " << r.expression;
    }
    // What a reader sees is words, never the raw value ("XXXX-11", "2013-W10", "PXD").
    const std::string shown = readableTimex(n.value);
    const bool year = n.value.size() == 4 && n.value.find_first_not_of("0123456789") == std::string::npos;
    if (!year) {
        EXPECT_NE(shown, n.value) << "no readable form for " << n.value;
    }
    EXPECT_EQ(shown.find("XXXX"), std::string::npos) << shown;
}

INSTANTIATE_TEST_SUITE_P(Table, TimeKindsTable, ::testing::ValuesIn(kRows));

TEST(TimeKinds, TheTableIsLargeAndBilingual) {
    std::size_t chinese = 0, negative = 0;
    for (const Row& r : kRows) {
        if (static_cast<unsigned char>(r.expression[0]) >= 0x80 || std::string(r.expression).find("年") != std::string::npos)
            ++chinese;
        if (*r.value == '\0') ++negative;
    }
    EXPECT_GE(std::size(kRows), 150u);
    EXPECT_GE(chinese, 50u);
    EXPECT_GE(negative, 15u);
}

TEST(TimeKinds, EndOfYearKeepsItsModifier) {
    EXPECT_NE(normalizeTime("年底", Date::parseIso(A), F).note.find("mod END"), std::string::npos);
    EXPECT_NE(normalizeTime("2024年初", std::nullopt).note.find("mod START"), std::string::npos);
    EXPECT_NE(normalizeTime("3月底", Date::parseIso(A)).note.find("mod END"), std::string::npos);
}

TEST(TimeKinds, RunningTextKeepsNamesVerbsAndCompoundsOut) {
    // "May" a name, "march" a verb, "may" a modal that points ahead, "实现在" a verb and a preposition.
    std::string text = "Theresa May said workers will march on Friday. Prices may rise in May.";
    auto times = findTimes(text, {}, Date::parseIso(A));
    ASSERT_EQ(times.size(), 2u);
    EXPECT_EQ(times[0].text, "Friday");
    EXPECT_EQ(times[0].value, "2013-03-15") << "'will march' points at the coming Friday";
    EXPECT_EQ(times[1].text, "May");
    EXPECT_EQ(times[1].value, "2013-05") << "'may rise' points at the coming May";
    auto zh = findTimes("公司计划实现在华销售，说明天气影响有限。", {}, Date::parseIso(A));
    EXPECT_TRUE(zh.empty()) << zh.front().text;
}

TEST(TimeKinds, TodayAsThePresentAndAsTheDay) {
    auto general = findTimes("Phones are far cheaper than today, and today's consumers expect more.", {}, Date::parseIso(A));
    ASSERT_EQ(general.size(), 2u);
    EXPECT_EQ(general[0].value, "PRESENT_REF");
    EXPECT_EQ(general[1].value, "PRESENT_REF");
    auto day = findTimes("The company said today that it had raised prices.", {}, Date::parseIso(A));
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].value, "2013-03-12");
}

TEST(TimeKinds, ChineseSentenceWithSeveralKinds) {
    std::string text = "该公司去年第四季度营收增长，目前计划在未来三年内扩产，上周五宣布将于下个月发布新车。";
    auto times = findTimes(text, {}, Date::parseIso(A));
    ASSERT_EQ(times.size(), 5u);
    EXPECT_EQ(times[0].text, "去年第四季度");
    EXPECT_EQ(times[0].value, "2012-Q4");
    EXPECT_EQ(times[1].value, "PRESENT_REF");
    EXPECT_EQ(times[2].text, "未来三年");
    EXPECT_EQ(times[2].value, "P3Y");
    EXPECT_EQ(times[3].value, "2013-03-08");
    EXPECT_EQ(times[4].value, "2013-04");
}

}  // namespace
}  // namespace parallax::annotate
