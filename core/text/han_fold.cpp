// The fold is a table computed from ICU's Traditional-Simplified transliterator when Parallax is built
// (han_fold_table.h). Applying it is a lookup per character, and it keeps byte offsets, which a transliteration
// of the whole text would not promise.
#include "core/text/han_fold.h"

#include "core/text/han_fold_table.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace parallax::text {
namespace {

constexpr auto kFirst = static_cast<UChar32>(detail::kHanFoldFirst);
constexpr auto kLast = static_cast<UChar32>(detail::kHanFoldLast);

/// The pairs the build computed from ICU (han_fold_gen).
constexpr std::pair<char32_t, char32_t> kPairs[] = {
#include "han_fold_pairs.inc"
};

/// table[c - kFirst]: the simplified form of c, or 0 when c has none (or it is c itself).
std::vector<char32_t> buildTable() {
    std::vector<char32_t> table(static_cast<std::size_t>(kLast - kFirst + 1), 0);
    for (const auto& [from, to] : kPairs) table[static_cast<std::size_t>(from) - static_cast<std::size_t>(kFirst)] = to;
    return table;
}

const std::vector<char32_t>& foldTable() {
    static const std::vector<char32_t> table = buildTable();
    return table;
}

}  // namespace

std::string simplifiedChinese(std::string_view text) {
    std::string out(text);
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto n = static_cast<int32_t>(text.size());
    const std::vector<char32_t>* table = nullptr;
    for (int32_t i = 0; i < n;) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c < kFirst || c > kLast) continue;
        if (table == nullptr) table = &foldTable();  // built on the first Han character only
        const char32_t to = (*table)[static_cast<std::size_t>(c - kFirst)];
        if (to == 0) continue;
        auto* d = reinterpret_cast<std::uint8_t*>(out.data());
        int32_t w = at;
        UBool error = false;
        U8_APPEND(d, w, n, static_cast<UChar32>(to), error);
        (void)error;
    }
    return out;
}

}  // namespace parallax::text
