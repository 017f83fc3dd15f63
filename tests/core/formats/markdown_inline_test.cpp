// The linear inline reader against the old rescanning one, on short lines where the old one is fast: the
// same text for every line, so making it linear changed no output. Long lines only for what must not stall.
#include <gtest/gtest.h>

#include <random>

#include "core/formats/markdown/markdown_reader.h"
#include "tests/core/formats/markdown_inline_reference.h"

namespace parallax::formats::markdown {
namespace {

TEST(MarkdownInlineLinear, AgreesWithTheOldReaderOnHandWrittenLines) {
    for (const char* line :
         {"[a](b) [c][d] ![e](f) [[g](h)](i)", "\\[not a link](x) and \\\\[a link](y)", "[a\\](b)](c)", "[open [x](y)",
          "[a](b(c)d) [a](b(c) [x] (y)", "`code [x](y)` and ``a ` b`` and ``` unclosed",
          "<https://x.org> <a href=\"x\">t</a> <b <i>", "<mailto:me@x.org> <not a tag> <3 and 4>",
          "*a* **b** _c_ ~~d~~ ~e~ snake_case 2 * 3", "&amp;lt; [&amp;lt;](u)",
          "[`]`](x)", "![a [b](c)](d) tail", "[a]\\(b) [a]([b)]", "\\", "[", "]", "[]()", "[][]", "<", "`"})
        EXPECT_EQ(stripInline(line), reference::referenceStripInline(line)) << line;
}

TEST(MarkdownInlineLinear, AgreesWithTheOldReaderOnRandomLines) {
    // Lines made of the characters the reader reacts to, with a few letters and spaces between them.
    const std::string alphabet = "[[]](()\\\\`<>!*_~&:/ aAb;";
    std::mt19937 random(20241203);
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 40);
    for (int n = 0; n < 20000; ++n) {
        std::string line;
        for (int k = length(random); k > 0; --k) line += alphabet[pick(random)];
        ASSERT_EQ(stripInline(line), reference::referenceStripInline(line)) << line;
    }
}

TEST(MarkdownInlineLinear, LongLinesOfOpenersReadAsText) {
    // (compared with EXPECT_TRUE: a failure must not print 200,000 characters)
    const std::string brackets = std::string(200000, '[') + " x";
    EXPECT_TRUE(stripInline(brackets) == brackets);
    const std::string angles = std::string(200000, '<') + "b>";  // only the last "<b>" is a tag
    EXPECT_TRUE(stripInline(angles) == std::string(199999, '<'));
    std::string ticks;
    for (int i = 0; i < 10000; ++i) ticks += "`` ` ``` ` `` ` word ";
    EXPECT_NE(stripInline(ticks).find("word"), std::string::npos);
}

TEST(MarkdownInlineLinear, DeeplyNestedLinksAreReadWithoutExhaustingTheStack) {
    // Links nested in link labels are read to a bounded depth and kept as written below it.
    const int depth = 5000;
    std::string line = std::string(depth, '[') + "label";
    for (int i = 0; i < depth; ++i) line += "](https://example.org/)";
    const std::string text = stripInline(line);
    EXPECT_NE(text.find("label"), std::string::npos);
    EXPECT_LT(text.size(), line.size());  // the outer links lost their targets
    EXPECT_EQ(stripInline("[[[inner](a) middle](b) outer](c)"), "inner middle outer");
}

}  // namespace
}  // namespace parallax::formats::markdown
