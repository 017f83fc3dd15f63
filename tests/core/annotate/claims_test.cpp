// Claim extraction on sentences written for these tests (facts invented or general).
#include <gtest/gtest.h>

#include <optional>

#include "tests/core/annotate/claims_fixture.h"

using parallax::Claim;
using parallax::ClaimKind;
using parallax::EntityKind;
using parallax::testing::Doc;

namespace {

// A copy, so that a claim found in a temporary list stays valid.
std::optional<Claim> find(const std::vector<Claim>& claims, const std::string& subject, const std::string& attribute) {
    for (const Claim& c : claims) {
        if (c.subject == subject && c.attribute == attribute) return c;
    }
    return std::nullopt;
}

}  // namespace

TEST(ClaimsEvent, ActiveVoiceDatesTheObject) {
    Doc d("Acme Robotics unveiled its Falcon X1 drone in March 2023. It sold out quickly.");
    d.entity("Acme Robotics", EntityKind::Organization).entity("Falcon X1", EntityKind::Product).time("March 2023", "2023-03");
    d.extract();
    std::optional<Claim> c = find(d.claims(ClaimKind::Event), "Falcon X1", "released");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->value, "2023-03");
    EXPECT_EQ(c->text, "March 2023");
    EXPECT_FALSE(c->negated);
    EXPECT_EQ(c->sentence, 0);
    EXPECT_FALSE(find(d.claims(ClaimKind::Event), "Acme Robotics", "released"));
}

TEST(ClaimsEvent, PassiveAndRelativeClausesDateTheNameBefore) {
    Doc d("The Orion 2, released in June 2022, sold well. Vela's Lumen3 model family, which debuted in May 2024, "
          "is popular. Nimbus Labs was founded in 2015 by two engineers.");
    d.entity("Orion 2", EntityKind::Product).entity("Vela", EntityKind::Organization).entity("Lumen3", EntityKind::Product)
        .entity("Nimbus Labs", EntityKind::Organization)
        .time("June 2022", "2022-06").time("May 2024", "2024-05").time("2015", "2015");
    d.extract();
    auto events = d.claims(ClaimKind::Event);
    ASSERT_TRUE(find(events, "Orion 2", "released"));
    EXPECT_EQ(find(events, "Orion 2", "released")->value, "2022-06");
    ASSERT_TRUE(find(events, "Lumen3", "released"));
    EXPECT_EQ(find(events, "Lumen3", "released")->value, "2024-05");
    ASSERT_TRUE(find(events, "Nimbus Labs", "founded"));
    EXPECT_EQ(find(events, "Nimbus Labs", "founded")->value, "2015");
}

TEST(ClaimsEvent, DebutOnAnExchangeIsAListing) {
    Doc d("Nimbus Labs debuted on the Nasdaq in April 2021.");
    d.entity("Nimbus Labs", EntityKind::Organization).entity("Nasdaq", EntityKind::Organization).time("April 2021", "2021-04");
    d.extract();
    std::optional<Claim> c = find(d.claims(ClaimKind::Event), "Nimbus Labs", "listed");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->value, "2021-04");
}

TEST(ClaimsEvent, WithoutEntitiesOrTimesTheFallbacksStillFindTheClaim) {
    Doc d("In November, Zorblax debuted its Q7 model, which beat rivals on two tests.");
    d.extract();
    std::optional<Claim> c = find(d.claims(ClaimKind::Event), "Q7", "released");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->value, "XXXX-11");  // the month, year unknown
}

TEST(ClaimsEvent, NegationAndHedgeAreKept) {
    Doc d("Acme reportedly did not launch the Falcon X1 in 2020.");
    d.entity("Acme", EntityKind::Organization).entity("Falcon X1", EntityKind::Product).time("2020", "2020");
    d.extract();
    std::optional<Claim> c = find(d.claims(ClaimKind::Event), "Falcon X1", "released");
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->negated);
    EXPECT_TRUE(c->hedged);
}

TEST(ClaimsCategory, NameFollowedByTermAppositionAndCopula) {
    Doc d("Kestrel's Vireo 5 AI chip is fast. The Pelican 2, a GPU for games, ships soon. The Heron 7 is a "
          "neural processing unit. Kestrel chips are in demand.");
    d.entity("Kestrel", EntityKind::Organization).entity("Vireo 5", EntityKind::Product).entity("Pelican 2", EntityKind::Product)
        .entity("Heron 7", EntityKind::Product);
    d.extract();
    auto cats = d.claims(ClaimKind::Category);
    ASSERT_TRUE(find(cats, "Vireo 5", "category"));
    EXPECT_EQ(find(cats, "Vireo 5", "category")->value, "AI chip");
    ASSERT_TRUE(find(cats, "Pelican 2", "category"));
    EXPECT_EQ(find(cats, "Pelican 2", "category")->value, "GPU");
    ASSERT_TRUE(find(cats, "Heron 7", "category"));
    EXPECT_EQ(find(cats, "Heron 7", "category")->value, "NPU");
    // An organisation is the maker, not a kind of chip.
    EXPECT_FALSE(find(cats, "Kestrel", "category"));
}

TEST(ClaimsCategory, AiCpuIsACpuAndModifiersAreNotCategories) {
    Doc d("Its Vireo 5 AI CPU beat rivals. The chip shortage hit the Vireo 5 line. The Vireo 5 is reportedly not a GPU.");
    d.entity("Vireo 5", EntityKind::Product);
    d.extract();
    auto cats = d.claims(ClaimKind::Category);
    ASSERT_EQ(cats.size(), 2u);
    EXPECT_EQ(cats[0].value, "CPU");
    EXPECT_EQ(cats[0].text, "AI CPU");
    EXPECT_EQ(cats[1].value, "GPU");
    EXPECT_TRUE(cats[1].negated);
    EXPECT_TRUE(cats[1].hedged);
}

TEST(ClaimsRole, PossessiveAppositiveAndTitleBeforeName) {
    Doc d("Northwind's chief executive Maria Lopez spoke first. Tom Reyes, chief technology officer at Northwind, "
          "followed. CEO Jane Park declined to comment. Ana Ruiz, a former senior researcher at Vela, was there.");
    d.entity("Northwind", EntityKind::Organization).entity("Maria Lopez", EntityKind::Person)
        .entity("Tom Reyes", EntityKind::Person).entity("Jane Park", EntityKind::Person)
        .entity("Ana Ruiz", EntityKind::Person).entity("Vela", EntityKind::Organization);
    d.extract();
    auto roles = d.claims(ClaimKind::Role);
    ASSERT_TRUE(find(roles, "Maria Lopez", "title"));
    EXPECT_EQ(find(roles, "Maria Lopez", "title")->value, "chief executive officer");
    EXPECT_EQ(find(roles, "Maria Lopez", "title")->object, "Northwind");
    ASSERT_TRUE(find(roles, "Tom Reyes", "title"));
    EXPECT_EQ(find(roles, "Tom Reyes", "title")->value, "chief technology officer");
    EXPECT_EQ(find(roles, "Tom Reyes", "title")->object, "Northwind");
    ASSERT_TRUE(find(roles, "Jane Park", "title"));
    ASSERT_TRUE(find(roles, "Ana Ruiz", "former title"));
    EXPECT_EQ(find(roles, "Ana Ruiz", "former title")->object, "Vela");
}

TEST(ClaimsRole, NamedToATitle) {
    Doc d("Li Wei, who was named Northwind's chief AI scientist in May, spoke on Monday.");
    d.entity("Li Wei", EntityKind::Person).entity("Northwind", EntityKind::Organization);
    d.extract();
    std::optional<Claim> c = find(d.claims(ClaimKind::Role), "Li Wei", "title");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->value, "chief AI scientist");
    EXPECT_EQ(c->object, "Northwind");
}

TEST(ClaimsQuote, SpeakerAfterAndBeforeTheQuote) {
    Doc d("\u201CWe will ship the first units next spring,\u201D said Maria Lopez. Tom Reyes said: \"Demand is far "
          "ahead of supply this year.\" Lopez said that prices would stay flat for the rest of the year.");
    d.entity("Maria Lopez", EntityKind::Person).entity("Tom Reyes", EntityKind::Person)
        .entity("Lopez", EntityKind::Person, "Maria Lopez");
    d.extract();
    auto quotes = d.claims(ClaimKind::Quote);
    std::optional<Claim> first = find(quotes, "Maria Lopez", "said");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->speaker, "Maria Lopez");
    EXPECT_EQ(first->value, "we will ship the first units next spring");
    std::optional<Claim> second = find(quotes, "Tom Reyes", "said");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->value, "demand is far ahead of supply this year");
    std::optional<Claim> para = find(quotes, "Maria Lopez", "said (paraphrase)");
    ASSERT_TRUE(para);
    EXPECT_EQ(para->value, "prices would stay flat for the rest of the year");
}

TEST(ClaimsComparison, BetterWorseAndNegatedMatch) {
    Doc d("The Vireo 5 outperforms the Falcon X1 by 20% in training. The Heron 7 can't match the Falcon X1. "
          "Those chips lag behind American chips.");
    d.entity("Vireo 5", EntityKind::Product).entity("Falcon X1", EntityKind::Product).entity("Heron 7", EntityKind::Product);
    d.extract();
    auto cmp = d.claims(ClaimKind::Comparison);
    std::optional<Claim> better = find(cmp, "Vireo 5", "performance");
    ASSERT_TRUE(better);
    EXPECT_EQ(better->value, "better");
    EXPECT_EQ(better->object, "Falcon X1");
    std::optional<Claim> worse = find(cmp, "Heron 7", "performance");
    ASSERT_TRUE(worse);
    EXPECT_EQ(worse->value, "worse");
    EXPECT_TRUE(worse->negated);
    std::optional<Claim> phrase = find(cmp, "those chips", "performance");
    ASSERT_TRUE(phrase);
    EXPECT_EQ(phrase->object, "american chips");
    EXPECT_EQ(phrase->value, "worse");
}

TEST(ClaimsAmount, MeasureSubjectAndQualifiers) {
    Doc d("Northwind raised $600 million in its IPO. Northwind shares closed at $48.20 on Friday. "
          "The company plans to spend up to $2 billion next year.");
    d.entity("Northwind", EntityKind::Organization)
        .amount("$600 million", 6e8, 5.995e8, 6.005e8, "USD")
        .amount("$48.20", 48.2, 48.195, 48.205, "USD")
        .amount("$2 billion", 2e9, 1.5e9, 2e9, "USD", true);
    d.extract();
    auto amounts = d.claims(ClaimKind::Amount);
    std::optional<Claim> raised = find(amounts, "Northwind", "raised (ipo)");
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->value, "6e+08 USD");
    EXPECT_EQ(raised->text, "$600 million");
    ASSERT_TRUE(find(amounts, "Northwind", "price (closing)"));
    // "The company" is the article's main organisation; "plans to ... up to" makes it another measure.
    std::optional<Claim> planned = find(amounts, "Northwind", "spending (planned)");
    ASSERT_TRUE(planned);
    EXPECT_TRUE(planned->hedged);
    EXPECT_EQ(amounts.size(), 3u);
}

TEST(ClaimsAmount, AConversionIsTheSameMeasureAndAFigureWithoutANameIsLeftAlone) {
    Doc d("Northwind raised HK$2.5 billion ($320 million) in its listing. A rival spent $5 million on ads.");
    d.entity("Northwind", EntityKind::Organization)
        .amount("HK$2.5 billion", 2.5e9, 2.45e9, 2.55e9, "HKD")
        .amount("$320 million", 3.2e8, 3.195e8, 3.205e8, "USD", false, 0)
        .amount("$5 million", 5e6, 4.5e6, 5.5e6, "USD");
    d.extract();
    auto amounts = d.claims(ClaimKind::Amount);
    ASSERT_EQ(amounts.size(), 2u);
    EXPECT_EQ(amounts[0].attribute, "raised (ipo)");
    EXPECT_EQ(amounts[1].attribute, "raised (ipo)");
    EXPECT_EQ(amounts[1].text, "$320 million");
}

TEST(ClaimsAmount, ANameInsideAnAppositionIsNotTheSubject) {
    Doc d("Training Nova 3, the model on which Nova Chat is built, cost $4.2 million.");
    d.entity("Nova 3", EntityKind::Product).entity("Nova Chat", EntityKind::Product)
        .amount("$4.2 million", 4.2e6, 4.15e6, 4.25e6, "USD");
    d.extract();
    auto amounts = d.claims(ClaimKind::Amount);
    ASSERT_EQ(amounts.size(), 1u);
    EXPECT_EQ(amounts[0].subject, "Nova 3");
    EXPECT_EQ(amounts[0].attribute, "cost");
}

TEST(ClaimsAmount, AParticipleAsideAndATickerAreNotTheSubject) {
    Doc d("Corvid Labs (CRVD), listed on Euronext, closed Friday at $38.15, down 2.4 percent.");
    d.entity("Corvid Labs", EntityKind::Organization).entity("CRVD", EntityKind::Organization)
        .entity("Euronext", EntityKind::Organization)
        .amount("$38.15", 38.15, 38.145, 38.155, "USD")
        .amount("2.4 percent", 2.4, 2.35, 2.45, "%");
    d.extract();
    auto amounts = d.claims(ClaimKind::Amount);
    ASSERT_EQ(amounts.size(), 2u);
    for (const Claim& c : amounts) {
        EXPECT_EQ(c.subject, "Corvid Labs") << c.text;
        EXPECT_EQ(c.frame.stage, "close") << "\"closed Friday at\" is a close: " << c.text;
    }
}

TEST(ClaimsAmount, AMomentOfTradingIsNoRunningTally) {
    Doc d("Ahead of its results, Corvid Labs shares were down 1.5% at the close.");
    d.entity("Corvid Labs", EntityKind::Organization).amount("1.5%", 1.5, 1.45, 1.55, "%");
    d.extract();
    auto amounts = d.claims(ClaimKind::Amount);
    ASSERT_EQ(amounts.size(), 1u);
    EXPECT_EQ(amounts[0].frame.stage, "close") << "\"ahead of\" dates the move, it does not make it interim";
}

TEST(ClaimsVersion, RankingOfAVersionedProduct) {
    Doc d("Vela's Lumen 3.5 became the most downloaded model on ModelHub last year.");
    d.entity("Vela", EntityKind::Organization).entity("Lumen 3.5", EntityKind::Product).entity("ModelHub", EntityKind::Organization);
    d.extract();
    auto versions = d.claims(ClaimKind::Version);
    ASSERT_EQ(versions.size(), 1u);
    EXPECT_EQ(versions[0].subject, "Lumen");
    EXPECT_EQ(versions[0].value, "3.5");
    EXPECT_EQ(versions[0].attribute, "rank 1 on ModelHub");
    EXPECT_EQ(versions[0].text, "Lumen 3.5");
}

TEST(ClaimsStance, DirectionSubjectObjectSpeakerAndHedge) {
    Doc d("Ruritania is closing the gap with Freedonia in batteries. The shortage could widen the gap between "
          "Ruritania and Freedonia, Ana Ruiz said.");
    d.entity("Ruritania", EntityKind::Place).entity("Freedonia", EntityKind::Place).entity("Ana Ruiz", EntityKind::Person);
    d.extract();
    auto stances = d.claims(ClaimKind::Stance);
    ASSERT_EQ(stances.size(), 2u);
    EXPECT_EQ(stances[0].subject, "Ruritania");
    EXPECT_EQ(stances[0].object, "Freedonia");
    EXPECT_EQ(stances[0].value, "narrowing");
    EXPECT_TRUE(stances[0].speaker.empty());
    EXPECT_FALSE(stances[0].hedged);
    EXPECT_EQ(stances[1].subject, "Ruritania");
    EXPECT_EQ(stances[1].value, "widening");
    EXPECT_EQ(stances[1].speaker, "Ana Ruiz");
    EXPECT_TRUE(stances[1].hedged);
}

TEST(ClaimsQuote, TheSpeakerIsThePersonAfterAnOrganisationAndATitle) {
    Doc d("\"We will appeal the ruling in the coming weeks,\" said Northwind CEO Maria Lopez in a statement.");
    d.entity("Northwind", EntityKind::Organization).entity("Maria Lopez", EntityKind::Person);
    d.extract();
    auto quotes = d.claims(ClaimKind::Quote);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(quotes[0].speaker, "Maria Lopez");
}

TEST(ClaimsQuote, AQuoteOverSeveralSentencesClosesOnce) {
    Doc d("\"Prices will rise. Supply is short. We expect it to last,\" said Maria Lopez. Tom Reyes agreed: \"The "
          "shortage will last until the end of next year.\"");
    d.entity("Maria Lopez", EntityKind::Person).entity("Tom Reyes", EntityKind::Person);
    d.extract();
    auto quotes = d.claims(ClaimKind::Quote);
    ASSERT_EQ(quotes.size(), 1u);  // "agreed:" is no speech verb Parallax knows; nothing is misattributed
    EXPECT_EQ(quotes[0].speaker, "Maria Lopez");
    EXPECT_EQ(quotes[0].value, "prices will rise supply is short we expect it to last");
}

TEST(ClaimsRobustness, OddInputDoesNotBreakExtraction) {
    for (const char* text : {"", "\"", "\"\"\"\"", "?", "In", "The , a CPU .", "\xE2\x80\x9C unclosed quote said",
                             "raised $ by in November, , , debuted", "\xE4\xB8\xAD\xE6\x96\x87 AI chip"}) {
        Doc d(text);
        d.extract();
        for (const Claim& c : d.ann.claims) {
            EXPECT_LE(c.span.end, d.article.text.size()) << text;
            EXPECT_LE(c.valueSpan.end, d.article.text.size()) << text;
        }
    }
}
