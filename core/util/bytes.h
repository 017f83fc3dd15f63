#pragma once
/// @file bytes.h  Compact cache blobs: fixed-width little-endian fields (this machine's order; caches are local),
/// each string and list preceded by its 32-bit length. A reader never reads past its input: a short or
/// inconsistent blob makes get() return false, which callers treat as a cache miss.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace parallax {

class ByteWriter {
public:
    template <typename T>
    void put(T value) {
        static_assert(std::is_trivially_copyable_v<T>);
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        m_out.append(bytes, sizeof(T));
    }
    /// An enum (or any small integral) as one byte.
    template <typename E>
    void small(E e) {
        put(static_cast<std::uint8_t>(e));
    }
    void flag(bool b) { put(static_cast<std::uint8_t>(b ? 1 : 0)); }
    void text(std::string_view s) {
        put(static_cast<std::uint32_t>(s.size()));
        m_out.append(s);
    }
    void texts(const std::vector<std::string>& v) {
        put(static_cast<std::uint32_t>(v.size()));
        for (const auto& s : v) text(s);
    }
    template <typename T>
    void list(const std::vector<T>& v) {
        put(static_cast<std::uint32_t>(v.size()));
        for (const T& x : v) put(x);
    }
    std::string take() { return std::move(m_out); }

private:
    std::string m_out;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view in) : m_in(in) {}
    template <typename T>
    bool get(T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (m_in.size() - m_at < sizeof(T)) return false;
        std::memcpy(&value, m_in.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return true;
    }
    /// An enum written as one byte; a value past `last` (a future model's) is a failure, never cast.
    template <typename E>
    bool small(E& out, E last) {
        std::uint8_t v = 0;
        if (!get(v) || v > static_cast<std::uint8_t>(last)) return false;
        out = static_cast<E>(v);
        return true;
    }
    bool flag(bool& out) {
        std::uint8_t v = 0;
        if (!get(v) || v > 1) return false;
        out = v == 1;
        return true;
    }
    /// A list length, checked against what is left: each element takes at least `width` bytes.
    bool count(std::size_t width, std::size_t& n) {
        std::uint32_t c = 0;
        if (!get(c) || (m_in.size() - m_at) / width < c) return false;
        n = c;
        return true;
    }
    bool text(std::string& s) {
        std::size_t n = 0;
        if (!count(1, n)) return false;
        s.assign(m_in.data() + m_at, n);
        m_at += n;
        return true;
    }
    bool texts(std::vector<std::string>& v) {
        std::size_t n = 0;
        if (!count(sizeof(std::uint32_t), n)) return false;
        v.resize(n);
        for (auto& s : v)
            if (!text(s)) return false;
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
    [[nodiscard]] bool done() const { return m_at == m_in.size(); }

private:
    std::string_view m_in;
    std::size_t m_at = 0;
};

}  // namespace parallax
