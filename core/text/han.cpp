// One transliterator of each kind per thread (an icu::Transliterator is not safe to share; stories and conflicts
// are worked on several threads), each with a per-thread cache of the words already seen: a folder repeats its
// words, so the cost stays linear in the number of distinct words.
#include "core/text/han.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <memory>
#include <unordered_map>

namespace parallax::text {
namespace {

constexpr std::size_t kCacheLimit = 1 << 16;  // words per thread before a cache starts over

bool isHanCodePoint(UChar32 c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

/// A per-thread transliterator with its cache of results; nullptr results when ICU has no such transliterator.
class CachedTransliterator {
public:
    explicit CachedTransliterator(const char* id) {
        UErrorCode status = U_ZERO_ERROR;
        m_t.reset(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
        if (U_FAILURE(status)) m_t.reset();
    }
    const std::string* operator()(std::string_view word) {
        if (!m_t) return nullptr;
        std::string key(word);
        if (auto it = m_cache.find(key); it != m_cache.end()) return &it->second;
        if (m_cache.size() >= kCacheLimit) m_cache.clear();
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
        m_t->transliterate(u);
        std::string out;
        u.toUTF8String(out);
        return &m_cache.emplace(std::move(key), std::move(out)).first->second;
    }

private:
    std::unique_ptr<icu::Transliterator> m_t;
    std::unordered_map<std::string, std::string> m_cache;
};

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool isHanWord(std::string_view word) {
    if (word.empty()) return false;
    const auto* s = reinterpret_cast<const std::uint8_t*>(word.data());
    const auto n = static_cast<int32_t>(word.size());
    int32_t i = 0;
    while (i < n) {
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (!isHanCodePoint(c)) return false;
    }
    return true;
}

std::vector<std::string> pinyinSyllables(std::string_view han) {
    thread_local CachedTransliterator romanise("Han-Latin; Latin-ASCII; Lower");
    std::vector<std::string> out;
    const std::string* latin = romanise(han);
    if (latin == nullptr) return out;
    std::string syllable;
    for (char c : *latin) {
        if (isAsciiLetter(c)) {
            syllable.push_back(c);
        } else if (!syllable.empty()) {
            out.push_back(syllable);
            syllable.clear();
        }
    }
    if (!syllable.empty()) out.push_back(syllable);
    return out;
}

std::string simplifiedHan(std::string_view word) {
    thread_local CachedTransliterator simplify("Traditional-Simplified");
    const std::string* out = simplify(word);
    return out ? *out : std::string(word);
}

}  // namespace parallax::text
