#include <gtest/gtest.h>

#include "core/formats/reader.h"
#include "core/formats/text/paragraphs.h"
#include "core/formats/text/text_reader.h"

namespace parallax::formats {
namespace {

std::vector<std::string> texts(const std::vector<Block>& blocks) {
    std::vector<std::string> out;
    for (const auto& b : blocks) out.push_back(b.text);
    return out;
}

ingest::LoadedFile loaded(std::string bytes) {
    ingest::LoadedFile f;
    f.file.relative = "x.txt";
    f.bytes = std::move(bytes);
    f.hash = ingest::hashHex(f.bytes);
    return f;
}

TEST(Paragraphs, BlankLinesSeparateParagraphs) {
    auto blocks = text::splitParagraphs("First paragraph here.\n\n\nSecond   one,\twith  spaces.\n");
    EXPECT_EQ(texts(blocks), (std::vector<std::string>{"First paragraph here.", "Second one, with spaces."}));
    EXPECT_EQ(blocks[0].kind, BlockKind::Paragraph);
}

TEST(Paragraphs, OneParagraphPerLineStaysApart) {
    // Saved pages put each paragraph on one long line; single newlines are real breaks there.
    const std::string text =
        "The regulator approved the merger on Tuesday after a review that lasted more than a year and drew objections.\n"
        "Shares of both companies rose in early trading, and analysts said the deal would close by the end of March.\n"
        "Source: Example Wire\n";
    EXPECT_EQ(text::splitParagraphs(text).size(), 3u);
}

TEST(Paragraphs, HardWrappedLinesAreJoined) {
    const std::string text =
        "The regulator approved the merger on Tuesday after a review that\n"
        "lasted more than a year. Shares of both companies rose in early\n"
        "trading, and analysts said the deal would close by the end of the\n"
        "first quarter.\n"
        "\n"
        "A second paragraph follows here, wrapped at the same width as the\n"
        "first one, and it ends with a short line.\n";
    auto blocks = text::splitParagraphs(text);
    ASSERT_EQ(blocks.size(), 2u);
    EXPECT_EQ(blocks[0].text,
              "The regulator approved the merger on Tuesday after a review that lasted more than a year. Shares of "
              "both companies rose in early trading, and analysts said the deal would close by the end of the first "
              "quarter.");
}

TEST(Paragraphs, ListItemsAreSeparateBlocks) {
    auto blocks = text::splitParagraphs("Key points:\n  \u2022 Revenue rose 12%.\n  - Costs fell.\n3. Guidance kept.\n");
    ASSERT_EQ(blocks.size(), 4u);
    EXPECT_EQ(blocks[1].kind, BlockKind::ListItem);
    EXPECT_EQ(blocks[1].text, "Revenue rose 12%.");
    EXPECT_EQ(blocks[2].text, "Costs fell.");
    EXPECT_EQ(blocks[3].text, "Guidance kept.");
    EXPECT_EQ(blocks[3].kind, BlockKind::ListItem);
}

TEST(Paragraphs, BoldAndSetextHeadings) {
    auto blocks = text::splitParagraphs(
        "**Chipmaker Beats Forecasts**\n\nSales grew.**A Second Story Starts Here**\n\nUnderlined\n==========\n\nText "
        "with **bold** words.\n");
    EXPECT_EQ(texts(blocks), (std::vector<std::string>{"Chipmaker Beats Forecasts", "Sales grew.",
                                                       "A Second Story Starts Here", "Underlined",
                                                       "Text with bold words."}));
    EXPECT_EQ(blocks[0].kind, BlockKind::Heading);
    EXPECT_EQ(blocks[2].kind, BlockKind::Heading);
    EXPECT_EQ(blocks[3].kind, BlockKind::Heading);
    EXPECT_EQ(blocks[3].level, 1);
}

TEST(Paragraphs, WindowsAndOldMacNewlinesAndOddSpaces) {
    auto blocks = text::splitParagraphs("One\r\n\r\nTwo\rThree\xC2\xA0\xC2\xA0words\xE2\x80\x8B");
    EXPECT_EQ(texts(blocks), (std::vector<std::string>{"One", "Two", "Three words"}));
}

TEST(Paragraphs, ColumnGapsBetweenShortItemsBecomeSeparators) {
    EXPECT_EQ(text::markColumnGaps("Markets   Economy   Companies\tTech"), "Markets | Economy | Companies | Tech");
    EXPECT_EQ(text::markColumnGaps("  Log in   Register  "), "Log in | Register");
    EXPECT_EQ(text::markColumnGaps("Listen to this article   4 min"), "Listen to this article | 4 min");
    // Sentence spacing, justified prose and single spaces are only collapsed.
    EXPECT_EQ(text::markColumnGaps("Shares fell.  Bonds rose."), "Shares fell. Bonds rose.");
    EXPECT_EQ(text::markColumnGaps("the  company  said  on  Tuesday"), "the company said on Tuesday");
    EXPECT_EQ(text::markColumnGaps("Second   one,\twith  spaces."), "Second one, with spaces.");
    EXPECT_EQ(text::markColumnGaps("One item only"), "One item only");
    EXPECT_EQ(text::markColumnGaps("A long first item with many words in it   Next"),
              "A long first item with many words in it Next");
}

TEST(Paragraphs, CollapseSpacesOnOddBytes) {
    // No-break, ideographic and narrow spaces collapse; a zero-width space vanishes; cut-off sequences stay.
    EXPECT_EQ(text::collapseSpaces("  a\xC2\xA0\xC2\xA0" "b\xE2\x80\x8B c\xE3\x80\x80" "d\xE2\x80\xAF" "e\xC2"), "a b c d e\xC2");
    EXPECT_EQ(text::collapseSpaces("x\xE2\x80"), "x\xE2\x80");
    EXPECT_EQ(text::collapseSpaces("\xC2\xC2\xA0 "), "\xC2");
    EXPECT_EQ(text::collapseSpaces("zw\xE2\x80\x8Cnj \xE2\x80\x8B\t\v\n end"), "zw\xE2\x80\x8Cnj end");
}

TEST(Paragraphs, LinesWithoutAGapReadAsMarkColumnGapsReadsThem) {
    // The plain-text reader calls markColumnGaps only on lines with a gap (a tab, or two spaces or no-break
    // spaces in a row); every other line must come out as markColumnGaps would give it.
    text::ParagraphOptions options;
    options.markColumnGaps = true;
    for (const char* line : {"Markets  Economy  Tech", "Markets Economy Tech", "Markets\xC2\xA0 Economy\xC2\xA0 Tech",
                             "Markets \xC2\xA0" "Economy \xC2\xA0Tech", "Markets\xC2\xA0\xC2\xA0" "Economy",
                             "Markets\xC2\xC2\xA0" "Economy \xC2 Tech", "Home\tWorld\tBusiness", "Home \tWorld",
                             "Shares fell.  Bonds rose.", "One \xC2\xA0two three", "Trailing gap  ",
                             "Markets\xC2\xA0" "Economy\xC2\xA0Tech"}) {
        const auto blocks = text::splitParagraphs(line, options);
        ASSERT_EQ(blocks.size(), 1U) << line;
        EXPECT_EQ(blocks[0].text, text::markColumnGaps(line)) << line;
    }
}

TEST(PlainTextReader, MenuGapsAreKeptButPdfStyleSplittingIsUnchanged) {
    auto r = readerFor(SourceFormat::PlainText).read(loaded("SITE NAME\nNews   Sport   Weather\n\nA headline here\n"));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(texts(r->page.blocks),
              (std::vector<std::string>{"SITE NAME", "News | Sport | Weather", "A headline here"}));
    // Without the option (PDF text) the gaps are only collapsed.
    EXPECT_EQ(texts(text::splitParagraphs("News   Sport   Weather\n")),
              (std::vector<std::string>{"News Sport Weather"}));
}

TEST(PlainTextReader, DecodesAndSplits) {
    auto r = readerFor(SourceFormat::PlainText).read(loaded(std::string("\xFF\xFE" "H\0i\0\n\0\n\0Y\0o\0", 14)));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->encoding, "UTF-16LE");
    EXPECT_EQ(texts(r->page.blocks), (std::vector<std::string>{"Hi", "Yo"}));
    EXPECT_FALSE(r->page.mainContentExtracted);
}

TEST(PlainTextReader, WhitespaceOnlyAndBinaryFail) {
    auto blank = readerFor(SourceFormat::PlainText).read(loaded(" \n\t\n"));
    ASSERT_FALSE(blank.ok());
    EXPECT_NE(blank.error().find("no text"), std::string::npos);
    auto bin = readerFor(SourceFormat::PlainText).read(loaded(std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10)));
    ASSERT_FALSE(bin.ok());
    EXPECT_NE(bin.error().find("binary"), std::string::npos);
}

TEST(Registry, EveryFormatHasAReader) {
    for (auto f : {SourceFormat::PlainText, SourceFormat::Markdown, SourceFormat::Html, SourceFormat::Mhtml,
                   SourceFormat::Pdf}) EXPECT_EQ(readerFor(f).format(), f);
}

}  // namespace
}  // namespace parallax::formats
