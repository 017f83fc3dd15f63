#include <gtest/gtest.h>

#include "core/extract/dates.h"
#include "core/extract/header.h"
#include "core/extract/language.h"
#include "core/extract/lexicon.h"
#include "core/extract/textutil.h"
#include "core/extract/title.h"

namespace parallax::extract {
namespace {

std::string iso(std::string_view text, int yearHint = 0) {
    auto f = findDate(text, yearHint);
    return f ? f->date.iso() : std::string("none");
}

TEST(Dates, WrittenForms) {
    EXPECT_EQ(iso("Published January 20, 2025 at 9:00"), "2025-01-20");
    EXPECT_EQ(iso("Updated: 9 Jan. 2025"), "2025-01-09");
    EXPECT_EQ(iso("Sept 3rd, 2024"), "2024-09-03");
    EXPECT_EQ(iso("posted 2025-01-20T10:00:00Z"), "2025-01-20");
    EXPECT_EQ(iso("2025/3/7"), "2025-03-07");
    EXPECT_EQ(iso("发布时间：2025年1月20日 10:32"), "2025-01-20");
    EXPECT_EQ(iso("in November 2024"), "2024-11");
    EXPECT_EQ(iso("Jan 9", 2025), "2025-01-09");
    EXPECT_EQ(iso("Jan 9"), "none") << "no year, no hint";
    EXPECT_EQ(iso("February 30, 2025"), "none");
    EXPECT_EQ(iso("May I ask a question"), "none");
}

TEST(Dates, Datelines) {
    auto d = findDateline("BEIJING, Jan 9 (Reuters) - Chinese chipmakers said on Thursday...", 2025);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->outlet, "Reuters");
    ASSERT_TRUE(d->date);
    EXPECT_EQ(d->date->iso(), "2025-01-09");
    auto ap = findDateline("WASHINGTON (AP) \xE2\x80\x94 Lawmakers voted on Friday to extend the program.");
    ASSERT_TRUE(ap);
    EXPECT_EQ(ap->outlet, "AP");
    EXPECT_FALSE(ap->date);
    EXPECT_FALSE(findDateline("The company (which was founded in 2010) - said it would grow."));
}

TEST(Dates, MetadataValues) {
    ASSERT_TRUE(parseAnyDate("2024-11-07T14:00:00+08:00"));
    EXPECT_EQ(parseAnyDate("2024-11-07T14:00:00+08:00")->iso(), "2024-11-07");
    EXPECT_EQ(parseAnyDate(" Thu, 7 Nov 2024 14:00:00 GMT")->iso(), "2024-11-07");
    EXPECT_FALSE(parseAnyDate("yesterday"));
}

TEST(Header, Bylines) {
    auto b = parseBylineLine("By Jane Doe | Example News");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->name, "Jane Doe");
    EXPECT_EQ(b->outlet, "Example News");
    auto two = parseBylineLine("By Jane Doe, John Roe and Ann Poe");
    ASSERT_TRUE(two);
    EXPECT_EQ(two->name, "Jane Doe, John Roe and Ann Poe");
    EXPECT_TRUE(two->outlet.empty());
    auto wire = parseBylineLine("By Jane Doe, Reuters");
    ASSERT_TRUE(wire);
    EXPECT_EQ(wire->outlet, "Reuters");
    auto bare = parseBylineLine("By");
    ASSERT_TRUE(bare);
    EXPECT_TRUE(bare->name.empty());
    EXPECT_FALSE(parseBylineLine("by the end of the year, sales had doubled"));
    EXPECT_EQ(parseBylineLine("作者：李华")->name, "李华");
    auto dotted = parseBylineLine("By Jane Doe \xC2\xB7 April 18, 2025 \xC2\xB7 7 min read");
    ASSERT_TRUE(dotted);
    EXPECT_EQ(dotted->name, "Jane Doe");
    EXPECT_TRUE(dotted->outlet.empty());  // a date is no outlet
    auto bullet = parseBylineLine("By Jane Doe \xE2\x80\xA2 Example News");
    ASSERT_TRUE(bullet);
    EXPECT_EQ(bullet->outlet, "Example News");
}

TEST(Header, BylineCleaning) {
    EXPECT_EQ(cleanByline("By Joshua Park May 20, 2019"), "Joshua Park");
    EXPECT_EQ(cleanByline("By\n\t\t\tScott Wilder"), "Scott Wilder");
    EXPECT_EQ(cleanByline("Jane Akers \xE2\x80\xA2 8h"), "Jane Akers");
    EXPECT_EQ(cleanByline("Ben Stone Games Editor"), "Ben Stone");
    EXPECT_EQ(cleanByline("Dana Lee, Senior Correspondent"), "Dana Lee");
    EXPECT_EQ(cleanByline("Ann Ross, MA Example Health News", "Example Health"), "Ann Ross, MA");
    EXPECT_EQ(cleanByline("Jane Doe and John Roe"), "Jane Doe and John Roe");
}

TEST(Header, SourceDomainAndKnownOutletLines) {
    EXPECT_EQ(parseSourceLine("Source: Example Wire"), "Example Wire");
    EXPECT_EQ(parseSourceLine("Source: https://www.example.org/story/1"), "example.org");
    EXPECT_FALSE(parseSourceLine("Source: people familiar with the matter said the talks had stalled."));
    EXPECT_EQ(parseDomainLine("www.Example.com"), "example.com");
    EXPECT_FALSE(parseDomainLine("Example dot com"));
    EXPECT_TRUE(knownOutlet("REUTERS"));
    EXPECT_FALSE(knownOutlet("Technology"));
}

TEST(Header, CopyrightNotices) {
    EXPECT_EQ(parseCopyrightNotice("\xC2\xA9 2025 Example Media Ltd. Page 1 of 1.").value_or("none"), "Example Media");
    EXPECT_EQ(parseCopyrightNotice("Copyright 2025 Valley News").value_or("none"), "Valley News");
    EXPECT_EQ(parseCopyrightNotice("Copyright \xC2\xA9 2019\xE2\x80\x93" "2025 The Example Post. All rights reserved.")
                  .value_or("none"),
              "The Example Post");
    EXPECT_EQ(parseCopyrightNotice("Views are ours. \xC2\xA9 Example Research Inc").value_or("none"),
              "Example Research");
    EXPECT_FALSE(parseCopyrightNotice("The publisher sued over copyright infringement last year."));
    EXPECT_FALSE(parseCopyrightNotice("All rights reserved."));
}

TEST(Header, SiteNamesInTitles) {
    EXPECT_EQ(stripSiteFromTitle("Rates Held Steady | The Ledger", "The Ledger"), "Rates Held Steady");
    EXPECT_EQ(stripSiteFromTitle("The Ledger - Rates Held Steady", "the ledger"), "Rates Held Steady");
    EXPECT_EQ(stripSiteFromTitle("Rates Held Steady - Ledger", "ledger.com"), "Rates Held Steady");
    EXPECT_EQ(stripSiteFromTitle("Rates - a Steady Hand", "The Ledger"), "Rates - a Steady Hand");
    EXPECT_EQ(siteSuffixOfTitle("Chipmaker Beats Forecasts - Reuters"), "Reuters");
    EXPECT_EQ(siteSuffixOfTitle("Chipmaker Beats Forecasts - Analysts"), "");
}

TEST(Language, ScriptsAndFunctionWords) {
    EXPECT_EQ(detectLanguage("The company said that the chips were shipped to customers in the first quarter of the year."), "en");
    EXPECT_EQ(detectLanguage("Das Unternehmen teilte mit, dass die Chips im ersten Quartal an die Kunden geliefert wurden."), "de");
    EXPECT_EQ(detectLanguage("La société a indiqué que les puces ont été livrées aux clients dans le premier trimestre."), "fr");
    EXPECT_EQ(detectLanguage("La empresa dijo que los chips se entregaron a los clientes en el primer trimestre del año."), "es");
    EXPECT_EQ(detectLanguage("公司表示，这批芯片已在今年第一季度交付给客户。"), "zh");
    EXPECT_EQ(detectLanguage("同社によると、半導体は第1四半期に顧客へ出荷された。"), "ja");
    EXPECT_EQ(detectLanguage("Компания сообщила, что чипы были поставлены клиентам в первом квартале."), "ru");
    EXPECT_EQ(detectLanguage("ok"), "");
    EXPECT_EQ(primaryLanguage("en-US"), "en");
    EXPECT_EQ(primaryLanguage("zh_CN"), "zh");
}

TEST(Language, FunctionWordsSharedByLanguagesCountForEach) {
    // "de" and "en" are function words of several languages; the distinctive ones decide, and a text of only
    // long words (no function word fits) stays undecided.
    EXPECT_EQ(detectLanguage("Het bedrijf zei dat de chips aan de klanten werden geleverd en dat het niet meer wist."), "nl");
    EXPECT_EQ(detectLanguage("De regering heeft een plan voor de haven gemaakt, maar de bouw is nog niet begonnen."), "nl");
    EXPECT_EQ(detectLanguage("Extraordinarily comprehensive semiconductor manufacturing infrastructure investments"), "");
}

TEST(Lexicon, PhrasesAreFoundWhereverTheirFirstWordStands) {
    // Phrases are looked up by their first word; those starting with "*" must still be tried everywhere, and
    // several phrases sharing a first word, or matching one block in different kinds, all count.
    const BoilerplateLexicon lex({"line	* newsletter", "contains	* sponsored content", "line	share this",
                                  "list	share this story", "contains	share via email", "contains	photo credit",
                                  "label	photo", "end	more stories"});
    EXPECT_EQ(lex.match("Our weekly newsletter"), kLine);
    EXPECT_EQ(lex.match("Newsletter"), kLine);
    EXPECT_EQ(lex.match("This page holds sponsored content from a partner"), kContains);
    EXPECT_EQ(lex.match("Share this"), kLine);
    EXPECT_EQ(lex.match("Share this story"), kLine | kList) << "a two-word phrase allows two more words";
    EXPECT_EQ(lex.match("Or share via email to a friend"), kContains);
    EXPECT_EQ(lex.match("Photo: photo credit goes to the agency"), kLabel | kContains);
    EXPECT_EQ(lex.match("More stories"), kEnd);
    EXPECT_EQ(lex.match("The minister shared this view with more stories to come"), kNone);
}

TEST(Lexicon, Kinds) {
    BoilerplateLexicon lex({"line\tback to top", "line\thome", "contains\tgenerated * by ai", "list\trelated articles",
                            "end\tleave a reply", "faq\tfaqs", "label\ttags", "bogus\tignored"});
    EXPECT_EQ(lex.match("Back to top button"), kLine);
    EXPECT_EQ(lex.match("\xE2\x86\x91 BACK TO TOP"), kLine);
    EXPECT_EQ(lex.match("Home"), kLine);
    EXPECT_EQ(lex.match("Home Secretary resigns"), kNone) << "one-word phrases must be the whole line";
    EXPECT_EQ(lex.match("Generated and verified by AI agents"), kContains);
    EXPECT_EQ(lex.match("Related Articles"), kList);
    EXPECT_EQ(lex.match("Leave a Reply"), kEnd);
    EXPECT_EQ(lex.match("**FAQs**"), kFaq);
    EXPECT_EQ(lex.match("Tags: chips, exports"), kLabel);
    EXPECT_EQ(lex.match("\xC3\x97"), kLine) << "a line of symbols only";
    EXPECT_EQ(lex.match("ignored"), kNone);
}

TEST(Lexicon, BundledFileLoads) {
    const auto& lex = BoilerplateLexicon::standard();
    EXPECT_NE(lex.match("Your email address will not be published. Required fields are marked *"), kNone);
    EXPECT_NE(lex.match("Most Read Articles"), kNone);
    EXPECT_EQ(lex.match("Shares of the company rose 4% in early trading on Tuesday."), kNone);
}

TEST(Title, PicksTheHeadlineAfterSiteFurniture) {
    const BoilerplateLexicon lex({"line\tback to feed"});
    std::vector<Block> blocks = {
        {BlockKind::Paragraph, 0, "Daily Brief"},
        {BlockKind::Paragraph, 0, "Daily Brief"},
        {BlockKind::Paragraph, 0, "\xE2\x86\x90 Back to feed"},
        {BlockKind::Paragraph, 0, "Markets example.com \xC2\xB7 2h \xC2\xB7 3 min"},
        {BlockKind::Paragraph, 0, "\xE2\x80\x9C" "Freight Rates Slide as New Ships Arrive" "\xE2\x80\x9D"},
        {BlockKind::Paragraph, 0, "Container freight rates fell for a fifth week as shipyards delivered new vessels."},
    };
    const TitlePick t = findTitleBlock(blocks, lex);
    EXPECT_EQ(t.index, 4);
    const std::vector<Block> paragraphFirst = {
        {BlockKind::Paragraph, 0, "Prices barely moved so far. Traders wait for the data"},
        {BlockKind::Paragraph, 0, "U.S. Senate Passes Chip Bill"}};
    EXPECT_EQ(findTitleBlock(paragraphFirst, lex).index, 1);
    EXPECT_EQ(t.text, "Freight Rates Slide as New Ships Arrive");
}

TEST(TextUtil, Measures) {
    EXPECT_EQ(normalizeForMatch("China\xE2\x80\x99s  AI\xC2\xB7Gap!"), "chinas ai gap");
    EXPECT_EQ(wordCount("Two words"), 2u);
    EXPECT_EQ(wordCount("中文四字"), 2u);
    EXPECT_TRUE(endsWithSentencePunctuation("He said \"yes.\""));
    EXPECT_FALSE(endsWithSentencePunctuation("A Headline Without a Stop"));
    EXPECT_EQ(trimDecoration("**\xE2\x80\x9CTitle\xE2\x80\x9D**"), "Title");
    EXPECT_EQ(trimDecoration("'Neutral' Critic Asks: 'Why?'"), "'Neutral' Critic Asks: 'Why?'");
    EXPECT_EQ(trimDecoration("\"Quoted Headline\""), "Quoted Headline");
}

// Texts that take every branch of the decoder: ASCII, two-, three- and four-byte sequences, and bytes that start
// no well-formed sequence (a lone continuation byte, an overlong form, a surrogate, a cut-off sequence, F5..FF).
const std::vector<std::string> kTrickyTexts = {
    "",
    "Plain ASCII, with 'quotes' and digits 2025.",
    "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 emoji",
    "China\xE2\x80\x99s AI \xE2\x80\x98gap\xE2\x80\x99 isn't o'clock",
    "\x80lone continuation \xC0\x80 overlong \xED\xA0\x80 surrogate \xF5\x80 \xFF end",
    "cut off \xE2\x80",
    "\xC3",
    "a\xF0\x9F\x98" "b \xF0\x90\x80\x80 \xF4\x8F\xBF\xBF \xF4\x90\x80\x80",
    "  -- ''' \xE3\x80\x80 \xC2\xA0 only separators \xE2\x80\x94 ",
    "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, 19 \xD0\xB0\xD0\xB2\xD0\xB3\xD1\x83\xD1\x81\xD1\x82\xD0\xB0",
};

TEST(TextUtil, InlineAsciiDecodingGivesWhatTheFullDecoderGives) {
    for (const std::string& s : kTrickyTexts) {
        for (std::size_t start = 0; start < s.size(); ++start) {
            std::size_t fast = start;
            std::size_t full = start;
            EXPECT_EQ(nextCodePoint(s, fast), detail::nextCodePointMultiByte(s, full)) << s << " at " << start;
            EXPECT_EQ(fast, full) << s << " at " << start;
        }
    }
}

TEST(TextUtil, CountsThatStopEarlyAgreeWithFullCounts) {
    for (const std::string& s : kTrickyTexts) {
        const std::size_t matchWords = words(normalizeForMatch(s)).size();
        for (std::size_t n = 0; n <= s.size() + 1; ++n) {
            EXPECT_EQ(moreMatchWordsThan(s, n), matchWords > n) << s << " n=" << n;
            EXPECT_EQ(moreCodePointsThan(s, n), codePoints(s) > n) << s << " n=" << n;
        }
        EXPECT_EQ(isProseOfWords(s, wordCount(s)), isProse(s)) << s;
        EXPECT_EQ(isProseOfWords(s, wordCount(s), 3), isProse(s, 3)) << s;
    }
    EXPECT_EQ(normalizeForMatch("\x80It\xE2\x80\x99s \xC3\x89T\xC3\x89 \xC0\x80 o'clock!\xE2\x80"), "its \xC3\x89t\xC3\x89 oclock");
}

/// wordCount as its comment defines it, character by character: the function skips the CJK test for ASCII.
std::size_t wordCountByDefinition(std::string_view s) {
    std::size_t count = 0;
    std::size_t cjk = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t c = detail::nextCodePointMultiByte(s, i);
        const bool wordPart = isWordChar(c) || c == '\'' || c == 0x2019 || c == '-';
        if (isCjk(c)) ++cjk;
        count += wordPart && !isCjk(c) && !inWord;
        inWord = wordPart && !isCjk(c);
    }
    return count + (cjk + 1) / 2;
}

TEST(TextUtil, WordCountAgreesWithItsDefinition) {
    for (const std::string& s : kTrickyTexts) EXPECT_EQ(wordCount(s), wordCountByDefinition(s)) << s;
    EXPECT_EQ(wordCount("don't-stop \xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97 x"), 4U);  // 1 + 3 CJK (2) + 1
}

TEST(Dates, FullWidthDigitsAndTextWithoutDigits) {
    // Dates need a number: text without digits is not scanned, full-width digits still count.
    EXPECT_EQ(iso("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95\xE5\xB9\xB4\xEF\xBC\x91\xE6\x9C\x88\xEF\xBC\x99\xE6\x97\xA5"),
              "2025-01-09");  // ２０２５年１月９日
    EXPECT_EQ(iso("Published on the ninth of January, a Thursday"), "none");
    EXPECT_EQ(iso("January \xEF\xBC"), "none");  // a cut-off full-width character
}

}  // namespace
}  // namespace parallax::extract
