// The keys a Chinese and an English report meet on. ICU's transliterations live in text/han.h.
#include "core/align/script_bridge.h"

#include "core/text/han.h"

namespace parallax::align {

std::string pinyinKey(std::string_view word) {
    if (!text::isHanWord(word)) return {};
    std::string key;
    for (const std::string& syllable : text::pinyinSyllables(word)) key += syllable;
    return key;
}

std::string romanKey(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (char c : word) {
        if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
    }
    return out;
}

}  // namespace parallax::align
