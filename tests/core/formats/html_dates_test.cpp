// Publication-date evidence in HTML: the date a page prints next to its headline, labelled dates, other
// stories' and comments' dates left out, and a UTC time read in the page's local time. Invented pages.
#include <gtest/gtest.h>

#include "core/formats/html/dom.h"
#include "core/formats/html/metadata.h"
#include "core/formats/html/timestamps.h"
#include "core/formats/html/visible_dates.h"

namespace parallax::formats::html {
namespace {

std::vector<Candidate> published(const std::string& html) { return collectMetadata(Document::parse(html), "").published; }

std::string firstValue(const std::vector<Candidate>& list) { return list.empty() ? "none" : list.front().value; }

TEST(HtmlDates, DateElementUnderTheHeadlineBeforeOneInTheHeader) {
    const auto c = published(
        "<html><body><div class='top-bar'><span class='date-today'>Montag, 3. Dezember 2026</span></div>"
        "<h1>Hafenrat genehmigt zweites Terminal</h1><span class='_publishingdate'>07.11.2023</span>"
        "<p>Der Hafenrat hat am Dienstag das zweite Terminal genehmigt.</p></body></html>");
    EXPECT_EQ(firstValue(c), "07.11.2023");
    EXPECT_NE(c.front().how.find("date element"), std::string::npos);
}

TEST(HtmlDates, RelatedStoriesAndCommentsAreNotThePagesDate) {
    const auto c = published(
        "<html><body><h1>Harbour board approves terminal</h1><p>The board approved it.</p>"
        "<div class='related-posts'><span class='date'>12.01.2020</span></div>"
        "<ol class='commentlist'><li><span class='comment-date'>13.01.2020</span></li></ol></body></html>");
    for (const auto& x : c) EXPECT_EQ(x.value.find("2020"), std::string::npos) << x.how << ": " << x.value;
}

TEST(HtmlDates, LayoutClassesAreNotOtherContent) {
    // "no-sidebars" on a wrapper and the post itself inside a blog engine's "widget" are the article.
    const auto c = published(
        "<html><body><div class='no-sidebars'><div class='widget Blog'><h2 class='date-header'>"
        "<span>Tuesday, April 28, 2020</span></h2><h3>Tach auch</h3><p>Text.</p></div></div></body></html>");
    EXPECT_EQ(firstValue(c), "Tuesday, April 28, 2020");
}

TEST(HtmlDates, BemPartsAndLayoutNamesAreTheArticle) {
    // "podcast-description__sidebar" is part of the article's block; "zen-one-sidebar-second" names a layout.
    const auto c = published(
        "<html><body><div class='zen-one-sidebar-second'><article class='podcast-description'><h1>La voix des "
        "nuls</h1><div class='podcast-description__sidebar'><span class='field-published-at'>le 07 mai 2020</span>"
        "</div></article></div><div class='sidebar-second'><span class='date'>01.01.2021</span></div></body></html>");
    EXPECT_EQ(firstValue(c), "le 07 mai 2020");
    for (const auto& x : c) EXPECT_EQ(x.value.find("2021"), std::string::npos) << "a real sidebar's date";
}

TEST(HtmlDates, LabelledDateInTheFooter) {
    const Document doc = Document::parse(
        "<html><body><h1>Rezension</h1><p>Langer Text.</p><p class='footerFirstLine'>Erschienen am: 01.11.2023</p>"
        "<ol class='comments'><li>Veröffentlicht am 02.11.2023 von Leser</li></ol></body></html>");
    const VisibleDates v = collectVisibleDates(doc, "Rezension");
    ASSERT_EQ(v.labelled.size(), 1u);
    EXPECT_EQ(v.labelled.front().value, "Erschienen am: 01.11.2023");
}

TEST(HtmlDates, LabelledPublicationDate) {
    const Document doc = Document::parse(
        "<html><body><h1>Rezension: Ein Roman</h1><p>Langer Text der Rezension, der nichts datiert.</p>"
        "<p>Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></body></html>");
    const VisibleDates v = collectVisibleDates(doc, "Rezension: Ein Roman");
    ASSERT_EQ(v.labelled.size(), 1u);
    EXPECT_EQ(v.labelled.front().value, "Erschienen am: 01.11.2023");
}

TEST(HtmlDates, DatelineOpeningTheFirstParagraph) {
    const Document doc = Document::parse(
        "<html><body><h1>Gedenken an die Verfolgten</h1><p>Von Jana Beispiel</p><p>27.1.2022 - Bei der Erinnerung "
        "an die Verfolgten waren viele Gruppen lange vergessen, sagte die Rednerin am Donnerstag im Saal.</p>"
        "</body></html>");
    const VisibleDates v = collectVisibleDates(doc, "Gedenken an die Verfolgten");
    ASSERT_FALSE(v.nearHeadline.empty());
    EXPECT_NE(v.nearHeadline.front().value.find("27.1.2022"), std::string::npos);
    EXPECT_EQ(v.nearHeadline.front().value.find("Donnerstag"), std::string::npos) << "only a paragraph's opening";
}

TEST(HtmlDates, AHeadlineInATableCellWithoutAHeadingTag) {
    // An older portal lays its story out in tables: the headline is a plain cell, the date line the next one.
    const Document doc = Document::parse(
        "<html><head><title>Harbour festival draws record crowds</title></head><body><table>"
        "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr>"
        "<tr><td><b>Harbour festival draws record crowds</b></td></tr>"
        "<tr><td><font>City desk ( 2013-07-21 18:05:12 )</font></td></tr>"
        "<tr><td><p>The festival closed on Sunday after three days of concerts on the quay.</p></td></tr>"
        "</table></body></html>");
    const VisibleDates v = collectVisibleDates(doc, "Harbour festival draws record crowds");
    ASSERT_FALSE(v.nearHeadline.empty());
    EXPECT_EQ(v.nearHeadline.front().how, "text below the headline");
    EXPECT_NE(v.nearHeadline.front().value.find("2013-07-21"), std::string::npos);
    EXPECT_EQ(v.nearHeadline.front().value.find("Home"), std::string::npos) << "the menu is above the headline";
}

TEST(HtmlDates, HeadlineIsTheH1ThatMatchesTheTitle) {
    const Document doc = Document::parse(
        "<html><body><h1>Example Site</h1><nav>Home</nav><p>Heute: 3. Dezember 2026</p>"
        "<h1>Les privatisations profitent aux intérêts privés</h1><p>jeudi 13 juin 2019, par Attac</p></body></html>");
    const VisibleDates v = collectVisibleDates(doc, "Les privatisations profitent aux intérêts privés");
    ASSERT_FALSE(v.nearHeadline.empty());
    EXPECT_NE(v.nearHeadline.front().value.find("13 juin 2019"), std::string::npos);
    EXPECT_EQ(v.nearHeadline.front().how, "text below the headline");
}

TEST(HtmlDates, DateInTheTitle) {
    const auto c = published("<html><head><title>08.11.2021 | Online-Fachtag zum Gedenktag</title></head>"
                             "<body><p>Text ohne Datum.</p></body></html>");
    ASSERT_FALSE(c.empty());
    EXPECT_EQ(c.front().value, "08.11.2021");
    EXPECT_EQ(c.front().how, "date in the title");
}

TEST(HtmlDates, AbbrPublishedTitle) {
    const auto c = published("<html><body><h1>Krimi der Woche</h1><abbr class='published' "
                             "title='06-08-2009T14:12:32+0200'>6. August 2009</abbr></body></html>");
    EXPECT_EQ(firstValue(c), "06-08-2009T14:12:32+0200");
}

TEST(HtmlDates, UtcTimeReadInThePagesLocalTime) {
    EXPECT_EQ(localDayOfUtc("2023-11-09T01:09:55Z", {"2023-11-08 18:09:55"}).value_or("none"), "2023-11-08");
    EXPECT_EQ(localDayOfUtc("2023-11-09T02:11:03+00:00", {"2023-11-08T21:11:03-05:00"}).value_or("none"),
              "2023-11-08");
    // Not the same moment: other seconds, an offset that does not match, a local time already on the day.
    EXPECT_FALSE(localDayOfUtc("2023-11-09T01:09:55Z", {"2023-11-08 18:09:56"}));
    EXPECT_FALSE(localDayOfUtc("2023-11-09T02:11:03Z", {"2023-11-08T21:11:03-03:00"}));
    EXPECT_FALSE(localDayOfUtc("2023-11-09T10:09:55Z", {"2023-11-09 11:09:55"}));
    // A local time is not reinterpreted.
    EXPECT_FALSE(localDayOfUtc("2023-11-08T18:09:55-07:00", {"2023-11-09T01:09:55Z"}));

    const auto c = published(
        "<html><head><meta property='article:published_time' content='2023-11-09T01:09:55Z'></head><body>"
        "<h1>Council votes on the budget</h1><div class='time'>PUBLISHED: <time datetime='2023-11-08 18:09:55'>"
        "November 8, 2023 at 6:09 p.m.</time></div></body></html>");
    EXPECT_EQ(firstValue(c), "2023-11-08");
    EXPECT_NE(c.front().how.find("local time"), std::string::npos);
}

TEST(HtmlDates, UpdatedLinesComeLast) {
    const auto c = published("<html><body><h1>Budget passes</h1><p class='meta'>Updated 12.03.2024</p>"
                             "<p class='post-date'>10.03.2024</p></body></html>");
    EXPECT_EQ(firstValue(c), "10.03.2024");
}

}  // namespace
}  // namespace parallax::formats::html
