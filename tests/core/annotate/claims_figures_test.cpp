// Fact frames of figures (DESIGN.md "Fact frames"), read by the whole annotator from sentences written for
// these tests: what each number is a number OF.
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "core/annotate/annotator.h"

namespace parallax {
namespace {

Annotations annotateText(const std::string& text) {
    Article a;
    a.id = "t";
    a.text = text;
    a.published = PublishedDate{*Date::parseIso("2025-06-10"), DateSource::Metadata, "test"};
    return annotate::annotate(a);
}

/// The figure claim whose written value is `written`.
std::optional<Claim> figure(const Annotations& an, const std::string& written) {
    for (const Claim& c : an.claims)
        if (c.kind == ClaimKind::Amount && c.text == written) return c;
    return std::nullopt;
}

TEST(FigureFrames, CountedNounIsTheMeasure) {
    auto an = annotateText("The plane landed safely with 143 passengers and five crew members on board.");
    auto p = figure(an, "143");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->frame.measure, "passengers");
    EXPECT_EQ(p->frame.dimension, "count");
    EXPECT_EQ(p->frame.kind, "level");
    auto c = figure(an, "five");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->frame.measure, "crew");
}

TEST(FigureFrames, CompoundAdjectivesCount) {
    auto an = annotateText("The tanker had a 19-member crew. Rescuers reached a nine-story tower.");
    auto crew = figure(an, "19");
    ASSERT_TRUE(crew);
    EXPECT_EQ(crew->frame.measure, "crew");
    auto floors = figure(an, "nine");
    ASSERT_TRUE(floors);
    EXPECT_EQ(floors->frame.measure, "storeys");
}

TEST(FigureFrames, ACrewIsTheCrewOfACraftOnlyWhereTheSentenceSaysSo) {
    auto an = annotateText(
        "There were 17 crew members on board the freighter. The ferry had a 9-member crew. "
        "A six-man crew was assigned to repair the road. The film crew of 12 people left the set.");
    auto onBoard = figure(an, "17");
    ASSERT_TRUE(onBoard);
    EXPECT_EQ(onBoard->frame.scope, "");
    auto ferry = figure(an, "9");
    ASSERT_TRUE(ferry);
    EXPECT_EQ(ferry->frame.scope, "");
    auto road = figure(an, "six");
    ASSERT_TRUE(road);
    EXPECT_EQ(road->frame.measure, "crew");
    EXPECT_NE(road->frame.scope, "") << "a road crew is not a ship's crew: another frame";
}

TEST(FigureFrames, AModifiedOrHarmedCountIsNotTheWhole) {
    // "passenger seats" counts seats; "passengers were injured" counts the injured
    auto an = annotateText("Of the 190 passenger seats, 12 were empty. Four passengers were injured in the landing.");
    EXPECT_FALSE(figure(an, "190"));
    EXPECT_FALSE(figure(an, "Four"));
}

TEST(FigureFrames, AFigureWithoutAKnownMeasureMakesNoClaim) {
    auto an = annotateText("The committee met 14 times and read 300 letters.");
    EXPECT_FALSE(figure(an, "14"));
    EXPECT_FALSE(figure(an, "300"));
}

TEST(FigureFrames, MeasurementsNeedAUnitOfTheirDimension) {
    auto an = annotateText("The quake struck at a depth of 12 km. The Borealis weighs 4,100 kg. The tower is 210 metres tall.");
    auto depth = figure(an, "12 km");
    ASSERT_TRUE(depth);
    EXPECT_EQ(depth->frame.measure, "depth");
    EXPECT_EQ(depth->frame.dimension, "length");
    auto mass = figure(an, "4,100 kg");
    ASSERT_TRUE(mass);
    EXPECT_EQ(mass->frame.measure, "mass");
    auto height = figure(an, "210 metres");
    ASSERT_TRUE(height);
    EXPECT_EQ(height->frame.measure, "height");
}

TEST(FigureFrames, CompoundSizeDescribesItsNoun) {
    auto an = annotateText("Crews inspected the 3.1-mile bridge on Monday.");
    auto length = figure(an, "3.1-mile");
    ASSERT_TRUE(length);
    EXPECT_EQ(length->frame.measure, "length");
    EXPECT_EQ(length->subject, "bridge");
}

TEST(FigureFrames, AConversionInParenthesesIsNotASecondClaim) {
    auto an = annotateText("The freighter Orla is 250 metres long (820 feet).");
    EXPECT_TRUE(figure(an, "250 metres"));
    EXPECT_FALSE(figure(an, "820 feet"));
}

TEST(FigureFrames, KindOfNumber) {
    auto an = annotateText("Acme said revenue rose 14% to $2.3 billion in the second quarter. "
                           "Acme reported earnings per share of $0.52.");
    auto level = figure(an, "$2.3 billion");
    ASSERT_TRUE(level);
    EXPECT_EQ(level->frame.kind, "level");
    EXPECT_EQ(level->frame.period, "Q2");
    auto change = figure(an, "14%");
    ASSERT_TRUE(change);
    EXPECT_EQ(change->frame.kind.rfind("change", 0), 0u);
    auto eps = figure(an, "$0.52");
    ASSERT_TRUE(eps);
    EXPECT_EQ(eps->frame.kind, "per-unit");
}

TEST(FigureFrames, PeriodScopeAndStage) {
    auto an = annotateText("Acme's cloud revenue was $900 million. A year earlier, Acme revenue was $700 million. "
                           "Acme expects revenue of $2.5 billion next quarter. Shares of Acme closed at $41.20.");
    auto scope = figure(an, "$900 million");
    ASSERT_TRUE(scope);
    EXPECT_EQ(scope->frame.scope, "cloud");
    auto earlier = figure(an, "$700 million");
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->frame.period, "year-earlier");
    auto guidance = figure(an, "$2.5 billion");
    ASSERT_TRUE(guidance);
    EXPECT_NE(guidance->frame.stage.find("forecast"), std::string::npos);
    auto close = figure(an, "$41.20");
    ASSERT_TRUE(close);
    EXPECT_NE(close->frame.stage.find("close"), std::string::npos);
}

TEST(FigureFrames, BareNumberForAMoneyMeasureIsNotRead) {
    // "profit of 81" gives no unit: it could be cents, dollars or a percentage
    auto an = annotateText("Acme said its profit of 81 beat the forecast.");
    EXPECT_FALSE(figure(an, "81"));
}

TEST(FigureFrames, ChineseCountsAndMeasurements) {
    auto an = annotateText("台风已在该国造成86人死亡，另有12人失踪。地震震源深度20公里。全国17城同步开启交付。");
    auto deaths = figure(an, "86");
    ASSERT_TRUE(deaths);
    EXPECT_EQ(deaths->frame.measure, "deaths");
    EXPECT_TRUE(deaths->frame.moves);
    auto missing = figure(an, "12");
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->frame.measure, "missing");
    auto depth = figure(an, "20公里");
    ASSERT_TRUE(depth);
    EXPECT_EQ(depth->frame.measure, "depth");
    auto cities = figure(an, "17");
    ASSERT_TRUE(cities);
    EXPECT_EQ(cities->frame.measure, "cities");
}

TEST(FigureFrames, AChineseListGivesEachCountItsOwnNoun) {
    // 乘客 before the 6 belongs to the item before 和; the 6 is counted by 名机组人员 after it.
    auto an = annotateText("航班上共有181人，包括175名乘客和6名机组人员。");
    auto passengers = figure(an, "175");
    ASSERT_TRUE(passengers);
    EXPECT_EQ(passengers->frame.measure, "passengers");
    auto crew = figure(an, "6");
    ASSERT_TRUE(crew);
    EXPECT_EQ(crew->frame.measure, "crew");
    // A noun before the figure with nothing between still names it ("乘客人数为175").
    auto before = annotateText("这架客机的乘客人数为175，机组人员6名。");
    auto p2 = figure(before, "175");
    ASSERT_TRUE(p2);
    EXPECT_EQ(p2->frame.measure, "passengers");
}

TEST(FigureFrames, ACountOfThoseSomethingHappenedToIsAPart) {
    auto an = annotateText("The plane carried 175 passengers and six crew members. Two crew members, a man and a woman, "
                           "were rescued from the wreckage.");
    auto aboard = figure(an, "six");
    ASSERT_TRUE(aboard);
    EXPECT_EQ(aboard->frame.scope, "");
    auto rescued = figure(an, "Two");
    ASSERT_TRUE(rescued);
    EXPECT_EQ(rescued->frame.measure, "crew");
    EXPECT_NE(rescued->frame.scope.find("rescued"), std::string::npos);  // another frame than the crew on board
    // The whole group, or a fate denied or told of someone else, leaves the count as it is.
    auto whole = annotateText("All 171 passengers and 6 crew members survived. There were 22 crew members on board the "
                              "freighter, according to its owner, and none were injured.");
    auto all = figure(whole, "171");
    ASSERT_TRUE(all);
    EXPECT_EQ(all->frame.scope, "");
    auto none = figure(whole, "22");
    ASSERT_TRUE(none);
    EXPECT_EQ(none->frame.scope, "");
}

TEST(FigureFrames, ChineseStageAndPeriod) {
    auto an = annotateText("蓝鲸科技股价午间报52.3港元，收盘报51.8港元。2024年第一季度蓝鲸科技营业收入为30亿元。");
    auto midday = figure(an, "52.3港元");
    ASSERT_TRUE(midday);
    EXPECT_NE(midday->frame.stage.find("intraday"), std::string::npos);
    auto close = figure(an, "51.8港元");
    ASSERT_TRUE(close);
    EXPECT_NE(close->frame.stage.find("close"), std::string::npos);
    auto revenue = figure(an, "30亿元");
    ASSERT_TRUE(revenue);
    EXPECT_EQ(revenue->frame.period, "Q1 2024");
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, AnAftershockIsAnotherEvent) {
    auto an = annotateText("An aftershock struck at a depth of 10 km. 余震震源深度10公里。");
    auto en = figure(an, "10 km");
    ASSERT_TRUE(en);
    EXPECT_EQ(en->frame.scope, "another");
    auto zh = figure(an, "10公里");
    ASSERT_TRUE(zh);
    EXPECT_EQ(zh->frame.scope, "another");
}

TEST(FigureFrames, ADateCountedUpToIsNoEventDate) {
    auto an = annotateText("截至2025年3月，星河X5累计交付量达20万辆。星河X5于2024年3月28日上市。");
    for (const Claim& c : an.claims) {
        if (c.kind == ClaimKind::Event) {
            EXPECT_NE(c.value.rfind("2025-03", 0), 0u) << c.attribute << " " << c.value;
        }
    }
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, RatesOfChangeOfACount) {
    auto an = annotateText("Nimbus Motors said its deliveries fell 4.5% in 2024. Nimbus Motors has 12% of the market.");
    auto rate = figure(an, "4.5%");
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->frame.measure, "deliveries");
    EXPECT_EQ(rate->frame.dimension, "%");
    EXPECT_EQ(rate->frame.kind.rfind("change", 0), 0u);
    EXPECT_FALSE(figure(an, "12%"));  // no counted measure before it
}

TEST(FigureFrames, EmptySeatsAreTheirOwnCount) {
    auto an = annotateText("There were only seven empty seats on the flight. Just under 40 seats were empty.");
    auto seven = figure(an, "seven");
    ASSERT_TRUE(seven);
    EXPECT_EQ(seven->frame.measure, "empty seats");
    auto forty = figure(an, "Just under 40");
    ASSERT_TRUE(forty);
    EXPECT_EQ(forty->frame.measure, "empty seats");
}

TEST(FigureFrames, GrossMarginIsAMeasure) {
    auto an = annotateText("Acme said its gross margin was 61.2% in the quarter.");
    auto margin = figure(an, "61.2%");
    ASSERT_TRUE(margin);
    EXPECT_EQ(margin->frame.measure, "gross margin");
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, ChineseEarlierTimesAndSurpassedFigures) {
    auto an = annotateText("此前在伦敦奥运会上，中国代表团取得38金。此次中国代表团取得41枚金牌，超越了伦敦奥运会的38枚金牌。");
    int previous = 0;
    for (const Claim& c : an.claims)
        if (c.kind == ClaimKind::Amount && c.frame.measure == "gold medals" && c.frame.stage.find("previous") != std::string::npos)
            ++previous;
    EXPECT_EQ(previous, 2);  // both 38s; the 41 is this Games'
    auto now = figure(an, "41");
    ASSERT_TRUE(now);
    EXPECT_EQ(now->frame.stage.find("previous"), std::string::npos);
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, AKnownCompanyBeatsAFrequentSegmentName) {
    // "Data Center" is capitalised and frequent, but Nvidia is the organisation the figures belong to.
    auto an = annotateText("Nvidia reported results. Data Center revenue grew. Data Center sales rose. Data Center demand "
                           "was strong. Nvidia said so. Gross margin was 61.2% in the quarter.");
    auto margin = figure(an, "61.2%");
    ASSERT_TRUE(margin);
    EXPECT_EQ(margin->subject, "Nvidia");
}


TEST(FigureFrames, ANegationDeniesOnlyTheFigureOfItsOwnClause) {
    auto an = annotateText(
        "The captain said he could not thank the rescuers enough, which saved all 212 people on board. "
        "The ferry did not carry 90 passengers that night. "
        "There were no fewer than 40 passengers on the first boat. "
        "The tug had 11 crew members, not 14.");
    auto kept = figure(an, "212 people");
    ASSERT_TRUE(kept);
    EXPECT_FALSE(kept->negated) << "the denial is in the main clause, the figure in the relative clause";
    auto denied = figure(an, "90");
    ASSERT_TRUE(denied);
    EXPECT_TRUE(denied->negated);
    auto bound = figure(an, "fewer than 40");
    ASSERT_TRUE(bound);
    EXPECT_FALSE(bound->negated) << "\"no fewer than\" bounds the figure";
    auto stated = figure(an, "11");
    ASSERT_TRUE(stated);
    EXPECT_FALSE(stated->negated);
    auto corrected = figure(an, "14");
    if (corrected) {
        EXPECT_TRUE(corrected->negated) << "\"not 14\" is the figure denied";
    }
}


TEST(FigureFrames, TheSubjectOfAWithClauseOwnsItsFigure) {
    auto an = annotateText("That lifted them past Norway in the final tally, with Denmark finishing on 12 golds to Norway's 11.");
    auto golds = figure(an, "12");
    ASSERT_TRUE(golds);
    EXPECT_EQ(golds->subject, "Denmark");
    EXPECT_EQ(golds->frame.measure, "gold medals");
    auto other = annotateText("Norway finished the Games with Denmark on 12 golds.");
    auto after = figure(other, "12");
    EXPECT_TRUE(!after || after->subject != "Denmark") << "\"with Denmark on\" is no clause of Denmark's own";
}


TEST(FigureFrames, TheNameASentenceOpensWithOwnsAFarFigure) {
    auto an = annotateText(
        "Portugal, the host nation, closed the championships in a creditable fourth place overall with a total of 23 medals.");
    auto medals = figure(an, "23");
    ASSERT_TRUE(medals);
    EXPECT_EQ(medals->subject, "Portugal");
    auto two = annotateText(
        "Portugal, the host nation, closed the championships behind Spain in fourth place overall with a total of 23 medals.");
    auto unsure = figure(two, "23");
    EXPECT_TRUE(!unsure || unsure->subject != "Portugal") << "two names before the figure: whose it is is not read";
}


TEST(FigureFrames, ARelativeClauseFigureBelongsToItsAntecedent) {
    auto an = annotateText("Bolaven is the strongest storm to reach Okinawa since Maemi in 2003, which left 117 people dead.");
    auto dead = figure(an, "117 people");
    ASSERT_TRUE(dead);
    EXPECT_EQ(dead->subject, "Maemi");
    EXPECT_EQ(dead->frame.measure, "deaths");
}


TEST(FigureFrames, AnUnnamedPriceIsTheCompanysOnlyForItsShares) {
    auto product = annotateText("Halvard Systems sells its boards online. Halvard Systems ships them in May. "
                                "Prices range from $719.99 to $904.80 depending on the model.");
    for (const Claim& c : product.claims)
        EXPECT_FALSE(c.kind == ClaimKind::Amount && c.attribute.rfind("price", 0) == 0) << c.subject << " " << c.text;
    auto shares = annotateText("Halvard Systems sells its boards online. Halvard Systems ships them in May. "
                               "Its shares closed at $41.20 on Friday.");
    bool found = false;
    for (const Claim& c : shares.claims)
        found = found || (c.kind == ClaimKind::Amount && c.attribute.rfind("price", 0) == 0 && c.subject == "Halvard Systems");
    EXPECT_TRUE(found);
}


TEST(FigureFrames, ADottedVersionAfterANameIsPartOfIt) {
    // Two releases of one family in one sentence: each date belongs to its version.
    auto an = annotateText("Zorblat 3.5 was released in September 2021, two years after Zorblat 3.0 was released in May 2019.");
    std::set<std::string> subjects;
    for (const Claim& c : an.claims)
        if (c.kind == ClaimKind::Event) subjects.insert(c.subject);
    EXPECT_TRUE(subjects.count("Zorblat 3.5") == 1 && subjects.count("Zorblat 3.0") == 1);
    // A dotted figure with its unit or scale is a figure, not a version.
    auto figures = annotateText("Orla Mining shipped 3.5 million tonnes. Shares of Orla rose 2.5% on Monday.");
    for (const Entity& e : figures.entities) EXPECT_EQ(e.text.find('.'), std::string::npos) << e.text;
}


TEST(FigureFrames, SalesCountedInUnitsAreNoRevenue) {
    auto units = annotateText("Halvard Motors said its sales fell 2.4 percent to 1.3 million vehicles last year.");
    for (const Claim& c : units.claims)
        EXPECT_FALSE(c.kind == ClaimKind::Amount && c.attribute.rfind("revenue", 0) == 0) << c.text;
    auto money = annotateText("Halvard Motors said its sales fell 2.4 percent to $13 billion last year.");
    bool revenue = false;
    for (const Claim& c : money.claims) revenue = revenue || (c.kind == ClaimKind::Amount && c.attribute.rfind("revenue", 0) == 0);
    EXPECT_TRUE(revenue);
}


TEST(FigureFrames, CentsPerShareAreTheCurrencyJustNamed) {
    auto an = annotateText("Halvard Systems posted net income of HK$1.2 billion, or 45 cents per share, for the year.");
    auto eps = figure(an, "45 cents");
    ASSERT_TRUE(eps);
    EXPECT_EQ(eps->value, "0.45 HKD") << "a Hong Kong company's cents are Hong Kong cents";
    EXPECT_EQ(eps->frame.kind, "per-unit");
    EXPECT_EQ(eps->frame.scope, "net") << "'posted' is the verb, not a segment";
}


TEST(FigureFrames, PerShareWordsDoNotPushTheYearEarlierAway) {
    auto an = annotateText("Halvard Systems reported results on Tuesday. Halvard Systems beat estimates. The company reported net income of "
                           "$4.1 billion, or 52 cents per share in the same quarter last year. Diluted earnings per share "
                           "(EPS) came in at $0.61.");
    auto before = figure(an, "52 cents");
    ASSERT_TRUE(before);
    EXPECT_EQ(before->frame.period, "year-earlier");
    auto now = figure(an, "$0.61");
    ASSERT_TRUE(now) << "EPS is a term, not a name standing in for the company";
    EXPECT_EQ(now->subject, "Halvard Systems");
}

TEST(FigureFrames, TraditionalChineseTalliesReadThroughTheFold) {
    // A Hong Kong or Taiwan page: the measure, the team's discipline and its owner read as in simplified text.
    auto an = annotateText("日本游泳隊也再次顯示實力——8人出征,共獲4枚金牌。");
    auto golds = figure(an, "4");
    ASSERT_TRUE(golds);
    EXPECT_EQ(golds->frame.measure, "gold medals");
    EXPECT_EQ(golds->subject, "Japan") << "the team the sentence opens with owns the tally of its later clauses";
    EXPECT_EQ(golds->frame.scope, "游泳") << "the discipline, folded; 'showed again' is no other event";
}

TEST(FigureFrames, AChineseFigureBeforeItsTeamBelongsToTheTeam) {
    // "获得9枚金牌的澳大利亚队": the relative clause describes the team after 的; "该项目" is the discipline the sentence
    // before named.
    auto an = annotateText("本届运动会上，日本游泳队获得3金2银。获得9枚金牌的澳大利亚队成为该项目的最大赢家。");
    auto golds = figure(an, "9");
    ASSERT_TRUE(golds);
    EXPECT_EQ(golds->subject, "Australia");
    EXPECT_EQ(golds->frame.scope, "游泳");
}

TEST(FigureFrames, AChineseNameThatIsNoTeamOwnsNoLaterClause) {
    // A city opening the sentence is where, not whose: the injured stay unnamed, and "again" with an occurrence
    // verb still makes another event.
    auto an = annotateText("北京市政府表示，共有12人受伤。该地区再次发生5.2级地震，震源深度10公里。");
    auto hurt = figure(an, "12");
    ASSERT_TRUE(hurt);
    EXPECT_EQ(hurt->subject, "");
    auto depth = figure(an, "10公里");
    ASSERT_TRUE(depth);
    EXPECT_EQ(depth->frame.scope, "another");
}

TEST(FigureFrames, AStreakIsCountedByItsOrdinal) {
    auto an = annotateText("Brazil was seeking its sixth straight title. In the final against hosts Italy, Brazil won a seventh "
                           "consecutive title. 巴西队实现了6连冠。");
    auto sought = figure(an, "sixth");
    ASSERT_TRUE(sought);
    EXPECT_EQ(sought->frame.measure, "consecutive titles");
    EXPECT_EQ(sought->value, "6");
    EXPECT_EQ(sought->subject, "Brazil") << "'its' is the clause's first name";
    EXPECT_EQ(sought->frame.stage, "") << "the title sought is the same ordinal as the title won";
    auto won = figure(an, "seventh");
    ASSERT_TRUE(won);
    EXPECT_EQ(won->subject, "Brazil") << "the name after 'against' is the opponent";
    auto zh = figure(an, "6");
    ASSERT_TRUE(zh);
    EXPECT_EQ(zh->frame.measure, "consecutive titles");
}

TEST(FigureFrames, AnOrdinalThatIsNoStreakOfTitlesIsNoCount) {
    auto an = annotateText("Brazil won its first title in 1958. Protests went on for a sixth straight day. Brazil played its "
                           "third game.");
    for (const Claim& c : an.claims) {
        EXPECT_NE(c.attribute, "consecutive titles") << c.text;
    }
}

TEST(FigureFrames, VehicleSalesAreCountedDeliveries) {
    // Carmakers report deliveries; news writes "EV sales" for the same count. Plain "sales" stays money.
    auto an = annotateText("Nordvik's EV sales grew by 8 percent in Q4. Halvard's sales grew by 6 percent in Q4.");
    bool counted = false;
    for (const Claim& c : an.claims) {
        if (c.text == "8 percent" && c.frame.measure == "deliveries") counted = c.frame.dimension == "%" && c.subject == "Nordvik";
        if (c.text == "6 percent") {
            EXPECT_NE(c.frame.measure, "deliveries");
        }
    }
    EXPECT_TRUE(counted);
}

TEST(FigureFrames, SalesToldInUnitsAreDeliveries) {
    auto an = annotateText("Nordvik's annual sales fell by 1.1 percent to 1.79 million units. Halvard's annual sales fell by 2 "
                           "percent to $4 billion.");
    bool units = false;
    for (const Claim& c : an.claims) {
        if (c.text == "1.1 percent" && c.frame.measure == "deliveries") units = c.subject == "Nordvik";
        if (c.text == "2 percent") {
            EXPECT_NE(c.frame.measure, "deliveries") << "sales told in money are revenue";
        }
    }
    EXPECT_TRUE(units);
}

TEST(FigureFrames, TheCompanyOfAPlaceBasedNameIsTheArticlesCompany) {
    // "the Texas-based automaker": the place says where the company is; the company is the one the article is about.
    auto an = annotateText("Nordvik Motors reported on Monday. Nordvik Motors lost its lead. Data show the Ohio-based automaker "
                           "losing ground after deliveries slid 11% in 2024. In India the automaker said deliveries slid 9%. The "
                           "German firm delivered 7,000 vehicles.");
    auto slid = figure(an, "11%");
    ASSERT_TRUE(slid);
    EXPECT_EQ(slid->subject, "Nordvik Motors");
    auto india = figure(an, "9%");
    ASSERT_TRUE(india);
    EXPECT_EQ(india->subject, "") << "a sentence naming another place or company may speak of another automaker";
    auto german = figure(an, "7,000 vehicles");
    ASSERT_TRUE(german);
    EXPECT_EQ(german->subject, "") << "a described company may be another than the article's";
}

TEST(FigureFrames, BothNationsAreTheTwoTheSentenceBeforeNamed) {
    auto an = annotateText("Kenya edged past Ethiopia in the final tally. Both nations finished with more than 30 medals.");
    std::set<std::string> owners;
    for (const Claim& c : an.claims)
        if (c.text == "more than 30") owners.insert(c.subject);
    EXPECT_EQ(owners, (std::set<std::string>{"Kenya", "Ethiopia"}));
}

TEST(FigureFrames, BothWithoutTwoNamesBeforeOwnsNothing) {
    auto an = annotateText("Kenya, Ethiopia and Uganda led the final tally. Both nations finished with more than 30 medals.");
    for (const Claim& c : an.claims) {
        if (c.text == "more than 30") {
            EXPECT_EQ(c.subject, "") << "three names: which two is not read";
        }
    }
}

TEST(FigureFrames, ADescribedFirmIsTheCompanyThatOpenedTheSentenceBefore) {
    auto an = annotateText("Nordvik Motors, based in Shenzhen, outpaced Halvard Systems in the quarter. The Chinese firm delivered "
                           "95,412 battery electric vehicles (BEVs) to customers.");
    auto bevs = figure(an, "95,412");
    ASSERT_TRUE(bevs);
    EXPECT_EQ(bevs->subject, "Nordvik Motors");
    EXPECT_EQ(bevs->frame.measure, "deliveries");
    EXPECT_EQ(bevs->frame.scope, "bevs") << "the short form in parentheses names the same things";
    auto other = annotateText("Shenzhen officials praised the quarter. The Chinese firm delivered 95,000 vehicles.");
    auto unnamed = figure(other, "95,000 vehicles");
    ASSERT_TRUE(unnamed);
    EXPECT_EQ(unnamed->subject, "") << "the sentence before opens with no company";
}

TEST(FigureFrames, ThingsSoldByANameAreItsDeliveries) {
    auto an = annotateText("Halvard Systems delivered 80,000 BEVs, fewer than the 95,413 BEVs sold by Nordvik Motors in the period. "
                           "Halvard Systems said the 500 cars sold by dealers were returned.");
    auto sold = figure(an, "95,413");
    ASSERT_TRUE(sold);
    EXPECT_EQ(sold->subject, "Nordvik Motors") << "the seller after 'by', not the sentence's first name";
    EXPECT_EQ(sold->frame.measure, "deliveries");
    EXPECT_EQ(sold->frame.scope, "bevs");
    for (const Claim& c : an.claims) {
        if (c.text.rfind("500", 0) == 0) {
            EXPECT_NE(c.frame.measure, "deliveries") << "sold by no name";
        }
    }
}

TEST(FigureFrames, APeopleOrATeamOfACountryOwnsItsTally) {
    auto an = annotateText("The Games closed in Paris on Sunday. "
                           "In addition to the 30 gold medals, the Americans won 32 silver and 34 bronze medals. "
                           "On the last day the Chinese finished with 25 golds. "
                           "The Norwegian team took 9 golds. "
                           "The Americans took 42 bronze medals at the 2024 Games in Paris.");
    auto gold = figure(an, "30");
    ASSERT_TRUE(gold);
    EXPECT_EQ(gold->subject, "United States") << "the opening phrase adds to the main clause's subject";
    auto silver = figure(an, "32");
    ASSERT_TRUE(silver);
    EXPECT_EQ(silver->subject, "United States");
    EXPECT_EQ(silver->frame.measure, "silver medals");
    auto china = figure(an, "25");
    ASSERT_TRUE(china);
    EXPECT_EQ(china->subject, "China");
    auto norway = figure(an, "9");
    ASSERT_TRUE(norway);
    EXPECT_EQ(norway->subject, "Norway");
    auto bronze = figure(an, "42");
    ASSERT_TRUE(bronze);
    EXPECT_EQ(bronze->subject, "United States") << "where and when the medals were won own none of them";
    // With no name anywhere in the text (the plain fallback reading) the same holds.
    auto plain = annotateText("On the last day the Chinese finished with 25 golds.");
    auto alone = figure(plain, "25");
    ASSERT_TRUE(alone);
    EXPECT_EQ(alone->subject, "China");
}

TEST(FigureFrames, APeopleAmongOtherOwnersOwnsNothing) {
    // Another team named, or two peoples: which figure is whose is not read from the demonym.
    auto an = annotateText("The Games closed in Paris on Sunday. "
                           "The Unified Team won 45 golds, while the Americans finished second with 37 gold medals. "
                           "The Americans won 40 golds and the Chinese won 38 golds.");
    for (const std::string written : {"37", "40", "38"}) {
        auto c = figure(an, written);
        ASSERT_TRUE(c) << written;
        EXPECT_NE(c->subject, "United States") << written;
        EXPECT_NE(c->subject, "China") << written;
    }
}

TEST(FigureFrames, ACountrysAdjectiveOwnsNoFigure) {
    // "Chinese" before a noun, "Norwegian" without a verb after "the": where something is from, not whose
    // figure it is.
    auto an = annotateText("The Chinese carmaker delivered 40,000 cars in March. The Norwegian won 3 golds.");
    for (const std::string written : {"40,000 cars", "3"}) {
        auto c = figure(an, written);
        ASSERT_TRUE(c) << written;
        EXPECT_NE(c->subject, "China") << written;
        EXPECT_NE(c->subject, "United States") << written;
        EXPECT_NE(c->subject, "Norwegian") << written;
        EXPECT_NE(c->subject, "Norway") << written;
    }
    for (const Entity& e : an.entities) EXPECT_NE(e.text, "Norwegian") << "an adjective is no name";
    // It may still open one.
    auto named = annotateText("Thai Airways flew 40 planes to Oslo. Norwegian wealth fund returns were strong.");
    std::set<std::string> names;
    for (const Entity& e : named.entities) names.insert(e.text);
    EXPECT_EQ(names.count("Thai Airways"), 1u);
    EXPECT_EQ(names.count("Norwegian"), 0u);
}

TEST(FigureFrames, ATollToldPlaceByPlaceIsEachPlacesOwn) {
    // The items after the first carry its measure without repeating it; each is the toll of its own place.
    auto an = annotateText("Officials said 12 people died in Corvale, 7 in Bressan and three in Lutmore.");
    const std::pair<const char*, const char*> items[] = {{"12 people", "Corvale"}, {"7", "Bressan"}, {"three", "Lutmore"}};
    for (const auto& [written, place] : items) {
        auto c = figure(an, written);
        ASSERT_TRUE(c) << written;
        EXPECT_EQ(c->frame.measure, "deaths") << written;
        EXPECT_EQ(c->subject, place) << written;
    }
    // A place named beside a subject narrows the toll to it: Mira's toll in Hanoi is not Mira's whole toll.
    auto storm = annotateText("Typhoon Mira killed 14 people in Hanoi on Sunday.");
    auto mira = figure(storm, "14 people");
    ASSERT_TRUE(mira);
    EXPECT_NE(mira->frame.scope.find("in Hanoi"), std::string::npos);
}

TEST(FigureFrames, AFigureSharedByPlacesOrWithoutAMeasureIsNoPlacesToll) {
    // Two places share the figure; a bare number after a list of something else is no toll.
    auto an = annotateText("Officials said 14 people died in Corvale and Bressan. The agency opened 4 offices in Corvale, 2 in Bressan.");
    auto shared = figure(an, "14 people");
    ASSERT_TRUE(shared);
    EXPECT_NE(shared->subject, "Corvale");
    EXPECT_NE(shared->subject, "Bressan");
    EXPECT_FALSE(figure(an, "2"));
    // A name that says whose event it was is no place the toll was counted in.
    auto whose = annotateText("Officials said 9 people died in Corvale's floods and 4 were hurt in Bressan raids.");
    for (const Claim& c : whose.claims) EXPECT_TRUE(c.subject != "Corvale" && c.subject != "Bressan") << c.text;
    // "respectively" still pairs by order when the figures do not name their own places.
    auto resp = annotateText("Corvale and Bressan reported 12 and 7 deaths respectively.");
    EXPECT_FALSE(figure(resp, "12"));
}

TEST(FigureFrames, EachGivesTheFigureToBothNames) {
    auto an = annotateText("The towns of Corvale and Bressan each have 24 deaths. Kenya and Ethiopia won 5 gold medals each.");
    std::set<std::string> deaths;
    std::set<std::string> golds;
    for (const Claim& c : an.claims) {
        if (c.kind != ClaimKind::Amount) continue;
        if (c.text == "24" && c.frame.measure == "deaths") deaths.insert(c.subject);
        if (c.text == "5" && c.frame.measure == "gold medals") golds.insert(c.subject);
    }
    EXPECT_EQ(deaths, (std::set<std::string>{"Corvale", "Bressan"}));
    EXPECT_EQ(golds, (std::set<std::string>{"Kenya", "Ethiopia"}));
    // Without "each" two names before a figure leave it no one's.
    auto together = annotateText("Kenya and Ethiopia won 9 gold medals.");
    for (const Claim& c : together.claims) EXPECT_FALSE(c.text == "9" && (c.subject == "Kenya" || c.subject == "Ethiopia"));
}

TEST(FigureFrames, TheHeightOfWarnedWavesIsAForecastOfTheStory) {
    // The waves a warning announces are no port's, and a forecast; a wave measured somewhere is another fact.
    auto an = annotateText("Officials near Port Alden issued warnings for waves as high as 3 metres on Monday. "
                           "The tallest wave to reach Port Alden measured 1.2 metres.");
    auto warned = figure(an, "3 metres");
    ASSERT_TRUE(warned);
    EXPECT_EQ(warned->frame.measure, "wave height");
    EXPECT_EQ(warned->frame.stage, "forecast");
    EXPECT_EQ(warned->subject, "");
    auto measured = figure(an, "1.2 metres");
    EXPECT_FALSE(measured && measured->frame.measure == "wave height");
    auto seen = annotateText("The warning came as waves of 2 metres hit the coast near Port Alden.");
    auto hit = figure(seen, "2 metres");
    EXPECT_FALSE(hit && hit->frame.measure == "wave height") << "waves seen while a warning stands were not warned of";

    auto zh = annotateText("气象厅发布海啸警报，指出可能出现最高达3米的海啸。港口观测到1.2米的海浪。");
    auto zhWarned = figure(zh, "3米");
    ASSERT_TRUE(zhWarned);
    EXPECT_EQ(zhWarned->frame.measure, "wave height");
    EXPECT_EQ(zhWarned->frame.stage, "forecast");
    auto zhMeasured = figure(zh, "1.2米");
    EXPECT_FALSE(zhMeasured && zhMeasured->frame.measure == "wave height");
}

TEST(FigureFrames, AChineseCeilingOnProceedsIsAForecastNotTheDaysHigh) {
    // "最高可扩大至" (could rise to at most) before proceeds is a ceiling the deal may reach; "最高" before a share
    // price is still the day's high.
    auto an = annotateText("若行使全部超额配售权，北辰能源募资额最高可扩大至120亿港元。北辰能源股价盘中最高报52.3港元。");
    auto raised = figure(an, "120亿港元");
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->frame.measure, "raised");
    EXPECT_EQ(raised->frame.stage, "forecast");
    EXPECT_NE(raised->attribute.find("upsized"), std::string::npos);
    auto high = figure(an, "52.3港元");
    ASSERT_TRUE(high);
    EXPECT_NE(high->frame.stage.find("intraday"), std::string::npos);
    // A product's "最高可达" is its specification, not a forecast.
    auto spec = annotateText("北辰汽车的续航里程最高可达700公里。");
    auto range = figure(spec, "700公里");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->frame.stage.find("forecast"), std::string::npos);
    // 初步 (initially) makes the proceeds a first estimate, as "initially" does in English.
    auto first = annotateText("北辰能源公布招股结果。北辰能源基础发行规模约1亿股，初步集资100亿港元。");
    auto initial = figure(first, "100亿港元");
    ASSERT_TRUE(initial);
    EXPECT_NE(initial->attribute.find("planned"), std::string::npos);
}

TEST(FigureFrames, AChineseFigureInBracketsRestatesTheFigureBeforeIt) {
    // "17级以上（约234公里/小时）": the speed in brackets is the wind force before it, in another unit.
    auto an = annotateText("台风登陆时风力在17级以上（约234公里/小时），随后减弱。");
    auto wind = figure(an, "约234公里/小时");
    ASSERT_TRUE(wind);
    EXPECT_EQ(wind->frame.measure, "wind speed");
    // A bracket after a clause break, or one holding another dimension ("距中心50公里", a distance), restates nothing.
    auto other = annotateText("台风中心附近最大风力62米/秒（距中心50公里），强度为超强台风级。");
    auto distance = figure(other, "50公里");
    EXPECT_TRUE(!distance || distance->frame.measure != "wind speed");
    auto apart = annotateText("台风登陆时风力在17级以上，（约234公里/小时）。");
    auto loose = figure(apart, "约234公里/小时");
    EXPECT_TRUE(!loose || loose->frame.measure != "wind speed");
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, AStormsWindAtLandfallIsOneMoment) {
    auto an = annotateText("Hurricane Oscar made landfall near Tampico with winds of 185 km/h. "
                           "台风“海燕”在莆田登陆，登陆时中心附近最大风力48米/秒。");
    auto en = figure(an, "185 km/h");
    ASSERT_TRUE(en);
    EXPECT_EQ(en->frame.stage, "landfall");
    EXPECT_EQ(en->frame.scope, "");
    auto zh = figure(an, "48米/秒");
    ASSERT_TRUE(zh);
    EXPECT_EQ(zh->frame.stage, "landfall");
    // A wind without the moment, and a figure of another measure said at landfall, take no landfall stage.
    auto other = annotateText("Hurricane Oscar had winds of 250 km/h over open water. The storm made landfall as 3,000 people fled.");
    auto sea = figure(other, "250 km/h");
    ASSERT_TRUE(sea);
    EXPECT_EQ(sea->frame.stage, "");
}

TEST(FigureFrames, AStormLandingAgainLandsAtAnotherMoment) {
    auto an = annotateText("Hurricane Oscar made landfall again near Veracruz with winds of 150 km/h. "
                           "台风“海燕”在温州再次登陆，登陆时中心附近最大风力45米/秒。");
    auto en = figure(an, "150 km/h");
    ASSERT_TRUE(en);
    EXPECT_EQ(en->frame.scope, "another");
    auto zh = figure(an, "45米/秒");
    ASSERT_TRUE(zh);
    EXPECT_EQ(zh->frame.scope, "another");
    auto second = annotateText("台风“海燕”在温州第二次登陆，登陆时中心附近最大风力45米/秒。");
    auto secondWind = figure(second, "45米/秒");
    ASSERT_TRUE(secondWind);
    EXPECT_EQ(secondWind->frame.scope, "another");
    // "再次" before a verb that is no new landfall or event says nothing of another moment.
    auto once = annotateText("台风“海燕”再次加强，登陆时中心附近最大风力45米/秒。");
    auto first = figure(once, "45米/秒");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->frame.scope, "");
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(FigureFrames, TheNameOfAScaleOwnsNoFigure) {
    // "on the Richter scale" measures the aftershock; the toll is nobody's the sentence names.
    auto an = annotateText("A strong aftershock measured 5.8 on the Richter scale after the earthquake killed at least 40 people.");
    auto toll = figure(an, "at least 40 people");
    ASSERT_TRUE(toll);
    EXPECT_EQ(toll->subject, "");
    // A name that is no scale's still owns its figure.
    auto named = annotateText("The quake measured 6.1 on the Richter scale. Richter Logistics said 40 passengers were stranded.");
    auto passengers = figure(named, "40");
    ASSERT_TRUE(passengers);
    EXPECT_EQ(passengers->subject, "Richter Logistics");
}

}  // namespace
}  // namespace parallax
