// Main-content extraction: what stays, what goes, and the shape of the blocks.
#include <gtest/gtest.h>

#include "core/formats/html/dom.h"
#include "html_test_util.h"

namespace parallax::formats::html::test {
namespace {

TEST(HtmlContent, KeepsArticleDropsBoilerplate) {
    const ReadOutput out = readOk(dataFile("boilerplate.html"));
    const std::string text = joinedText(out.page);
    EXPECT_TRUE(out.page.mainContentExtracted);
    EXPECT_NE(text.find("opened an advanced packaging plant in Penang"), std::string::npos);
    EXPECT_NE(text.find("first commercial shipments"), std::string::npos);
    EXPECT_NE(text.find("We chose Penang"), std::string::npos);
    for (const char* junk : {"cookies", "Log in", "Share on", "Most read", "Markets slide", "Related",
                             "Leave a comment", "Write your comment", "Copyright", "morning briefing", "Subscribe",
                             "tracking", "color: red"})
        EXPECT_EQ(text.find(junk), std::string::npos) << junk << " leaked into:\n" << text;
}

TEST(HtmlContent, BlocksInDocumentOrderWithKinds) {
    const ReadOutput out = readOk(dataFile("boilerplate.html"));
    const auto& blocks = out.page.blocks;
    ASSERT_GE(blocks.size(), 5u);
    // The headline is the title, not the first block.
    EXPECT_EQ(out.page.meta.titles.front().value, "Chipmaker opens new packaging plant in Penang");
    for (const auto& b : blocks) EXPECT_NE(b.text, "Chipmaker opens new packaging plant in Penang");
    EXPECT_EQ(blocks.front().kind, BlockKind::Paragraph);
    EXPECT_EQ(blocks.front().text.rfind("A semiconductor maker", 0), 0u);
    bool sawQuote = false;
    std::size_t quoteIndex = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].kind == BlockKind::Quote) {
            sawQuote = true;
            quoteIndex = i;
        }
    ASSERT_TRUE(sawQuote);
    EXPECT_EQ(blocks[quoteIndex + 1].text.rfind("The company expects", 0), 0u);
    for (const auto& b : blocks) {
        EXPECT_EQ(b.text.find("  "), std::string::npos) << "whitespace not collapsed: " << b.text;
        EXPECT_EQ(b.text.find('\n'), std::string::npos);
    }
}

TEST(HtmlContent, ListsHeadingsPreformattedAndCaptions) {
    std::string html = "<html><head><title>Benchmarks of three inference servers compared</title></head><body>"
                       "<article><p>We ran three inference servers on the same hardware, with the same model, batch sizes "
                       "and prompts, and measured latency, throughput and memory use over a full working day.</p>"
                       "<h2>Method</h2><p>Each server handled the same recorded traffic, replayed at twice the original "
                       "rate, so that queues formed, and every run was repeated three times to rule out noise.</p>"
                       "<ul><li>Server A, version 1.2</li><li>Server B, version 0.9<ul><li>with paged attention</li></ul></li></ul>"
                       "<pre>latency_p50  41 ms\nlatency_p99 180 ms</pre>"
                       "<figure><img src=x.png><figcaption>Throughput per second, higher is better</figcaption></figure>"
                       "<p>Server A was fastest at the median, while Server B kept its tail latency lower under load, which "
                       "matters more for interactive use, and used a fifth less memory.</p></article></body></html>";
    const ReadOutput out = readOk(html);
    const auto& b = out.page.blocks;
    auto find = [&](const std::string& prefix) -> const Block* {
        for (const auto& x : b)
            if (x.text.rfind(prefix, 0) == 0) return &x;
        return nullptr;
    };
    const Block* h = find("Method");
    ASSERT_NE(h, nullptr);
    EXPECT_EQ(h->kind, BlockKind::Heading);
    EXPECT_EQ(h->level, 2);
    const Block* li = find("Server A, version");
    ASSERT_NE(li, nullptr);
    EXPECT_EQ(li->kind, BlockKind::ListItem);
    EXPECT_EQ(li->level, 1);
    const Block* nested = find("with paged attention");
    ASSERT_NE(nested, nullptr);
    EXPECT_EQ(nested->level, 2);
    const Block* pre = find("latency_p50");
    ASSERT_NE(pre, nullptr);
    EXPECT_EQ(pre->kind, BlockKind::Preformatted);
    EXPECT_NE(pre->text.find('\n'), std::string::npos);
    const Block* cap = find("Throughput per second");
    ASSERT_NE(cap, nullptr);
    EXPECT_EQ(cap->kind, BlockKind::Caption);
}

TEST(HtmlContent, BrChainsBecomeParagraphs) {
    std::string html = "<html><body><div id=main>";
    for (int i = 0; i < 4; ++i)
        html += "Paragraph " + std::to_string(i) + " of a page written with line breaks instead of paragraph tags, "
                "as many older sites still do, with enough words to count.<br><br>";
    html += "</div></body></html>";
    const ReadOutput out = readOk(html);
    ASSERT_EQ(out.page.blocks.size(), 4u);
    EXPECT_EQ(out.page.blocks[2].text.rfind("Paragraph 2", 0), 0u);
}

TEST(HtmlContent, HiddenElementsAreDropped) {
    std::string html = "<html><body><article>"
                       "<p>Visible text about a merger between two software companies, announced on Monday, with a price, "
                       "a timeline and the names of the advisers that worked on the deal for both sides.</p>"
                       "<p style=\"display: none\">SECRET hidden paragraph</p><div hidden>SECRET hidden div</div>"
                       "<div aria-hidden=\"true\">SECRET aria</div></article></body></html>";
    const std::string text = joinedText(readOk(html).page);
    EXPECT_NE(text.find("Visible text"), std::string::npos);
    EXPECT_EQ(text.find("SECRET"), std::string::npos) << text;
}

TEST(HtmlContent, EntitiesAreDecoded) {
    const ReadOutput out = readOk(dataFile("entities.html"));
    const std::string text = joinedText(out.page);
    EXPECT_NE(text.find("L\u2019entreprise a annonc\u00e9"), std::string::npos) << text;
    EXPECT_NE(text.find("ing\u00e9nieurs & techniciens"), std::string::npos);
    EXPECT_EQ(text.find("&amp;"), std::string::npos);
    EXPECT_EQ(text.find("&rsquo;"), std::string::npos);
    // Non-breaking spaces are whitespace: "12 millions" with an ordinary space.
    EXPECT_NE(text.find("12 millions"), std::string::npos);
    EXPECT_EQ(first(out.page.meta.titles), "Les entit\u00e9s HTML sont d\u00e9cod\u00e9es correctement");
}

TEST(HtmlContent, ChinesePageInGb18030) {
    const ReadOutput out = readOk(dataFile("cjk-gb.html"));
    const std::string text = joinedText(out.page);
    EXPECT_NE(text.find("\u5148\u8fdb\u5c01\u88c5\u4ea7\u80fd"), std::string::npos) << out.encoding << "\n" << text;  // 先进封装产能
    EXPECT_EQ(text.find("\u7248\u6743\u6240\u6709"), std::string::npos);  // 版权所有 (footer)
    EXPECT_EQ(out.page.blocks.size(), 3u);
    EXPECT_EQ(first(out.page.meta.titles), "\u56fd\u4ea7\u82af\u7247\u4f01\u4e1a\u6269\u5927\u4ea7\u80fd_\u79d1\u6280\u9891\u9053_\u793a\u4f8b\u7f51");
    EXPECT_EQ(first(out.page.meta.siteNames), "\u793a\u4f8b\u7f51");
    EXPECT_EQ(first(out.page.meta.published), "2024-08-16");
    EXPECT_EQ(out.page.meta.language.value_or(""), "zh-CN");
}

}  // namespace
}  // namespace parallax::formats::html::test

namespace parallax::formats::html::test {
namespace {

TEST(HtmlContent, ClutterInsideTheArticleContainerIsCleaned) {
    // Share bars, link lists, sign-up forms and ad labels that sit inside the same container as the story.
    const std::string html =
        "<html><head><title>Regulator approves merger of two telecom operators in the north</title></head><body>"
        "<div class=\"story\">"
        "<p>The national regulator approved on Friday the merger of two mobile operators, ending a review that lasted "
        "more than a year, and attached conditions on spectrum, prices and network sharing.</p>"
        "<div class=\"social-share\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">WhatsApp</a></div>"
        "<p>The combined company will serve about 30 million customers, and it must sell part of its spectrum to a "
        "smaller rival within six months, according to the decision published on the regulator's website.</p>"
        "<ul><li><a href=\"/a\">Read more: operators raise prices</a></li><li><a href=\"/b\">Read more: 5G auction "
        "delayed</a></li><li><a href=\"/c\">Read more: the review in numbers</a></li></ul>"
        "<div><form action=\"/signup\"><p>Sign up for our daily newsletter</p><input type=email><input type=text>"
        "<input type=submit value=\"Sign up\"></form></div>"
        "<div>Advertisement</div>"
        "<p>Consumer groups said the conditions did not go far enough, and warned that prices for prepaid plans could "
        "rise once the two networks are combined, as happened after earlier mergers elsewhere in the region.</p>"
        "</div></body></html>";
    const std::string text = joinedText(readOk(html).page);
    EXPECT_NE(text.find("approved on Friday"), std::string::npos);
    EXPECT_NE(text.find("30 million customers"), std::string::npos);
    EXPECT_NE(text.find("Consumer groups said"), std::string::npos);
    for (const char* junk : {"WhatsApp", "Read more", "Sign up", "daily newsletter", "Advertisement"})
        EXPECT_EQ(text.find(junk), std::string::npos) << junk << " leaked into:\n" << text;
}

}  // namespace
}  // namespace parallax::formats::html::test

namespace parallax::formats::html::test {
namespace {

TEST(HtmlDom, InnerTextLengthCountsWhatInnerTextHolds) {
    // Spaces of every kind, at the edges and between text nodes, and characters of several byte lengths.
    const Document doc = Document::parse(
        "<body> <div>\u00a0 Lead <a href=#x> link\u3000text </a>\t<b>数据</b>\n<i> </i>é<span>\u2009</span>end </div>"
        "<p></p><p>\u00a0</p><ul><li>one</li> <li>two</li></ul></body>");
    std::size_t elements = 0;
    for (Node* n = doc.root(); n != nullptr; n = nextElement(n)) {
        EXPECT_EQ(innerTextLength(n), charLength(innerText(n))) << "<" << n->tag << "> " << innerText(n);
        ++elements;
    }
    EXPECT_GE(elements, 12u);
    EXPECT_EQ(innerTextLength(doc.body()), charLength("Lead link text 数据 é end one two"));
}

TEST(HtmlDom, OutlineWritesTheTreeAndCanLeaveOutScriptText) {
    const Document doc = Document::parse("<body><p class=\"lede\">One <b>two</b></p><script>x()</script></body>", 200,
                                         Document::ScriptText::Keep);
    EXPECT_EQ(outline(doc.body()), "<body><p class=\"lede\">One <b>two</b></p><script>x()</script></body>");
    EXPECT_EQ(outline(doc.body(), Document::ScriptText::Drop), "<body><p class=\"lede\">One <b>two</b></p><script></script></body>");
}

}  // namespace
}  // namespace parallax::formats::html::test
