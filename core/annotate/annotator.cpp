// Runs the annotators in order: sentences, time values, entities, quantities, then claims over all of them.
#include "core/annotate/annotator.h"

#include "core/annotate/claims.h"
#include "core/annotate/entities.h"
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
    // A month or weekday is not a name, and a number inside a date or a product name is not a quantity.
    std::vector<Span> exclude;
    exclude.reserve(ann.times.size());
    for (const auto& t : ann.times) exclude.push_back(t.span);
    ann.entities = findEntities(article.text, ann.sentences, exclude);
    for (const auto& e : ann.entities)
        if (e.kind == EntityKind::Product) exclude.push_back(e.span);
    ann.quantities = findQuantities(article.text, exclude);
    extractClaims(article, ann);
    return ann;
}

}  // namespace parallax::annotate
