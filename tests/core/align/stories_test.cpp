// Story clustering on small hand-written articles and on a synthetic corpus at scale.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "bench/synthetic_corpus.h"
#include "core/align/stories.h"

using namespace parallax;

namespace {

Article make(std::string id, std::string title, std::string text, std::string date = "") {
    Article a;
    a.id = id;
    a.path = "/corpus/" + id + ".txt";
    a.title = std::move(title);
    a.text = std::move(text);
    if (auto d = Date::parseIso(date)) a.published = PublishedDate{*d, DateSource::Metadata, "test"};
    return a;
}

std::vector<Article> mixedFolder() {
    return {
        make("chips-1", "Washington tightens export controls on AI chips to China",
             "The Commerce Department widened export controls on advanced AI chips on Tuesday. Nvidia and AMD "
             "must now obtain licences before shipping accelerators to Chinese customers. Analysts said the "
             "restrictions would slow Chinese data centre projects.",
             "2024-12-03"),
        make("chips-2", "New US chip curbs hit Nvidia sales in China",
             "Nvidia warned that the latest US export restrictions on AI accelerators could cut its China revenue. "
             "The Commerce Department rules require licences for shipments of advanced chips to Chinese buyers. "
             "Chinese data centre operators have been stockpiling Nvidia hardware.",
             "2024-12-04"),
        make("chips-3", "China responds to Commerce Department chip export rules",
             "Beijing criticised the Commerce Department's new export controls on advanced chips. Chinese "
             "officials said the restrictions on Nvidia and AMD accelerators would hurt global supply chains. "
             "Domestic chip designers are expected to gain orders from data centre builders.",
             "2024-12-05"),
        make("bank-1", "Nordbank agrees to buy Fjord Savings for 2 billion euros",
             "Nordbank said on Monday it would acquire Fjord Savings in a deal worth 2 billion euros. The merger "
             "creates the largest retail lender in the region. Shareholders of Fjord Savings will receive cash.",
             "2024-11-18"),
        make("bank-2", "Fjord Savings shareholders back Nordbank takeover",
             "Shareholders of Fjord Savings approved the takeover by Nordbank, valued at 2 billion euros. The "
             "combined lender will be the region's largest retail bank. Nordbank plans to keep the Fjord brand.",
             "2024-11-25"),
        make("marathon", "Record crowd at the city marathon",
             "More than thirty thousand runners finished the city marathon on Sunday. A local teacher won the "
             "women's race in a course record. Volunteers handed out water along the river route.",
             "2024-10-06"),
        make("storm", "Storm warning for the coast",
             "Forecasters issued a storm warning for the coast as heavy rain and gales approach. Ferries were "
             "cancelled and schools will close early on Thursday. Residents were told to secure loose objects.",
             "2024-10-09"),
    };
}

std::map<std::string, std::string> storyOf(const std::vector<Story>& stories) {
    std::map<std::string, std::string> out;
    for (const auto& s : stories)
        for (const auto& id : s.articles) out[id] = s.id;
    return out;
}

}  // namespace

TEST(Stories, GroupsCoverageOfOneEventAndKeepsOthersApart) {
    auto articles = mixedFolder();
    auto stories = align::clusterStories(articles, {});
    auto of = storyOf(stories);
    ASSERT_EQ(of.size(), articles.size()) << "every article in exactly one story";
    EXPECT_EQ(of["chips-1"], of["chips-2"]);
    EXPECT_EQ(of["chips-1"], of["chips-3"]);
    EXPECT_EQ(of["bank-1"], of["bank-2"]);
    EXPECT_NE(of["chips-1"], of["bank-1"]);
    EXPECT_NE(of["marathon"], of["storm"]);
    EXPECT_NE(of["marathon"], of["chips-1"]);
    EXPECT_NE(of["storm"], of["bank-1"]);
}

TEST(Stories, IdsLabelsAndOrderAreDeterministic) {
    auto articles = mixedFolder();
    auto stories = align::clusterStories(articles, {});
    ASSERT_EQ(stories.size(), 4u);
    EXPECT_EQ(stories[0].id, "s1");
    EXPECT_EQ(stories[0].articles.size(), 3u);  // largest first
    EXPECT_EQ(stories[1].articles.size(), 2u);
    // Oldest article first within a story.
    EXPECT_EQ(stories[0].articles, (std::vector<std::string>{"chips-1", "chips-2", "chips-3"}));
    // The label is the headline of one of the story's own articles.
    std::set<std::string> chipTitles{articles[0].title, articles[1].title, articles[2].title};
    EXPECT_TRUE(chipTitles.contains(stories[0].label)) << stories[0].label;
    // Same input in another order: the same stories with the same ids.
    std::reverse(articles.begin(), articles.end());
    auto again = align::clusterStories(articles, {});
    ASSERT_EQ(again.size(), stories.size());
    for (std::size_t i = 0; i < stories.size(); ++i) {
        EXPECT_EQ(again[i].id, stories[i].id);
        EXPECT_EQ(again[i].articles, stories[i].articles);
    }
}

TEST(Stories, ReprintsAreMarkedAsDuplicates) {
    auto articles = mixedFolder();
    Article copy = articles[1];
    copy.id = "chips-2-reprint";
    copy.path = "/corpus/other-outlet/chips-2.txt";
    copy.title = "Nvidia faces new curbs (wire)";
    copy.text = "By a wire reporter.\n\n" + copy.text + "\n\nCopyright the wire agency.";
    articles.push_back(copy);
    auto stories = align::clusterStories(articles, {});
    auto of = storyOf(stories);
    EXPECT_EQ(of["chips-2-reprint"], of["chips-2"]);
    const Story& chips = *std::find_if(stories.begin(), stories.end(), [&](const Story& s) { return s.id == of["chips-2"]; });
    ASSERT_EQ(chips.duplicates.size(), 1u);
    EXPECT_EQ(std::set<std::string>(chips.duplicates[0].begin(), chips.duplicates[0].end()),
              (std::set<std::string>{"chips-2", "chips-2-reprint"}));
    // Different reports of the same event are not reprints.
    for (const auto& s : stories)
        for (const auto& d : s.duplicates) EXPECT_EQ(std::count(d.begin(), d.end(), "chips-1"), 0);
}

TEST(Stories, EntitiesFromAnnotationsCountTowardsSimilarity) {
    // Two short notes that share little wording but name the same resolved entities.
    std::vector<Article> articles{
        make("x", "Quarterly note", "The chipmaker reported results after the bell."),
        make("y", "Earnings brief", "Results beat forecasts, the company said."),
        make("z", "Garden show", "Roses and tulips filled the exhibition hall."),
    };
    std::map<std::string, Annotations> ann;
    for (const char* id : {"x", "y"}) {
        Entity e;
        e.text = "Nvidia";
        e.canonical = "Nvidia";
        e.kind = EntityKind::Organization;
        Entity f = e;
        f.text = f.canonical = "Jensen Huang";
        f.kind = EntityKind::Person;
        ann[id].entities = {e, f};
    }
    auto withEntities = storyOf(align::clusterStories(articles, ann));
    auto without = storyOf(align::clusterStories(articles, {}));
    EXPECT_EQ(withEntities["x"], withEntities["y"]);
    EXPECT_NE(without["x"], without["y"]);
    EXPECT_NE(withEntities["x"], withEntities["z"]);
}

TEST(Stories, EmptyAndSingleInputs) {
    EXPECT_TRUE(align::clusterStories({}, {}).empty());
    auto one = align::clusterStories({make("only", "Lone piece", "Nothing else is here to compare.")}, {});
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].articles, std::vector<std::string>{"only"});
    EXPECT_EQ(one[0].label, "Lone piece");
}

TEST(Stories, LargeFolderComparesFarFewerThanAllPairs) {
    constexpr std::size_t n = 1500;
    constexpr std::size_t k = 75;
    auto corpus = bench::syntheticCorpus(n, k);
    std::vector<Article> articles;
    for (auto& s : corpus) articles.push_back(s.article);
    align::ClusterStats stats;
    auto stories = align::clusterStories(articles, {}, align::ClusterOptions{}, &stats);
    const std::size_t allPairs = n * (n - 1) / 2;
    EXPECT_EQ(stats.articles, n);
    EXPECT_LT(stats.comparedPairs, allPairs / 20) << "compared " << stats.comparedPairs << " of " << allPairs;
    // The clustering still recovers the generated stories: purity of the predicted stories.
    std::size_t agree = 0;
    std::map<std::string, std::size_t> truth;
    for (auto& s : corpus) truth[s.article.id] = s.story;
    for (const auto& st : stories) {
        std::map<std::size_t, std::size_t> counts;
        for (const auto& id : st.articles) ++counts[truth[id]];
        std::size_t best = 0;
        for (auto& [story, c] : counts) best = std::max(best, c);
        agree += best;
    }
    EXPECT_GE(static_cast<double>(agree) / n, 0.95);
    EXPECT_LE(stories.size(), k * 2);
}

TEST(Stories, ReportsInDifferentScriptsMeetOnFiguresAndAmounts) {
    std::vector<Article> articles{
        make("en-ipo", "Xinghe Battery shares rise on Hong Kong debut",
             "Xinghe Battery listed in Hong Kong on Thursday at HK$18.64 a share, raising HK$3.12 billion. "
             "The battery maker's shares closed 9% higher. Retail demand for the offering was strong.",
             "2025-04-10"),
        make("zh-ipo", "星河电池港股上市首日上涨",
             "星河电池周四在香港联合交易所上市，发行价为每股18.64港元，募资31.2亿港元。"
             "该股首日收涨9%。散户认购踊跃。",
             "2025-04-10"),
        make("zh-weather", "台风周四登陆",
             "气象台发布台风预警，台风预计周四在沿海登陆，最高气温28.5度。学校将提前放学，渡轮停航。",
             "2025-04-09"),
        make("en-marathon", "City marathon draws record field",
             "Runners filled the streets for the spring marathon. A local teacher won in a course record.",
             "2025-04-06"),
    };
    std::map<std::string, Annotations> ann;
    Quantity raised;
    raised.value = 3.12e9;
    raised.unit = "HKD";
    ann["en-ipo"].quantities = {raised};
    ann["zh-ipo"].quantities = {raised};
    auto of = storyOf(align::clusterStories(articles, ann));
    EXPECT_EQ(of["en-ipo"], of["zh-ipo"]);
    EXPECT_NE(of["zh-weather"], of["zh-ipo"]);
    EXPECT_NE(of["en-marathon"], of["en-ipo"]);
}

// The generator behind the scale checks: however many stories it writes, no two share their own words (with a short
// suffix, stories 2,328 apart drew one vocabulary and a 100k corpus of 4,000 stories could only come out as 2,328).
TEST(SyntheticCorpus, StoriesNeverShareTheirOwnWords) {
    std::set<std::string> seen;
    for (std::uint64_t story : {0ULL, 1ULL, 2328ULL, 2329ULL, 4656ULL, 3999ULL, 6327ULL})
        for (std::uint64_t w = 0; w < 25; ++w) {
            const std::string word = bench::pseudoWord(bench::kStoryWordBase + story * 1000 + w);
            EXPECT_TRUE(seen.insert(word).second) << word << " of story " << story;
        }
}
