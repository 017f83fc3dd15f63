#pragma once
/// @file claims.h  Sentences, entities, times and quantities -> claims (events, categories, roles, quotes,
/// comparisons, amounts, versions, stances).
#include "core/model/annotation.h"
#include "core/model/article.h"

namespace parallax::annotate {

/// Appends to ann.claims what the article states about its entities. Needs ann.sentences, ann.entities,
/// ann.times and ann.quantities to be filled already; works with whatever of them is present.
void extractClaims(const Article& article, Annotations& ann);

}  // namespace parallax::annotate
