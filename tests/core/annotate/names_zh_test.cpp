// Chinese names told by their form: serial names of craft and quoted names of storms.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/annotate/names_zh.h"
#include "core/text/han_serial.h"

namespace parallax::annotate {
namespace {

std::vector<std::string> names(const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : findChineseFormNames(text, {}, {})) {
        EXPECT_EQ(text.substr(e.span.start, e.span.size()), e.text);
        out.push_back(e.canonical);
    }
    return out;
}

TEST(ChineseFormNames, SerialNameOfACraftUsedTwice) {
    EXPECT_EQ(names("据悉，天舟九号将于下月发射。天舟九号货运飞船已运抵发射场。"),
              (std::vector<std::string>{"天舟九号", "天舟九号"}));
    // Arabic and Chinese numerals, traditional characters: one canonical name
    EXPECT_EQ(names("科考船海燕3号昨日返港，海燕三號此行历时九十天。"),
              (std::vector<std::string>{"海燕三号", "海燕三号"}));
    EXPECT_EQ(names("实验卫星星云十二号入轨后，星云十二号开始工作。"),
              (std::vector<std::string>{"星云十二号", "星云十二号"}));
}

TEST(ChineseFormNames, NumberedThingsOfOtherKindsAreNoCraft) {
    EXPECT_TRUE(names("今年第9号台风已生成，第9号台风将北上。").empty());      // a rank
    EXPECT_TRUE(names("地铁5号线停运，地铁5号线恢复时间未定。").empty());      // a line
    EXPECT_TRUE(names("乘客请前往2号航站楼，2号航站楼已开放。").empty());      // a terminal
    EXPECT_TRUE(names("本月3号开幕，本月3号闭幕。").empty());                  // a day
    EXPECT_TRUE(names("探测器飞鸿二号成功着陆。").empty());                    // named once only
}

TEST(ChineseFormNames, StormNamedAfterItsTypeWord) {
    EXPECT_EQ(names("强台风“海鸥”今晨登陆，“海鸥”中心风力14级。"), (std::vector<std::string>{"海鸥", "海鸥"}));
    EXPECT_EQ(names("颱風「白鹿」逼近，白鹿將帶來暴雨。"), (std::vector<std::string>{"白鹿", "白鹿"}));
}

TEST(ChineseFormNames, QuotedWordsWithoutATypeWordAreNoStorm) {
    EXPECT_TRUE(names("所谓“海鸥”计划今日公布。").empty());
    EXPECT_TRUE(names("暴雨“红色”预警已发布。").empty());
}

TEST(ChineseFormNames, SplitSerialName) {
    const auto split = text::splitSerialName("神舟十八号");
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->first, "神舟");
    EXPECT_EQ(split->second, 18);
    EXPECT_EQ(text::splitSerialName("天问一號")->second, 1);
    EXPECT_EQ(text::splitSerialName("雪龙2号")->second, 2);
    EXPECT_FALSE(text::splitSerialName("第11号").has_value());
    EXPECT_FALSE(text::splitSerialName("嫦娥").has_value());
    EXPECT_FALSE(text::splitSerialName("Chang'e-6").has_value());
}

}  // namespace
}  // namespace parallax::annotate
