// The PDF printer (ui/pdf): a wide table's tall header is printed once, not again on every page it spans;
// collapsed borders are drawn as separate ones that make the same grid.
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <fstream>
#include <iterator>
#include <string>

#include "ui/pdf/pdfprinter.h"
#include "ui/pdf/tableborders.h"

namespace {

std::string wideTable(bool withHeader, int columns, int rows) {
    std::string html = "<html><body><h1>Report</h1><table>";
    if (withHeader) {
        html += "<thead><tr>";
        for (int c = 0; c < columns; ++c) html += "<th>Sourcenumber" + std::to_string(c) + " Withalongname</th>";
        html += "</tr></thead>";
    }
    html += "<tbody>";
    if (!withHeader) {  // the same cells as an ordinary first row
        html += "<tr>";
        for (int c = 0; c < columns; ++c) html += "<td>Sourcenumber" + std::to_string(c) + " Withalongname</td>";
        html += "</tr>";
    }
    for (int r = 0; r < rows; ++r) {
        // As in the claims matrix: a long statement first, then one short verdict per source.
        html += "<tr><td>Row " + std::to_string(r) +
                ": the company said that its revenue in the quarter rose by a "
                "few percent to a record, helped by strong demand for its newest products</td>";
        for (int c = 1; c < columns; ++c) html += "<td>" + std::string(c % 2 ? "states" : "omits") + "</td>";
        html += "</tr>";
    }
    return html + "</tbody></table></body></html>";
}

int pageCount(const QString& path) {
    std::ifstream in(path.toStdString(), std::ios::binary);
    const std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    int pages = 0;
    for (std::size_t at = pdf.find("/Type /Page\n"); at != std::string::npos; at = pdf.find("/Type /Page\n", at + 1))
        ++pages;
    return pages;
}

int printedPages(const std::string& html, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    EXPECT_EQ(parallax::pdf::printHtmlToPdf(html, path.toStdString()), "");
    return pageCount(path);
}

}  // namespace

TEST(PdfPrinter, AWideTablesTallHeaderIsPrintedOnce) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const int withHeader = printedPages(wideTable(true, 30, 30), dir, "header.pdf");
    const int plain = printedPages(wideTable(false, 30, 30), dir, "plain.pdf");
    EXPECT_GT(plain, 1) << "the table spans pages";
    // Repeated on every page, the wrapped header left room for a row or two per page (one page per row or so).
    EXPECT_LE(withHeader, plain + 1) << "with header " << withHeader << " pages, as a plain row " << plain;
}

TEST(PdfPrinter, ANarrowTablesHeaderStillRepeats) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const int withHeader = printedPages(wideTable(true, 3, 400), dir, "header.pdf");
    const int plain = printedPages(wideTable(false, 3, 400), dir, "plain.pdf");
    EXPECT_GT(plain, 2);
    EXPECT_GE(withHeader, plain) << "a short header is repeated at the top of each page, taking room there";
}

namespace {

QTextTable* firstTable(QTextDocument& doc) {
    for (QTextFrame* frame : doc.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) return table;
    return nullptr;
}

}  // namespace

TEST(PdfPrinter, CollapsedBordersBecomeOneLineBetweenCells) {
    QTextDocument doc;
    doc.setHtml(
        "<style>table{border-collapse:collapse}th,td{border:1px solid #999}</style>"
        "<table><tr><th>a</th><th>b</th></tr><tr><td>c</td><td>d</td></tr></table>");
    QTextTable* table = firstTable(doc);
    ASSERT_NE(table, nullptr);
    ASSERT_TRUE(table->format().borderCollapse());
    QTextCursor edit(&doc);
    edit.beginEditBlock();
    parallax::pdf::drawBordersSeparately(doc.rootFrame());
    edit.endEditBlock();
    EXPECT_FALSE(table->format().borderCollapse());
    EXPECT_EQ(table->format().cellSpacing(), 0);
    using Style = QTextFrameFormat::BorderStyle;
    const auto cell = [&](int r, int c) { return table->cellAt(r, c).format().toTableCellFormat(); };
    // Every cell keeps its right and bottom edges; only the first column keeps a left one, the first row a top one.
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c) {
            EXPECT_EQ(cell(r, c).rightBorderStyle(), Style::BorderStyle_Solid) << r << c;
            EXPECT_EQ(cell(r, c).bottomBorderStyle(), Style::BorderStyle_Solid) << r << c;
            EXPECT_EQ(cell(r, c).rightBorder(), 1) << r << c;
            EXPECT_EQ(cell(r, c).leftBorderStyle(), c == 0 ? Style::BorderStyle_Solid : Style::BorderStyle_None)
                << r << c;
            EXPECT_EQ(cell(r, c).topBorderStyle(), r == 0 ? Style::BorderStyle_Solid : Style::BorderStyle_None)
                << r << c;
        }
    }
    EXPECT_EQ(cell(1, 1).rightBorderBrush().color(), QColor(0x99, 0x99, 0x99));
}

TEST(PdfPrinter, ATableWithItsOwnBorderKeepsIt) {
    QTextDocument doc;
    doc.setHtml("<table border=\"2\" style=\"border-collapse:collapse\"><tr><td>a</td><td>b</td></tr></table>");
    QTextTable* table = firstTable(doc);
    ASSERT_NE(table, nullptr);
    const QTextTableFormat before = table->format();
    ASSERT_GT(before.border(), 0);
    parallax::pdf::drawBordersSeparately(doc.rootFrame());
    EXPECT_EQ(table->format(), before);
    EXPECT_EQ(table->cellAt(0, 1).format().toTableCellFormat().leftBorderStyle(),
              QTextFrameFormat::BorderStyle_None);  // no CSS border was there, none added
}
