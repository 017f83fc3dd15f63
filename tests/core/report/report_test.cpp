#include <gtest/gtest.h>

#include <regex>

#include "core/report/escape.h"
#include "core/report/writers.h"
#include "report_fixture.h"

using namespace parallax;
using namespace parallax::report;

namespace {

std::vector<std::string> matches(const std::string& s, const std::string& pattern) {
    std::vector<std::string> out;
    std::regex re(pattern);
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.push_back((*it)[1]);
    return out;
}

// A strict RFC 4180 reader, to check that the CSV parses back into the fields we meant.
std::vector<std::vector<std::string>> parseCsv(const std::string& s) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field), field.clear();
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            rows.back().push_back(field), field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

}  // namespace

TEST(Escape, Html) {
    EXPECT_EQ(escapeHtml("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    EXPECT_EQ(escapeHtml(std::string("a\x01" "b")), "ab");
}

TEST(Escape, MarkdownNeutralisesLinksImagesAndHtml) {
    std::string out = escapeMarkdown("[x](javascript:alert(1)) ![i](http://e/t.png) <img onerror=y> *bold*");
    EXPECT_EQ(out.find("[x]"), std::string::npos);
    EXPECT_NE(out.find("\\[x\\]"), std::string::npos);
    EXPECT_NE(out.find("\\!\\[i\\]"), std::string::npos);
    EXPECT_EQ(out.find("<img"), std::string::npos);
    EXPECT_NE(out.find("\\*bold\\*"), std::string::npos);
    EXPECT_EQ(escapeMarkdown("# not a heading\n1. not a list"), "\\# not a heading\n1\\. not a list");
    EXPECT_EQ(escapeMarkdown("version 2.5 - fine"), "version 2.5 - fine");  // mid-line: left readable
}

TEST(Escape, CsvQuotesAndDefusesFormulas) {
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csvField("+1"), "'+1");
    EXPECT_EQ(csvField("@cmd"), "'@cmd");
    EXPECT_EQ(csvField("line\nbreak"), "\"line\nbreak\"");
}

TEST(HtmlReport, StructureAndRanking) {
    AnalysisResult r = fixtures::reportFixture();
    std::string html = renderHtml(buildView(r, {}));
    auto h2 = matches(html, "<h2[^>]*>([^<]*)</h2>");
    ASSERT_EQ(h2.size(), 3u);
    EXPECT_EQ(h2[0], "What was compared");
    EXPECT_EQ(h2[1], "Story: DeepSeek R1 release");  // the story with conflicts comes first
    EXPECT_EQ(h2[2], "Story: Rain");
    // High before low; the dismissed conflict is left out by default.
    auto badges = matches(html, "<span class=\"badge\">([A-Z]+)</span>");
    EXPECT_EQ(badges, (std::vector<std::string>{"HIGH", "LOW"}));
    EXPECT_NE(html.find("Likely cause: R1-Lite-Preview was released in November 2024"), std::string::npos);
    EXPECT_NE(html.find("Reviewer: confirmed"), std::string::npos);
    EXPECT_NE(html.find("binary file"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">"), std::string::npos);
    EXPECT_NE(html.find("&#10007; contradicts"), std::string::npos);  // text, not colour alone
    EXPECT_NE(html.find("Timeline of dated claims"), std::string::npos);
    EXPECT_NE(html.find("meta article:published_time"), std::string::npos);
}

TEST(HtmlReport, NothingFromAnArticleIsMarkup) {
    AnalysisResult r = fixtures::reportFixture();
    Options o;
    o.includeFullTexts = true;
    o.includeDismissed = true;
    std::string html = renderHtml(buildView(r, o));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<b>Wire"), std::string::npos);
    EXPECT_EQ(html.find("<style>body{display"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
    EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(html.find("芯片 and emoji 🚀"), std::string::npos);  // CJK and emoji pass through intact
    auto badges = matches(html, "<span class=\"badge\">([A-Z]+)</span>");
    EXPECT_EQ(badges.size(), 3u);
}

TEST(HtmlReport, MinimumSeverityAndStoryFilter) {
    AnalysisResult r = fixtures::reportFixture();
    Options o;
    o.minSeverity = Severity::High;
    o.stories = {"s1"};
    std::string html = renderHtml(buildView(r, o));
    EXPECT_EQ(matches(html, "<span class=\"badge\">([A-Z]+)</span>"), (std::vector<std::string>{"HIGH"}));
    EXPECT_EQ(html.find("Story: Rain"), std::string::npos);
}

TEST(MarkdownReport, StructureAndEscaping) {
    AnalysisResult r = fixtures::reportFixture();
    Options o;
    o.includeFullTexts = true;
    std::string md = renderMarkdown(buildView(r, o));
    auto h2 = matches(md, "\n## ([^\n]*)");
    EXPECT_EQ(h2, (std::vector<std::string>{"What was compared", "Story: DeepSeek R1 release", "Story: Rain"}));
    EXPECT_NE(md.find("# Parallax comparison report"), std::string::npos);
    EXPECT_NE(md.find("#### high · date — DeepSeek-R1"), std::string::npos);
    EXPECT_EQ(md.find("[click]"), std::string::npos);
    EXPECT_EQ(md.find("<script"), std::string::npos);
    EXPECT_EQ(md.find("<img"), std::string::npos);
    EXPECT_EQ(md.find("![img]"), std::string::npos);
    EXPECT_NE(md.find("✗ contradicts"), std::string::npos);
}

TEST(MarkdownReport, DateValuesInWords) {
    AnalysisResult r = fixtures::reportFixture();
    for (auto& c : r.conflicts)
        if (c.id == "c1") c.evidence.back().value = "XXXX-11";
    const std::string md = renderMarkdown(buildView(r, Options{}));
    EXPECT_NE(md.find("(value: November (year not stated))"), std::string::npos);
    EXPECT_NE(md.find("(value: 20 January 2025)"), std::string::npos);
    EXPECT_EQ(md.find("XXXX-11"), std::string::npos);
    EXPECT_NE(md.find("| 20 January 2025 |"), std::string::npos) << "the timeline in words";
}

TEST(CsvReport, OneRowPerConflictAndParsesBack) {
    AnalysisResult r = fixtures::reportFixture();
    Options o;
    o.includeDismissed = true;
    std::string csv = renderCsv(buildView(r, o));
    auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 4u);  // header + 3 conflicts
    for (const auto& row : rows) EXPECT_EQ(row.size(), 15u);
    EXPECT_EQ(rows[0][0], "id");
    EXPECT_EQ(rows[1][0], "c1");  // high first
    EXPECT_EQ(rows[1][4], "high");
    EXPECT_EQ(rows[1][10], "confirmed");
    for (const auto& row : rows)
        for (const auto& f : row) EXPECT_FALSE(!f.empty() && (f[0] == '=' || f[0] == '@' || f[0] == '+')) << f;
    EXPECT_NE(rows[1][14].find("Circuit <b>Wire</b>, 2025-01-21: 20 January 2025"), std::string::npos);
}
