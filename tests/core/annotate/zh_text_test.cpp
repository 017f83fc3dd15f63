// zh::hasHan reads eight ASCII bytes at a time and decodes only bytes that can lead a Han character;
// zh::CueLexicon looks cues up by kind and first byte. These pin what both must still answer.
#include <gtest/gtest.h>

#include <string>

#include "core/annotate/zh_text.h"

namespace parallax::annotate::zh {
namespace {

TEST(HanText, FoundAfterLongAsciiRunsAndAtTheEnd) {
    EXPECT_FALSE(hasHan(""));
    EXPECT_FALSE(hasHan(std::string(100, 'a')));
    EXPECT_TRUE(hasHan(std::string(17, 'a') + "中"));
    EXPECT_TRUE(hasHan("中" + std::string(17, 'a')));
    EXPECT_TRUE(hasHan(std::string(8, ' ') + "營收"));
}

TEST(HanText, OtherScriptsAndStrayBytesAreNotHan) {
    EXPECT_FALSE(hasHan("caf\u00e9 \u201cquoted\u201d \u2014 dash"));
    EXPECT_FALSE(hasHan("\u3042\u30a2"));  // hiragana and katakana lead with E3 but are not Han
    EXPECT_FALSE(hasHan("\xE4\xB8"));      // a Han lead byte cut short
    EXPECT_TRUE(hasHan("\xE4\xB8\xAD"));   // U+4E2D
    EXPECT_TRUE(hasHan("\uF900"));         // a compatibility ideograph (EF A4 80)
}

TEST(HanCues, LongestCueOfTheKindWinsAndStaysInsideTheRange) {
    CueLexicon lex;
    lex.load({"event:launch\t发布, 发布会", "amount\t营收", "event:rise\t上涨"});
    const std::string text = "公司发布会上营收上涨";
    auto events = lex.find(text, 0, text.size(), "event");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].cue->form, "发布会") << "the longest form starting there";
    EXPECT_EQ(events[0].start, std::string("公司").size());
    EXPECT_EQ(events[1].cue->cls, "rise");
    auto amounts = lex.find(text, 0, text.size(), "amount");
    ASSERT_EQ(amounts.size(), 1u);
    EXPECT_EQ(amounts[0].cue->form, "营收");
    // A range ending inside 发布会 only holds 发布.
    auto cut = lex.find(text, 0, std::string("公司发布会").size() - 3, "event");
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_EQ(cut[0].cue->form, "发布");
    EXPECT_TRUE(lex.find(text, 0, text.size(), "hedge").empty()) << "a kind with no cues finds nothing";
    EXPECT_FALSE(lex.any(text, 0, std::string("公司").size(), "event"));
}

}  // namespace
}  // namespace parallax::annotate::zh
