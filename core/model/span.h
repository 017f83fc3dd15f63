#pragma once
/// @file span.h  A byte range in an article's UTF-8 text.
#include <compare>
#include <cstddef>

namespace parallax {

/// Half-open byte range [start, end) into Article::text (UTF-8). The UI converts to UTF-16 once.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;

    [[nodiscard]] std::size_t size() const { return end > start ? end - start : 0; }
    [[nodiscard]] bool empty() const { return end <= start; }
    [[nodiscard]] bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
    [[nodiscard]] bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
    auto operator<=>(const Span&) const = default;
};

}  // namespace parallax
