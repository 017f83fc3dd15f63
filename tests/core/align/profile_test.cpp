// A story profile survives the library database's bytes unchanged, and clustering from kept profiles gives what
// clustering from the articles gives.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

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

TEST(StoryProfile, WeighedTermsAreTheSharedOnesWithTheWeightsOfTheWholeVector) {
    // Three reports: words of one report alone are left out of its weighed terms, but the cosine of two
    // reports is still that of their full TF-IDF vectors (a left-out word still counts in a vector's length).
    std::vector<Article> articles = {
        article("a", "Harbour bridge reopens", "The harbour bridge reopened on Monday after long repairs by crews."),
        article("b", "Bridge reopens to traffic", "Traffic crossed the harbour bridge again on Monday, officials said."),
        article("c", "Orchard harvest begins", "Growers began picking apples in the valley orchards this week."),
    };
    std::vector<RawProfile> raw;
    for (const auto& a : articles) raw.push_back(rawProfile(a, nullptr));
    const std::vector<RawProfile> kept = raw;
    std::map<TermId, int> df;  // romanised names (bridge terms) count too, as they do in weighProfiles
    for (const auto& r : kept) {
        for (TermId id : r.terms.ids) ++df[id];
        for (const auto& [id, c] : r.bridge) ++df[id];
    }
    const double n = static_cast<double>(articles.size());
    auto fullVector = [&](const RawProfile& r) {
        std::map<TermId, double> v;
        double length = 0;
        for (std::size_t k = 0; k < r.terms.size(); ++k) {
            const double w = (1.0 + std::log(r.terms.counts[k])) * std::log(1.0 + n / df[r.terms.ids[k]]);
            v[r.terms.ids[k]] = w;
            length += w * w;
        }
        for (auto& [id, w] : v) w /= std::sqrt(length);
        return v;
    };
    const auto weighed = weighProfiles(articles, std::move(raw));
    ASSERT_EQ(weighed.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_LT(weighed[i].terms.size(), kept[i].terms.size());
        for (const auto& [id, w] : weighed[i].terms) EXPECT_GE(df[id], 2) << "a term of one report alone was kept";
    }
    const auto va = fullVector(kept[0]);
    const auto vb = fullVector(kept[1]);
    double cosine = 0;
    for (const auto& [id, w] : va)
        if (auto it = vb.find(id); it != vb.end()) cosine += w * it->second;
    EXPECT_GT(cosine, 0.05);
    EXPECT_NEAR(dot(weighed[0].terms, weighed[1].terms), cosine, 1e-5);
    for (const auto& [id, w] : weighed[0].terms) EXPECT_NEAR(w, va.at(id), 1e-6);
}
