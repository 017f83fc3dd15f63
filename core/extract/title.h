#pragma once
/// @file title.h  Finding the headline among the first blocks of a page without metadata.
#include <optional>
#include <string>
#include <vector>

#include "core/extract/lexicon.h"
#include "core/model/page.h"

namespace parallax::extract {

struct TitlePick {
    int index = -1;     ///< block that holds the headline, -1 when none looks like one
    std::string text;   ///< cleaned headline (quotes, asterisks and '#' removed)
    int masthead = -1;  ///< a short line above it that was passed over as the site's masthead, -1 when none
};

/// The block near the top that reads like a headline: a few words, no full stop, not page furniture
/// (lexicon lines, bylines, dates, domains, menus, a site name printed twice), before the running text
/// starts. The first such line wins unless it is short or all capitals and furniture separates it from a
/// headline-length line above the byline (a masthead). Two sentences pass only right above a byline or date.
[[nodiscard]] TitlePick findTitleBlock(const std::vector<Block>& blocks, const BoilerplateLexicon& lexicon);

/// The site's name printed as the first line of a plain-text save ("Valley Tech Journal", "MARKET PULSE
/// ASIA"): one to five capitalised words without sentence punctuation, above the title, with navigation (a
/// menu or a lexicon line such as "Log in") right under it. All capitals become title case ("Market Pulse
/// Asia"; words of up to three letters such as "BBC" stay as printed).
[[nodiscard]] std::optional<std::string> findMasthead(const std::vector<Block>& blocks,
                                                      const BoilerplateLexicon& lexicon, int titleIndex);

/// Cleans a title from any source: trims decoration and collapses white space.
[[nodiscard]] std::string cleanTitle(std::string_view title);

}  // namespace parallax::extract
