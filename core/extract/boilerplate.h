#pragma once
/// @file boilerplate.h  Deciding which blocks of a page are the article and which are page clutter.
#include <string>
#include <vector>

#include "core/extract/lexicon.h"
#include "core/model/page.h"

namespace parallax::extract {

/// Where the title sits and which blocks other steps already used (byline, "Source:" lines, date lines).
struct CleanContext {
    int titleIndex = -1;              ///< block holding the title (it and everything before it are header)
    std::vector<bool> consumed;       ///< blocks turned into metadata; same size as the blocks, may be empty
    std::string title;                ///< the final title: a block repeating it is a repeated headline
};

/// Plain-text saves: every signal applies (lexicon, position before the title and after the body,
/// short unpunctuated lines at the top, link lists, repeated lines, FAQ blocks that repeat the body).
/// Returns one flag per block: true = article text.
[[nodiscard]] std::vector<bool> cleanPlainText(const std::vector<Block>& blocks, const CleanContext& context,
                                               const BoilerplateLexicon& lexicon);

/// Blocks an HTML reader already chose as main content: only clear boilerplate lines go (lexicon lines,
/// form and cookie sentences, "Tags:" lines, a closing comment form or "related" section at the very end).
[[nodiscard]] std::vector<bool> cleanExtractedHtml(const std::vector<Block>& blocks, const CleanContext& context,
                                                   const BoilerplateLexicon& lexicon);

}  // namespace parallax::extract
