// A raw story profile as compact bytes for the library database: fixed-width little-endian fields, each
// list preceded by its length. The cache key carries the engine's version, so the format needs no
// migration of its own; a short or inconsistent blob decodes to nullopt (a cache miss).
#include <cstring>

#include "core/align/profile.h"

namespace parallax::align {
namespace {

constexpr std::uint8_t kFormat = 2;

class Writer {
public:
    template <typename T>
    void put(T value) {
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        m_out.append(bytes, sizeof(T));
    }
    template <typename T>
    void list(const std::vector<T>& v) {
        put(static_cast<std::uint32_t>(v.size()));
        for (const T& x : v) put(x);
    }
    void weighted(const std::vector<std::pair<TermId, float>>& v) {
        put(static_cast<std::uint32_t>(v.size()));
        for (const auto& [id, w] : v) {
            put(id);
            put(w);
        }
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class Reader {
public:
    explicit Reader(std::string_view in) : m_in(in) {}
    template <typename T>
    bool get(T& value) {
        if (m_in.size() - m_at < sizeof(T)) return false;
        std::memcpy(&value, m_in.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return true;
    }
    bool count(std::size_t width, std::size_t& n) {
        std::uint32_t c = 0;
        if (!get(c) || (m_in.size() - m_at) / width < c) return false;
        n = c;
        return true;
    }
    template <typename T>
    bool list(std::vector<T>& v) {
        std::size_t n = 0;
        if (!count(sizeof(T), n)) return false;
        v.resize(n);
        for (auto& x : v) get(x);
        return true;
    }
    bool weighted(std::vector<std::pair<TermId, float>>& v) {
        std::size_t n = 0;
        if (!count(sizeof(TermId) + sizeof(float), n)) return false;
        v.resize(n);
        for (auto& [id, w] : v) {
            get(id);
            get(w);
        }
        return true;
    }
    [[nodiscard]] bool done() const { return m_at == m_in.size(); }

private:
    std::string_view m_in;
    std::size_t m_at = 0;
};

}  // namespace

std::string encodeProfile(const RawProfile& p) {
    Writer w;
    w.put(kFormat);
    w.put(static_cast<std::uint8_t>(p.cjk ? 1 : 0));
    w.weighted(p.terms);
    w.list(p.entities);
    w.list(p.names);
    w.list(p.neutral);
    w.weighted(p.bridge);
    w.list(p.numbers);
    w.list(p.shingles);
    return w.take();
}

std::optional<RawProfile> decodeProfile(std::string_view bytes) {
    Reader r(bytes);
    std::uint8_t format = 0;
    std::uint8_t cjk = 0;
    RawProfile p;
    if (!r.get(format) || format != kFormat || !r.get(cjk) || cjk > 1) return std::nullopt;
    p.cjk = cjk == 1;
    if (!r.weighted(p.terms) || !r.list(p.entities) || !r.list(p.names) || !r.list(p.neutral) || !r.weighted(p.bridge) ||
        !r.list(p.numbers) || !r.list(p.shingles) || !r.done())
        return std::nullopt;
    return p;
}

}  // namespace parallax::align
