// Pinyin glosses inside Chinese words (glosses.cpp), on sentences written for these tests.
#include <gtest/gtest.h>

#include "core/extract/glosses.h"

namespace parallax::extract {
namespace {

TEST(PinyinGlosses, GlossesInsideWordsAreDropped) {
    EXPECT_EQ(withoutPinyinGlosses("新工廠年產(chǎn)能為20萬輛，據(jù)介紹已投產(chǎn)。"), "新工廠年產能為20萬輛，據介紹已投產。");
    // Full-width brackets, two syllables.
    EXPECT_EQ(withoutPinyinGlosses("正在建設（jiàn shè）中"), "正在建設中");
    EXPECT_EQ(pinyinGlossCount("年產(chǎn)能，據(jù)悉"), 2U);
}

TEST(PinyinGlosses, OtherBracketedTextStays) {
    for (const char* kept : {"售价为35美元(约合人民币243元)。", "该公司(Lumen)今日宣布", "一杯咖啡(café)",
                             "点击这里(help)", "模型(mǎ xiǎo hǔ kě lè)", "Maersk (charterer)", "音译(de)"}) {
        EXPECT_EQ(withoutPinyinGlosses(kept), kept) << kept;
        EXPECT_EQ(pinyinGlossCount(kept), 0U) << kept;
    }
}

TEST(PinyinGlosses, OnlyRightAfterAHanCharacter) {
    // A bracket after Latin text or a space is no gloss of a character.
    EXPECT_EQ(withoutPinyinGlosses("Li (lǐ) said"), "Li (lǐ) said");
    EXPECT_EQ(withoutPinyinGlosses("他说 (shuō) 完"), "他说 (shuō) 完");
}

}  // namespace
}  // namespace parallax::extract
