#pragma once
/// @file annotator.h  Article -> sentences, entities, time values, quantities, claims.
#include "core/model/annotation.h"
#include "core/model/article.h"

namespace parallax::annotate {

/// Annotates an article; time expressions are normalized against article.published when there is one.
[[nodiscard]] Annotations annotate(const Article& article);

}  // namespace parallax::annotate
