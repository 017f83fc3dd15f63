#pragma once
/// @file visible_dates.h  The publication date as the page shows it to a reader: the date element next to
/// the headline ("<span class=\"date\">07.11.2023</span>", "<p class=\"meta\">Posted on 19. August</p>") and
/// the text right around the headline. The values are kept as written; extraction reads them (dates in
/// many languages, a year taken from other evidence) because only it knows how to read a date line.
#include <vector>

#include "core/formats/html/dom.h"
#include "core/model/page.h"

namespace parallax::formats::html {

/// True when `node` sits in navigation, a sidebar, a footer, comments or a list of other stories: a date
/// there belongs to something else.
[[nodiscard]] bool inOtherContent(const Node* node);

struct VisibleDates {
    std::vector<Candidate> elements;  ///< date-like elements, those after the headline first, then those above it
    std::vector<Candidate> nearHeadline;  ///< short text runs with digits just below, then above, the headline
    std::vector<Candidate> labelled;      ///< text after a label such as "Published on", "Erschienen am"
};

/// Reads `doc`'s body: elements whose class, id or itemprop names a date, time, publication, post meta or
/// byline, or <time> elements without a machine-readable value; text that also says "updated" or
/// "modified" goes last. Nothing from scripts, navigation, comments or related-story lists.
/// `title` (the page's title) picks the headline among the <h1>s.
[[nodiscard]] VisibleDates collectVisibleDates(const Document& doc, const std::string& title);

}  // namespace parallax::formats::html
