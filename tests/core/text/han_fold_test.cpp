// Folding traditional Chinese to simplified keeps every byte offset (han_fold.h).
#include <gtest/gtest.h>

#include <string>

#include "core/text/han_fold.h"
#include "core/text/han_fold_table.h"

namespace parallax::text {
namespace {

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (c & 0x3F));
    return out;
}

TEST(HanFold, TheTableTheBuildComputedIsWhatIcuGivesNow) {
    // The fold table is generated when Parallax is built; this run's ICU must agree with it character for character.
    const auto pairs = text::detail::computeHanFoldPairs();
    ASSERT_GT(pairs.size(), 2000u) << "ICU's Traditional-Simplified mapping folds some 2,800 characters";
    std::size_t k = 0;
    for (char32_t c = text::detail::kHanFoldFirst; c <= text::detail::kHanFoldLast; ++c) {
        const bool folds = k < pairs.size() && pairs[k].first == c;
        const std::string expected = utf8(folds ? pairs[k].second : c);
        if (folds) ++k;
        ASSERT_EQ(text::simplifiedChinese(utf8(c)), expected) << std::hex << static_cast<unsigned>(c);
    }
}

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
