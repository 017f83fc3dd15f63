// Stories across scripts: an event reported in English and in Chinese (simplified or traditional) is one
// story, held together by what both scripts write alike (romanised place names, Latin product codes,
// specific figures, dates); an event of the same kind with other names, figures and dates stays apart.
// The articles are invented; the annotator runs over them as in the pipeline.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/align/script_bridge.h"
#include "core/align/stories.h"
#include "core/annotate/annotator.h"

using namespace parallax;

namespace {

struct Folder {
    std::vector<Article> articles;

    void add(const std::string& id, const std::string& language, const std::string& title, const std::string& text,
             const std::string& date = "2025-03-27") {
        Article a;
        a.id = id;
        a.path = "/folder/" + id + ".txt";
        a.language = language;
        a.title = title;
        a.text = text;
        a.published = PublishedDate{*Date::parseIso(date), DateSource::Metadata, "test"};
        articles.push_back(std::move(a));
    }

    /// Story id of each article.
    std::map<std::string, std::string> stories() const {
        std::map<std::string, Annotations> annotations;
        for (const auto& a : articles) annotations[a.id] = annotate::annotate(a);
        std::map<std::string, std::string> of;
        for (const auto& s : align::clusterStories(articles, annotations))
            for (const auto& id : s.articles) of[id] = s.id;
        return of;
    }
};

// One launch, told four times: two English reports and two Chinese ones, the second in traditional characters.
void addDroneLaunch(Folder& f) {
    f.add("drone-en-1", "en", "Hangzhou firm unveils XR9 cargo drone",
          "A drone maker based in Hangzhou unveiled its XR9 cargo drone on March 26. The company said the XR9 "
          "carried a payload of 386.5 kilograms over 41.7 kilometres in a test flight in Zhejiang province. "
          "Its chief executive said deliveries would begin next year and that orders had reached 1,260 units.");
    f.add("drone-en-2", "en", "XR9 drone lifts 386.5 kg in Zhejiang test",
          "The Hangzhou company behind the XR9 heavy-lift drone showed it to reporters on Wednesday, March 26, "
          "saying it had flown 41.7 km with 386.5 kg of cargo. Analysts in Zhejiang said the XR9 puts the firm "
          "ahead of its rivals in rural logistics.");
    f.add("drone-zh-1", "zh", "杭州企业发布XR9货运无人机",
          "杭州一家无人机企业3月26日发布XR9货运无人机。公司表示，XR9在浙江的试飞中载重386.5公斤，飞行41.7公里。"
          "首席执行官表示，明年开始交付，订单已达1260架。");
    f.add("drone-zh-2", "zh", "杭州企業發布XR9貨運無人機",
          "杭州一家無人機企業3月26日發布XR9貨運無人機。公司表示，XR9在浙江的試飛中載重386.5公斤，飛行41.7公里。"
          "執行長表示，明年開始交付。");
}

// Another launch of the same kind: other city, other model, other figures, another day.
void addOtherDroneLaunch(Folder& f) {
    f.add("kite-en", "en", "Shenzhen firm launches K7 delivery drone",
          "A drone maker based in Shenzhen launched its K7 delivery drone on June 9. The company said the K7 "
          "carried a payload of 212.4 kilograms over 58.3 kilometres in a test flight in Guangdong province. "
          "Its chief executive said deliveries would begin next year.",
          "2025-06-10");
    f.add("kite-zh", "zh", "深圳企业发布K7配送无人机",
          "深圳一家无人机企业6月9日发布K7配送无人机。公司表示，K7在广东的试飞中载重212.4公斤，飞行58.3公里。"
          "首席执行官表示，明年开始交付。",
          "2025-06-10");
}

}  // namespace

TEST(ScriptBridge, FoldsTraditionalAndRomanisesHanNames) {
    EXPECT_EQ(align::simplifiedHan("颱風"), "台风");
    EXPECT_EQ(align::simplifiedHan("无人机"), "无人机") << "simplified text stays as it is";
    EXPECT_EQ(align::pinyinKey("杭州"), "hangzhou");
    EXPECT_EQ(align::pinyinKey("小米"), "xiaomi");
    EXPECT_EQ(align::pinyinKey("XR9"), "") << "only Han words romanise";
    EXPECT_EQ(align::romanKey("Chang'e"), "change");
    EXPECT_EQ(align::romanKey("SU7"), "su7");
    EXPECT_TRUE(align::isHanWord("浙江"));
    EXPECT_FALSE(align::isHanWord("XR9无人机"));
}

TEST(CrossScriptStories, OneEventInEnglishSimplifiedAndTraditionalChineseIsOneStory) {
    Folder f;
    addDroneLaunch(f);
    auto of = f.stories();
    EXPECT_EQ(of["drone-zh-1"], of["drone-zh-2"]) << "traditional and simplified characters fold together";
    EXPECT_EQ(of["drone-en-1"], of["drone-en-2"]);
    EXPECT_EQ(of["drone-en-1"], of["drone-zh-1"]) << "Hangzhou/杭州, Zhejiang/浙江, XR9, 386.5, 41.7 and March 26 link them";
}

TEST(CrossScriptStories, LookAlikeEventsStayApartInBothScripts) {
    Folder f;
    addDroneLaunch(f);
    addOtherDroneLaunch(f);
    auto of = f.stories();
    EXPECT_EQ(of["kite-en"], of["kite-zh"]) << "the second launch is one story too";
    EXPECT_EQ(of["drone-en-1"], of["drone-zh-1"]);
    // Same kind of event, same wording, but other names, figures and dates.
    EXPECT_NE(of["drone-en-1"], of["kite-en"]);
    EXPECT_NE(of["drone-zh-1"], of["kite-zh"]);
    EXPECT_NE(of["drone-en-1"], of["kite-zh"]);
}

TEST(CrossScriptStories, OneSharedPlaceNameDoesNotJoinTwoEvents) {
    Folder f;
    f.add("marathon-en", "en", "Record field for the Beijing marathon",
          "More than thirty thousand runners took part in the Beijing marathon on Sunday. A local teacher won "
          "the women's race, and volunteers handed out water along the route.");
    f.add("bridge-zh", "zh", "北京一座新桥通车",
          "北京一座跨河新桥周一正式通车，全长一点二公里，预计每天通行车辆三万辆。市民表示出行更加方便。");
    auto of = f.stories();
    EXPECT_NE(of["marathon-en"], of["bridge-zh"]) << "Beijing/北京 alone is not an event";
}

TEST(SameScriptStories, LookAlikeEarthquakesWithOtherPlacesFiguresAndDatesStayApart) {
    Folder f;
    f.add("quake-a-1", "en", "Magnitude 6.8 earthquake strikes Valdoria",
          "A magnitude 6.8 earthquake struck the mountain town of Valdoria on May 14, killing at least 37 "
          "people and destroying 1,284 homes, officials said. Rescue teams searched the rubble through the night.");
    f.add("quake-a-2", "en", "Valdoria earthquake toll rises to 37",
          "The death toll from the magnitude 6.8 earthquake that hit Valdoria on May 14 rose to 37, and 1,284 "
          "homes were destroyed. Aftershocks rattled the town as rescue teams searched the rubble.");
    f.add("quake-b-1", "en", "Magnitude 7.1 earthquake strikes Port Serin",
          "A magnitude 7.1 earthquake struck the coastal city of Port Serin on September 2, killing at least 112 "
          "people and destroying 3,905 homes, officials said. Rescue teams searched the rubble through the night.",
          "2025-09-03");
    f.add("quake-b-2", "en", "Port Serin earthquake toll rises to 112",
          "The death toll from the magnitude 7.1 earthquake that hit Port Serin on September 2 rose to 112, and "
          "3,905 homes were destroyed. Aftershocks rattled the city as rescue teams searched the rubble.",
          "2025-09-03");
    auto of = f.stories();
    EXPECT_EQ(of["quake-a-1"], of["quake-a-2"]);
    EXPECT_EQ(of["quake-b-1"], of["quake-b-2"]);
    EXPECT_NE(of["quake-a-1"], of["quake-b-1"]) << "two earthquakes are two stories";
}
TEST(SameScriptStories, OneReportOfALookAlikeEventDoesNotJoinAStoryOfThree) {
    Folder f;
    f.add("quake-a-1", "en", "Magnitude 6.8 earthquake strikes Valdoria",
          "A magnitude 6.8 earthquake struck the mountain town of Valdoria on May 14, killing at least 37 people "
          "and destroying 1,284 homes, officials said. Rescue teams searched the rubble through the night.");
    f.add("quake-a-2", "en", "Valdoria earthquake toll rises to 37",
          "The death toll from the magnitude 6.8 earthquake that hit Valdoria on May 14 rose to 37, and 1,284 "
          "homes were destroyed. Aftershocks rattled the town as rescue teams searched the rubble.");
    f.add("quake-a-3", "en", "Valdoria begins rebuilding after quake",
          "Valdoria began clearing debris on Friday, four days after the magnitude 6.8 earthquake of May 14 "
          "destroyed 1,284 homes. The mayor said temporary housing would be ready within a month.");
    f.add("quake-b", "en", "Magnitude 7.1 earthquake strikes Port Serin",
          "A magnitude 7.1 earthquake struck the coastal city of Port Serin on September 2, killing at least 112 "
          "people and destroying 3,905 homes, officials said. Rescue teams searched the rubble through the night.",
          "2025-09-03");
    auto of = f.stories();
    EXPECT_EQ(of["quake-a-1"], of["quake-a-3"]);
    EXPECT_NE(of["quake-b"], of["quake-a-1"]) << "its figures and date are all different";
}
