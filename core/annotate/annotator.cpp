// Runs the annotators in order: sentences, time values, entities, quantities, then claims over all of them.
#include "core/annotate/annotator.h"

#include <algorithm>

#include "core/annotate/claims.h"
#include "core/annotate/entities.h"
#include "core/annotate/entities_zh.h"
#include "core/annotate/names_zh.h"
#include "core/annotate/quantities.h"
#include "core/annotate/times.h"
#include "core/model/budget.h"
#include "core/text/text.h"

namespace parallax::annotate {

Annotations annotate(const Article& whole) {
    // Only the article's first part when it is longer than the budget (budget.h): spans stay offsets into the
    // whole text, since the part annotated is its prefix.
    const std::size_t used = analysedLength(whole.text);
    Article part;
    if (used < whole.text.size()) {
        part = whole;
        part.text.resize(used);
        std::erase_if(part.paragraphs, [used](const Span& p) { return p.start >= used; });
        for (Span& p : part.paragraphs) p.end = std::min(p.end, used);
    }
    const Article& article = used < whole.text.size() ? part : whole;
    Annotations ann;
    ann.sentences = text::sentences(article.text);
    std::optional<Date> anchor;
    if (article.published) anchor = article.published->date;
    ann.times = findTimes(article.text, ann.sentences, anchor);
    // A month or weekday is not a name, and a number inside a date or a product name is not a quantity.
    std::vector<Span> exclude;
    exclude.reserve(ann.times.size());
    for (const auto& t : ann.times) exclude.push_back(t.span);
    // Entities and quantities read the same tokens of the whole text: scanned once.
    const std::vector<Tok> toks = scanTokens(article.text);
    ann.entities = findEntities(article.text, toks, ann.sentences, exclude);
    // Chinese names the alias file does not know ("云帆能源"), found by their suffixes.
    std::vector<Entity> zhOrgs = findChineseOrganisations(article.text, ann.entities, exclude);
    // Craft and storms named by form ("嫦娥六号", "台风“摩羯”").
    std::vector<Entity> known = ann.entities;
    known.insert(known.end(), zhOrgs.begin(), zhOrgs.end());
    std::vector<Entity> zhNamed = findChineseFormNames(article.text, known, exclude);
    zhOrgs.insert(zhOrgs.end(), zhNamed.begin(), zhNamed.end());
    if (!zhOrgs.empty()) {
        ann.entities.insert(ann.entities.end(), zhOrgs.begin(), zhOrgs.end());
        std::stable_sort(ann.entities.begin(), ann.entities.end(),
                         [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
        linkParentheticalNames(article.text, ann.entities);
    }
    // A length of time ("90 days", "三个月") is also an amount a figure rule may compare: only dates and the
    // like keep their numbers out of the quantities.
    std::vector<Span> notAmounts;
    for (const auto& t : ann.times)
        if (t.value.empty() || t.value[0] != 'P' || t.value.find("_REF") != std::string::npos) notAmounts.push_back(t.span);
    for (const auto& e : ann.entities)
        if (e.kind == EntityKind::Product) notAmounts.push_back(e.span);
    ann.quantities = findQuantities(article.text, toks, notAmounts);
    extractClaims(article, ann);
    return ann;
}

}  // namespace parallax::annotate
