// A story profile survives the library database's bytes unchanged, and clustering from kept profiles gives what
// clustering from the articles gives.
#include <gtest/gtest.h>

#include "bench/synthetic_corpus.h"
#include "core/align/profile.h"
#include "core/align/stories.h"
#include "core/annotate/annotator.h"

using namespace parallax;
using namespace parallax::align;

namespace {

Article article(std::string id, std::string title, std::string text) {
    Article a;
    a.id = std::move(id);
    a.path = a.id;
    a.title = std::move(title);
    a.text = std::move(text);
    a.language = "en";
    return a;
}

}  // namespace

TEST(StoryProfile, EncodesAndDecodesToTheSameProfile) {
    const Article a = article("a", "Harbour bridge reopens after repairs",
                              "The harbour bridge reopened on Monday after 18 months of repairs costing 42.7 million. "
                              "Engineers replaced 1,286 cables, the city said.");
    const RawProfile p = rawProfile(a, nullptr);
    ASSERT_FALSE(p.terms.empty());
    ASSERT_FALSE(p.shingles.empty());
    ASSERT_FALSE(p.numbers.empty());
    const auto back = decodeProfile(encodeProfile(p));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, p);

    Article chinese = article("z", "大桥维修后重新开放", "港口大桥周一重新开放，维修历时18个月，花费4270万元。");
    chinese.language = "zh";
    const RawProfile q = rawProfile(chinese, nullptr);
    EXPECT_TRUE(q.cjk);
    EXPECT_EQ(decodeProfile(encodeProfile(q)), q);

    RawProfile named = p;
    named.names = {7, 11};  // particular names travel with the profile
    EXPECT_EQ(decodeProfile(encodeProfile(named)), named);
}

TEST(StoryProfile, ParticularNamesAreNamesOfTwoCapitalisedWordsOrMore) {
    // "Kestrel Dawn" and "Tamsin River" name one ship and one river; "Paris" alone is named by many stories.
    const Article a = article("a", "Freighter hits pier",
                              "The freighter Kestrel Dawn struck a pier on the Tamsin River. Officials in Paris said "
                              "little.");
    const Annotations ann = annotate::annotate(a);
    const RawProfile p = rawProfile(a, &ann);
    EXPECT_GE(p.entities.size(), 3U);
    EXPECT_EQ(p.names.size(), 2U);
    EXPECT_LT(p.names.size(), p.entities.size());
}

TEST(StoryProfile, DamagedBytesAreNoProfile) {
    const RawProfile p = rawProfile(article("a", "Storm closes mountain passes", "Heavy snow closed two passes."), nullptr);
    const std::string bytes = encodeProfile(p);
    EXPECT_FALSE(decodeProfile("").has_value());
    EXPECT_FALSE(decodeProfile(bytes.substr(0, bytes.size() - 1)).has_value());
    EXPECT_FALSE(decodeProfile(bytes + "x").has_value());
    std::string otherFormat = bytes;
    otherFormat[0] = static_cast<char>(99);
    EXPECT_FALSE(decodeProfile(otherFormat).has_value());
}

TEST(StoryProfile, ClusteringFromKeptProfilesEqualsClusteringFromArticles) {
    std::vector<Article> articles;
    for (auto& s : bench::syntheticCorpus(120, 6, 5)) articles.push_back(std::move(s.article));
    const std::map<std::string, Annotations> none;
    const auto direct = clusterStories(articles, none);
    std::vector<RawProfile> kept;
    for (const auto& a : articles) kept.push_back(*decodeProfile(encodeProfile(rawProfile(a, nullptr))));
    const auto fromKept = clusterProfiles(articles, std::move(kept), ClusterOptions{});
    ASSERT_EQ(direct.size(), fromKept.size());
    for (std::size_t i = 0; i < direct.size(); ++i) {
        EXPECT_EQ(direct[i].id, fromKept[i].id);
        EXPECT_EQ(direct[i].articles, fromKept[i].articles);
        EXPECT_EQ(direct[i].duplicates, fromKept[i].duplicates);
    }
}
