#include "core/text/stem.h"

#include <libstemmer.h>

#include <map>
#include <memory>
#include <cstdint>
#include <string>
#include <vector>

namespace parallax::text {
namespace {

constexpr std::size_t kMemoSlots = std::size_t{1} << 14;  // a power of two: the slot is the hash's low bits

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
    // News repeats its words (Zipf), and every stage stems the same article again: a small direct-mapped cache per
    // thread (a slot per hash, a miss overwrites it) answers the common words without Snowball, in bounded memory
    // and without the allocations of a growing map.
    struct Slot {
        std::string word;
        std::string stem;
    };
    struct Memo {
        std::string language;
        std::vector<Slot> slots = std::vector<Slot>(kMemoSlots);
    };
    thread_local Memo memo;
    if (memo.language != language) {
        for (auto& slot : memo.slots) slot.word.clear();
        memo.language.assign(language);
    }
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
    for (char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    Slot& slot = memo.slots[h & (kMemoSlots - 1)];
    if (slot.word == folded) return slot.stem;
    sb_stemmer* s = stemmerFor(language);
    std::string out;
    if (const sb_symbol* stemmed = s ? sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(folded.data()),  // NOLINT
                                                       static_cast<int>(folded.size()))
                                     : nullptr)
        out.assign(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(s)));  // NOLINT
    else
        out.assign(folded);
    slot.word.assign(folded);
    slot.stem = out;
    return out;
}

}  // namespace parallax::text
