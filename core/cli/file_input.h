#pragma once
/// @file file_input.h  Reading one file given on the command line into an Article (extract, annotate).
#include <filesystem>

#include "core/ingest/scanner.h"
#include "core/model/article.h"
#include "core/util/result.h"

namespace parallax::cli {

/// The scan's view of a single file: format from the extension (or a sniff of the first bytes), size, mtime.
[[nodiscard]] Result<ingest::FoundFile> describeFile(const std::filesystem::path& file);

/// Loads, decodes, parses and extracts one file: the same path the pipeline takes for every file of a folder.
/// The article id is the file name.
[[nodiscard]] Result<Article> readArticleFile(const std::filesystem::path& file);

/// The same for a file already described (by describeFile or a folder scan); the article id is `relative`.
[[nodiscard]] Result<Article> readArticle(const ingest::FoundFile& found);

}  // namespace parallax::cli
