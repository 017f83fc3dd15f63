#pragma once
/// @file pdfprinter.h  HTML report -> paginated PDF with page numbers, through QTextDocument and QPdfWriter.
#include <string>

namespace parallax::pdf {

/// Lays out `html` on A4 pages and writes `outPath`. Needs a QGuiApplication (the offscreen platform is fine).
/// Returns an empty string on success, else a message.
[[nodiscard]] std::string printHtmlToPdf(const std::string& html, const std::string& outPath,
                                         const std::string& title = "Parallax comparison report");

/// For command-line use: creates a QGuiApplication on the offscreen platform when none exists, then prints.
[[nodiscard]] std::string printHtmlToPdfHeadless(const std::string& html, const std::string& outPath);

}  // namespace parallax::pdf
