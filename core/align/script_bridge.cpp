// ICU transliterators, one per thread (an icu::Transliterator is not safe to share; profiles are built
// in parallel), with a per-thread cache of the words already seen: a folder repeats its words, so the
// cost stays linear in the number of distinct words.
#include "core/align/script_bridge.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <unordered_map>

namespace parallax::align {
namespace {

constexpr std::size_t kCacheLimit = 1 << 16;  // words per thread before the cache starts over

icu::Transliterator* make(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Transliterator* t = icu::Transliterator::createInstance(id, UTRANS_FORWARD, status);
    if (U_FAILURE(status)) {
        delete t;
        return nullptr;
    }
    return t;
}

bool isHanCodePoint(UChar32 c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}

std::string run(icu::Transliterator* t, std::string_view word) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    t->transliterate(u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

/// A per-thread transliterator with its cache of results.
class CachedTransliterator {
public:
    explicit CachedTransliterator(const char* id) : m_t(make(id)) {}
    /// The transliteration of `word`, or nullptr when ICU has no such transliterator.
    const std::string* operator()(std::string_view word) {
        if (!m_t) return nullptr;
        std::string key(word);
        if (auto it = m_cache.find(key); it != m_cache.end()) return &it->second;
        if (m_cache.size() >= kCacheLimit) m_cache.clear();
        return &m_cache.emplace(std::move(key), run(m_t.get(), word)).first->second;
    }

private:
    std::unique_ptr<icu::Transliterator> m_t;
    std::unordered_map<std::string, std::string> m_cache;
};

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

std::string simplifiedHan(std::string_view word) {
    thread_local CachedTransliterator simplify("Traditional-Simplified");
    const std::string* out = simplify(word);
    return out ? *out : std::string(word);
}

std::string pinyinKey(std::string_view word) {
    if (!isHanWord(word)) return {};
    thread_local CachedTransliterator romanise("Han-Latin; Latin-ASCII; Lower");
    const std::string* latin = romanise(word);
    return latin ? romanKey(*latin) : std::string{};
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
