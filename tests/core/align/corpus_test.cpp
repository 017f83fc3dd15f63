// Story clustering on the shared corpora (skipped when ../shared/corpus is absent).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/align/stories.h"
#include "tests/core/align/corpus.h"

namespace fs = std::filesystem;
using namespace parallax;

TEST(StoryCorpus, NewsWcl50StoryF1) {
    fs::path root = fs::path(PARALLAX_SHARED_CORPUS) / "newswcl50";
    if (!fs::exists(root / "gold-stories.tsv")) GTEST_SKIP() << "shared corpus newswcl50 not found at " << root;
    std::map<std::string, std::string> gold;
    std::ifstream tsv(root / "gold-stories.tsv");
    std::string line;
    std::getline(tsv, line);  // header
    while (std::getline(tsv, line)) {
        auto tab = line.find('\t');
        auto tab2 = line.find('\t', tab + 1);
        if (tab != std::string::npos) gold[line.substr(0, tab)] = line.substr(tab + 1, tab2 - tab - 1);
    }
    auto articles = testdata::articlesIn(root / "articles");
    ASSERT_EQ(articles.size(), gold.size());
    align::ClusterStats stats;
    auto stories = align::clusterStories(articles, {}, align::ClusterOptions{}, &stats);
    std::map<std::string, std::string> pred;
    for (const auto& s : stories)
        for (const auto& id : s.articles) pred[id] = s.id;
    auto score = testdata::bcubed(pred, gold);
    std::cout << stories.size() << " stories; B-cubed P " << score.precision << " R " << score.recall << " F1 "
              << score.f1 << "; compared " << stats.comparedPairs << " of " << 50 * 49 / 2 << " pairs\n";
    EXPECT_GE(score.f1, 0.95);
}

TEST(StoryCorpus, SeedsFormOneStory) {
    fs::path root = fs::path(PARALLAX_SHARED_CORPUS) / "seeds";
    if (!fs::exists(root)) GTEST_SKIP() << "shared corpus seeds not found at " << root;
    auto articles = testdata::articlesIn(root);
    ASSERT_EQ(articles.size(), 5u);
    auto stories = align::clusterStories(articles, {});
    ASSERT_FALSE(stories.empty());
    EXPECT_GE(stories.front().articles.size(), 4u) << "largest story: " << stories.front().label;
}
