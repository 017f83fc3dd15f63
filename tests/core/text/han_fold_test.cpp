// Folding traditional Chinese to simplified keeps every byte offset (han_fold.h).
#include <gtest/gtest.h>

#include <string>

#include "core/text/han_fold.h"

namespace parallax::text {
namespace {

TEST(HanFold, TraditionalCharactersBecomeSimplified) {
    EXPECT_EQ(simplifiedChinese("全年營收增長，收漲5%，總市值創新高"), "全年营收增长，收涨5%，总市值创新高");
    EXPECT_EQ(simplifiedChinese("颱風登陸後，當局發佈警報"), "台风登陆后，当局发布警报");
}

TEST(HanFold, SimplifiedLatinAndMixedTextStayAsTheyAre) {
    const std::string simplified = "公司营收增长15%，达到300亿元";
    EXPECT_EQ(simplifiedChinese(simplified), simplified);
    EXPECT_EQ(simplifiedChinese("Revenue rose 15% to $30 billion."), "Revenue rose 15% to $30 billion.");
    EXPECT_EQ(simplifiedChinese(""), "");
}

TEST(HanFold, ByteOffsetsStayValid) {
    const std::string text = "據報道，該公司去年淨利潤為50億港元 (HK$5 billion)。";
    const std::string folded = simplifiedChinese(text);
    ASSERT_EQ(folded.size(), text.size());
    const std::size_t at = text.find("50億");
    EXPECT_EQ(folded.substr(at, 2), "50");
    EXPECT_EQ(folded.find("HK$5 billion"), text.find("HK$5 billion"));
    EXPECT_NE(folded.find("净利润"), std::string::npos);
}

TEST(HanFold, BrokenUtf8IsCopiedNotRead) {
    const std::string text = std::string("營收\xff\xfe") + "收漲";
    const std::string folded = simplifiedChinese(text);
    ASSERT_EQ(folded.size(), text.size());
    EXPECT_EQ(folded.substr(0, 6), "营收");
    EXPECT_EQ(folded.substr(8), "收涨");
}

}  // namespace
}  // namespace parallax::text
