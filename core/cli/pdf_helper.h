#pragma once
/// @file pdf_helper.h  PDF printing is Qt's job and core (and parallax-cli) links no Qt: `report` to PDF runs the
/// small helper executable parallax-pdf, installed beside parallax-cli.
#include <filesystem>
#include <string>

namespace parallax::cli {

/// Where the helper is looked for: $PARALLAX_PDF_HELPER when set, else parallax-pdf in the running executable's
/// folder.
[[nodiscard]] std::filesystem::path pdfHelperPath();

/// Empty when the helper is there and executable, else what to tell the user (checked before a long analysis).
[[nodiscard]] std::string missingPdfHelper();

/// Prints `html` to `outPath` with the helper; returns an empty string on success, else a message a person can act
/// on (the helper missing, or what it said on failure).
[[nodiscard]] std::string printPdfWithHelper(const std::string& html, const std::string& outPath);

}  // namespace parallax::cli
