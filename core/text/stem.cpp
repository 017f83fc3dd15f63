#include "core/text/stem.h"

#include <libstemmer.h>

#include <map>
#include <memory>

namespace parallax::text {
namespace {

struct StemmerDelete {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDelete>;

/// sb_stemmer keeps its working buffers inside the object, so it must never be shared between threads.
sb_stemmer* stemmerFor(std::string_view language) {
    thread_local std::map<std::string, StemmerPtr, std::less<>> cache;
    std::string_view primary = language.substr(0, language.find_first_of("-_"));
    if (primary.empty()) primary = "en";
    if (auto it = cache.find(primary); it != cache.end()) return it->second.get();
    std::string key(primary);
    StemmerPtr s(sb_stemmer_new(key.c_str(), "UTF_8"));
    if (!s) s.reset(sb_stemmer_new("english", "UTF_8"));
    return cache.emplace(key, std::move(s)).first->second.get();
}

}  // namespace

std::string stem(std::string_view folded, std::string_view language) {
    if (folded.empty()) return {};
    sb_stemmer* s = stemmerFor(language);
    if (!s) return std::string(folded);
    const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded.data()),  // NOLINT
                                           static_cast<int>(folded.size()));
    if (!out) return std::string(folded);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(s)));  // NOLINT
}

}  // namespace parallax::text
