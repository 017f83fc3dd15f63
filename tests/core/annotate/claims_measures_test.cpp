// Whose a measurement is when its own words do not name it (claims_measures.cpp), on sentences written for these
// tests: an opening phrase's figure belongs to the main clause's subject; a generic noun stands for the one named
// thing of its kind the article names.
#include <gtest/gtest.h>

#include <optional>
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

std::optional<Claim> figure(const Annotations& an, const std::string& written) {
    for (const Claim& c : an.claims)
        if (c.kind == ClaimKind::Amount && c.text == written) return c;
    return std::nullopt;
}

TEST(MeasureSubjects, AnOpeningPhrasesFigureIsTheMainClauseSubjects) {
    auto an = annotateText("Packing maximum sustained winds of 190 km per hour near its eye, Typhoon Mira is the strongest "
                           "storm of 2025 so far.");
    auto wind = figure(an, "190 km per hour");
    ASSERT_TRUE(wind);
    EXPECT_EQ(wind->frame.measure, "wind speed");
    EXPECT_NE(wind->subject.find("Mira"), std::string::npos);
    // "so far" and "of 2025" belong to the main clause, not to the wind speed
    EXPECT_EQ(wind->frame.stage, "");
    EXPECT_EQ(wind->frame.period, "");
}

TEST(MeasureSubjects, AFigureOfTheMainClauseKeepsItsOwnSubject) {
    // The figure is after the opening phrase's comma: the phrase does not govern it.
    auto an = annotateText("Making landfall near the port, Typhoon Mira brought winds of 150 km/h.");
    auto wind = figure(an, "150 km/h");
    ASSERT_TRUE(wind);
    EXPECT_NE(wind->subject.find("Mira"), std::string::npos);
    // A name ending in -ing opens no participle phrase.
    auto other = annotateText("Beijing recorded gusts of 80 km/h, the highest this spring.");
    auto gust = figure(other, "80 km/h");
    ASSERT_TRUE(gust);
    EXPECT_EQ(gust->frame.measure, "wind speed");
}

TEST(MeasureSubjects, AGenericNounIsTheNamedThingOfItsKind) {
    auto an = annotateText("The Harlow Bay Bridge opened in 1981. Plans to repair the 3.4-mile bridge were announced on "
                           "Monday.");
    auto length = figure(an, "3.4-mile");
    ASSERT_TRUE(length);
    EXPECT_EQ(length->frame.measure, "length");
    EXPECT_EQ(length->subject, "Harlow Bay Bridge");
}

TEST(MeasureSubjects, TwoNamedThingsOfTheKindLeaveTheNounGeneric) {
    auto an = annotateText("The Harlow Bridge and the Kenton Bridge both closed. Plans to repair the 3.4-mile bridge "
                           "were announced.");
    auto length = figure(an, "3.4-mile");
    ASSERT_TRUE(length);
    EXPECT_EQ(length->subject, "bridge");
}

TEST(MeasureSubjects, ANounWrittenBesideTheNameResolvesToo) {
    auto an = annotateText("The container ship Marlow left the port at dawn. The 98,000-ton ship ran aground at noon.");
    auto mass = figure(an, "98,000-ton");
    ASSERT_TRUE(mass);
    EXPECT_EQ(mass->frame.measure, "mass");
    EXPECT_EQ(mass->subject, "Marlow");
}

TEST(MeasureSubjects, ASpecRowGluedToItsLabelIsThePagesThings) {
    // A reference page's infobox copied without its cells: the row's label is the measure, the page's defined
    // thing the subject, and a ship's speed as a specification does not move.
    auto an = annotateText("Tonnage\n\n41,200 GT\n\nSpeed19 knots (35 km/h; 22 mph)\n\nLaunched12 May 2011\n\n"
                           "MV Harrow Star is a container ship built in 2011.");
    auto speed = figure(an, "19 knots");
    ASSERT_TRUE(speed);
    EXPECT_EQ(speed->frame.measure, "speed");
    EXPECT_EQ(speed->subject, "MV Harrow Star");
    EXPECT_FALSE(speed->frame.moves);
    // The conversions in parentheses are the row's, not claims of their own; a date row has no unit.
    EXPECT_FALSE(figure(an, "22 mph"));
    EXPECT_FALSE(figure(an, "12"));
}

TEST(MeasureSubjects, AGluedCodeIsNoSpecRow) {
    // "iPhone16", "RTX4090": a name with a number, not a label and a value.
    auto an = annotateText("RTX4090 cards\n\niPhone16 at 6.1 inches\n\nWinds50 km/h");
    for (const Quantity& q : an.quantities) EXPECT_EQ(q.text.find("4090"), std::string::npos);
    EXPECT_FALSE(figure(an, "50 km/h"));  // "winds" is no measure's name: the row has no measure
}

TEST(MeasureSubjects, ASpeedAShipCanMakeIsASpecification) {
    auto an = annotateText("The Marlow can cruise at 21 knots. The Marlow was travelling at 8 knots when it struck the pier.");
    auto spec = figure(an, "21 knots");
    ASSERT_TRUE(spec);
    EXPECT_FALSE(spec->frame.moves);
    auto making = figure(an, "8 knots");
    ASSERT_TRUE(making);
    EXPECT_TRUE(making->frame.moves);
}

TEST(MeasureSubjects, PoundsAfterAWeightAreMassNotSterling) {
    auto an = annotateText("The Marlow, a container ship weighing 9,000 pounds, docked. The club paid 9,000 pounds for "
                           "the boat. A 250-pound anchor was lost.");
    bool mass = false;
    bool money = false;
    bool compound = false;
    for (const Quantity& q : an.quantities) {
        mass = mass || (q.text == "9,000 pounds" && q.unit == "lb" && q.span.start < 40);
        money = money || (q.text == "9,000 pounds" && q.unit == "GBP");
        compound = compound || (q.text == "250-pound" && q.unit == "lb");
    }
    EXPECT_TRUE(mass);
    EXPECT_TRUE(money);  // "paid 9,000 pounds" is still money
    EXPECT_TRUE(compound);
}

TEST(MeasureSubjects, ARelativeClausesFigureIsItsHeadNounsNamedThing) {
    auto an = annotateText("Crews reached the Marlow, the stricken cargo ship, at dawn. \"This is a ship that's the "
                           "length of two stadiums and weighing 80,000 tonnes,\" the mayor said.");
    auto mass = figure(an, "80,000 tonnes");
    ASSERT_TRUE(mass);
    EXPECT_EQ(mass->frame.measure, "mass");
    EXPECT_EQ(mass->subject, "Marlow");
}

TEST(MeasureSubjects, ATonnageIsAMass) {
    auto an = annotateText("The Marlow, built in 2012, has a gross tonnage of 80,000 tonnes.");
    auto mass = figure(an, "80,000 tonnes");
    ASSERT_TRUE(mass);
    EXPECT_EQ(mass->frame.measure, "mass");
}

TEST(MeasureSubjects, ASpecNounAfterACompoundSizeKeepsTheProduct) {
    // "a 6.9-inch screen": the noun is the measure, the size the product's; "the 984-foot-long ship": the noun is
    // the thing measured, not the name before it.
    auto an = annotateText("The Lumen X9 Max has a 6.9-inch screen. Nordwind Group chartered the 984-foot-long ship.");
    auto screen = figure(an, "6.9-inch");
    ASSERT_TRUE(screen);
    EXPECT_EQ(screen->frame.measure, "screen size");
    EXPECT_NE(screen->subject.find("X9"), std::string::npos);
    auto length = figure(an, "984-foot");
    ASSERT_TRUE(length);
    EXPECT_EQ(length->subject, "ship");
}

TEST(MeasureSubjects, TheSizedNounOpeningASentenceIsTheThingTheSentenceBeforeOpensWith) {
    auto an = annotateText("The Kestrel Explorer mission was launched by a heavy rocket on May 3. "
                           "The 8.35-ton spacecraft was built by a state academy.");
    auto mass = figure(an, "8.35-ton");
    ASSERT_TRUE(mass);
    EXPECT_EQ(mass->subject, "Kestrel Explorer");
    // The sentence before names such a thing itself: the noun is that one, not the name it opens with.
    auto bridge = annotateText("The Corvale Star struck a bridge in the harbour at night. The 2.6-mile bridge collapsed.");
    auto length = figure(bridge, "2.6-mile");
    ASSERT_TRUE(length);
    EXPECT_NE(length->subject, "Corvale Star");
    // A company, a person or a place the sentence before opens with has no size.
    auto firm = annotateText("Acme Corp unveiled its plans on Monday. The 300-metre tower will open in 2027.");
    for (const Claim& c : firm.claims) EXPECT_NE(c.subject, "Acme Corp") << c.text;
}

}  // namespace
}  // namespace parallax
