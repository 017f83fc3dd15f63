// Emptying scripts and style sheets before the parse: what is removed, where the scan stops, and that gumbo
// builds the same tree from the lean page as from the whole one (scripts' and styles' text aside).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/formats/html/script_bodies.h"

namespace parallax::formats::html::test {
namespace {

std::string lean(const std::string& html) { return dropScriptAndStyleText(html).value_or("(unchanged)"); }

TEST(ScriptBodies, EmptiesScriptsAndStyleSheetsAndKeepsTheirTags) {
    EXPECT_EQ(lean("<head><style>p { color: red }</style><script src=a.js></script>"
                   "<script>var s = \"<p>not markup</p>\";</script></head><body><p>Text</p></body>"),
              "<head><style></style><script src=a.js></script><script></script></head><body><p>Text</p></body>");
}

TEST(ScriptBodies, KeepsJsonScripts) {
    const std::string html = "<script type=\"application/ld+json\">{\"datePublished\": \"2024-01-20\"}</script>"
                             "<script>track();</script>";
    EXPECT_EQ(lean(html), "<script type=\"application/ld+json\">{\"datePublished\": \"2024-01-20\"}</script>"
                          "<script></script>");
}

TEST(ScriptBodies, ReadsTagsAsTheTokenizerDoes) {
    // A quoted '>' does not end the tag; "</scripts" and "</script" inside a string do not end the script
    // unless a delimiter follows the name; an end tag's case does not matter.
    EXPECT_EQ(lean("<script data-x=\"a>b\">x = '</scripts>';</SCRIPT ><p>Kept</p>"),
              "<script data-x=\"a>b\"></SCRIPT ><p>Kept</p>");
    // An unquoted value keeps its slash: this script is not self-closing, and its text goes.
    EXPECT_EQ(lean("<script src=a/>code</script>"), "<script src=a/></script>");
}

TEST(ScriptBodies, LooksPastCommentsAndRawText) {
    // A script tag inside a comment, a title or a textarea is text, not a script.
    EXPECT_EQ(lean("<!-- <script> --><p>a</p>"), "(unchanged)");
    EXPECT_EQ(lean("<!--> <script>x</script>"), "<!--> <script></script>");
    EXPECT_EQ(lean("<title>Ads &lt;script&gt; tags</title><script>x</script>"), "<title>Ads &lt;script&gt; tags</title><script></script>");
}

TEST(ScriptBodies, StopsWhereTheTreeBuilderCouldReadOtherwise) {
    // Each of these leaves the rest of the page to gumbo as it is.
    EXPECT_EQ(lean("<script>a</script><script>if (x) { document.write('<!--'); }</script><style>b</style>"),
              "<script></script><script>if (x) { document.write('<!--'); }</script><style>b</style>");
    EXPECT_EQ(lean("<svg><script>a</script></svg>"), "(unchanged)");
    EXPECT_EQ(lean("<select><style>a</style></select><script>b</script>"), "(unchanged)");
    EXPECT_EQ(lean("<title>a <b>c</b></title><script>b</script>"), "(unchanged)");
    EXPECT_EQ(lean("<script>never closed"), "(unchanged)");
    EXPECT_EQ(lean("<p class=\"never closed><script>a</script>"), "(unchanged)");
    EXPECT_EQ(lean("<frameset><script>a</script>"), "(unchanged)");
    // Text the parser reports as an error: gumbo's error count changes how it reads later tags.
    EXPECT_EQ(lean(std::string("<script>a") + '\0' + "b</script><style>c</style>"), "(unchanged)");
    EXPECT_EQ(lean("<style>a\x01b</style><script>c</script>"), "(unchanged)");
    EXPECT_EQ(lean("<script>a\u0085b</script>"), "(unchanged)");
}

TEST(ScriptBodies, ResumesAfterAClosedSvgOrMath) {
    EXPECT_EQ(lean("<svg><path d=\"M0 0\"/><svg></svg></svg><math><mi>x</mi></math><svg/><script>a</script>"),
              "<svg><path d=\"M0 0\"/><svg></svg></svg><math><mi>x</mi></math><svg/><script></script>");
}

void expectSameTree(const std::string& html) {
    constexpr auto kDrop = Document::ScriptText::Drop;
    EXPECT_EQ(outline(Document::parse(html, 200, kDrop).root(), kDrop),
              outline(Document::parse(html, 200, Document::ScriptText::Keep).root(), kDrop))
        << "page: " << html;
}

TEST(ScriptBodies, GumboBuildsTheSameTreeFromTheLeanPage) {
    for (const char* html : {
             "<noscript><style>a<b>c</b></style></noscript><p>x</p>",
             "<table><style>td{}</style><script>x<y</script><tr><td>a</td></tr></table>",
             "<template><style>a</style><script>b</script></template>",
             "<head><noscript><script>a</script><link></noscript></head><body>t</body>",
             "<svg><foreignObject><p>a</p><script>b</script></foreignObject></svg><script>c</script>",
             "<math><mtext><style>a<b>c</b></style></mtext></math><style>d</style>",
             "<select><option>a<script>b</script></select><style>c</style>",
             "<p>a</p><script>x</script >b<style type=text/css>c</style/>d",
         })
        expectSameTree(html);
}

TEST(ScriptBodies, GumboBuildsTheSameTreeFromTheLeanPageOnRandomMarkup) {
    // Pages stitched from pieces that change the tokenizer's or the tree builder's state.
    const std::vector<std::string> pieces = {
        "<script>", "</script>", "<style>", "</style>", "<script type=application/ld+json>", "<script/>",
        "<!--", "-->", "--!>", "<!-->", "<svg>", "</svg>", "<svg/>", "<math>", "</math>", "<mi>", "<foreignObject>",
        "<title>", "</title>", "<textarea>", "</textarea>", "<xmp>", "</xmp>", "<iframe>", "</iframe>",
        "<noscript>", "</noscript>", "<select>", "</select>", "<option>", "<table>", "<tr>", "<td>", "</table>",
        "<template>", "</template>", "<![CDATA[", "]]>", "<?x>", "</ x>", "</>", "<", ">", "/>", "<br/>",
        "<p>", "</p>", "<div class=\"a>b\">", "<a title='<script>'>", "</a>", "<b>", "</b>", "<plaintext>",
        "<frameset>", "<head>", "<body>", "text", "x=1;", "\"", "'", "=", " ", "\n", "<!DOCTYPE html>",
        "</scripts>", "</script x=\">\">", "<SCRIPT>", "</STYLE >", "<input>", "<frame>"};
    std::mt19937 random(20261204);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 24);
    for (int page = 0; page < 20000; ++page) {
        std::string html;
        for (int n = length(random); n > 0; --n) html += pieces[pick(random)];
        expectSameTree(html);
        if (testing::Test::HasFailure()) break;  // one counterexample is enough to read
    }
}

}  // namespace
}  // namespace parallax::formats::html::test
