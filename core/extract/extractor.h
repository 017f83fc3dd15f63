#pragma once
/// @file extractor.h  Blocks + metadata -> Article: boilerplate removed, title, outlet, byline, date, language.
#include "core/ingest/scanner.h"
#include "core/model/article.h"
#include "core/model/page.h"

namespace parallax::extract {

/// Builds the article from a reader's output. `file` supplies the path, format and file time (last-resort date).
[[nodiscard]] Article buildArticle(const ParsedPage& page, const ingest::LoadedFile& file, const std::string& encoding);

}  // namespace parallax::extract
