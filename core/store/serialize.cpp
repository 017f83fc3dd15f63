// What serialize.h declares that is no codec: the codecs are article_codec.cpp, annotation_codec.cpp and
// story_codec.cpp.
#include "core/store/serialize.h"

namespace parallax::store {

std::optional<Verdict> parseVerdict(std::string_view text) {
    for (Verdict v : {Verdict::Open, Verdict::Confirmed, Verdict::Dismissed})
        if (toString(v) == text) return v;
    return std::nullopt;
}

}  // namespace parallax::store
