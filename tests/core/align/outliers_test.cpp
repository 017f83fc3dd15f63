// The second look at reports left alone: outliers regroup among themselves with a similarity that counts
// shared rare names, and what is still small may join a larger story; larger stories never merge here.
// The story-level tests use invented articles (English and Chinese) told from different angles, and a
// look-alike event of the same kind with other names.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/align/outliers.h"
#include "core/align/stories.h"
#include "core/annotate/annotator.h"

using namespace parallax;
using align::Edge;

namespace {

/// A symmetric similarity table; pairs not listed are 0.
struct Table {
    std::map<std::pair<std::size_t, std::size_t>, double> sims;
    void set(std::size_t a, std::size_t b, double s) { sims[{std::min(a, b), std::max(a, b)}] = s; }
    double operator()(std::size_t a, std::size_t b) const {
        auto it = sims.find({std::min(a, b), std::max(a, b)});
        return it == sims.end() ? 0.0 : it->second;
    }
    std::vector<Edge> edges() const {
        std::vector<Edge> out;
        for (const auto& [k, s] : sims) out.push_back(Edge{k.first, k.second, s});
        return out;
    }
};

}  // namespace

TEST(RegroupOutliers, SingletonsCloseUnderTheSecondSimilarityFormAStory) {
    // 0-2 and 3-5 are stories of the first pass; 6, 7, 8 stand alone; 9 is near nothing.
    const std::vector<std::size_t> label{0, 0, 0, 1, 1, 1, 2, 3, 4, 5};
    Table first;
    first.set(6, 7, 0.1);
    first.set(6, 8, 0.1);
    first.set(7, 8, 0.1);
    first.set(2, 3, 0.1);
    first.set(9, 6, 0.05);
    Table second = first;  // the second look sees more evidence between 6, 7 and 8 only
    second.set(6, 7, 0.3);
    second.set(6, 8, 0.25);
    second.set(7, 8, 0.25);
    second.set(2, 3, 0.9);  // high, but two stories of three are not the outliers' business
    const auto out = align::regroupOutliers(label, first.edges(), 0.2, second, 0.75);
    EXPECT_EQ(out[6], out[7]);
    EXPECT_EQ(out[6], out[8]);
    EXPECT_NE(out[9], out[6]) << "an outlier near nothing stays alone";
    EXPECT_NE(out[0], out[3]) << "stories of three or more never merge in the second look";
    EXPECT_EQ(out[0], out[1]);
    EXPECT_EQ(out[3], out[4]);
    EXPECT_NE(out[6], out[0]);
}

TEST(RegroupOutliers, AnOutlierJoinsTheOneStoryItIsCloseToUnderTheSecondSimilarity) {
    const std::vector<std::size_t> label{0, 0, 0, 1, 2};
    Table first;
    first.set(3, 0, 0.1);
    first.set(4, 0, 0.02);
    Table second;
    second.set(0, 1, 0.5);
    second.set(0, 2, 0.5);
    second.set(1, 2, 0.5);
    second.set(3, 0, 0.2);
    second.set(3, 1, 0.18);
    second.set(3, 2, 0.16);
    second.set(4, 0, 0.02);
    const auto out = align::regroupOutliers(label, first.edges(), 0.2, second, 0.75);
    EXPECT_EQ(out[3], out[0]) << "average 0.18 reaches 0.75 of the threshold";
    EXPECT_NE(out[4], out[0]);
    EXPECT_EQ(align::regroupOutliers(label, first.edges(), 0.2, second, 0), (std::vector<std::size_t>{0, 0, 0, 1, 2}))
        << "without attaching, a lone outlier keeps its own story";
}

namespace {

struct Folder {
    std::vector<Article> articles;

    void add(const std::string& id, const std::string& language, const std::string& title, const std::string& text,
             const std::string& date) {
        Article a;
        a.id = id;
        a.path = "/folder/" + id + ".txt";
        a.language = language;
        a.title = title;
        a.text = text;
        a.published = PublishedDate{*Date::parseIso(date), DateSource::Metadata, "test"};
        articles.push_back(std::move(a));
    }

    /// Story id of each article, clustered at the threshold of a large folder, with or without the second look.
    std::map<std::string, std::string> stories(bool secondLook = true) const {
        std::map<std::string, Annotations> annotations;
        for (const auto& a : articles) annotations[a.id] = annotate::annotate(a);
        align::ClusterOptions options;
        options.smallFolderThreshold = options.linkThreshold;
        options.secondLook = secondLook;
        std::map<std::string, std::string> of;
        for (const auto& s : align::clusterStories(articles, annotations, options))
            for (const auto& id : s.articles) of[id] = s.id;
        return of;
    }
};

// One bridge strike, told from five angles that share few words but name the same ship, bridge, river,
// operator and governor.
void addBridgeStrike(Folder& f) {
    f.add("strike", "en", "Freighter brings down river crossing at night",
          "The container ship Kestrel Dawn lost power shortly after leaving the Port of Elmbridge and struck a "
          "pier of the Marlow Crossing at 2:10 a.m. Three spans fell into the Tamsin River within seconds. "
          "Police had stopped traffic moments earlier after a mayday call; Governor Nadia Brell declared an emergency.",
          "2025-10-14");
    f.add("crew", "en", "Sailors stuck aboard for weeks",
          "Nineteen seafarers remain on the Kestrel Dawn, pinned under twisted steel in the Tamsin River, guarded by "
          "the Coast Guard. "
          "Halvard Shipping, which manages the vessel, said they are healthy and cooperating with investigators. "
          "Unions want shore leave and their confiscated phones returned.",
          "2025-11-02");
    f.add("settlement", "en", "Owner agrees to $88.4 million payment",
          "Halvard Shipping, which managed the Kestrel Dawn, agreed to pay $88.4 million to settle claims by the "
          "state over the Marlow Crossing, Governor Nadia Brell announced, covering channel clearing and lost toll "
          "revenue. Lawsuits filed by victims' families "
          "continue in federal court.",
          "2026-03-20");
    f.add("rebuild", "en", "Replacement span to open in 2029",
          "Governor Nadia Brell said the replacement for the Marlow Crossing will open in the autumn of 2029 at "
          "a cost of about $2.3 billion. Engineers chose a cable-stayed design with protective islands around "
          "each tower.",
          "2026-05-11");
    f.add("encyclopedia", "en", "Marlow Crossing",
          "The Marlow Crossing was a steel truss structure over the Tamsin River, opened in 1969 and carrying "
          "four lanes of the ring road around the Port of Elmbridge. See also: Kestrel Dawn; list of "
          "structural failures.",
          "2025-12-01");
}

// A look-alike: another bridge struck by another ship, with other names, figures and dates.
void addOtherBridgeStrike(Folder& f) {
    f.add("other-strike", "en", "Barge Corran Star hits Lindqvist Bridge",
          "The bulk carrier Corran Star drifted after an engine failure and hit a pier of the Lindqvist Bridge "
          "over the Vesna River at 11:40 p.m. on June 3. One span fell into the water and the Coast Guard closed the "
          "channel. Mayor Oskar Fenn said "
          "Brightwater Lines, the ship's operator, had reported the failure minutes before.",
          "2025-06-04");
    f.add("other-rebuild", "en", "Lindqvist Bridge replacement to cost $640 million",
          "Mayor Oskar Fenn said the replacement of the Lindqvist Bridge over the Vesna River would cost $640 "
          "million and open in 2028. Brightwater Lines has not said whether it will contribute; Coast Guard "
          "inspectors found that the Corran Star had a faulty fuel pump.",
          "2025-09-12");
}

}  // namespace

TEST(Stories, ReportsOfOneEventFromDifferentAnglesJoinOnTheirRareNames) {
    Folder f;
    addBridgeStrike(f);
    addOtherBridgeStrike(f);
    const auto first = f.stories(false);
    EXPECT_NE(first.at("crew"), first.at("rebuild")) << "the words alone keep these angles apart";
    const auto of = f.stories();
    for (const char* id : {"crew", "settlement", "rebuild", "encyclopedia"})
        EXPECT_EQ(of.at(id), of.at("strike")) << id << " tells the same strike";
    EXPECT_EQ(of.at("other-strike"), of.at("other-rebuild"));
    EXPECT_NE(of.at("other-strike"), of.at("strike")) << "another bridge strike is another story, though both name the Coast Guard";
    EXPECT_NE(of.at("other-rebuild"), of.at("strike"));
}

namespace {

// In Chinese: one typhoon told as landfall, damage and relief, and another typhoon told twice. The
// annotator finds no Chinese names yet, so the second look has no rare names to go on here; what it must
// not do is join reports that share only the words of their kind of event (台风, 登陆, 停课).
void addTyphoonZh(Folder& f) {
    f.add("zh-landfall", "zh", "台风“海燕”登陆湛江",
          "今年第14号台风“海燕”9月5日下午在广东湛江徐闻县沿海登陆，登陆时中心附近最大风力15级。"
          "湛江市政府已转移群众12万人，停课停工。",
          "2025-09-05");
    f.add("zh-damage", "zh", "“海燕”过境后徐闻县大面积停电",
          "受台风“海燕”影响，徐闻县超过八成用户停电，多处道路被倒伏树木阻断。"
          "南方电网表示，抢修队伍正连夜恢复供电。",
          "2025-09-06");
    f.add("zh-relief", "zh", "湛江发放救灾物资",
          "湛江市民政局表示，已向徐闻县受灾群众发放帐篷、棉被和食品。台风“海燕”造成的直接经济损失仍在统计中。",
          "2025-09-08");
    f.add("zh-other", "zh", "“白鹿”在漳州东山登陆",
          "台风“白鹿”8月12日凌晨在福建漳州东山县登陆，东山岛出现大范围强降雨，数百艘渔船回港避风。",
          "2025-08-12");
    f.add("zh-other-ferry", "zh", "厦门金门航线停航",
          "受台风“白鹿”影响，厦门至金门航线8月11日起全线停航，漳州东山县多所学校停课。",
          "2025-08-11");
}

}  // namespace

TEST(Stories, ChineseReportsOfAnotherTyphoonStayApartInTheSecondLook) {
    Folder f;
    addTyphoonZh(f);
    const auto of = f.stories();
    for (const char* id : {"zh-landfall", "zh-damage", "zh-relief"}) {
        EXPECT_NE(of.at(id), of.at("zh-other")) << id;
        EXPECT_NE(of.at(id), of.at("zh-other-ferry")) << id;
    }
    EXPECT_NE(of.at("zh-other"), of.at("zh-landfall")) << "another typhoon is another story";
    EXPECT_NE(of.at("zh-other-ferry"), of.at("zh-landfall"));
}
