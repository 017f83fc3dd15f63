#include <gtest/gtest.h>

#include "core/formats/markdown/markdown_reader.h"
#include "core/formats/reader.h"

namespace parallax::formats::markdown {
namespace {

TEST(MarkdownInline, MarkupBecomesText) {
    EXPECT_EQ(stripInline("**Bold** and *em* and __strong__ and `code`"), "Bold and em and strong and code");
    EXPECT_EQ(stripInline("Read the [full filing](https://example.com/f \"t\") today"), "Read the full filing today");
    EXPECT_EQ(stripInline("Chart: ![revenue chart](img/rev.png) below"), "Chart: below");
    EXPECT_EQ(stripInline("See <https://example.com> or [the note][1]"), "See https://example.com or the note");
    EXPECT_EQ(stripInline("snake_case_name stays, 2 * 3 stays, \\*literal\\*"), "snake_case_name stays, 2 * 3 stays, *literal*");
    EXPECT_EQ(stripInline("A <span class=\"x\">tagged</span> word &amp; more"), "A tagged word & more");
    EXPECT_EQ(stripInline("~~struck~~ text"), "struck text");
}

TEST(MarkdownBlocks, StructureAndFrontMatter) {
    const std::string md =
        "---\n"
        "title: \"Battery Maker Plans Second Plant\"\n"
        "date: 2025-02-03\n"
        "author: Lena Fischer\n"
        "site: Example Energy News\n"
        "lang: en\n"
        "---\n"
        "\n"
        "# Battery Maker Plans Second Plant\n"
        "\n"
        "The company said on Monday it would build a second\n"
        "plant, doubling its output by 2027.\n"
        "\n"
        "Key facts\n"
        "---------\n"
        "\n"
        "- Cost: about **$2 billion**\n"
        "- Jobs: 1,500\n"
        "  1. nested item\n"
        "\n"
        "> \"We are sold out for two years,\" the chief executive said.\n"
        "> She did not give figures.\n"
        "\n"
        "| Year | Output |\n"
        "|------|--------|\n"
        "| 2025 | 10 GWh |\n"
        "\n"
        "```\n"
        "raw code line\n"
        "```\n"
        "\n"
        "***\n"
        "[1]: https://example.com\n"
        "<!-- a comment\n"
        "over lines -->\n"
        "Last paragraph.\n";
    const ParsedPage page = parseMarkdown(md);
    ASSERT_EQ(page.meta.titles.size(), 1u);
    EXPECT_EQ(page.meta.titles[0].value, "Battery Maker Plans Second Plant");
    EXPECT_EQ(page.meta.titles[0].how, "front matter title");
    ASSERT_EQ(page.meta.published.size(), 1u);
    EXPECT_EQ(page.meta.published[0].value, "2025-02-03");
    ASSERT_EQ(page.meta.bylines.size(), 1u);
    EXPECT_EQ(page.meta.bylines[0].value, "Lena Fischer");
    ASSERT_EQ(page.meta.siteNames.size(), 1u);
    EXPECT_EQ(page.meta.language, "en");

    std::vector<std::pair<BlockKind, std::string>> got;
    for (const auto& b : page.blocks) got.emplace_back(b.kind, b.text);
    const std::vector<std::pair<BlockKind, std::string>> want = {
        {BlockKind::Heading, "Battery Maker Plans Second Plant"},
        {BlockKind::Paragraph, "The company said on Monday it would build a second plant, doubling its output by 2027."},
        {BlockKind::Heading, "Key facts"},
        {BlockKind::ListItem, "Cost: about $2 billion"},
        {BlockKind::ListItem, "Jobs: 1,500"},
        {BlockKind::ListItem, "nested item"},
        {BlockKind::Quote, "\"We are sold out for two years,\" the chief executive said. She did not give figures."},
        {BlockKind::TableCell, "Year | Output"},
        {BlockKind::TableCell, "2025 | 10 GWh"},
        {BlockKind::Preformatted, "raw code line"},
        {BlockKind::Paragraph, "Last paragraph."},
    };
    EXPECT_EQ(got, want);
    EXPECT_EQ(page.blocks[0].level, 1);
    EXPECT_EQ(page.blocks[2].level, 2);
    EXPECT_EQ(page.blocks[5].level, 1);
}

TEST(MarkdownBlocks, UnclosedFrontMatterIsARule) {
    const ParsedPage page = parseMarkdown("---\nJust text after a rule.\n");
    ASSERT_EQ(page.blocks.size(), 1u);
    EXPECT_TRUE(page.meta.titles.empty());
}

TEST(MarkdownReader, ReadsThroughTheRegistry) {
    ingest::LoadedFile f;
    f.file.relative = "a.md";
    f.bytes = "\xEF\xBB\xBF# Caf\xC3\xA9 Chain Expands\n\nIt opened ten shops.\n";
    auto r = readerFor(SourceFormat::Markdown).read(f);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->encoding, "UTF-8");
    ASSERT_EQ(r->page.blocks.size(), 2u);
    EXPECT_EQ(r->page.blocks[0].text, "Caf\xC3\xA9 Chain Expands");
    f.bytes = "---\ntitle: x\n---\n\n";
    EXPECT_FALSE(readerFor(SourceFormat::Markdown).read(f).ok());
}

}  // namespace
}  // namespace parallax::formats::markdown
