// Cross-script glosses within a story: a Latin name a Chinese article explains in brackets.
#include "core/conflict/glosses.h"

#include <algorithm>

#include "core/conflict/pinyin.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {

namespace {

bool latinOnly(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xE3 && b <= 0xE9) return false;
        if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') letter = true;
    }
    return letter;
}

}  // namespace

std::map<std::string, std::string> glossedNames(const std::vector<const Annotations*>& annotations) {
    std::map<std::string, std::string> out;
    for (const Annotations* ann : annotations) {
        if (ann == nullptr) continue;
        for (const Entity& e : ann->entities)
            if (latinOnly(e.text) && !e.canonical.empty() && hasHan(e.canonical)) out.emplace(e.text, e.canonical);
    }
    return out;
}

void applyGlosses(const std::map<std::string, std::string>& glosses, std::vector<Side>& sides) {
    if (glosses.empty()) return;
    for (Side& s : sides) {
        const std::string& subject = s.claim.subject;
        if (subject.empty() || !hasHan(subject)) continue;
        for (const auto& [latin, han] : glosses)
            if (sameSubject(subject, han)) {
                s.claim.subject = latin;
                break;
            }
    }
}

}  // namespace parallax::conflict
