#pragma once
// Word and sentence boundaries straight from ICU's break iterators over the UTF-8 bytes, without Boost.Locale's
// per-call iterator construction and index building (which cost more than the segmentation itself).
#include <cstddef>
#include <functional>
#include <string_view>

namespace parallax::text::detail {

/// What ICU's rule status says a segment is (UBRK_WORD_* ranges); None segments (spaces, punctuation) are not
/// reported.
enum class WordKind { Number, Letter, Kana, Ideo };

/// Calls `visit(start, end, kinds)` for each word segment of `text` in order, with byte offsets into `text` and
/// a bit per WordKind (1 << kind) that ICU's rule status gives the boundary at `end`. A segment starts at the
/// previous boundary of any kind, as Boost.Locale's segment_index with the word_any rule reports them.
/// Thread-safe: each thread uses its own clone of one iterator. Throws std::runtime_error if ICU fails.
void forEachWord(std::string_view text, const std::function<void(std::size_t, std::size_t, unsigned)>& visit);

/// Calls `visit(start, end)` for each span between two consecutive sentence boundaries of ICU's sentence iterator
/// (spaces after a sentence belong to it), byte offsets into `text`. Thread-safe as forEachWord.
void forEachSentence(std::string_view text, const std::function<void(std::size_t, std::size_t)>& visit);

}  // namespace parallax::text::detail
