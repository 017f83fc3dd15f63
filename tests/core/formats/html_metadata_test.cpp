// Metadata candidates: each source, its precedence, and the `how` that names it.
#include <gtest/gtest.h>

#include "core/formats/html/dom.h"
#include "core/formats/html/metadata.h"
#include "html_test_util.h"

namespace parallax::formats::html::test {
namespace {

TEST(HtmlMetadata, OpenGraphAndArticleTags) {
    const ReadOutput out = readOk(dataFile("og-meta.html"));
    const PageMeta& m = out.page.meta;
    ASSERT_FALSE(m.titles.empty());
    EXPECT_EQ(m.titles.front().value, "Storage startup raises $40 million to build battery farms");
    EXPECT_EQ(m.titles.front().how, "meta og:title");
    EXPECT_EQ(first(m.siteNames), "The Sample Ledger");
    ASSERT_FALSE(m.published.empty());
    EXPECT_EQ(m.published.front().value, "2024-03-05");
    EXPECT_EQ(m.published.front().how, "meta article:published_time");
    EXPECT_EQ(first(m.bylines), "Maria Example");  // "By " dropped from the meta value
    EXPECT_EQ(m.language.value_or(""), "en-GB");
    EXPECT_EQ(m.url.value_or(""), "https://ledger.example.com/2024/03/05/storage-startup-raises");
    // The <title> is still offered, cleaned of its site name.
    bool sawDocTitle = false;
    for (const auto& c : m.titles)
        if (c.how == "<title>") {
            sawDocTitle = true;
            EXPECT_EQ(c.value, "Storage startup raises funds for battery farms");
        }
    EXPECT_TRUE(sawDocTitle);
}

TEST(HtmlMetadata, JsonLdGraphAndMalformedBlocks) {
    const ReadOutput out = readOk(dataFile("jsonld.html"));
    const PageMeta& m = out.page.meta;
    ASSERT_FALSE(m.titles.empty());
    EXPECT_EQ(m.titles.front().value, "Cloud providers cut storage prices for the second time this year");
    EXPECT_EQ(m.titles.front().how, "JSON-LD headline");
    ASSERT_FALSE(m.bylines.empty());
    EXPECT_EQ(m.bylines.front().value, "Ana Writer, Ben Reporter");
    EXPECT_EQ(m.bylines.front().how, "JSON-LD author.name");
    ASSERT_FALSE(m.siteNames.empty());
    EXPECT_EQ(m.siteNames.front().how, "JSON-LD publisher.name");
    EXPECT_EQ(m.siteNames.front().value, "Example Wire");
    ASSERT_FALSE(m.published.empty());
    EXPECT_EQ(m.published.front().value, "2023-11-14");
    EXPECT_EQ(m.published.front().how, "JSON-LD datePublished");
    EXPECT_EQ(m.language.value_or(""), "en");
}

TEST(HtmlMetadata, BodyBylineTimeAndTitleFromDocument) {
    const ReadOutput out = readOk(dataFile("dom-meta.html"), "https://zeitung.example.de/wirtschaft/robotik");
    const PageMeta& m = out.page.meta;
    EXPECT_EQ(first(m.titles), "Robotics firm doubles output at its Leipzig factory");
    ASSERT_FALSE(m.bylines.empty());
    EXPECT_EQ(m.bylines.front().value, "By Jonas Example");
    EXPECT_EQ(m.bylines.front().how, "byline element");
    ASSERT_FALSE(m.published.empty());
    EXPECT_EQ(m.published.front().value, "2022-06-09");
    EXPECT_EQ(m.published.front().how, "<time datetime>");
    EXPECT_EQ(m.language.value_or(""), "de");
    // The byline element is taken out of the body; the headline is not repeated.
    const std::string text = joinedText(out.page);
    EXPECT_EQ(text.find("Jonas Example"), std::string::npos) << text;
    EXPECT_EQ(text.find("doubles output at its Leipzig"), std::string::npos) << text;
    EXPECT_NE(text.find("second shift"), std::string::npos);
}

TEST(HtmlMetadata, DateFromUrlPath) {
    const std::string html = "<html><head><title>A short note about quarterly results of a company</title></head>"
                             "<body><p>Nothing dated here.</p></body></html>";
    const ReadOutput out = readOk(html, "https://news.example.com/business/2021/07/30/results-note.html");
    ASSERT_FALSE(out.page.meta.published.empty());
    EXPECT_EQ(out.page.meta.published.front().value, "2021-07-30");
    EXPECT_EQ(out.page.meta.published.front().how, "URL path");
    EXPECT_EQ(dateFromUrl("https://x.example/2019/05/story").value_or(""), "2019-05");
    EXPECT_FALSE(dateFromUrl("https://x.example/item/123456789").has_value());
    EXPECT_FALSE(dateFromUrl("https://x.example/2019-13-45/story").has_value());
}

TEST(HtmlMetadata, NormalizesWrittenDates) {
    EXPECT_EQ(normalizeDate("2025-01-20T08:00:00Z").value_or(""), "2025-01-20");
    EXPECT_EQ(normalizeDate("2025/01/20").value_or(""), "2025-01-20");
    EXPECT_EQ(normalizeDate("20250120").value_or(""), "2025-01-20");
    EXPECT_EQ(normalizeDate("Mon, 20 Jan 2025 08:00:00 GMT").value_or(""), "2025-01-20");
    EXPECT_EQ(normalizeDate("January 20, 2025").value_or(""), "2025-01-20");
    EXPECT_EQ(normalizeDate("20 September 2024").value_or(""), "2024-09-20");
    EXPECT_FALSE(normalizeDate("yesterday").has_value());
    EXPECT_FALSE(normalizeDate("2025-02-40").has_value());
}

TEST(HtmlMetadata, TitleCleaningLikeReadability) {
    auto clean = [](const std::string& title, const std::string& body = {}) {
        const Document doc = Document::parse("<html><head></head><body>" + body + "</body></html>");
        return cleanDocumentTitle(title, doc);
    };
    EXPECT_EQ(clean("Markets rally as inflation cools faster than expected | The Example Times"),
              "Markets rally as inflation cools faster than expected");
    // The part before the last separator is too short: the part after the first one is taken.
    EXPECT_EQ(clean("Example News - Markets rally as inflation cools faster"), "Markets rally as inflation cools faster");
    // Four words or fewer after cutting: the whole title stays.
    EXPECT_EQ(clean("Chip output rises again | Example Daily"), "Chip output rises again | Example Daily");
    EXPECT_EQ(clean("Lorem ipsum dolor sit amet \u2013 Example Site"), "Lorem ipsum dolor sit amet");
    // A colon title kept whole when a heading repeats it.
    EXPECT_EQ(clean("Chips: the new oil of the global economy", "<h1>Chips: the new oil of the global economy</h1>"),
              "Chips: the new oil of the global economy");
    EXPECT_EQ(clean("Example Site: Chips are the new oil of the global economy"),
              "Chips are the new oil of the global economy");
}

TEST(HtmlMetadata, PropertyBeatsNameAndSpaceSeparatedProperties) {
    const std::string html =
        "<html><head><meta name=\"DC.title\" content=\"Name title\"><meta property=\"dc:title og:title\" "
        "content=\"Property title\"><meta name=\"author\" content=\"Meta Author\"><meta name=\"application-name\" "
        "content=\"App Site\"></head><body><p>Body text of the page that is long enough to be scored, with commas, "
        "words, and a full stop at the end of the sentence.</p></body></html>";
    const PageMeta m = readOk(html).page.meta;
    EXPECT_EQ(first(m.titles), "Property title");
    EXPECT_EQ(first(m.bylines), "Meta Author");
    EXPECT_EQ(first(m.siteNames), "App Site");
    EXPECT_FALSE(m.language.has_value());
}

}  // namespace
}  // namespace parallax::formats::html::test

namespace parallax::formats::html::test {
namespace {

TEST(HtmlMetadata, SavedFromUrlCommentDatesThePage) {
    HtmlReader reader;
    ingest::LoadedFile file;
    file.bytes = "<!DOCTYPE html>\n<!-- saved from url=(0053)https://news.example.org/2020/02/14/chip-story-x.html -->\n"
                 "<html><head><title>Chip story of the week for everyone</title></head><body><p>Body text.</p></body></html>";
    auto r = reader.read(file);
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_FALSE(r->page.meta.published.empty());
    EXPECT_EQ(r->page.meta.published.front().value, "2020-02-14");
    EXPECT_EQ(r->page.meta.url.value_or(""), "https://news.example.org/2020/02/14/chip-story-x.html");
}

TEST(HtmlMetadata, TimeInRelatedListIsNotThePublicationDate) {
    const std::string html =
        "<html><body><aside><ul><li><a href=/x>Older story</a> <time datetime=\"2019-01-01\">1 Jan</time></li></ul></aside>"
        "<div class=\"related-stories\"><time datetime=\"2019-02-02\">2 Feb</time></div>"
        "<article><p><time datetime=\"2021-05-06T10:00\">6 May 2021</time></p><p>The text of the article itself, long "
        "enough to be read as the content of the page, with commas, clauses, and a full stop.</p></article></body></html>";
    const PageMeta m = readOk(html).page.meta;
    ASSERT_FALSE(m.published.empty());
    EXPECT_EQ(m.published.front().value, "2021-05-06");
}

}  // namespace
}  // namespace parallax::formats::html::test

namespace parallax::formats::html::test {
namespace {

TEST(HtmlMetadata, AuthorLinkInsideDroppedArticleHeader) {
    const std::string html =
        "<html><head><title>Open-source model tops coding benchmark this week</title></head><body>"
        "<header class=\"site-header\"><a href=\"/login\" class=\"author-login\">Sign in</a></header>"
        "<article><header class=\"entry-header\"><h1>Open-source model tops coding benchmark this week</h1>"
        "<address><a rel=\"author\" href=\"/author/kim\">Kim Example</a></address></header>"
        "<div class=\"entry-content\"><p>An open-source language model released by a small laboratory topped a widely "
        "used coding benchmark this week, ahead of several commercial systems, according to the public leaderboard.</p>"
        "<p>The laboratory said the model was trained on licensed code and synthetic exercises, and that it would publish "
        "the training recipe, the evaluation scripts and the weights under a permissive licence next month.</p></div>"
        "</article></body></html>";
    const ReadOutput out = readOk(html);
    ASSERT_FALSE(out.page.meta.bylines.empty());
    EXPECT_EQ(out.page.meta.bylines.front().value, "Kim Example");
    EXPECT_EQ(joinedText(out.page).find("Kim Example"), std::string::npos);
}

}  // namespace
}  // namespace parallax::formats::html::test
