#include "core/align/pair_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace parallax;
using namespace parallax::align;

namespace {

/// A unit-length vector over a few of `vocabulary` term ids, as sentenceUnits makes them (sorted, positive).
SparseVec randomVector(std::mt19937& rng, const std::vector<TermId>& vocabulary, std::size_t terms) {
    std::vector<TermId> ids = vocabulary;
    std::shuffle(ids.begin(), ids.end(), rng);
    ids.resize(std::min(terms, ids.size()));
    std::sort(ids.begin(), ids.end());
    std::uniform_real_distribution<float> weight(0.1F, 3.0F);
    SparseVec v;
    for (TermId id : ids) v.emplace_back(id, weight(rng));
    normalize(v);
    return v;
}

std::vector<SentenceUnit> randomUnits(unsigned seed, std::size_t count) {
    std::mt19937 rng(seed);
    std::vector<TermId> vocabulary;
    // Ids spread like hashes, from a small vocabulary so that units share terms often.
    for (TermId i = 0; i < 60; ++i) vocabulary.push_back(termHash("term" + std::to_string(i)));
    std::uniform_int_distribution<std::size_t> size(3, 20);
    std::uniform_int_distribution<int> clauses(0, 4);
    std::vector<SentenceUnit> units(count);
    for (std::size_t u = 0; u < count; ++u) {
        units[u].article = u % 5;
        units[u].vec = randomVector(rng, vocabulary, size(rng));
        const int c = clauses(rng);
        for (int k = 0; k < c && c >= 2; ++k) units[u].clauses.push_back(randomVector(rng, vocabulary, size(rng) / 2 + 1));
    }
    return units;
}

}  // namespace

TEST(PairScorer, GivesSentenceSimilarityBitForBitForEveryPair) {
    for (unsigned seed : {1u, 2u, 3u}) {
        const auto units = randomUnits(seed, 120);
        PairScorer scorer(units);
        std::size_t withClauses = 0;
        for (std::size_t u = 0; u < units.size(); ++u) {
            scorer.select(u);
            for (std::size_t v = 0; v < units.size(); ++v) {
                const double expected = sentenceSimilarity(units[u], units[v]);
                EXPECT_EQ(scorer.similarity(v), expected) << "seed " << seed << " pair " << u << "," << v;
                if (!units[u].clauses.empty() || !units[v].clauses.empty()) ++withClauses;
            }
        }
        EXPECT_GT(withClauses, units.size());  // the clause paths were taken, not only whole vectors
    }
}

TEST(PairScorer, SelectingAnotherUnitForgetsThePreviousOne) {
    auto units = randomUnits(7, 3);
    // Units 0 and 2 share no term: after unit 1 was selected, nothing of it may remain.
    units[0].vec = {{1, 0.6F}, {2, 0.8F}};
    units[1].vec = {{3, 1.0F}};
    units[1].clauses.clear();
    units[2].vec = {{3, 1.0F}};
    units[2].clauses.clear();
    units[0].clauses.clear();
    PairScorer scorer(units);
    scorer.select(1);
    EXPECT_DOUBLE_EQ(scorer.similarity(2), 1.0);
    scorer.select(0);
    EXPECT_EQ(scorer.similarity(2), 0.0);
    EXPECT_EQ(scorer.similarity(0), sentenceSimilarity(units[0], units[0]));
}
