#pragma once
/// @file title.h  Finding the headline among the first blocks of a page without metadata.
#include <string>
#include <vector>

#include "core/extract/lexicon.h"
#include "core/model/page.h"

namespace parallax::extract {

struct TitlePick {
    int index = -1;     ///< block that holds the headline, -1 when none looks like one
    std::string text;   ///< cleaned headline (quotes, asterisks and '#' removed)
};

/// The first block near the top that reads like a headline: a few words, no full stop, not page furniture
/// (lexicon lines, bylines, dates, domains, a site name printed twice), before the running text starts.
[[nodiscard]] TitlePick findTitleBlock(const std::vector<Block>& blocks, const BoilerplateLexicon& lexicon);

/// Cleans a title from any source: trims decoration and collapses white space.
[[nodiscard]] std::string cleanTitle(std::string_view title);

}  // namespace parallax::extract
