// Runs the annotators in order: sentences, time values, entities, quantities, then claims over all of them.
#include "core/annotate/annotator.h"

#include "core/annotate/claims.h"
#include "core/annotate/quantities.h"
#include "core/annotate/times.h"
#include "core/text/text.h"

namespace parallax::annotate {

Annotations annotate(const Article& article) {
    Annotations ann;
    ann.sentences = text::sentences(article.text);
    std::optional<Date> anchor;
    if (article.published) anchor = article.published->date;
    ann.times = findTimes(article.text, ann.sentences, anchor);
    // A number inside a date is not a quantity.
    std::vector<Span> exclude;
    exclude.reserve(ann.times.size());
    for (const auto& t : ann.times) exclude.push_back(t.span);
    ann.quantities = findQuantities(article.text, exclude);
    extractClaims(article, ann);
    return ann;
}

}  // namespace parallax::annotate
