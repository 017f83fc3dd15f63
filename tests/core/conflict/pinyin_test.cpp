// Chinese names against their pinyin forms (ICU Han-Latin).
#include <gtest/gtest.h>

#include "core/conflict/pinyin.h"
#include "core/conflict/subject.h"
#include "core/text/han.h"

namespace parallax::conflict {
namespace {

TEST(Pinyin, Syllables) {
    EXPECT_EQ(text::pinyinSyllables("云帆能源"), (std::vector<std::string>{"yun", "fan", "neng", "yuan"}));
}

TEST(Pinyin, BrandOfACompany) {
    EXPECT_TRUE(sameRomanisedName("青禾智造", "Qinghe Robotics"));
    EXPECT_TRUE(sameRomanisedName("Yunfan Energy", "云帆能源"));
    EXPECT_TRUE(sameSubject("云帆能源", "Yunfan Energy"));
}

TEST(Pinyin, WholePersonName) {
    EXPECT_TRUE(sameRomanisedName("林晓峰", "Lin Xiaofeng"));
    EXPECT_FALSE(sameRomanisedName("林晓峰", "Lin Xiaoming"));
}

TEST(Pinyin, OtherNamesStayApart) {
    EXPECT_FALSE(sameRomanisedName("云帆能源", "Qinghe Robotics"));
    EXPECT_FALSE(sameRomanisedName("云帆能源", "云帆资本"));      // both Chinese: not this rule's business
    EXPECT_FALSE(sameRomanisedName("Yunfan Energy", "Yunfan"));  // both Latin
    EXPECT_FALSE(sameRomanisedName("林晓峰", "Lin"));            // a surname alone is no name
    EXPECT_FALSE(sameRomanisedName("云帆能源", "Yun Corp"));     // one syllable is no brand
}

TEST(Pinyin, SerialNameOfACraft) {
    EXPECT_TRUE(sameRomanisedName("天舟九号", "Tianzhou-9"));
    EXPECT_TRUE(sameRomanisedName("神舟十八号", "Shenzhou 18"));
    EXPECT_TRUE(sameRomanisedName("嫦娥六号", "Chang\u2019e-6"));
    EXPECT_TRUE(sameSubject("Chang'e 6", "嫦娥六号"));
}

TEST(Pinyin, SerialNamesWithAnotherNumberOrNameStayApart) {
    EXPECT_FALSE(sameRomanisedName("嫦娥六号", "Chang'e-5"));  // the sister craft
    EXPECT_FALSE(sameRomanisedName("嫦娥六号", "Chang'e"));    // the programme
    EXPECT_FALSE(sameRomanisedName("神舟十八号", "Tianzhou-18"));
}

}  // namespace
}  // namespace parallax::conflict
