// Pathological input: deep nesting, malformed markup, empty and binary-looking pages.
#include <gtest/gtest.h>

#include <chrono>

#include "core/formats/html/charset.h"
#include "core/formats/html/dom.h"
#include "html_test_util.h"

namespace parallax::formats::html::test {
namespace {

TEST(HtmlRobustness, HundredThousandNestedDivsDoNotCrash) {
    constexpr int kDepth = 100000;
    std::string html = "<html><body>";
    html.reserve(static_cast<std::size_t>(kDepth) * 11 + 200);
    for (int i = 0; i < kDepth; ++i) html += "<div>";
    html += "Deep text at the bottom of a very deep tree, long enough, with commas, to be scored as content.";
    for (int i = 0; i < kDepth; ++i) html += "</div>";
    html += "</body></html>";
    const auto start = std::chrono::steady_clock::now();
    auto r = readHtml(html, std::nullopt, "");
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_NE(joinedText(r->page).find("Deep text at the bottom"), std::string::npos);
    EXPECT_LT(seconds, 60.0);
}

TEST(HtmlRobustness, DeepNestingIsFlattenedInTheDom) {
    std::string html = "<html><body>";
    for (int i = 0; i < 1000; ++i) html += "<span>";
    html += "x";
    const Document doc = Document::parse(html, 50);
    std::size_t depth = 0;
    for (const Node* n = doc.body(); n != nullptr; n = n->first) ++depth;
    EXPECT_LE(depth, 52u);
    EXPECT_EQ(textContent(doc.body()), "x");
}

TEST(HtmlRobustness, MalformedMarkupIsRepaired) {
    const ReadOutput out = readOk(dataFile("malformed.html"));
    const std::string text = joinedText(out.page);
    EXPECT_NE(text.find("unclosed paragraph"), std::string::npos) << text;
    EXPECT_NE(text.find("The second paragraph starts"), std::string::npos);
    EXPECT_NE(text.find("bold run of text overlaps"), std::string::npos);
    EXPECT_NE(text.find("& an unterminated entity \u00a9 2025"), std::string::npos) << text;
    EXPECT_LT(text.find("unclosed paragraph"), text.find("The second paragraph"));
    EXPECT_EQ(first(out.page.meta.titles), "Broken markup still has a story to tell today");
}

TEST(HtmlRobustness, EmptyAndTextlessPagesAreErrors) {
    EXPECT_FALSE(readHtml("", std::nullopt, "").ok());
    EXPECT_FALSE(readHtml("<html><body><div></div></body></html>", std::nullopt, "").ok());
    EXPECT_FALSE(readHtml(std::string("\0\1\2\3binary\0", 11), std::nullopt, "").ok());
}

TEST(HtmlRobustness, ShortPageStillGivesItsText) {
    const ReadOutput out = readOk("<p>Just one short line.</p>");
    EXPECT_EQ(joinedText(out.page), "Just one short line.");
}

TEST(HtmlRobustness, SniffsMetaCharset) {
    EXPECT_EQ(sniffMetaCharset("<html><head><meta charset=\"GBK\">").value_or(""), "gbk");
    EXPECT_EQ(sniffMetaCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")
                  .value_or(""),
              "windows-1252");
    EXPECT_EQ(sniffMetaCharset("<META CHARSET=utf-8>").value_or(""), "utf-8");
    EXPECT_FALSE(sniffMetaCharset("<html><p>charset=utf-8 in text</p>").has_value());
}

TEST(HtmlRobustness, ReaderInterface) {
    HtmlReader reader;
    EXPECT_EQ(reader.format(), SourceFormat::Html);
    ingest::LoadedFile file;
    file.bytes = dataFile("og-meta.html");
    auto r = reader.read(file);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_FALSE(r->page.blocks.empty());
    EXPECT_FALSE(r->encoding.empty());
}

}  // namespace
}  // namespace parallax::formats::html::test
