// Claim extraction: the first cut only declares the entry point; the extractors land next.
#include "core/annotate/claims.h"

namespace parallax::annotate {

void extractClaims(const Article& article, Annotations& ann) {
    (void)article;
    (void)ann;
}

}  // namespace parallax::annotate
