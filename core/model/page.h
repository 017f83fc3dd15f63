#pragma once
/// @file page.h  What a format reader hands to extraction: text blocks and metadata candidates.
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"

namespace parallax {

enum class BlockKind { Heading, Paragraph, ListItem, Quote, Preformatted, Caption, TableCell };

/// One block of text in document order. HTML readers emit only the main content they kept;
/// plain-text readers emit every paragraph (extraction then strips boilerplate).
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;  ///< heading level 1..6, list depth
    std::string text;
};

/// A metadata value with where it was found, e.g. {"2025-01-20", "meta article:published_time"}.
struct Candidate {
    std::string value;
    std::string how;
};

/// Metadata the reader found in the document itself (meta tags, JSON-LD, <time>, Markdown front matter).
struct PageMeta {
    std::vector<Candidate> titles;     ///< best first
    std::vector<Candidate> siteNames;
    std::vector<Candidate> bylines;
    std::vector<Candidate> published;  ///< ISO strings, best first
    std::optional<std::string> language;
    std::optional<std::string> url;
};

/// The output of a format reader.
struct ParsedPage {
    std::vector<Block> blocks;
    PageMeta meta;
    bool mainContentExtracted = false;  ///< true when the reader already removed page clutter (HTML)
    std::vector<std::string> warnings;  ///< non-fatal notes from reading ("declared as X but the bytes are UTF-8")
};

}  // namespace parallax
