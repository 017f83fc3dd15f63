// STUB: replaced by the annotators (issue 3).
#include "core/annotate/annotator.h"
namespace parallax::annotate {
Annotations annotate(const Article&) { return {}; }
}  // namespace parallax::annotate
