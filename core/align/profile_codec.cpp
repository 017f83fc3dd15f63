// A raw story profile as compact bytes for the library database: fixed-width little-endian fields, each
// list preceded by its length. The cache key carries the engine's version, so the format needs no
// migration of its own; a short or inconsistent blob decodes to nullopt (a cache miss).
#include "core/align/profile.h"
#include "core/util/bytes.h"

namespace parallax::align {
namespace {

constexpr std::uint8_t kFormat = 3;  // 3: shingles of 32 bits

/// The two weighted lists are (term, weight) pairs: written as two fields each, not as a std::pair's bytes.
void putWeighted(ByteWriter& w, const std::vector<std::pair<TermId, float>>& v) {
    w.put(static_cast<std::uint32_t>(v.size()));
    for (const auto& [id, weight] : v) {
        w.put(id);
        w.put(weight);
    }
}

/// The article's terms, written as the pairs above (the bytes do not depend on how they are held in memory).
void putWeighted(ByteWriter& w, const TermCounts& v) {
    w.put(static_cast<std::uint32_t>(v.size()));
    for (std::size_t k = 0; k < v.size(); ++k) {
        w.put(v.ids[k]);
        w.put(v.counts[k]);
    }
}

bool getWeighted(ByteReader& r, TermCounts& v) {
    std::size_t n = 0;
    if (!r.count(sizeof(TermId) + sizeof(float), n)) return false;
    v.ids.resize(n);
    v.counts.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        r.get(v.ids[k]);
        r.get(v.counts[k]);
    }
    return true;
}

bool getWeighted(ByteReader& r, std::vector<std::pair<TermId, float>>& v) {
    std::size_t n = 0;
    if (!r.count(sizeof(TermId) + sizeof(float), n)) return false;
    v.resize(n);
    for (auto& [id, weight] : v) {
        r.get(id);
        r.get(weight);
    }
    return true;
}

}  // namespace

std::string encodeProfile(const RawProfile& p) {
    ByteWriter w;
    w.put(kFormat);
    w.put(static_cast<std::uint8_t>(p.cjk ? 1 : 0));
    putWeighted(w, p.terms);
    w.list(p.entities);
    w.list(p.names);
    w.list(p.neutral);
    putWeighted(w, p.bridge);
    w.list(p.numbers);
    w.list(p.shingles);
    return w.take();
}

std::optional<RawProfile> decodeProfile(std::string_view bytes) {
    ByteReader r(bytes);
    std::uint8_t format = 0;
    std::uint8_t cjk = 0;
    RawProfile p;
    if (!r.get(format) || format != kFormat || !r.get(cjk) || cjk > 1) return std::nullopt;
    p.cjk = cjk == 1;
    if (!getWeighted(r, p.terms) || !r.list(p.entities) || !r.list(p.names) || !r.list(p.neutral) ||
        !getWeighted(r, p.bridge) ||
        !r.list(p.numbers) || !r.list(p.shingles) || !r.done())
        return std::nullopt;
    return p;
}

}  // namespace parallax::align
