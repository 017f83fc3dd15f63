// A flag shows the evidence from every source: the sentences in which the story's articles state one of its values
// without a claim of their own join its evidence, end to end (annotator + detector), on sentences written for these
// tests. Only the same figure tied to the flag's measure and subject counts; an article that would say both values,
// a figure another name owns, a dated sentence about another vehicle and a copy of a shown article do not.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/annotate/annotator.h"
#include "core/conflict/assemble.h"
#include "core/conflict/detector.h"

namespace parallax::conflict {
namespace {

struct Story1 {
    std::vector<Article> articles;
    std::vector<std::vector<std::string>> duplicates;
    std::map<std::string, Annotations> ann;

    Story1& add(const std::string& id, const std::string& text) {
        Article a;
        a.id = id;
        a.title = id;
        a.text = text;
        a.published = PublishedDate{*Date::parseIso("2025-09-06"), DateSource::Metadata, "test"};
        articles.push_back(a);
        return *this;
    }

    std::vector<Conflict> conflicts() {
        Story story;
        story.id = "s1";
        story.duplicates = duplicates;
        std::vector<const Article*> ptrs;
        for (const Article& a : articles) {
            story.articles.push_back(a.id);
            ptrs.push_back(&a);
            ann[a.id] = annotate::annotate(a);
        }
        return findConflicts(story, ptrs, ann, {});
    }
};

/// The flag between sources on `attribute`, or nullptr.
const Conflict* flagOn(const std::vector<Conflict>& cs, const std::string& attribute) {
    for (const Conflict& c : cs)
        if (c.scope == Scope::CrossSource && c.attribute == attribute) return &c;
    return nullptr;
}

/// The values an article's evidence rows give, in order.
std::vector<std::string> rowsOf(const Conflict& c, const std::string& article) {
    std::vector<std::string> out;
    for (const Evidence& e : c.evidence)
        if (e.article == article) out.push_back(e.value);
    return out;
}

TEST(Corroborate, ASpecificFigureInAnUnreadClauseIsShown) {
    Story1 s;
    s.add("a", "Calder Motors delivered 412,345 cars in 2025.");
    s.add("b", "Calder Motors delivered 412,354 cars in 2025.");
    s.add("c", "Rival Vantor sold 298,100 cars last year, while Calder Motors achieved 412,345 units.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "deliveries");
    ASSERT_NE(flag, nullptr);
    ASSERT_EQ(rowsOf(*flag, "c").size(), 1u);
    EXPECT_EQ(rowsOf(*flag, "c").front(), rowsOf(*flag, "a").front());
}

TEST(Corroborate, ARoundFigureIsNoFingerprint) {
    Story1 s;
    s.add("a", "Calder Motors delivered 412,000 cars in 2025.");
    s.add("b", "Calder Motors delivered 380,000 cars in 2025.");
    s.add("c", "Rival Vantor sold 298,100 cars last year, while Calder Motors achieved 412,000 units.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "deliveries");
    ASSERT_NE(flag, nullptr);
    EXPECT_TRUE(rowsOf(*flag, "c").empty());  // 412,000 could be any rounded count; 412,345 could not
}

TEST(Corroborate, AFigureAnotherNameOwnsIsNotShown) {
    Story1 s;
    s.add("a", "Calder Motors delivered 412,345 cars in 2025.");
    s.add("b", "Calder Motors delivered 412,354 cars in 2025.");
    s.add("c", "Calder Motors trailed, as rival Vantor's 412,345 units led the market.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "deliveries");
    ASSERT_NE(flag, nullptr);
    EXPECT_TRUE(rowsOf(*flag, "c").empty());
}

TEST(Corroborate, ABreakdownInBracketsIsReadByTheWordNextToEachFigure) {
    Story1 s;
    s.add("a", "Norland won 12 silver medals at the championships.");
    s.add("b", "Norland won 14 silver medals at the championships.");
    s.add("c", "Norland topped the table with 31 medals (14 silver and 12 bronze), ahead of Eastmark.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "silver medals");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "c"), std::vector<std::string>{"14"});  // 12 is the bronze count
}

TEST(Corroborate, AnArticleThatWouldSayBothValuesIsLeftOut) {
    Story1 s;
    s.add("a", "Norland won 12 silver medals at the championships.");
    s.add("b", "Norland won 14 silver medals at the championships.");
    s.add("c", "Norland held the most silver medals with 14 after the heats, and the most silver medals with 12 after the finals.");
    s.add("d", "Norland held the most silver medals with 14 after the heats.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "silver medals");
    ASSERT_NE(flag, nullptr);
    EXPECT_TRUE(rowsOf(*flag, "c").empty());
    EXPECT_EQ(rowsOf(*flag, "d"), std::vector<std::string>{"14"});  // "the most silver medals with 14": one value
}

TEST(Corroborate, AMeasurementInChineseJoinsTheEnglishFlag) {
    Story1 s;
    s.add("a", "Typhoon Kelo slammed into the coast with winds of 180 km/h on Friday.");
    s.add("b", "Packing maximum sustained winds of 195 km per hour, Typhoon Kelo hit the coast on Friday.");
    s.add("c", "今年第9号台风6日下午在沿海登陆,登陆时风力在16级以上(约195公里/小时)。");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "wind speed");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "c"), std::vector<std::string>{"195 km/h"});
}

TEST(Corroborate, TheSameNumberAsAnotherMeasureIsNotShown) {
    Story1 s;
    s.add("a", "Typhoon Kelo slammed into the coast with winds of 180 km/h on Friday.");
    s.add("b", "Packing maximum sustained winds of 195 km per hour, Typhoon Kelo hit the coast on Friday.");
    s.add("c", "台风登陆后以每小时195公里的速度向西移动。");  // how fast it moves, not its winds
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "wind speed");
    ASSERT_NE(flag, nullptr);
    EXPECT_TRUE(rowsOf(*flag, "c").empty());
}

TEST(Corroborate, AVehicleNamedWithoutALiftOffIsShown) {
    Story1 s;
    s.add("a", "Rover 7 and Stage 3 lifted off at 6:10 am on May 4.");
    s.add("b", "On May 4, Rover 8 and Stage 3 lifted off from the coastal pad.");
    s.add("c", "The mission's vehicle, Rover 8, reached an altitude of 190 kilometres.");
    s.add("d", "Rover 7 flew its first mission on March 2, and the team now readies the next one.");
    s.add("e", "The mission's vehicle was Rover 8. Rover 9 is being readied for the next flight.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "serial at lift-off on 4 May");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "c"), std::vector<std::string>{"8"});
    EXPECT_TRUE(rowsOf(*flag, "d").empty());  // a dated sentence: another day's flight
    EXPECT_TRUE(rowsOf(*flag, "e").empty());  // two vehicles of the family: which flew is not said here
}

TEST(Corroborate, ACopyOfAShownArticleCountsOnce) {
    Story1 s;
    s.add("a", "Calder Motors delivered 412,345 cars in 2025.");
    s.add("b", "Calder Motors delivered 412,354 cars in 2025.");
    s.add("c", "Rival Vantor sold 298,100 cars last year, while Calder Motors achieved 412,345 units.");
    s.add("c2", "Rival Vantor sold 298,100 cars last year, while Calder Motors achieved 412,345 units.");
    s.duplicates = {{"c", "c2"}};
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "deliveries");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "c").size() + rowsOf(*flag, "c2").size(), 1u);
}

TEST(Corroborate, AnArticleRepeatingAJudgedFigureShowsAFewOfItsSentences) {
    Story1 s;
    s.add("a", "The freighter Orla is 250 metres long. Built in Ulsan, the freighter Orla is 250 metres long. The freighter "
               "Orla is 250 metres long, its owner said. The freighter Orla is 250 metres long, the crew said.");
    s.add("b", "The freighter Orla is 300 metres long.");
    auto cs = s.conflicts();
    const Conflict* flag = flagOn(cs, "length");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "a").size(), kMaxSentencesPerArticle);
    EXPECT_EQ(rowsOf(*flag, "b").size(), 1u);
}

TEST(Corroborate, AnArticleShowsAFewOfItsSentencesAndTheIdStays) {
    Story1 two;
    two.add("a", "Rover 7 and Stage 3 lifted off at 6:10 am on May 4.");
    two.add("b", "On May 4, Rover 8 and Stage 3 lifted off from the coastal pad.");
    const std::vector<Conflict> first = two.conflicts();
    const Conflict* before = flagOn(first, "serial at lift-off on 4 May");
    ASSERT_NE(before, nullptr);
    const std::string id = before->id;
    Story1 more;
    more.add("a", "Rover 7 and Stage 3 lifted off at 6:10 am on May 4.");
    more.add("b", "On May 4, Rover 8 and Stage 3 lifted off from the coastal pad. Rover 8 then fired its engines. Rover 8 "
                  "coasted. Rover 8 turned. Rover 8 landed in the sea.");
    auto cs = more.conflicts();
    const Conflict* flag = flagOn(cs, "serial at lift-off on 4 May");
    ASSERT_NE(flag, nullptr);
    EXPECT_EQ(rowsOf(*flag, "b").size(), kMaxSentencesPerArticle);  // the lift-off first, then the next two
    EXPECT_EQ(flag->id, id);  // more sentences shown, the same flag for a verdict
}

}  // namespace
}  // namespace parallax::conflict
