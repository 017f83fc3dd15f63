// Sentence alignment within a story: paraphrases meet, unrelated sentences do not, one per article.
#include <gtest/gtest.h>

#include <set>

#include "core/align/stories.h"
#include "core/text/text.h"

using namespace parallax;

namespace {

Article make(std::string id, std::string text) {
    Article a;
    a.id = std::move(id);
    a.path = "/story/" + a.id;
    a.text = std::move(text);
    return a;
}

struct Fixture {
    std::vector<Article> articles{
        make("a", "Orbis Labs debuted its Lumen-3 language model on Tuesday in Berlin. "
                  "The weather in Berlin was cold and grey all week. "
                  "European developers are narrowing the gap with American rivals, analysts said. "
                  "Orbis Labs unveiled Lumen-3 to a crowd of developers."),
        make("b", "Shares of the cloud provider Halvard fell 4% after the results. "
                  "Orbis Labs released the Lumen-3 model on Tuesday. "
                  "Analysts said European developers are closing the gap with American rivals."),
        make("c", "On Tuesday, Orbis Labs launched Lumen-3, its newest model. "
                  "A ferry strike disrupted travel across the harbour. "
                  "Europe's developers are catching up with American rivals, according to analysts."),
    };
    Story story{"s1", "Lumen-3", {"a", "b", "c"}, {}};

    align::Alignment run() const {
        std::vector<const Article*> ptrs;
        for (const auto& a : articles) ptrs.push_back(&a);
        return align::alignStory(story, ptrs, {});
    }
};

const Group* groupContaining(const align::Alignment& al, std::string_view needle) {
    for (const auto& g : al.groups)
        for (const auto& m : g.members)
            if (m.text.find(needle) != std::string::npos) return &g;
    return nullptr;
}

std::set<std::string> articlesOf(const Group& g) {
    std::set<std::string> out;
    for (const auto& m : g.members) out.insert(m.article);
    return out;
}

}  // namespace

TEST(Align, ReleaseParaphrasesFormOneGroup) {
    Fixture f;
    auto al = f.run();
    const Group* g = groupContaining(al, "released the Lumen-3");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(articlesOf(*g), (std::set<std::string>{"a", "b", "c"}));
    EXPECT_EQ(g->story, "s1");
    EXPECT_FALSE(g->label.empty());
}

TEST(Align, NarrowingAndClosingTheGapAreTheSameFact) {
    Fixture f;
    auto al = f.run();
    const Group* g = groupContaining(al, "closing the gap");
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(articlesOf(*g).contains("a"));
    bool narrowing = false;
    for (const auto& m : g->members) narrowing = narrowing || m.text.find("narrowing the gap") != std::string::npos;
    EXPECT_TRUE(narrowing);
    EXPECT_NE(groupContaining(al, "closing the gap"), groupContaining(al, "released the Lumen-3"));
}

TEST(Align, UnrelatedSentencesAreNotGrouped) {
    Fixture f;
    auto al = f.run();
    EXPECT_EQ(groupContaining(al, "weather in Berlin"), nullptr);
    EXPECT_EQ(groupContaining(al, "ferry strike"), nullptr);
    EXPECT_EQ(groupContaining(al, "Halvard fell"), nullptr);
}

TEST(Align, AtMostOneSentencePerArticleAndExactSpans) {
    Fixture f;
    auto al = f.run();
    ASSERT_FALSE(al.groups.empty());
    std::map<std::string, const Article*> byId;
    for (const auto& a : f.articles) byId[a.id] = &a;
    for (const auto& g : al.groups) {
        EXPECT_EQ(articlesOf(g).size(), g.members.size()) << g.id;
        for (const auto& m : g.members) EXPECT_EQ(byId[m.article]->text.substr(m.span.start, m.span.size()), m.text);
    }
    // Article a states the release twice; only one of its sentences is in the release group.
    const Group* g = groupContaining(al, "released the Lumen-3");
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->members.size(), 3u);
}

TEST(Align, GroupsAreSortedBySourcesAndCoverageSaysWhoStatesWhat) {
    Fixture f;
    auto al = f.run();
    for (std::size_t i = 1; i < al.groups.size(); ++i)
        EXPECT_GE(al.groups[i - 1].members.size(), al.groups[i].members.size());
    for (const auto& g : al.groups) {
        ASSERT_TRUE(al.coverage.contains(g.id));
        const auto& row = al.coverage.at(g.id);
        EXPECT_EQ(row.size(), f.articles.size());
        auto members = articlesOf(g);
        for (const auto& [article, cov] : row)
            EXPECT_EQ(cov, members.contains(article) ? Coverage::States : Coverage::Omits) << g.id << " " << article;
    }
}

TEST(Align, UsesAnnotationSentencesWhenGiven) {
    Fixture f;
    std::map<std::string, Annotations> ann;
    for (const auto& a : f.articles) ann[a.id].sentences = text::sentences(a.text);
    std::vector<const Article*> ptrs;
    for (const auto& a : f.articles) ptrs.push_back(&a);
    auto withAnn = align::alignStory(f.story, ptrs, ann);
    auto without = f.run();
    ASSERT_EQ(withAnn.groups.size(), without.groups.size());
    for (std::size_t i = 0; i < withAnn.groups.size(); ++i)
        EXPECT_EQ(withAnn.groups[i].members.size(), without.groups[i].members.size());
}

TEST(Align, EmptyStoryGivesNoGroups) {
    Story s{"s9", "", {}, {}};
    auto al = align::alignStory(s, {}, {});
    EXPECT_TRUE(al.groups.empty());
    EXPECT_TRUE(al.coverage.empty());
}
