#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"
#include "load_data.h"

namespace parallax::extract {
namespace {

using testdata::extractData;
using testdata::has;
using testdata::loadData;

TEST(Extractor, PlainTextWireStoryLosesItsClutter) {
    const Article a = extractData("wire-chip-launch.txt");
    EXPECT_EQ(a.title, "Lumen Devices Unveils Low-Power Inference Chip for Edge Servers");
    EXPECT_EQ(a.byline, "Maria Okafor");
    EXPECT_EQ(a.outlet, "Example Wire");
    EXPECT_EQ(a.outletHow, "dateline");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-03-04");
    // "March 4 (Example Wire)" and no year anywhere on the page: the year is the file's, and said so.
    EXPECT_EQ(a.published->source, DateSource::File);
    EXPECT_NE(a.published->how.find("dateline"), std::string::npos);
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.encoding, "UTF-8");
    EXPECT_EQ(a.format, SourceFormat::PlainText);
    EXPECT_EQ(a.id.size(), 12u);
    // The body, its sub-heading and its last paragraph stay.
    EXPECT_TRUE(has(a.text, "SAN JOSE, March 4 (Example Wire) - Lumen Devices on Tuesday unveiled"));
    EXPECT_TRUE(has(a.text, "Mind the power budget"));
    EXPECT_TRUE(has(a.text, "software support for its chips still lags"));
    for (const char* junk : {"Skip to content", "Log in", "Subscribe", "Share this article", "Follow us",
                             "Editing by", "Tags:", "Related Articles", "Shares Jump", "Leave a Reply",
                             "email address", "Name*", "Website", "Back to top", "Technology\n"})
        EXPECT_FALSE(has(a.text, junk)) << junk;
    EXPECT_FALSE(has(a.text, a.title)) << "the headline is not repeated in the text";
    EXPECT_EQ(a.paragraphs.size(), 7u);
}

TEST(Extractor, ParagraphSpansIndexTheText) {
    const Article a = extractData("wire-chip-launch.txt");
    ASSERT_FALSE(a.paragraphs.empty());
    std::size_t expectedStart = 0;
    for (const auto& p : a.paragraphs) {
        EXPECT_EQ(p.start, expectedStart);
        ASSERT_LE(p.end, a.text.size());
        expectedStart = p.end + 2;
        if (p.end < a.text.size()) {
            EXPECT_EQ(a.text.substr(p.end, 2), "\n\n");
        }
    }
    EXPECT_EQ(a.paragraphs.back().end, a.text.size());
}

TEST(Extractor, RepeatedSiteNameSourceLineAndFaqThatRepeatsTheBody) {
    const Article a = extractData("aggregator-faq.txt");
    EXPECT_EQ(a.title, "Port Operator Expands Container Terminal as Trade Volumes Recover");
    EXPECT_EQ(a.outlet, "Harbor Daily");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-02-12");
    EXPECT_EQ(a.published->how, "date line near the top");
    // The question whose answer restates the body goes; the one that adds facts stays.
    EXPECT_FALSE(has(a.text, "How much capacity will the expansion add?"));
    EXPECT_TRUE(has(a.text, "Who opposes the plan?"));
    EXPECT_TRUE(has(a.text, "sediment plumes"));
    // Key-point recap after the body and the source line go.
    EXPECT_FALSE(has(a.text, "Port operators bet on recovering trade"));
    EXPECT_FALSE(has(a.text, "Source:"));
    EXPECT_FALSE(has(a.text, "Harbor Daily"));
    EXPECT_TRUE(has(a.text, "city council is due to debate the plan next month."));
}

TEST(Extractor, ChinesePlainText) {
    const Article a = extractData("zh-brief.txt");
    EXPECT_EQ(a.title, "新能源车企发布固态电池路线图");
    EXPECT_EQ(a.language, "zh");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-03-18");
    EXPECT_TRUE(has(a.text, "计划在两年内实现小批量装车测试"));
    EXPECT_TRUE(has(a.text, "逐步成熟"));
    for (const char* junk : {"首页", "登录", "责任编辑", "相关阅读", "充电桩"}) EXPECT_FALSE(has(a.text, junk)) << junk;
}

TEST(Extractor, FileTimeIsTheLastResortDate) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0, "A plain paragraph with no date in it at all, written for a test."});
    ingest::LoadedFile f;
    f.file.relative = "undated.txt";
    f.file.path = "/tmp/undated.txt";
    f.file.mtime = 1737331200;  // 2025-01-20 00:00 UTC
    const Article a = buildArticle(page, f, "UTF-8");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-01-20");
    EXPECT_EQ(a.published->source, DateSource::File);
    EXPECT_EQ(a.published->how, "file modification time");
}

TEST(Extractor, MetadataWinsAndSiteSuffixIsStripped) {
    ParsedPage page;
    page.mainContentExtracted = true;
    page.meta.titles.push_back({"Rates Held Steady as Inflation Cools | The Ledger", "meta og:title"});
    page.meta.siteNames.push_back({"The Ledger", "meta og:site_name"});
    page.meta.bylines.push_back({"By Alan Brooks", "meta author"});
    page.meta.published.push_back({"2024-11-07T14:00:00Z", "meta article:published_time"});
    page.meta.language = "en-GB";
    page.blocks.push_back({BlockKind::Heading, 1, "Rates Held Steady as Inflation Cools"});
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "The central bank left its main rate unchanged on Thursday, saying price growth had slowed "
                           "for a third month."});
    page.blocks.push_back({BlockKind::Paragraph, 0, "Share this article"});
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "Economists had expected the decision, although two members of the committee voted for a "
                           "cut, according to the minutes."});
    ingest::LoadedFile f;
    f.file.relative = "ledger.html";
    f.file.format = SourceFormat::Html;
    f.file.mtime = 1741000000;
    const Article a = buildArticle(page, f, "UTF-8");
    EXPECT_EQ(a.title, "Rates Held Steady as Inflation Cools");
    EXPECT_EQ(a.outlet, "The Ledger");
    EXPECT_EQ(a.outletHow, "meta og:site_name");
    EXPECT_EQ(a.byline, "Alan Brooks");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2024-11-07");
    EXPECT_EQ(a.published->source, DateSource::Metadata);
    EXPECT_EQ(a.published->how, "meta article:published_time");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.paragraphs.size(), 2u) << a.text;
    EXPECT_FALSE(has(a.text, "Share this article"));
}

TEST(Extractor, SavedTimeIsOnlyAFileLevelDate) {
    ParsedPage page;
    page.meta.published.push_back({"2025-06-01", "MHTML Date header (time the page was saved)"});
    page.blocks.push_back({BlockKind::Paragraph, 0, "Text without any date, long enough to be a paragraph of prose."});
    ingest::LoadedFile f;
    f.file.relative = "saved.mhtml";
    f.file.mtime = 1741000000;
    const Article a = buildArticle(page, f, "UTF-8");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->source, DateSource::File);
    EXPECT_EQ(a.published->date.iso(), "2025-06-01");
}

TEST(Extractor, NoHeadlineMeansNoTextIsDroppedAndTheFirstSentenceTitles) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "Regulators in the U.S. approved the sale of the chip unit on Friday, ending a review that had "
                           "lasted for more than eighteen months. The buyer said it would keep all staff."});
    page.blocks.push_back({BlockKind::Paragraph, 0, "What happens next?"});
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "The unit will be renamed and will keep its plants in Texas and Oregon, the buyer said in a "
                           "statement on Friday evening."});
    ingest::LoadedFile f;
    f.file.relative = "untitled.txt";
    const Article a = buildArticle(page, f, "UTF-8");
    EXPECT_EQ(a.title, "Regulators in the U.S. approved the sale of the chip unit on Friday, ending a review\u2026");
    EXPECT_EQ(a.paragraphs.size(), 3u) << a.text;
}

TEST(Extractor, ATinyFileStillHasText) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0, "Test"});
    ingest::LoadedFile f;
    f.file.relative = "tiny.txt";
    const Article a = buildArticle(page, f, "UTF-8");
    EXPECT_EQ(a.text, "Test");
}

TEST(Extractor, TitleSuffixPrintedAsALineIsTheSiteName) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0, "Counting Rare Events With Plain SQL | Dana Whitfield"});
    page.blocks.push_back({BlockKind::Paragraph, 0, "Dana Whitfield"});
    page.blocks.push_back({BlockKind::Paragraph, 0, "About"});
    page.blocks.push_back({BlockKind::Heading, 1, "Counting Rare Events With Plain SQL"});
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "Most alerting starts with a threshold that someone picked years ago, and nobody remembers "
                           "why it was set to that value."});
    page.blocks.push_back({BlockKind::Paragraph, 0,
                           "A better start is to measure how far each value sits from the mean, in standard deviations, "
                           "and to flag only the outliers."});
    ingest::LoadedFile f;
    f.file.relative = "sql.txt";
    const Article a = buildArticle(page, f, "UTF-8");
    EXPECT_EQ(a.title, "Counting Rare Events With Plain SQL");
    EXPECT_EQ(a.outlet, "Dana Whitfield");
    EXPECT_EQ(a.paragraphs.size(), 2u) << a.text;
}

TEST(Extractor, ReaderWarningsReachTheArticle) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0, "Body text of a short article that is long enough to count."});
    page.warnings.push_back("declared as windows-1252 but the bytes are UTF-8; read as UTF-8");
    ingest::LoadedFile f;
    f.file.relative = "w.html";
    const Article a = buildArticle(page, f, "UTF-8");
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_EQ(a.warnings[0], page.warnings[0]);
}

TEST(Extractor, IdIsStableAndDependsOnTheRelativePath) {
    ParsedPage page;
    page.blocks.push_back({BlockKind::Paragraph, 0, "Body."});
    ingest::LoadedFile a;
    a.file.relative = "one/a.txt";
    ingest::LoadedFile b = a;
    b.file.relative = "one/b.txt";
    EXPECT_EQ(buildArticle(page, a, "UTF-8").id, buildArticle(page, a, "UTF-8").id);
    EXPECT_NE(buildArticle(page, a, "UTF-8").id, buildArticle(page, b, "UTF-8").id);
}

TEST(Extractor, SeedsFromTheSharedCorpus) {
    const std::filesystem::path seeds = std::filesystem::path(PARALLAX_SHARED_CORPUS) / "seeds";
    if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "../shared/corpus/seeds is not present";
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(seeds)) {
        ingest::LoadedFile f;
        f.file.path = entry.path();
        f.file.relative = entry.path().filename().string();
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        f.bytes = ss.str();
        auto read = formats::readerFor(SourceFormat::PlainText).read(f);
        ASSERT_TRUE(read.ok());
        const Article a = buildArticle(read->page, f, read->encoding);
        // Every seed has a headline and a body several paragraphs long, free of comment forms.
        EXPECT_FALSE(a.title.empty()) << f.file.relative;
        EXPECT_GE(a.paragraphs.size(), 5u) << f.file.relative;
        EXPECT_FALSE(has(a.text, "Leave a Reply")) << f.file.relative;
        EXPECT_EQ(a.language, "en") << f.file.relative;
        ++count;
    }
    EXPECT_GE(count, 5u);
}

}  // namespace
}  // namespace parallax::extract

namespace parallax::extract {
namespace {

Article plainArticle(std::vector<std::string> lines, std::int64_t mtime = 1796256000 /* 2026-12-03 */) {
    ParsedPage page;
    for (auto& l : lines) page.blocks.push_back({BlockKind::Paragraph, 0, std::move(l)});
    ingest::LoadedFile f;
    f.file.relative = "page.txt";
    f.file.path = "/tmp/page.txt";
    f.file.mtime = mtime;
    return buildArticle(page, f, "UTF-8");
}

TEST(ExtractorDates, YearlessDateLineTakesThePagesYearNotTheFiles) {
    const Article a = plainArticle({"Harbour Board Approves Second Container Terminal", "Posted 19. August",
                                    "The harbour board approved a second terminal, two years after the hearings of "
                                    "3 March 2019 had opened, ending a long dispute about dredging and traffic."});
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2019-08-19");
    EXPECT_EQ(a.published->source, DateSource::Text);
}

TEST(ExtractorDates, LeadingDateLineOfAPlainTextSave) {
    const Article a = plainArticle({"date 2025-12-18 10:32 source Coastal Daily",
                                    "Harbour Board Approves Second Container Terminal",
                                    "The harbour board approved a second terminal on Tuesday, ending two years of "
                                    "hearings about dredging, traffic and the cost of moving the fishing fleet."});
    EXPECT_EQ(a.title, "Harbour Board Approves Second Container Terminal");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-12-18");
    EXPECT_EQ(a.published->source, DateSource::Text);
    const Article de = plainArticle({"Hafenrat genehmigt zweites Containerterminal", "Veröffentlicht: 18. Dezember 2025",
                                     "Der Hafenrat hat am Dienstag ein zweites Terminal genehmigt und damit zwei Jahre "
                                     "voller Anhörungen über Baggerarbeiten und Verkehr beendet."});
    EXPECT_EQ(de.title, "Hafenrat genehmigt zweites Containerterminal");
    ASSERT_TRUE(de.published.has_value());
    EXPECT_EQ(de.published->date.iso(), "2025-12-18");
}

TEST(ExtractorDates, DateOpeningTheHeadlinesLine) {
    const Article a = plainArticle({"date 2024-01-03 Harbour Board Approves Second Container Terminal",
                                    "The harbour board approved a second terminal on Tuesday, ending two years of "
                                    "hearings about dredging, traffic and the cost of moving the fishing fleet."});
    EXPECT_EQ(a.title, "Harbour Board Approves Second Container Terminal");
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2024-01-03");
    EXPECT_EQ(a.published->source, DateSource::Text);
    EXPECT_EQ(a.text.find("date 2024"), std::string::npos);
}

TEST(ExtractorDates, DateLineRunIntoTheLead) {
    const Article a = plainArticle({"date 2025-05-20 The harbour board approved a second terminal on Tuesday, ending two "
                                    "years of hearings about dredging, traffic and the fishing fleet."});
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->date.iso(), "2025-05-20");
    EXPECT_EQ(a.published->source, DateSource::Text);
    EXPECT_EQ(a.title.find("date"), std::string::npos) << a.title;
    // A sentence that opens with a date is no date line.
    const Article b = plainArticle({"On 5 March 2024 the harbour board approved a second terminal, ending two years of "
                                    "hearings about dredging, traffic and the fishing fleet."});
    ASSERT_TRUE(b.published.has_value());
    EXPECT_EQ(b.published->source, DateSource::File);
}

TEST(ExtractorDates, YearlessDateLineWithoutEvidenceIsNoDate) {
    const Article a = plainArticle({"Harbour Board Approves Second Container Terminal", "Posted 19. August",
                                    "The harbour board approved a second terminal, ending a long dispute about "
                                    "dredging, traffic and the cost of moving the fishing fleet."});
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->source, DateSource::File) << "never 2026-08-19 from the file's (today's) year";
}

TEST(ExtractorDates, MonthFirstOnlyOnAmericanEnglishPages) {
    ParsedPage page;
    page.mainContentExtracted = true;
    page.meta.published.push_back({"Posted 03/04/2025", "date element <span>"});
    page.blocks.push_back({BlockKind::Paragraph, 0, "The board approved the terminal after two years of hearings."});
    ingest::LoadedFile f;
    f.file.relative = "page.html";
    f.file.mtime = 1796256000;
    page.meta.language = "en-US";
    EXPECT_EQ(buildArticle(page, f, "UTF-8").published->date.iso(), "2025-03-04");
    page.meta.language = "de";
    EXPECT_EQ(buildArticle(page, f, "UTF-8").published->date.iso(), "2025-04-03");
}

TEST(ExtractorDates, AMegabyteOneLineFileExtracts) {
    // Header lines reach the date scanner whole; it must not backtrack on a megabyte (no timing assertion).
    std::string line;
    while (line.size() < (1u << 20)) line += "In March the 12 boats of 2019 sailed 45 miles at 3.5 knots; ";
    ingest::LoadedFile f;
    f.file.relative = "oneline.txt";
    f.file.path = "/tmp/oneline.txt";
    f.file.format = SourceFormat::PlainText;
    f.file.mtime = 1796256000;
    f.bytes = line;
    auto read = formats::readerFor(f.file.format).read(f);
    ASSERT_TRUE(read.ok());
    const Article a = buildArticle(read->page, f, read->encoding);
    EXPECT_FALSE(a.text.empty());
    EXPECT_FALSE(a.title.empty());
}

}  // namespace
}  // namespace parallax::extract
