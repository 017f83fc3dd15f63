#include "core/annotate/canonical.h"

namespace parallax::annotate {

std::string canonicalKey(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    std::size_t i = 0;
    // "the Ascend 910B" and "Ascend 910B" name the same thing
    if (name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ")) i = 4;
    for (; i < name.size(); ++i) {
        char c = name[i];
        if (c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n') continue;
        // U+2010..U+2015 (hyphens and dashes) and U+00A0 (no-break space)
        if (c == '\xE2' && i + 2 < name.size() && name[i + 1] == '\x80' && static_cast<unsigned char>(name[i + 2]) >= 0x90 &&
            static_cast<unsigned char>(name[i + 2]) <= 0x95) {
            i += 2;
            continue;
        }
        if (c == '\xC2' && i + 1 < name.size() && name[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out.push_back(c);
    }
    return out;
}

bool sameName(std::string_view a, std::string_view b) { return canonicalKey(a) == canonicalKey(b); }

bool relatedNames(std::string_view canonicalA, std::string_view baseA, std::string_view canonicalB,
                  std::string_view baseB) {
    std::string ka = canonicalKey(canonicalA), kb = canonicalKey(canonicalB);
    std::string ba = canonicalKey(baseA), bb = canonicalKey(baseB);
    if (ka == kb) return true;
    if (!ba.empty() && (ba == kb || ba == bb)) return true;
    if (!bb.empty() && bb == ka) return true;
    return false;
}

}  // namespace parallax::annotate
