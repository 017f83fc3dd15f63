#pragma once
/// @file blocks.h  The extracted article DOM -> text blocks (headings, paragraphs, list items...).
#include <string>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/model/page.h"

namespace parallax::formats::html {

/// Turns the article container into blocks in document order, whitespace collapsed (kept inside <pre>).
/// Form controls, scripts and embedded media contribute no text. Leading headings that repeat `title`
/// are dropped: the headline lives in the title, not at the top of the body.
[[nodiscard]] std::vector<Block> toBlocks(const Node* content, const std::string& title);

}  // namespace parallax::formats::html
