// Times of day, weeks of a month and weekdays beside dates, on sentences written for these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/annotate/times.h"

namespace parallax::annotate {
namespace {

std::optional<Date> day(const char* iso) { return iso != nullptr ? Date::parseIso(iso) : std::nullopt; }

/// The value of the one time expression `written` in `text`, "" if it is not found as written.
std::string valueOf(const std::string& text, const std::string& written, const char* published = "2024-06-26") {
    for (const TimeValue& t : findTimes(text, {}, day(published)))
        if (t.text == written) return t.value;
    return {};
}

const TimeValue* found(const std::vector<TimeValue>& times, const std::string& written) {
    for (const TimeValue& t : times)
        if (t.text == written) return &t;
    return nullptr;
}

TEST(TimesOfDay, EnglishWithAndWithoutZones) {
    EXPECT_EQ(valueOf("The barge struck the pier at 3:47 am.", "3:47 am"), "T03:47");
    EXPECT_EQ(valueOf("The barge struck the pier at 3:47am.", "3:47am"), "T03:47");
    EXPECT_EQ(valueOf("It docked at 4 p.m. on Friday.", "4 p.m."), "T16:00");
    EXPECT_EQ(valueOf("It docked at 12:15 a.m. local time.", "12:15 a.m. local time"), "T00:15[local]");
    EXPECT_EQ(valueOf("The probe touched down at 09:41 Beijing time.", "09:41 Beijing time"), "T09:41+08:00");
    EXPECT_EQ(valueOf("The rocket lifted off at about 6:10am Eastern Time.", "about 6:10am Eastern Time"), "T06:10[ET]");
    EXPECT_EQ(valueOf("It lifted off at 6:10 am EDT (10:10 GMT).", "10:10 GMT"), "T10:10Z");
    EXPECT_EQ(valueOf("It lifted off at 6:10 am EDT (10:10 GMT).", "6:10 am EDT"), "T06:10-04:00");
    EXPECT_EQ(valueOf("Contact was lost at UTC 21:05 on 3 March.", "UTC 21:05"), "T21:05Z");
    EXPECT_EQ(valueOf("The quake hit at 11:02 JST.", "11:02 JST"), "T11:02+09:00");
}

TEST(TimesOfDay, ScoresRatiosAndBareHoursAreNotTimes) {
    auto times = findTimes("The home side won 3:2, a 78:75 final; they led 10:30 into the break at 4 of the games.", {},
                           day("2024-06-26"));
    for (const TimeValue& t : times) EXPECT_NE(t.value.front(), 'T') << t.text;
    // "et" in lower case is a word, not Eastern Time
    EXPECT_EQ(valueOf("It closed at 7:45 pm et al. said", "7:45 pm"), "T19:45");
}

TEST(TimesOfDay, ChineseHoursMinutesPartsOfTheDayAndZones) {
    EXPECT_EQ(valueOf("返回舱于2024年7月3日9时12分着陆。", "9时12分"), "T09:12");
    EXPECT_EQ(valueOf("探测器于下午4时10分落月。", "下午4时10分"), "T16:10");
    EXPECT_EQ(valueOf("北京时间8月5日凌晨2点，发布会开始。", "凌晨2点"), "T02:00+08:00");
    EXPECT_EQ(valueOf("当地时间11时05分发生地震。", "当地时间11时05分"), "T11:05[local]");
    EXPECT_EQ(valueOf("飞船约15时30分左右升空。", "约15时30分左右"), "T15:30");
    // a share index that fell three points is no time
    auto times = findTimes("指数下降3点，收于2980点。", {}, day("2024-06-26"));
    for (const TimeValue& t : times) EXPECT_NE(t.value.front(), 'T') << t.text;
}

TEST(WeeksOfAMonth, NthWeekAndTheWeekOfADay) {
    EXPECT_EQ(valueOf("The satellite went up in the second week of April 2023.", "the second week of April 2023"), "2023-04-W2");
    EXPECT_EQ(valueOf("The satellite went up in the first week of March.", "the first week of March"), "2024-03-W1");
    EXPECT_EQ(valueOf("The satellite went up in the first week of March.", "the first week of March", nullptr), "XXXX-03-W1");
    EXPECT_EQ(valueOf("Talks resumed the week of 9 September 2024.", "the week of 9 September 2024"), "2024-W37");
    // "a week of talks" is a duration, not a week of a month
    EXPECT_EQ(valueOf("After a week of talks in May, they agreed.", "a week of talks in May"), "");
}

TEST(WeekdayBesideDate, AMismatchIsNotedOnlyWhenTheYearIsWritten) {
    auto times = findTimes("The ferry sank on Tuesday, March 4, 2025, and was raised on Friday, March 7, 2025.", {},
                           day("2025-03-10"));
    const TimeValue* tuesday = found(times, "Tuesday, March 4, 2025");  // 4 March 2025 was a Tuesday
    const TimeValue* friday = found(times, "Friday, March 7, 2025");    // 7 March 2025 was a Friday
    ASSERT_TRUE(tuesday && friday);
    EXPECT_EQ(tuesday->value, "2025-03-04");
    EXPECT_EQ(tuesday->note.find("weekday mismatch"), std::string::npos) << tuesday->note;
    EXPECT_EQ(friday->note.find("weekday mismatch"), std::string::npos) << friday->note;

    times = findTimes("The ferry sank on Monday, March 4, 2025.", {}, day("2025-03-10"));
    ASSERT_EQ(times.size(), 1u);
    EXPECT_EQ(times[0].value, "2025-03-04");
    EXPECT_NE(times[0].note.find("weekday mismatch"), std::string::npos);

    // Without its year the date was placed by the publication date: the weekday is not held against it.
    times = findTimes("The ferry sank on Monday, March 4.", {}, day("2026-03-10"));
    ASSERT_EQ(times.size(), 1u);
    EXPECT_EQ(times[0].note.find("weekday mismatch"), std::string::npos);

    times = findTimes("渡轮于2025年3月4日（星期一）沉没。", {}, day("2025-03-10"));
    ASSERT_EQ(times.size(), 1u);
    EXPECT_EQ(times[0].text, "2025年3月4日（星期一）");
    EXPECT_NE(times[0].note.find("weekday mismatch"), std::string::npos);
    times = findTimes("渡轮于2025年3月4日（星期二）沉没。", {}, day("2025-03-10"));
    ASSERT_EQ(times.size(), 1u);
    EXPECT_EQ(times[0].note.find("weekday mismatch"), std::string::npos);
}

}  // namespace
}  // namespace parallax::annotate

namespace parallax::annotate {
namespace {

TEST(NamesAreNotDates, MarchAndMayAfterACapitalisedWord) {
    auto times = findTimes("The probe rode a Long March 5 rocket; Prime Minister Theresa May 12 times said no.", {},
                           Date::parseIso("2024-06-26"));
    EXPECT_TRUE(times.empty()) << times.front().text;
    auto dated = findTimes("It flew on March 5 and again on Tuesday, May 7.", {}, Date::parseIso("2024-06-26"));
    ASSERT_EQ(dated.size(), 2u);
    EXPECT_EQ(dated[0].value, "2024-03-05");
    EXPECT_EQ(dated[1].value, "2024-05-07");
}

}  // namespace
}  // namespace parallax::annotate
