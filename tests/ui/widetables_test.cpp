// splitWideTables (ui/pdf): a table too wide for a page becomes tables of fewer columns that repeat the first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ui/pdf/widetables.h"

namespace {

using parallax::pdf::splitWideTables;

/// A table shaped like the report's claims matrix: a header row "Fact, S1..Sn", then rows "fact r, cells".
std::string matrix(int sources, int rows, const std::string& caption = "Coverage") {
    std::string html =
        "<table cellpadding=\"4\"><caption>" + caption + "</caption><thead><tr><th scope=\"col\">Fact</th>";
    for (int s = 1; s <= sources; ++s) html += "<th scope=\"col\">S" + std::to_string(s) + "</th>";
    html += "</tr></thead><tbody>\n";
    for (int r = 0; r < rows; ++r) {
        html += "<tr><th scope=\"row\">fact " + std::to_string(r) + "</th>";
        for (int s = 1; s <= sources; ++s)
            html += "<td class=\"states\">r" + std::to_string(r) + "s" + std::to_string(s) + "</td>";
        html += "</tr>\n";
    }
    return html + "</tbody></table>\n";
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST(WideTables, ANarrowTableAndTheTextAroundItStayAsTheyAre) {
    const std::string html = "<h3>Who says what</h3>\n" + matrix(7, 3) + "<p>after &amp; more</p>";
    EXPECT_EQ(splitWideTables(html, 8), html);
}

TEST(WideTables, AWideTableBecomesEvenGroupsThatRepeatTheFirstColumn) {
    const std::string out = splitWideTables("<h3>Who</h3>\n" + matrix(20, 3) + "<p>after</p>", 8);
    // 20 sources, at most 7 beside the fact: groups of 7, 7 and 6.
    ASSERT_EQ(count(out, "<table"), 3) << out;
    EXPECT_EQ(count(out, "</table>"), 3);
    EXPECT_EQ(count(out, ">Fact</th>"), 3);
    EXPECT_EQ(count(out, ">fact 2</th>"), 3);
    for (int s = 1; s <= 20; ++s) EXPECT_EQ(count(out, ">S" + std::to_string(s) + "</th>"), 1) << s;
    for (int s = 1; s <= 20; ++s) EXPECT_EQ(count(out, ">r1s" + std::to_string(s) + "<"), 1) << s;
    const std::size_t first = out.find("<table");
    const std::size_t second = out.find("<table", first + 1);
    const std::size_t third = out.find("<table", second + 1);
    EXPECT_EQ(count(out.substr(first, second - first), "<td"), 3 * 7);
    EXPECT_EQ(count(out.substr(second, third - second), "<td"), 3 * 7);
    EXPECT_EQ(count(out.substr(third), "<td"), 3 * 6);
    // Sources keep their order: S8 starts the second group, S15 the third.
    EXPECT_LT(out.find(">S7<"), second);
    EXPECT_GT(out.find(">S8<"), second);
    EXPECT_GT(out.find(">S15<"), third);
    EXPECT_EQ(out.rfind("<h3>Who</h3>\n", 0), 0u);
    EXPECT_NE(out.find("</table>\n<p>after</p>"), std::string::npos);
}

TEST(WideTables, OnlyTheFirstGroupKeepsTheCaption) {
    const std::string out = splitWideTables(matrix(20, 2, "Coverage of each fact"), 8);
    EXPECT_EQ(count(out, "<caption"), 1);
    EXPECT_EQ(out.find("<table cellpadding=\"4\"><caption>Coverage of each fact</caption><thead>"), 0u);
    // Each group's first column gets its width, once (in its header row).
    EXPECT_EQ(count(out, "<th width=\"25%\" scope=\"col\">Fact</th>"), 3);
    EXPECT_EQ(count(out, "width="), 3);
}

TEST(WideTables, EscapedTextIsCopiedAsItIs) {
    std::string html = matrix(12, 1);
    const std::string hostile = "&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &quot;x&quot;";
    html.replace(html.find("fact 0"), 6, hostile);
    const std::string out = splitWideTables(html, 8);
    EXPECT_EQ(count(out, "<table"), 2);
    EXPECT_EQ(count(out, hostile), 2);  // the repeated first column, escaped as it came
    EXPECT_EQ(out.find("<script"), std::string::npos);
}

TEST(WideTables, TablesItCannotSplitPlainlyStayAsTheyAre) {
    std::string spanning = matrix(12, 2);
    spanning.replace(spanning.find("<td class=\"states\">r0s1"), 4, "<td colspan=\"2\"");
    EXPECT_EQ(splitWideTables(spanning, 8), spanning);

    std::string ragged = matrix(12, 2);
    ragged.replace(ragged.find("<td class=\"states\">r1s3</td>"), 28, "");
    EXPECT_EQ(splitWideTables(ragged, 8), ragged);

    std::string loose = matrix(12, 2);
    loose.replace(loose.find("<tr><th scope=\"row\">fact 1"), 0, "stray text");
    EXPECT_EQ(splitWideTables(loose, 8), loose);

    std::string withFoot = matrix(12, 2);
    withFoot.replace(withFoot.find("</tbody>"), 0, "</tbody><tfoot><tr><td>x</td></tr></tfoot><tbody>");
    EXPECT_EQ(splitWideTables(withFoot, 8), withFoot);
}

TEST(WideTables, AWideTableInsideATableIsSplitAndTheOuterOneKept) {
    const std::string outerStart = "<table><tr><td>outer</td><td>";
    const std::string outerEnd = "</td></tr></table>";
    const std::string out = splitWideTables(outerStart + matrix(12, 2) + outerEnd, 8);
    EXPECT_EQ(out.rfind(outerStart, 0), 0u);
    EXPECT_EQ(count(out, "<table"), 3);  // the outer one and the inner one in two
    EXPECT_NE(out.find("</tbody></table>\n" + outerEnd), std::string::npos);
}

TEST(WideTables, ATableWithoutAHeadIsSplitToo) {
    std::string html = matrix(10, 3);
    html.replace(html.find("<thead>"), 7, "");
    html.replace(html.find("</thead>"), 8, "");
    const std::string out = splitWideTables(html, 6);
    EXPECT_EQ(count(out, "<table"), 2);
    EXPECT_EQ(count(out, "<thead>"), 0);
    EXPECT_EQ(count(out, "<th width=\"25%\" scope=\"col\">Fact</th>"), 2);
}
