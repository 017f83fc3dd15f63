#pragma once
/// @file pdf_hook.h  PDF printing is Qt's job and core has no Qt: the executable installs a printer here.
#include <functional>
#include <string>

namespace parallax::cli {

/// Prints HTML to a PDF file; returns an empty string on success, else a message.
using PdfPrinter = std::function<std::string(const std::string& html, const std::string& outPath)>;

void setPdfPrinter(PdfPrinter printer);
[[nodiscard]] const PdfPrinter& pdfPrinter();

}  // namespace parallax::cli
