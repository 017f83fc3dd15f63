// The PDF printer (ui/pdf): a wide table's tall header is printed once, not again on every page it spans.
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <fstream>
#include <iterator>
#include <string>

#include "ui/pdf/pdfprinter.h"

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
        html += "<tr><td>Row " + std::to_string(r) + ": the company said that its revenue in the quarter rose by a "
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
    for (std::size_t at = pdf.find("/Type /Page\n"); at != std::string::npos; at = pdf.find("/Type /Page\n", at + 1)) ++pages;
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
