#pragma once
/// @file readability.h  Main-content extraction in the spirit of Mozilla Readability.
///
/// Paragraph-like elements are scored (commas, length), scores flow to parents and grandparents,
/// class/id words weigh in, link density scales the result; the best candidate and its worthy siblings
/// form the article, which is then cleaned (share bars, forms, linky lists and tables...). When the
/// result is too short the whole pass is retried with relaxed flags and the longest attempt wins.
#include <string>
#include <string_view>

#include "core/formats/html/dom.h"

namespace parallax::formats::html {

/// Which heuristics a pass applies (each retry drops one).
struct ScoringFlags {
    bool stripUnlikely = true;       ///< drop elements whose class/id look like furniture
    bool weightClasses = true;       ///< class/id words add or subtract 25 points
    bool cleanConditionally = true;  ///< prune linky/short/image-heavy blocks from the result
};

/// The extracted article: `content` points into `doc` (nullptr when the page has no text at all).
struct MainContent {
    Document doc;
    Node* content = nullptr;
    std::string byline;  ///< a byline element's text found (and removed) in the body, if any
};

/// Extracts the main content of `page` (left untouched: each pass works on a copy). `title` is the
/// article's title: the first heading that repeats it is dropped. When `lookForByline` is true, the first
/// byline-looking element is taken out of the body and returned in MainContent::byline.
[[nodiscard]] MainContent extractMainContent(const Document& page, const std::string& title, bool lookForByline);

/// Readability's title similarity: the share of `b`'s token text that also occurs in `a` (0..1).
[[nodiscard]] double textSimilarity(std::string_view a, std::string_view b);

namespace detail {
/// Cleans the article container `content` for presentation (prepArticle): removes forms, share bars,
/// embeds, negative headers, and conditionally tables/lists/divs. Defined in clean.cpp.
void prepareArticle(Node* content, const ScoringFlags& flags);
/// Class/id weight of an element (0 when weighting is off).
[[nodiscard]] int classWeight(const Node* node, const ScoringFlags& flags);
/// Share of an element's text that sits inside links (in-page "#" links count 30%).
[[nodiscard]] double linkDensity(const Node* node);
}  // namespace detail

}  // namespace parallax::formats::html
