// Plain-text saves of web pages: a masthead, a menu and section labels stand above the headline.
#include <gtest/gtest.h>

#include "core/extract/lexicon.h"
#include "core/extract/navigation.h"
#include "core/extract/title.h"
#include "load_data.h"

namespace parallax::extract {
namespace {

using testdata::extractData;
using testdata::has;

Block para(std::string text) { return Block{BlockKind::Paragraph, 0, std::move(text)}; }

TEST(MenuLine, SeparatedShortItems) {
    auto m = parseMenuLine("Markets | Deals | IPO Tracker | Funds | Opinion | Events");
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->items, 6u);
    EXPECT_EQ(m->longestWords, 2u);
    EXPECT_FALSE(m->digits);
    EXPECT_TRUE(parseMenuLine("Home > Semiconductors > Policy"));
    EXPECT_TRUE(parseMenuLine("News \xC2\xB7 Video \xC2\xB7 Podcasts"));
    EXPECT_TRUE(parseMenuLine("Share: LinkedIn | X | Email | Print"));
    EXPECT_TRUE(parseMenuLine("Sign In | Subscribe"));
    auto row = parseMenuLine("Revenue | 1.26bn | 0.89bn");
    ASSERT_TRUE(row.has_value());
    EXPECT_TRUE(row->digits);
}

TEST(MenuLine, HeadlinesAndSentencesAreNotMenus) {
    EXPECT_FALSE(parseMenuLine("Cloud provider cuts storage prices | Northfield Tech Ledger"));
    EXPECT_FALSE(parseMenuLine("Chipmaker Buys Startup"));
    EXPECT_FALSE(parseMenuLine("buy / sell / hold"));  // lower-case words: prose, not labels
    EXPECT_FALSE(parseMenuLine("Prices rose. | Costs fell. | Margins held."));
    EXPECT_FALSE(parseMenuLine("TOKYO/SINGAPORE - Shares fell"));
    EXPECT_FALSE(parseMenuLine(""));
}

TEST(Title, MastheadGivesWayToTheHeadlineAboveTheByline) {
    const BoilerplateLexicon lex({"line\tlog in", "line\tsubscribe"});
    const std::vector<Block> blocks = {
        para("DELTA MARKETS WEEKLY"),
        para("Stocks | Bonds | Currencies | Commodities"),
        para("Log in"),
        para("BONDS"),
        para("Government bond yields fall to a three-month low as inflation cools"),
        para("By Sara Lind"),
        para("The yield on the ten-year benchmark fell for a third day on Monday after data showed prices rising "
             "more slowly than economists had expected."),
    };
    const TitlePick t = findTitleBlock(blocks, lex);
    EXPECT_EQ(t.index, 4);
    EXPECT_EQ(t.masthead, 0);
    EXPECT_EQ(findMasthead(blocks, lex, t.index).value_or("none"), "Delta Markets Weekly");
}

TEST(Title, AShortHeadlineFollowedByADeckStays) {
    const BoilerplateLexicon lex({"line\tlog in"});
    const std::vector<Block> blocks = {
        para("Chipmaker Buys Startup"),
        para("The deal gives the company a team that designs memory controllers for phones and cars"),
        para("By Omar Haddad"),
    };
    const TitlePick t = findTitleBlock(blocks, lex);
    EXPECT_EQ(t.index, 0);
    EXPECT_EQ(t.masthead, -1);
    // No navigation under the first line: it is the headline, not a site name.
    EXPECT_FALSE(findMasthead(blocks, lex, 1));
}

TEST(Title, TwoSentencesOnlyRightAboveABylineOrDate) {
    const BoilerplateLexicon lex({"line\tsearch"});
    const std::vector<Block> withByline = {
        para("Search"),
        para("TABLETS"),
        para("The tablet market just shrank again. Here's why makers keep trying"),
        para("By Ana Ruiz"),
        para("March 3, 2025"),
    };
    EXPECT_EQ(findTitleBlock(withByline, lex).index, 2);
    const std::vector<Block> withoutByline = {
        para("Prices barely moved so far. Traders wait for the data"),
        para("Traders held positions ahead of the data, which is due on Friday and is expected to show slower growth."),
    };
    EXPECT_EQ(findTitleBlock(withoutByline, lex).index, -1);
}

TEST(PageSave, GapSeparatedMenuAndAllCapitalsMasthead) {
    const Article a = extractData("masthead-gap-menu.txt");
    EXPECT_EQ(a.title, "Grid operator approves battery farm near the old coal port after two-year review");
    EXPECT_EQ(a.byline, "Tomas Lindgren");
    EXPECT_EQ(a.outlet, "Harbourlight Business Review");
    EXPECT_EQ(a.outletHow, "masthead above the title");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-05-14");
    EXPECT_EQ(a.text.rfind("The regional grid operator on Wednesday approved", 0), 0u) << a.text.substr(0, 120);
    for (const char* junk : {"Economy", "Sign In", "Listen to this", "Share", "Print"})
        EXPECT_FALSE(has(a.text, junk)) << junk;
    EXPECT_TRUE(has(a.text, "many of which sit on valuable grid connections."));
}

TEST(PageSave, PipeMenuDoesNotReachTheText) {
    const Article a = extractData("masthead-pipe-menu.txt");
    EXPECT_EQ(a.title, "Cloud provider cuts storage prices by a third as rivals add cheaper tiers");
    EXPECT_EQ(a.byline, "Amara Osei");
    EXPECT_EQ(a.outlet, "Northfield Tech Ledger");
    EXPECT_EQ(a.text.rfind("A mid-sized cloud provider said on Tuesday", 0), 0u) << a.text.substr(0, 120);
    for (const char* junk : {"Home | Chips", "Startups", "LinkedIn", "Log in", "Editing by", "Spotted an error",
                             "Cloud Weekly", "Our Standards"})
        EXPECT_FALSE(has(a.text, junk)) << junk;
    EXPECT_TRUE(has(a.text, "The cut applies in all of the company's 14 regions, it said."));
}

TEST(PageSave, ATableKeepsItsRowsWhileAStrayMenuGoes) {
    const Article a = extractData("table-in-text.txt");
    EXPECT_EQ(a.title, "Smartphone shipments rise for a second quarter as budget models sell well");
    EXPECT_TRUE(has(a.text, "Maker | Q2 2025 | Q2 2024 | Change")) << a.text;
    EXPECT_TRUE(has(a.text, "Gamma | 31.7 | 28.2 | 12%"));
    EXPECT_FALSE(has(a.text, "Home | World"));
    EXPECT_TRUE(has(a.text, "The research firm expects full-year shipments"));
}

TEST(PageSave, TwoSentenceHeadlineAboveTheByline) {
    const Article a = extractData("two-sentence-headline.txt");
    EXPECT_EQ(a.title, "The budget phone market just got crowded. Here's who stands to lose");
    EXPECT_EQ(a.byline, "Keiko Arai");
    EXPECT_EQ(a.outlet, "Bayline Digital");
    EXPECT_EQ(a.text.rfind("Three phone makers launched handsets", 0), 0u) << a.text.substr(0, 120);
    EXPECT_FALSE(has(a.text, "4 min read"));
}

TEST(PageSave, TwoSentenceHeadlineWithAStandfirstBeforeTheByline) {
    const Article a = extractData("two-sentence-headline-deck.txt");
    EXPECT_EQ(a.title, "Your pension fees just fell. Here's how to check what you pay");
    EXPECT_EQ(a.byline, "Helen Marsh");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-10-02");
    EXPECT_FALSE(has(a.text, "Your pension fees just fell"));
    EXPECT_TRUE(has(a.text, "Annual fees on default workplace pension funds"));
}

TEST(PageSave, TwoSentencesWithoutABylineStayText) {
    // No byline or date under it: the opening line is read as text and the title is taken from it, shortened.
    const Article a = extractData("two-sentences-no-byline.txt");
    EXPECT_TRUE(has(a.text, "Freight rates climbed again this week. Carriers blame congestion"));
    EXPECT_TRUE(a.outlet.empty()) << a.outlet;
}

TEST(PageSave, ShortHeadlineKeepsItsDeck) {
    const Article a = extractData("short-headline-with-deck.txt");
    EXPECT_EQ(a.title, "Chipmaker Buys Startup");
    EXPECT_TRUE(a.outlet.empty()) << a.outlet;
    EXPECT_EQ(a.byline, "Omar Haddad");
    EXPECT_TRUE(has(a.text, "A chipmaker said on Wednesday"));
}

TEST(PageSave, HeadlineGluedToAReportHeaderAndALineOfNamesAndDate) {
    const Article a = extractData("research-note-front-matter.md");
    EXPECT_EQ(a.title, "Memory prices rise for a third quarter as AI servers soak up supply");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-06-12");
    EXPECT_EQ(a.text.rfind("Contract prices for server memory rose", 0), 0u) << a.text.substr(0, 160);
    for (const char* junk : {"Weekly note", "Analysis \xE2\x80\x94", "forwarded this"})
        EXPECT_FALSE(has(a.text, junk)) << junk;
}

TEST(PageSave, CopyrightNoticeNamesThePublisherWhenNothingElseDoes) {
    const Article a = extractData("research-note-copyright.txt");
    EXPECT_EQ(a.title, "Fibre operators face a capex squeeze as copper switch-off slips");
    EXPECT_EQ(a.outlet, "Meridian Bay Research");
    EXPECT_EQ(a.outletHow, "copyright notice");
    EXPECT_FALSE(has(a.text, "investment advice"));
    // A masthead, when there is one, is nearer the headline and wins.
    EXPECT_EQ(extractData("two-sentence-headline-deck.txt").outlet, "Quayside Money");
}

TEST(PageSave, MarkdownMastheadAndABylineWithDotSeparators) {
    const Article a = extractData("newsletter-masthead.md");
    EXPECT_EQ(a.title, "Memory prices rise for a third quarter as AI servers soak up supply");
    EXPECT_EQ(a.outlet, "Kestrel Markets Letter");
    EXPECT_EQ(a.byline, "Priya Natarajan");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-06-12");
    EXPECT_EQ(a.text.rfind("Contract prices for server memory rose", 0), 0u) << a.text.substr(0, 160);
}

}  // namespace
}  // namespace parallax::extract
