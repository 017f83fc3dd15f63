// Dates written in text, in the languages and orders news pages use. Sentences invented for the tests.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/extract/dates.h"

namespace parallax::extract {
namespace {

std::string iso(std::string_view text, DateReading r = {}) {
    auto f = findDate(text, r);
    return f ? f->date.iso() : std::string("none");
}

TEST(WrittenDates, European) {
    EXPECT_EQ(iso("Veröffentlicht am 19. August 2019 um 10:30 Uhr"), "2019-08-19");
    EXPECT_EQ(iso("Stand: 07.11.2023, 14:05"), "2023-11-07");
    EXPECT_EQ(iso("am 5.3.2021"), "2021-03-05");
    EXPECT_EQ(iso("Wien, 3. Jänner 2022"), "2022-01-03");
    EXPECT_EQ(iso("Publié le 2 novembre 2023 à 18h"), "2023-11-02");
    EXPECT_EQ(iso("le 1er août 2019"), "2019-08-01");
    EXPECT_EQ(iso("Madrid, 14 de marzo de 2020"), "2020-03-14");
    EXPECT_EQ(iso("Lisboa, 2 de novembro de 2023"), "2023-11-02");
    EXPECT_EQ(iso("Roma, 14 Gennaio 2020"), "2020-01-14");
    EXPECT_EQ(iso("gepubliceerd op 3 maart 2021"), "2021-03-03");
    EXPECT_EQ(iso("Опубликовано 19 августа 2019"), "2019-08-19");
    EXPECT_EQ(iso("julkaistu 19. helmikuuta 2020"), "2020-02-19");
    EXPECT_EQ(iso("Diterbitkan 5 Agustus 2019"), "2019-08-05");
}

TEST(WrittenDates, AsianScripts) {
    EXPECT_EQ(iso("发布时间：2019年8月19日 10:32"), "2019-08-19");
    EXPECT_EQ(iso("2019年 8月 19日"), "2019-08-19");
    EXPECT_EQ(iso("入力 2023년 11월 2일 오후 3:10"), "2023-11-02");
    EXPECT_EQ(iso("2023.11.02. 오후 3:10"), "2023-11-02");
    EXPECT_EQ(iso("更新：6月24日 11時30分"), "none") << "no year and no hint";
    EXPECT_EQ(iso("6月24日 11時30分", DateReading{2019, false}), "2019-06-24");
    EXPECT_EQ(iso("ngày 19 tháng 8 năm 2019"), "2019-08-19");
}

TEST(WrittenDates, NumericOrders) {
    EXPECT_EQ(iso("03/04/2025"), "2025-04-03") << "day first unless the page reads month first";
    EXPECT_EQ(iso("03/04/2025", DateReading{0, true}), "2025-03-04");
    EXPECT_EQ(iso("04/23/2025"), "2025-04-23") << "a day above 12 shows the order";
    EXPECT_EQ(iso("23/04/2025", DateReading{0, true}), "2025-04-23");
    EXPECT_EQ(iso("06-08-2009T14:12:32+0200"), "2009-08-06");
    EXPECT_EQ(iso("2019.08.19"), "2019-08-19");
    EXPECT_EQ(iso("version 2019.8.1.3"), "none") << "a dotted version number";
    EXPECT_EQ(iso("call 12.30.2019.5"), "none");
    EXPECT_EQ(iso("31.02.2020"), "none");
}

TEST(WrittenDates, YearlessNeedsAHint) {
    EXPECT_EQ(iso("19. August"), "none");
    EXPECT_EQ(iso("19. August", DateReading{2019, false}), "2019-08-19");
    auto f = findDate("Posted Aug 19", DateReading{2019, false});
    ASSERT_TRUE(f);
    EXPECT_TRUE(f->yearFromHint);
    EXPECT_FALSE(findDate("Posted Aug 19, 2019")->yearFromHint);
    // Everyday words that are also month abbreviations somewhere are months only between a day and a year.
    EXPECT_EQ(iso("3 out of 5 readers", DateReading{2019, false}), "none");
    EXPECT_EQ(iso("two years ago 2019", DateReading{2019, false}), "none");
    EXPECT_EQ(iso("May 5:30 pm", DateReading{2019, false}), "none") << "a time, not the 5th";
}

TEST(WrittenDates, TextEndingInANumberOrAMonth) {
    // Every pattern reads up to the end of the token list and no further.
    for (const char* text : {"Milestone Flight 5", "5", "Flight 5.", "in May", "May", "19.", "19. Mai", "2019", "2019-08",
                             "8月", "2019年8", "Jan. 9,", "3 de"})
        EXPECT_EQ(iso(text), "none") << text;
    EXPECT_EQ(iso("19. Mai", DateReading{2019, false}), "2019-05-19");
}

TEST(WrittenDates, CompleteDateBeatsAnEarlierPartialOne) {
    EXPECT_EQ(iso("In November 2024 the board met; on 3 December 2024 it voted"), "2024-12-03");
    EXPECT_EQ(iso("in November 2024"), "2024-11");
}

TEST(WrittenDates, AMegabyteLineIsReadInOnePass) {
    // No timing assertion: the scan is linear (no regular expression), so this returns at once.
    std::string line;
    while (line.size() < (1u << 20)) line += "the harbour board met again and again ";
    line += "on 19 August 2019";
    auto f = findDate(line);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->date.iso(), "2019-08-19");
}

}  // namespace
}  // namespace parallax::extract
