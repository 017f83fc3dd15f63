#pragma once
/// @file poppler_loader.h  A PDF's page texts and document info, through the poppler module loaded on first use.
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace parallax::formats::pdf {

struct PdfContent {
    std::vector<std::string> pages;  ///< text of each page, valid UTF-8
    std::string title;               ///< document info Title, valid UTF-8 (may be empty)
    std::string author;              ///< document info Author
    std::time_t created = 0;         ///< document info CreationDate, 0 when absent
};

/// Loads parallax-poppler.so once (the file $PARALLAX_POPPLER_MODULE names if set; else beside the executable,
/// in ../lib/parallax, or in the build tree) and reads `bytes` with it. An Error names the module and where it was looked for when it is missing.
[[nodiscard]] Result<PdfContent> readPdfContent(std::string_view bytes);

}  // namespace parallax::formats::pdf
