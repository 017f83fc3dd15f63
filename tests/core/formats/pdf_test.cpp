#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/formats/pdf/pdf_reader.h"
#include "core/formats/reader.h"

namespace parallax::formats::pdf {
namespace {

std::string escapePdf(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

/// A minimal valid PDF (Helvetica text, one line per entry) with an Info dictionary; xref offsets are exact.
std::string makePdf(const std::vector<std::vector<std::string>>& pages, const std::string& title,
                    const std::string& author, const std::string& created) {
    std::vector<std::string> objects;
    const std::size_t pageCount = pages.size();
    std::string kids;
    for (std::size_t i = 0; i < pageCount; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pageCount) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (std::size_t i = 0; i < pageCount; ++i) {
        std::string stream = "BT /F1 11 Tf 72 760 Td 14 TL\n";
        for (const auto& line : pages[i]) stream += "(" + escapePdf(line) + ") Tj T*\n";
        stream += "ET";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents " + std::to_string(5 + 2 * i) + " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    objects.push_back("<< /Title (" + escapePdf(title) + ") /Author (" + escapePdf(author) + ") /CreationDate (D:" +
                      created + ") >>");
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t off : offsets) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
        pdf += buf;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R /Info " +
           std::to_string(objects.size()) + " 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

ingest::LoadedFile loaded(std::string bytes) {
    ingest::LoadedFile f;
    f.file.relative = "report.pdf";
    f.file.format = SourceFormat::Pdf;
    f.bytes = std::move(bytes);
    return f;
}

TEST(PdfReader, TextParagraphsAndInfo) {
    const std::vector<std::vector<std::string>> pages = {
        {"Quarterly Shipping Review", "", "Freight volumes on the main Asia to Europe routes rose for a",
         "third straight month in March, as carriers restored capacity that had been", "diverted around Africa.",
         "", "Spot rates fell by about a tenth over the same period.", "", "Page 1 of 3"},
        {"Quarterly Shipping Review", "Port congestion eased in Rotterdam and Antwerp, while waiting",
         "times in Singapore stayed above the long-run average for a sixth week.", "", "Page 2 of 3"},
        {"Quarterly Shipping Review", "Analysts expect rates to stabilise once new vessels arrive later",
         "in the year.", "", "Page 3 of 3"},
    };
    auto r = readerFor(SourceFormat::Pdf).read(loaded(makePdf(pages, "Quarterly Shipping Review", "Ines Duarte",
                                                                "20250314093000Z")));
    ASSERT_TRUE(r.ok()) << r.error();
    std::vector<std::string> texts;
    for (const auto& b : r->page.blocks) texts.push_back(b.text);
    ASSERT_GE(texts.size(), 3u);
    EXPECT_EQ(texts[0],
              "Freight volumes on the main Asia to Europe routes rose for a third straight month in March, as carriers "
              "restored capacity that had been diverted around Africa.");
    EXPECT_EQ(texts[1], "Spot rates fell by about a tenth over the same period.");
    for (const auto& t : texts) {
        EXPECT_EQ(t.find("Page 2 of 3"), std::string::npos) << "page numbers are dropped";
        EXPECT_NE(t, "Quarterly Shipping Review") << "the running head is dropped";
    }
    ASSERT_EQ(r->page.meta.titles.size(), 1u);
    EXPECT_EQ(r->page.meta.titles[0].value, "Quarterly Shipping Review");
    ASSERT_EQ(r->page.meta.bylines.size(), 1u);
    EXPECT_EQ(r->page.meta.bylines[0].value, "Ines Duarte");
    ASSERT_EQ(r->page.meta.published.size(), 1u);
    EXPECT_EQ(r->page.meta.published[0].value, "2025-03-14");
}

TEST(PdfReader, BadInput) {
    auto notPdf = readerFor(SourceFormat::Pdf).read(loaded("just text"));
    ASSERT_FALSE(notPdf.ok());
    EXPECT_NE(notPdf.error().find("not a PDF"), std::string::npos);
    auto damaged = readerFor(SourceFormat::Pdf).read(loaded("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"));
    EXPECT_FALSE(damaged.ok());
    auto empty = readerFor(SourceFormat::Pdf).read(loaded(makePdf({{}}, "Untitled.docx", "", "20250101000000Z")));
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().find("no text"), std::string::npos);
}

TEST(PdfPages, RunningHeadsAndPageNumbers) {
    const std::string joined = joinPages({"Example Journal\nBody one.\n- 1 -", "Example Journal\nBody two.\n- 2 -",
                                          "Example Journal\nBody three.\n- 3 -"});
    EXPECT_EQ(joined.find("Example Journal"), std::string::npos);
    EXPECT_EQ(joined.find("- 2 -"), std::string::npos);
    EXPECT_NE(joined.find("Body two."), std::string::npos);
}

}  // namespace
}  // namespace parallax::formats::pdf
