#include "core/text/stem.h"

#include <libstemmer.h>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>

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
    // News repeats its words (Zipf), and every stage stems the same article again: a lookup per thread is several
    // times cheaper than Snowball. Bounded, so a folder of a million distinct words cannot grow it without end.
    struct Memo {
        std::string language;
        std::unordered_map<std::string, std::string> stems;
    };
    thread_local Memo memo;
    constexpr std::size_t kMaxEntries = 1u << 16;
    if (memo.language != language || memo.stems.size() >= kMaxEntries) {
        memo.stems.clear();
        memo.language.assign(language);
    }
    thread_local std::string key;
    key.assign(folded);
    if (auto it = memo.stems.find(key); it != memo.stems.end()) return it->second;
    sb_stemmer* s = stemmerFor(language);
    std::string out;
    if (const sb_symbol* stemmed = s ? sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded.data()),  // NOLINT
                                                       static_cast<int>(folded.size()))
                                     : nullptr)
        out.assign(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(s)));  // NOLINT
    else
        out.assign(folded);
    memo.stems.emplace(key, out);
    return out;
}

}  // namespace parallax::text
