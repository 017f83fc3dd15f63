#pragma once
/// @file pdf_reader.h  PDF files -> paragraph blocks (poppler-cpp), with the document info as metadata.
#include <string>
#include <string_view>
#include <vector>

#include "core/formats/reader.h"

namespace parallax::formats::pdf {

/// Reads text PDFs: text per page in reading order, running headers/footers and page numbers removed,
/// paragraphs rebuilt from wrapped lines. Info Title/Author become title and byline candidates; the
/// creation date is a file-level date (when the PDF was made), used only when the text has none.
class PdfReader final : public FormatReader {
public:
    [[nodiscard]] SourceFormat format() const override { return SourceFormat::Pdf; }
    [[nodiscard]] Result<ReadOutput> read(const ingest::LoadedFile& file) const override;
};

/// A bare page number ("12", "- 3 -", "Page 4 of 9", "4/9"), as the lines at a page's edge give them: what
///   ^\s*(?:page\s+)?[-\xE2\x80\x93 ]*\d{1,4}[-\xE2\x80\x93 ]*(?:(?:of|/)\s*\d{1,4})?\s*$
/// matched case-insensitively on lines shorter than 40 bytes. Exposed for tests.
[[nodiscard]] bool isPageNumber(std::string_view line);

/// Drops lines repeated at the top or bottom of most pages (running heads, footers) and bare page
/// numbers; returns the remaining text of all pages. Exposed for tests.
[[nodiscard]] std::string joinPages(const std::vector<std::string>& pages);

}  // namespace parallax::formats::pdf
