// Measurements compared across articles, end to end (annotator + detector), on sentences written for these
// tests: lengths, masses and speeds that cannot both hold are flagged; the same size in two units, or inside
// the tolerance its wording allows, is not.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {
namespace {

struct Folder {
    std::vector<Article> articles;
    std::map<std::string, Annotations> ann;

    Folder& add(const std::string& id, const std::string& text, const std::string& published = "2025-03-20") {
        Article a;
        a.id = id;
        a.title = id;
        a.text = text;
        a.published = PublishedDate{*Date::parseIso(published), DateSource::Metadata, "test"};
        articles.push_back(a);
        return *this;
    }

    std::vector<Conflict> conflicts() {
        Story story;
        story.id = "s1";
        std::vector<const Article*> ptrs;
        for (const Article& a : articles) {
            story.articles.push_back(a.id);
            ptrs.push_back(&a);
            ann[a.id] = annotate::annotate(a);
        }
        return findConflicts(story, ptrs, ann, {});
    }
};

int figures(const std::vector<Conflict>& cs) {
    int n = 0;
    for (const Conflict& c : cs) n += c.type == ConflictType::Number ? 1 : 0;
    return n;
}

TEST(MeasureConflicts, AGenericBridgeAgainstTheNamedOne) {
    Folder f;
    f.add("a", "The Harlow Bay Bridge opened in 1981. Plans to repair the 3.4-mile bridge were announced.");
    f.add("b", "The Harlow Bay Bridge was over 2.1 miles long.");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_NE(cs.front().reason.find("3.4-mile"), std::string::npos);
}

TEST(MeasureConflicts, OverASizeIsALittleMoreNotAnySize) {
    Folder f;
    f.add("a", "The Harlow Bay Bridge was over 2.1 miles long.");
    f.add("b", "The Harlow Bay Bridge is 11,300 feet long.");  // 2.14 miles: "over 2.1 miles"
    f.add("c", "The Harlow Bay Bridge is 2.5 miles long.");    // a little more, still "over 2.1"
    EXPECT_EQ(figures(f.conflicts()), 1);                      // only 11,300 ft against 2.5 miles
}

TEST(MeasureConflicts, MoreThanACountStaysOpen) {
    // A count said with "more than" may be any larger number: tolls rise, crowds are guessed.
    Folder f;
    f.add("a", "The Marlow carried more than 20 crew members.");
    f.add("b", "The Marlow carried 45 crew members.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(MeasureConflicts, AnOpeningPhrasesWindSpeedMeetsTheStorms) {
    Folder f;
    f.add("a", "Packing maximum sustained winds of 234 km per hour near its eye, Typhoon Mira is the strongest storm of "
               "2025 so far.", "2025-09-06");
    f.add("b", "Typhoon Mira slammed into the coast with winds of 210 km/h on Friday.", "2025-09-06");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_NE(cs.front().reason.find("wind speed"), std::string::npos);
}

TEST(MeasureConflicts, TheSameWindInTwoUnitsAgrees) {
    Folder f;
    f.add("a", "Packing winds of 130 mph, Typhoon Mira hit the coast.", "2025-09-06");
    f.add("b", "Typhoon Mira hit the coast with winds of 209 km/h.", "2025-09-06");  // 130 mph = 209 km/h
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(MeasureConflicts, ASpecRowInKnotsAgainstAStoryInMph) {
    Folder f;
    f.add("a", "Speed19 knots (35 km/h; 22 mph)\n\nMV Harrow Star is a container ship built in 2011.");
    f.add("b", "Although the Harrow Star can cruise around 19 mph, it was slowed by fog.");  // 19 knots = 21.9 mph
    f.add("c", "The Harrow Star can cruise at about 22 mph.");  // agrees with the row, not with "around 19 mph"
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 2);
    int converted = 0;
    for (const Conflict& c : cs) {
        EXPECT_NE(c.reason.find("19 mph"), std::string::npos);
        converted += c.reason.find("converted") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(converted, 1);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(MeasureConflicts, AYearEarlierPerShareFigureAfterUpFrom) {
    Folder f;
    f.add("a", "Acme posted net income of $4.1 billion or 52 cents per share for the quarter, up from $2.2 billion or "
               "31 cents per share in the same quarter last year.");
    f.add("b", "Acme said diluted earnings per share came in at $0.52, up from $0.27 in the same quarter last year.");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs) + static_cast<int>(std::count_if(cs.begin(), cs.end(), [](const Conflict& c) {
                  return c.type == ConflictType::Money;
              })),
              1);
    const Conflict& c = cs.front();
    EXPECT_NE(c.reason.find("31 cents"), std::string::npos);
    EXPECT_NE(c.reason.find("$0.27"), std::string::npos);
}

TEST(MeasureConflicts, TheSameYearEarlierPerShareFigureAgrees) {
    Folder f;
    f.add("a", "Acme posted net income of $4.1 billion or 52 cents per share, up from $2.2 billion or 31 cents per share "
               "in the same quarter last year.");
    f.add("b", "Acme said diluted earnings per share came in at $0.52, up from $0.31 in the same quarter last year.");
    // The billions after "up from" stay a level: they never meet the per-share figures.
    f.add("c", "Acme's net income was $4.1 billion; a year earlier it was $2.2 billion.");
    EXPECT_TRUE(f.conflicts().empty());
}

TEST(MeasureConflicts, AnOfferDiscountInEnglishAgainstOneInChinese) {
    Folder f;
    f.add("a", "Nordwind Group set its top offer price at HK$50. The top offer price was 2.1 per cent lower than Friday's close in "
               "Shanghai. Nordwind Group said demand was strong.");
    f.add("b", "Nordwind Group表示，若H股以50港元定价，折让约3.5%。Nordwind Group称认购踊跃。");
    f.add("c", "Nordwind Group表示，H股以50港元定价，折让约2.1%。Nordwind Group称认购踊跃。");  // agrees with the English page
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 2);  // 3.5% against the English 2.1% and against the Chinese 2.1%
    for (const Conflict& c : cs) {
        EXPECT_NE(c.reason.find("discount"), std::string::npos);
        EXPECT_NE(c.reason.find("3.5%"), std::string::npos);
    }
}

TEST(MeasureConflicts, AnotherDealsDiscountOrAFallIsNoDiscountOfThisOne) {
    Folder f;
    f.add("a", "Nordwind Group set its top offer price at HK$50, 2.1 per cent below Friday's close. Nordwind Group's "
               "discount is smaller than that of Borden Holdings, whose deal last year saw a discount of around 20 per cent.");
    f.add("b", "Nordwind Group's offering drew strong demand. Nordwind Group's sales were 5 per cent lower than a year "
               "earlier.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(MeasureConflicts, PoundsAgainstTonnesOfOneShip) {
    Folder f;
    f.add("a", "The Marlow is a container ship. The Marlow has a gross tonnage of 80,000 tonnes.");
    f.add("b", "The Marlow is a container ship weighing 80,000 pounds.");  // 36 tonnes: a slip of unit
    f.add("c", "The Marlow is a container ship weighing 176 million pounds.");  // 80,000 tonnes: agrees
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 2);  // 80,000 pounds against both, which agree with each other
    for (const Conflict& c : cs) EXPECT_NE(c.reason.find("80,000 pounds"), std::string::npos);
}

TEST(MeasureConflicts, ABasisSaidOnOneSideSeparatesMoneyNotSizes) {
    Folder f;
    f.add("a", "Nordwind Group reported net profit of $4.1 billion for the year.");
    f.add("b", "Nordwind Group reported profit of $5.0 billion for the year.");  // profit before tax, maybe: not compared
    const auto cs = f.conflicts();
    EXPECT_EQ(std::count_if(cs.begin(), cs.end(), [](const Conflict& c) { return c.type == ConflictType::Money; }), 0);
}

TEST(MeasureConflicts, AChipsProcessNodeInEnglishAndChinese) {
    Folder f;
    f.add("a", "The Lumen X9 chip is built on a 3nm process, Nordwind Group said.");
    f.add("b", "Lumen X9芯片采用5纳米制程工艺。");
    f.add("c", "Lumen X9芯片采用第二代3nm制程。");  // a second generation of the same node: agrees
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);  // 5 nm against both 3 nm pages: one flag, three sides
    EXPECT_NE(cs.front().reason.find("process node"), std::string::npos);
    EXPECT_EQ(cs.front().evidence.size(), 3u);
}

TEST(MeasureConflicts, ScreenSizesOfTwoModelsAreNotOneSpec) {
    Folder f;
    f.add("a", "The Lumen X9 Max has a 6.9-inch screen.");
    f.add("b", "The Lumen X9 has a 6.3-inch screen.");
    f.add("c", "Lumen X9 Max屏幕尺寸为6.9英寸。");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(MeasureSubjects, AVesselPrefixIsNoPartOfTheName) {
    EXPECT_EQ(subjectKey("MV Harrow Star"), "harrow star");
    EXPECT_TRUE(sameSubject("MV Harrow Star", "the Harrow Star"));
    EXPECT_EQ(subjectKey("MV"), "mv");  // a prefix alone stays a name
    EXPECT_FALSE(sameSubject("MV Harrow Star", "MV Kenton"));
}

TEST(MeasureConflicts, TollsOfOnePlaceClashNotTollsOfTwo) {
    Folder f;
    f.add("a", "Officials said 31 people died in Corvale, 22 in Bressan and five in Lutmore.");
    f.add("b", "The towns of Corvale and Bressan each have 24 deaths.");
    auto cs = f.conflicts();
    EXPECT_EQ(figures(cs), 2) << "Corvale 31 against 24, Bressan 22 against 24";
    Folder g;
    g.add("a", "Officials said 31 people died in Corvale.");
    g.add("b", "Officials said 24 people died in Bressan. In all, 55 people died in Corvale and Bressan.");
    EXPECT_EQ(figures(g.conflicts()), 0) << "another place, and two places together, are other tolls";
}

TEST(MeasureConflicts, TwoHeightsForOneWarningClashOneHeightInTwoUnitsDoesNot) {
    Folder f;
    f.add("a", "Hours after the quake, authorities issued warnings for waves as high as 10 feet along the coast.");
    f.add("b", "气象厅发布海啸警报，指出可能出现最高达5米的海啸。");
    EXPECT_EQ(figures(f.conflicts()), 1);
    Folder g;
    g.add("a", "Hours after the quake, authorities issued warnings for waves as high as 10 feet along the coast.");
    g.add("b", "气象厅发布海啸警报，指出可能出现最高达3米的海啸。");
    EXPECT_EQ(figures(g.conflicts()), 0) << "10 feet is about 3 metres";
    Folder h;
    h.add("a", "Hours after the quake, authorities issued warnings for waves as high as 10 feet along the coast.");
    h.add("b", "The tallest wave to reach the harbour measured 1.2 metres.");
    EXPECT_EQ(figures(h.conflicts()), 0) << "a wave measured is not the wave warned of";
}

TEST(MeasureConflicts, AboutASizeIsOneStepOfItsLastDigit) {
    // "around 8,200 kg" is 8,100 to 8,300: 8.35 tonnes is not what a writer rounds to 8,200.
    Folder f;
    f.add("a", "The Kestrel Explorer weighs around 8,200 kg.");
    f.add("b", "The Kestrel Explorer weighs 8.35 tonnes.");
    EXPECT_EQ(figures(f.conflicts()), 1);
    // One step off is still the same figure, and a round "about 8,000" keeps its wide reading.
    Folder g;
    g.add("a", "The Kestrel Explorer weighs around 8,200 kg.");
    g.add("b", "The Kestrel Explorer weighs 8.29 tonnes.");
    EXPECT_EQ(figures(g.conflicts()), 0);
    Folder h;
    h.add("a", "The Kestrel Explorer weighs about 8,000 kg.");
    h.add("b", "The Kestrel Explorer weighs 8.35 tonnes.");
    EXPECT_EQ(figures(h.conflicts()), 0);
    // Counts keep the wider reading: "about 4,200 passengers" may be a rounder's 4,350.
    Folder k;
    k.add("a", "The Kestrel Star carried about 4,200 passengers.");
    k.add("b", "The Kestrel Star carried 4,350 passengers.");
    EXPECT_EQ(figures(k.conflicts()), 0);
}

}  // namespace
}  // namespace parallax::conflict
