// Figures compared within their fact frame, end to end (annotator + detector) on sentences written for
// these tests: like with like is flagged, look-alikes (another stage, period, scope, kind) are not.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"
#include "core/conflict/frames.h"

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
    for (const Conflict& c : cs) n += c.type == ConflictType::Number || c.type == ConflictType::Money ? 1 : 0;
    return n;
}

TEST(FrameConflicts, CountsOfOneFrameClash) {
    Folder f;
    f.add("a", "The jet landed safely with 143 passengers and five crew members.");
    f.add("b", "All 146 passengers and five crew members survived.");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_NE(cs.front().reason.find("passengers"), std::string::npos);
    EXPECT_NE(cs.front().reason.find("143"), std::string::npos);
}

TEST(FrameConflicts, AShipsCrewAndARoadCrewDoNotClash) {
    Folder f;
    f.add("a", "There were 22 crew members on board the freighter when it lost power.");
    f.add("b", "The six-man crew was assigned to patch potholes on the bridge.");
    EXPECT_EQ(figures(f.conflicts()), 0);
    Folder g;
    g.add("a", "There were 22 crew members on board the freighter when it lost power.");
    g.add("b", "The freighter had a 19-member crew.");
    EXPECT_EQ(figures(g.conflicts()), 1) << "two crews of one ship still clash";
}

TEST(FrameConflicts, SameCountsAgree) {
    Folder f;
    f.add("a", "The jet landed safely with 143 passengers.");
    f.add("b", "The jet carried 143 passengers.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, MeasurementsConvertBetweenUnits) {
    Folder f;
    f.add("a", "The freighter Orla is 250 metres long.");
    f.add("b", "The Orla, an 820-foot vessel, left port.");   // 820 ft = 250 m
    f.add("c", "The Orla, a 900-foot vessel, left port.");   // 274 m
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 2);  // 900 ft against 250 m and against 820 ft; 250 m and 820 ft agree
    int converted = 0;
    for (const Conflict& c : cs) {
        EXPECT_NE(c.reason.find("900-foot"), std::string::npos);
        converted += c.reason.find("converted") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(converted, 1);
}

TEST(FrameConflicts, DifferentThingsOfOneStoryKeepTheirSizes) {
    Folder f;
    f.add("a", "The 3.1-mile bridge fell after the 820-foot ship hit it.");
    f.add("b", "The 900-foot bridge span was rebuilt.");
    EXPECT_EQ(figures(f.conflicts()), 0);  // a bridge's span and a ship's length are not one length
}

TEST(FrameConflicts, StagesAreDifferentFacts) {
    Folder f;
    f.add("a", "Shares of Acme closed at $41.20 on Friday.");
    f.add("b", "Shares of Acme rose to an intraday high of $43.10 on Friday.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, YearEarlierAndGuidanceAreOtherPeriods) {
    Folder f;
    f.add("a", "Acme reported revenue of $2.3 billion for the quarter.");
    f.add("b", "A year earlier, Acme revenue was $1.9 billion.");
    f.add("c", "Acme expects revenue of $2.6 billion next quarter.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, SegmentAndNetAreOtherScopes) {
    Folder f;
    f.add("a", "Acme revenue was $2.3 billion in the quarter.");
    f.add("b", "Acme's cloud revenue was $900 million in the quarter.");
    f.add("c", "Acme said net proceeds of the offering were $1.1 billion.");
    f.add("d", "Acme raised $1.2 billion in the offering.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, ChangeAndLevelNeverMeet) {
    Folder f;
    f.add("a", "Acme revenue rose 12% to $2.3 billion.");
    f.add("b", "Acme revenue rose 15% to $2.3 billion.");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);  // 12% against 15%, the levels agree
    EXPECT_NE(cs.front().reason.find("12%"), std::string::npos);
}

TEST(FrameConflicts, PercentagesToTheirPrecision) {
    Folder f;
    f.add("a", "Acme shares closed down 0.76 percent on Tuesday.");
    f.add("b", "Acme shares closed down 0.75% on Tuesday.");
    f.add("c", "Acme shares closed down 0.8 per cent on Tuesday.");
    auto cs = f.conflicts();
    EXPECT_EQ(figures(cs), 1);  // 0.76 vs 0.75 differ at two decimals; 0.8 is either of them rounded
}

TEST(FrameConflicts, MovingCountsFromOtherDaysAreLow) {
    Folder f;
    f.add("a", "Officials said the storm killed 88 people in the province.", "2025-03-10");
    f.add("b", "Officials said the storm killed 97 people in the province.", "2025-03-12");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_EQ(cs.front().severity, Severity::Low);
}

TEST(FrameConflicts, APastEventsTollTakesTheYearItsArticleGivesTheEvent) {
    // One side dates the toll ("in 2009"), the other dates the storm in another sentence: one 2009 toll.
    Folder f;
    f.add("a", "The storm was the strongest since Typhoon Kalmaegi in 2009, which left 52 people dead.");
    f.add("b", "It was the worst storm since 2009, when Typhoon Kalmaegi struck the coast. Kalmaegi killed 97 people in "
               "three provinces.");
    EXPECT_EQ(figures(f.conflicts()), 1);
}

TEST(FrameConflicts, AYearTheOtherArticleDoesNotGiveTheEventKeepsTheTollsApart) {
    // Without the year, the other toll may be of another season of the same name, or of another count.
    Folder f;
    f.add("a", "The storm was the strongest since Typhoon Kalmaegi in 2009, which left 52 people dead.");
    f.add("b", "Kalmaegi killed 97 people in three provinces.");
    EXPECT_EQ(figures(f.conflicts()), 0);
    Folder g;
    g.add("a", "The storm was the strongest since Typhoon Kalmaegi in 2009, which left 52 people dead.");
    g.add("c", "It was the worst storm since 2013, when Typhoon Kalmaegi struck the coast. Kalmaegi killed 88 people.");
    EXPECT_EQ(figures(g.conflicts()), 0);
}

TEST(FrameConflicts, TwoOrdinalsOfOneStreakClash) {
    Folder f;
    f.add("a", "Brazil was seeking its sixth straight title.");
    f.add("b", "Brazil won a seventh consecutive title on Sunday.");
    EXPECT_EQ(figures(f.conflicts()), 1);
}

TEST(FrameConflicts, StreaksOfTwoTeamsOrTwoTitlesAreApart) {
    Folder f;
    f.add("a", "Brazil won its sixth straight title.");
    f.add("b", "Italy won its seventh straight title.");
    f.add("c", "Brazil won its first title in 1958 and a second in 1962.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, VehicleSalesAndDeliveriesAreOneCount) {
    Folder f;
    f.add("a", "Nordvik's EV sales grew by 8 percent in Q4.");
    f.add("b", "Nordvik's deliveries were up 3.1 percent from the same period a year earlier.");
    f.add("c", "Nordvik's deliveries rose 8 percent in the fourth quarter.");  // agrees with a
    EXPECT_EQ(figures(f.conflicts()), 1);
}

TEST(FrameConflicts, AnOpenEndedCountClashesOnlyBeyondItsBound) {
    Folder f;
    f.add("a", "Kenya edged past Ethiopia in the final tally. Both nations finished with more than 30 medals.");
    f.add("b", "Ethiopia won 21 medals.");  // not more than 30
    f.add("c", "Kenya won 34 medals.");     // more than 30: agrees
    EXPECT_EQ(figures(f.conflicts()), 1);
    Folder g;
    g.add("a", "Officials said at least 40 people died in the flood.");
    g.add("b", "Officials said 41 people died in the flood.");
    EXPECT_EQ(figures(g.conflicts()), 0) << "'at least 40' holds 41";
}

TEST(FrameConflicts, UnitsOfOneKindMeetUnderTheirShortForm) {
    Folder f;
    f.add("a", "Nordvik Motors, based in Shenzhen, outpaced Halvard Systems in the quarter. The Chinese firm delivered 95,412 "
               "battery electric vehicles (BEVs) to customers.");
    f.add("b", "Halvard Systems delivered 80,000 BEVs, fewer than the 95,413 BEVs sold by Nordvik Motors in the period.");
    f.add("c", "Nordvik Motors delivered 41,000 plug-in hybrid vehicles (PHEVs) in the quarter.");  // other vehicles
    EXPECT_EQ(figures(f.conflicts()), 1);
}

TEST(FrameConflicts, TwoFiguresOfOneSentenceAreAContrast) {
    Folder f;
    f.add("a", "Acme revenue was $30 billion versus $28 billion a quarter before, and Acme revenue was $30 billion.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, AnArticleRestatingAFigureDifferently) {
    Folder f;
    f.add("a", "Grace Ocean agreed to pay $102 million to settle the civil claim. In court, Grace Ocean agreed to pay "
               "$101 million to settle the civil claim, officials said.");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_EQ(cs.front().scope, Scope::Internal);
    EXPECT_NE(cs.front().severity, Severity::High);
}

TEST(FrameConflicts, AnArticleGivingTwoDifferentFactsIsNotFlagged) {
    Folder f;
    f.add("a", "Acme revenue was $30 billion in the quarter. Analysts had expected Acme revenue of $28 billion.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, UnnamedMedalTalliesAreNotCompared) {
    // Whose 40 golds? A tally without its country moves and belongs to nobody in particular.
    Folder f;
    f.add("a", "At the end, the team had 40 golds.");
    f.add("b", "At the end, the team had 39 golds.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, TheObjectOfAComparisonIsNotTheSubject) {
    Folder f;
    f.add("a", "Norway finished ahead of Sweden with 18 golds.");
    f.add("b", "Sweden finished with 11 golds.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, ChineseCountsClashAcrossSources) {
    Folder f;
    f.add("a", "全国17城交付中心同步开启首批交付。");
    f.add("b", "大陆共18城同步开启首批交付。");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_NE(cs.front().reason.find("cities"), std::string::npos);
}

TEST(FrameConflicts, UnnamedChineseDeathTollsAreNotCompared) {
    // Whose toll, and as of when? Neither is said, and a toll moves.
    Folder f;
    f.add("a", "已造成254人死亡。", "2025-09-13");
    f.add("b", "已造成247人死亡。", "2025-09-13");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, ChineseAndEnglishMeasurementsMeet) {
    Folder f;
    f.add("a", "地震震源深度30公里。");
    f.add("b", "The quake struck at a depth of 16 km.");
    f.add("c", "地震震源深度16公里。");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);  // 30 km against 16 km, said in English and in Chinese: one flag, three sides
    EXPECT_EQ(cs.front().evidence.size(), 3u);
}

TEST(FrameConflicts, ChineseMiddayAndClosePricesAreLookAlikes) {
    Folder f;
    f.add("a", "蓝鲸科技股价午间报52.3港元。");
    f.add("b", "蓝鲸科技股价收盘报51.8港元。");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameSlots, SameFrameRules) {
    Frame a{"revenue", "level", "currency", "", "", "", false};
    Frame b = a;
    EXPECT_TRUE(sameFrame(a, b));
    b.period = "Q3";
    EXPECT_TRUE(sameFrame(a, b));  // a quarter named by one side only
    b.period = "year-earlier";
    EXPECT_FALSE(sameFrame(a, b));
    b.period = "2024";
    EXPECT_TRUE(sameFrame(a, b, 2025, 2025));   // last year: the latest full year
    EXPECT_FALSE(sameFrame(a, b, 2030, 2030));  // long ago: another figure
    b = a;
    b.scope = "data center";
    EXPECT_FALSE(sameFrame(a, b));
    b = a;
    b.kind = "change";
    EXPECT_FALSE(sameFrame(a, b));
    a.kind = "change year on year";
    EXPECT_TRUE(sameFrame(a, b));  // the base said by one side only
    b.kind = "change quarter on quarter";
    EXPECT_FALSE(sameFrame(a, b));
}

TEST(FrameSlots, UnitFactors) {
    EXPECT_DOUBLE_EQ(unitFactor("m", "length"), 1);
    EXPECT_NEAR(unitFactor("ft", "length"), 0.3048, 1e-9);
    EXPECT_NEAR(unitFactor("knots", "speed") / unitFactor("mph", "speed"), 1.15078, 1e-4);
    EXPECT_EQ(unitFactor("ft", "mass"), 0);
    EXPECT_EQ(unitFactor("USD", "length"), 0);
}

TEST(FrameSlots, DescribeNamesTheFrame) {
    Frame f{"revenue", "level", "currency", "Q3", "data center", "forecast", false};
    EXPECT_EQ(describeFrame(f), "revenue (data center, Q3, forecast)");
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(FrameConflicts, TheCompanyIsTheOneThePreviousSentenceOpenedWith) {
    Folder f;
    f.add("a", "Tesla sold fewer cars. Tesla reported revenue of $97.7 billion. Nimbus Motors had a strong year. "
               "The company's revenue reached $31 billion.");
    f.add("b", "Tesla reported revenue of $97.7 billion for the year.");
    EXPECT_EQ(figures(f.conflicts()), 0);  // $31 billion is Nimbus Motors', not Tesla's
}

TEST(StanceConflicts, AStandingAtAnEarlierMomentIsNotOpposite) {
    Folder f;
    f.add("a", "Heading into the final day, Norway trailed Sweden by one gold medal.");
    f.add("b", "Norway surpassed Sweden in the final medal table.");
    int stances = 0;
    for (const Conflict& c : f.conflicts()) stances += c.type == ConflictType::Stance ? 1 : 0;
    EXPECT_EQ(stances, 0);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(FrameConflicts, ANameAfterAPrepositionIsNotTheSubject) {
    Folder f;
    f.add("a", "The ship, chartered by the shipping major Maersk, had a 21-member crew.");
    f.add("b", "There were 22 crew members on board the ship.");
    EXPECT_EQ(figures(f.conflicts()), 1);  // both counts are the ship's, not Maersk's
}

TEST(FrameConflicts, AVerbsCountNamesWhatItCounts) {
    Folder f;
    f.add("a", "For the year, Nimbus Motors delivered 1.2 million EVs.");
    f.add("b", "Nimbus Motors delivered 640,000 hybrid cars in the year.");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

TEST(FrameConflicts, AQuarterNeverMeetsAWholeYear) {
    Folder f;
    f.add("a", "Nimbus Motors delivered 310,000 cars in the fourth quarter of 2024.", "2025-01-03");
    f.add("b", "Nimbus Motors delivered 1,200,000 cars through 2024.", "2025-01-03");
    f.add("c", "Nimbus Motors delivered 1,100,000 cars in 2024.", "2025-01-03");
    auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);  // the two whole years disagree; the quarter is another period
    EXPECT_EQ(cs.front().reason.find("310,000"), std::string::npos);
}

TEST(FrameConflicts, AYearInsideANameDatesTheFigure) {
    Folder f;
    f.add("a", "In London 2012, Norway won the medal table with 48 golds.", "2024-08-12");
    f.add("b", "Norway finished the Games with 39 golds.", "2024-08-12");
    EXPECT_EQ(figures(f.conflicts()), 0);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

int moves(const std::vector<Conflict>& cs) {
    int n = 0;
    for (const Conflict& c : cs) n += c.attribute == "percentage move" ? 1 : 0;
    return n;
}

TEST(PercentArithmetic, AMoveThatDoesNotEndWhereItShould) {
    Folder f;
    f.add("a", "Nimbus sold its shares at an offer price of HK$50. On its debut, the stock closed up 10.4% to HK$55.8.");
    auto cs = f.conflicts();
    ASSERT_EQ(moves(cs), 1);  // 50 x 1.104 = 55.2
    EXPECT_EQ(cs.front().scope, Scope::Internal);
    EXPECT_NE(cs.front().reason.find("55.2"), std::string::npos);
}

TEST(PercentArithmetic, AMoveThatAddsUpToItsRounding) {
    Folder f;
    f.add("a", "Nimbus sold its shares at an offer price of HK$50. On its debut, the stock closed up 10.4% to HK$55.2.");
    f.add("b", "蓝鲸科技以每股40港元的价格发行新股。上市首日全天收涨12.5%至45港元。");
    EXPECT_EQ(moves(f.conflicts()), 0);
}

TEST(PercentArithmetic, ChineseMoveAgainstItsIssuePrice) {
    Folder f;
    f.add("a", "蓝鲸科技以每股40港元的价格发行新股。上市首日全天收涨12.5%至45.6港元。");
    EXPECT_EQ(moves(f.conflicts()), 1);
}

TEST(PercentArithmetic, AMoveDuringTheDayIsFromAnyEarlierPrice) {
    Folder f;
    f.add("a", "Nimbus sold its shares at an offer price of HK$50. The stock slipped 5% to HK$56.1 by the midday break.");
    f.add("b", "蓝鲸科技以每股40港元的价格发行新股。盘中一度大涨31%至58港元，最终收报45港元。");
    EXPECT_EQ(moves(f.conflicts()), 0);
}

TEST(PercentArithmetic, NoBaseNoJudgement) {
    Folder f;
    f.add("a", "On its debut, the Nimbus stock rose 10.4% to HK$55.8.");  // from what? the text does not say
    EXPECT_EQ(moves(f.conflicts()), 0);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

int roles(const std::vector<Conflict>& cs) {
    int n = 0;
    for (const Conflict& c : cs) n += c.type == ConflictType::Role ? 1 : 0;
    return n;
}

TEST(FormerTitles, FormerAgainstSittingInTheSameFortnight) {
    Folder f;
    f.add("a", "The carmaker has ties to former U.S. President Joe Biden.", "2025-03-10");
    f.add("b", "The carmaker has ties to U.S. President Joe Biden.", "2025-03-12");
    EXPECT_EQ(roles(f.conflicts()), 1);
}

TEST(FormerTitles, YearsApartTheOfficeMayHaveChanged) {
    Folder f;
    f.add("a", "The carmaker has ties to former U.S. President Joe Biden.", "2025-03-10");
    f.add("b", "The carmaker has ties to U.S. President Joe Biden.", "2023-03-12");
    EXPECT_EQ(roles(f.conflicts()), 0);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(FrameConflicts, ItIsWhatThePreviousSentenceNamed) {
    Folder f;
    f.add("a", "The freighter Orla left port on Monday. It was built in 2012 and is 250 metres long.");
    f.add("b", "The Orla, a 900-foot vessel, left port.");
    EXPECT_EQ(figures(f.conflicts()), 1);  // 250 m against 900 ft, both the Orla's
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(FrameSlots, FigureKeysLeaveThePeriodToTheFrame) {
    EXPECT_EQ(figureKey("gross margin (quarterly)"), "gross margin");
    EXPECT_EQ(figureKey("revenue (annual, planned) [2024]"), "revenue (planned)");
    EXPECT_EQ(figureKey("raised (ipo, upsized)"), "raised (ipo, upsized)");
}

TEST(FrameSlots, AFiscalQuarterMayCarryTheNextYear) {
    Frame a{"gross margin", "share", "%", "", "gross", "", false};
    Frame b = a;
    b.period = "Q3 2025";
    EXPECT_TRUE(sameFrame(a, b, 2024, 2024));   // fiscal 2025's third quarter, reported in 2024
    EXPECT_FALSE(sameFrame(a, b, 2022, 2022));  // three years off: another figure
}

TEST(FrameConflicts, AQuarterlyQualifierIsThePeriodNotAnotherMeasure) {
    Folder f;
    f.add("a", "Acme said its gross margin improved to 61.5% in the quarter.");
    f.add("b", "Acme's quarterly gross margin was 63.2%.");
    EXPECT_EQ(figures(f.conflicts()), 1);
}


TEST(FrameSlots, ATradingMomentSaidOnOneSideOnlyStillCompares) {
    Frame close{"price", "level", "currency", "", "", "close", true};
    Frame unstated = close;
    unstated.stage = "";
    EXPECT_TRUE(sameFrame(close, unstated));
    Frame midday = close;
    midday.stage = "intraday";
    EXPECT_FALSE(sameFrame(close, midday)) << "two moments stated: two facts";
    Frame forecast = unstated;
    forecast.stage = "forecast";
    EXPECT_FALSE(sameFrame(forecast, unstated)) << "a forecast is another fact even when the other side says nothing";
    Frame perShare = close;
    perShare.kind = "per-unit";
    EXPECT_TRUE(sameFrame(close, perShare)) << "a share price is a price per share";
    Frame revenuePerUnit{"revenue", "per-unit", "currency", "", "", "", false};
    Frame revenue{"revenue", "level", "currency", "", "", "", false};
    EXPECT_FALSE(sameFrame(revenuePerUnit, revenue));
}

TEST(FrameSlots, TheClosingQualifierIsTheFramesStage) {
    EXPECT_EQ(figureKey("price (closing)"), "price");
    EXPECT_EQ(figureKey("price (ipo, opening)"), "price (ipo)");
}

TEST(FrameConflicts, AClosingPriceInChineseMeetsOneInEnglish) {
    Folder f;
    // A made-up listing of a company the entity list knows in both scripts.
    f.add("a", "Shares of Meituan closed at HK$58.4 on their first day of trading.");
    f.add("b", "美团以每股50港元的价格发行新股，上市首日全天收涨18%至59.2港元。");
    f.add("c", "Meituan, which sold its shares at HK$50 each, was trading at HK$61.5 at midday.");
    const auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1) << "the close against the close; the offer price and the midday price are other facts";
    std::set<std::string> values;
    for (const Evidence& e : cs.front().evidence) values.insert(e.value);
    EXPECT_TRUE(values.count("58.4 HKD") == 1 && values.count("59.2 HKD") == 1);
}

TEST(FrameConflicts, AChineseFigureTakesTheMomentOpeningItsSentence) {
    Folder f;
    f.add("a", "美团股价收盘报58.4港元。");
    f.add("b", "美团上市首日，截至午间收盘，股价大涨23%，报61.5港元。");
    EXPECT_EQ(figures(f.conflicts()), 0) << "the midday break is not the close";
    Folder g;
    g.add("a", "美团股价收盘报58.4港元。");
    g.add("b", "美团上市首日收盘，股价大涨18%，报59.2港元。");
    EXPECT_EQ(figures(g.conflicts()), 1);
}


TEST(FrameConflicts, AMomentSaidOnOneSideOnlyIsLow) {
    Folder f;
    f.add("a", "Shares of Meituan closed at HK$58.4 on Friday.");
    f.add("b", "Shares of Meituan traded at HK$61.5 on Friday.");
    const auto cs = f.conflicts();
    ASSERT_EQ(figures(cs), 1);
    EXPECT_EQ(cs.front().severity, Severity::Low);
    EXPECT_NE(cs.front().reason.find("moment"), std::string::npos) << cs.front().reason;
}


TEST(FrameSlots, AYearEarlierFigureIsPreviousByItsPeriod) {
    Frame upFrom{"profit", "per-unit", "currency", "year-earlier", "", "previous", false};
    Frame compared = upFrom;
    compared.stage = "";
    EXPECT_TRUE(sameFrame(upFrom, compared)) << "'up from $0.37 a year earlier' and '37 cents a year earlier'";
    Frame current = compared;
    current.period = "";
    EXPECT_FALSE(sameFrame(upFrom, current)) << "a year-earlier figure never meets the current one";
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

bool validUtf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

TEST(FrameConflicts, AShortenedChineseTitleInAReasonKeepsItsCharactersWhole) {
    Folder f;
    f.add("a", "东海航运公司的货轮昨日在港口附近发生事故。船上共有22名船员。");
    f.add("b", "东海航运公司的货轮昨日在港口附近发生事故。船上共有21名船员。");
    f.articles[0].title = "2024年东海航运公司货轮在港口附近发生事故船上船员全部获救当局正在调查事故原因以及后续处理";
    f.articles[1].title = "货轮事故";
    auto cs = f.conflicts();
    ASSERT_FALSE(cs.empty());
    for (const Conflict& c : cs) {
        EXPECT_TRUE(validUtf8(c.reason)) << c.reason;
        EXPECT_NE(c.reason.find("..."), std::string::npos);  // the long title was shortened
    }
}

}  // namespace
}  // namespace parallax::conflict
