#pragma once
/// @file codec_lists.h  Spans and lists in the compact cache codecs (annotation_codec.cpp, story_codec.cpp).
#include <cstdint>
#include <vector>

#include "core/model/span.h"
#include "core/util/bytes.h"

namespace parallax::store::codec {

inline void putSpan(ByteWriter& w, const Span& s) {
    w.put(static_cast<std::uint64_t>(s.start));
    w.put(static_cast<std::uint64_t>(s.end));
}

inline bool getSpan(ByteReader& r, Span& s) {
    std::uint64_t start = 0, end = 0;
    if (!r.get(start) || !r.get(end) || start > end) return false;
    s = Span{static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
    return true;
}

/// A list: its length, then each element by `one`; each element takes at least `width` bytes.
template <typename T, typename F>
bool getList(ByteReader& r, std::vector<T>& v, std::size_t width, F&& one) {
    std::size_t n = 0;
    if (!r.count(width, n)) return false;
    v.resize(n);
    for (T& x : v)
        if (!one(x)) return false;
    return true;
}

template <typename T, typename F>
void putList(ByteWriter& w, const std::vector<T>& v, F&& one) {
    w.put(static_cast<std::uint32_t>(v.size()));
    for (const T& x : v) one(x);
}

}  // namespace parallax::store::codec
