// A story too large to align exhaustively (its facts' words are held by more sentences than one posting-list band)
// still gathers each fact's sentences into one group across the whole story.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "bench/synthetic_corpus.h"
#include "core/align/stories.h"

using namespace parallax;

TEST(AlignLargeStory, EachFactIsOneGroupAcrossTheStory) {
    constexpr std::size_t kArticles = 240;  // ~4,000 sentences; each fact stated by well over a band's worth
    std::vector<Article> articles;
    for (auto& s : bench::syntheticCorpus(kArticles, 1, 3, true)) articles.push_back(std::move(s.article));
    Story story{"s1", "", {}, {}};
    std::vector<const Article*> ptrs;
    for (const auto& a : articles) {
        ptrs.push_back(&a);
        story.articles.push_back(a.id);
    }
    const auto al = align::alignStory(story, ptrs, {});
    for (std::size_t fact = 0; fact < 4; ++fact) {
        const std::string sentence = bench::syntheticFactSentence(0, fact, false);
        std::size_t stating = 0;
        for (const auto& a : articles) stating += a.text.find(sentence) != std::string::npos ? 1 : 0;
        ASSERT_GT(stating, 150u) << "the corpus should state fact " << fact << " in many articles";
        std::size_t best = 0;
        for (const auto& g : al.groups) {
            std::set<std::string> members;
            for (const auto& m : g.members)
                if (m.text.find(sentence.substr(0, sentence.size() - 1)) != std::string::npos) members.insert(m.article);
            best = std::max(best, members.size());
        }
        EXPECT_GE(best * 10, stating * 9) << "fact " << fact << ": " << best << " of " << stating << " in one group";
    }
    // At most one sentence per article in every group, whatever the size of the story.
    for (const auto& g : al.groups) {
        std::set<std::string> seen;
        for (const auto& m : g.members) EXPECT_TRUE(seen.insert(m.article).second) << g.id;
    }
}
