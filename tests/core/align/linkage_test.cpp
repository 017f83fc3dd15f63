// Average-link clustering over a sparse similarity graph, and the attachment of outliers to a story.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <utility>

#include "core/align/linkage.h"

using namespace parallax::align;

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

/// Items 0-2 are one tight story; item 3 is near it on average but below the threshold; item 4 is
/// near nothing.
Table storyWithOutlier() {
    Table t;
    t.set(0, 1, 0.5);
    t.set(0, 2, 0.5);
    t.set(1, 2, 0.5);
    t.set(3, 0, 0.2);
    t.set(3, 1, 0.15);
    t.set(3, 2, 0.12);
    t.set(4, 0, 0.02);
    return t;
}

}  // namespace

TEST(Linkage, AnOutlierCloseToOneStoryOnAverageJoinsIt) {
    Table t = storyWithOutlier();
    auto label = averageLinkClusters(5, t.edges(), 0.2, std::cref(t), nullptr, 4096, 0.75);
    EXPECT_EQ(label[0], label[1]);
    EXPECT_EQ(label[0], label[2]);
    EXPECT_EQ(label[3], label[0]) << "average 0.157 reaches 0.75 of the threshold";
    EXPECT_NE(label[4], label[0]) << "an unrelated item stays alone";
}

TEST(Linkage, WithoutAttachmentTheOutlierStaysAlone) {
    Table t = storyWithOutlier();
    auto label = averageLinkClusters(5, t.edges(), 0.2, std::cref(t));
    EXPECT_EQ(label[0], label[2]);
    EXPECT_NE(label[3], label[0]);
}

TEST(Linkage, AnOutlierBetweenTwoStoriesOrNextToAnotherOutlierStaysAlone) {
    Table t;
    for (std::size_t base : {0U, 3U}) {  // stories {0,1,2} and {3,4,5}
        t.set(base, base + 1, 0.5);
        t.set(base, base + 2, 0.5);
        t.set(base + 1, base + 2, 0.5);
    }
    for (std::size_t i = 0; i < 6; ++i) t.set(6, i, 0.16);  // item 6: as near to one story as to the other
    t.set(7, 8, 0.18);                                       // items 7 and 8: two outliers near each other
    auto label = averageLinkClusters(9, t.edges(), 0.2, std::cref(t), nullptr, 4096, 0.75);
    EXPECT_NE(label[0], label[3]);
    EXPECT_NE(label[6], label[0]);
    EXPECT_NE(label[6], label[3]);
    EXPECT_NE(label[7], label[8]) << "outliers only join a story of three or more";
}

TEST(Linkage, APairListedTwiceCountsOnceAtItsFirstEdge) {
    // Without a similarity function nothing is recomputed: the average is the first edge's similarity.
    std::vector<Edge> strongFirst = {{0, 1, 0.5}, {1, 0, 0.1}, {1, 2, 0.05}};
    auto label = averageLinkClusters(3, strongFirst, 0.3);
    EXPECT_EQ(label[0], label[1]);
    EXPECT_NE(label[0], label[2]);
    std::vector<Edge> weakFirst = {{0, 1, 0.1}, {0, 1, 0.5}, {1, 2, 0.05}};
    label = averageLinkClusters(3, weakFirst, 0.3);
    EXPECT_NE(label[0], label[1]);
}

TEST(Linkage, UnknownCrossPairsAreComputedBeforeTwoClustersMerge) {
    // Two tight pairs {0,1} and {2,3} with two known cross pairs: 1.6 over the four cross pairs reaches 0.3, with the
    // two unknown ones counted as nothing. Before the merge those two are computed, once each.
    const std::vector<Edge> edges = {{0, 1, 0.9}, {2, 3, 0.9}, {1, 2, 0.8}, {0, 2, 0.8}};
    auto unknownAre = [](double s) {
        return [s](std::size_t a, std::size_t b) { return (a < 2) == (b < 2) ? 0.9 : (std::max(a, b) == 2 ? 0.8 : s); };
    };
    std::size_t computed = 0;
    auto label = averageLinkClusters(4, edges, 0.3, unknownAre(0.1), &computed);
    EXPECT_EQ(label[0], label[3]) << "(1.6 + 0.2) / 4 = 0.45";
    EXPECT_EQ(computed, 2u);
    // When the computed pairs pull the average under the threshold, the clusters stay apart.
    computed = 0;
    label = averageLinkClusters(4, edges, 0.3, unknownAre(-0.5), &computed);
    EXPECT_EQ(label[0], label[1]);
    EXPECT_NE(label[0], label[3]) << "(1.6 - 1.0) / 4 = 0.15";
    EXPECT_EQ(computed, 2u);
}

TEST(Linkage, EachConnectedPartIsClusteredAsIfItWereAlone) {
    // A random sparse graph of 60 items, then the same graph three times side by side (items shifted by 60 and
    // 120, interleaved in the edge list): every copy must come out as the graph alone did, whatever the others do.
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> item(0, 59);
    std::uniform_real_distribution<double> sim(0.0, 1.0);
    Table one;
    std::vector<Edge> edges;
    for (int k = 0; k < 150; ++k) {
        const std::size_t a = item(rng);
        const std::size_t b = item(rng);
        if (a == b) continue;
        const double s = sim(rng);
        one.set(a, b, s);
        edges.push_back({a, b, s});
    }
    const auto alone = averageLinkClusters(60, edges, 0.35, [&](std::size_t a, std::size_t b) { return one(a, b); },
                                           nullptr, 4096, 0.6);
    std::vector<Edge> tripled;
    for (const Edge& e : edges)
        for (std::size_t copy : {2u, 0u, 1u}) tripled.push_back({e.a + 60 * copy, e.b + 60 * copy, e.sim});
    auto similarity = [&](std::size_t a, std::size_t b) { return a / 60 == b / 60 ? one(a % 60, b % 60) : 0.0; };
    const auto together = averageLinkClusters(180, tripled, 0.35, similarity, nullptr, 4096, 0.6);
    std::size_t merged = 0;
    for (std::size_t copy = 0; copy < 3; ++copy)
        for (std::size_t i = 0; i < 60; ++i)
            for (std::size_t j = 0; j < 60; ++j) {
                EXPECT_EQ(together[copy * 60 + i] == together[copy * 60 + j], alone[i] == alone[j])
                    << "copy " << copy << " items " << i << ", " << j;
                if (i < j && alone[i] == alone[j]) ++merged;
            }
    EXPECT_GT(merged, 0u);  // the graph is not all singletons: there was something to cluster
    for (std::size_t i = 0; i < 60; ++i) EXPECT_NE(together[i], together[60 + i]);  // copies never meet
}
