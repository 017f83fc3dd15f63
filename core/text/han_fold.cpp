// The fold is a table built once from ICU: every Han character of the Basic Multilingual Plane put through
// the Traditional-Simplified transliterator in one call. Applying the table is then a lookup per character,
// and it keeps byte offsets, which a transliteration of the whole text would not promise.
#include "core/text/han_fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace parallax::text {
namespace {

constexpr UChar32 kFirst = 0x3400;  // CJK Extension A, then the unified ideographs, up to the compatibility block
constexpr UChar32 kLast = 0xFAFF;

/// table[c - kFirst]: the simplified form of c, or 0 when c has none (or it is c itself).
std::vector<char32_t> buildTable() {
    std::vector<char32_t> table(static_cast<std::size_t>(kLast - kFirst + 1), 0);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) return table;
    icu::UnicodeString all;
    for (UChar32 c = kFirst; c <= kLast; ++c) {
        all.append(c);
        all.append(static_cast<UChar32>('\n'));
    }
    t->transliterate(all);
    // One line per character: a line that is not exactly one character (a phrase rule) is left unfolded.
    UChar32 c = kFirst;
    int32_t lineStart = 0;
    for (int32_t i = 0; i < all.length() && c <= kLast; ++i) {
        if (all.charAt(i) != u'\n') continue;
        const icu::UnicodeString line(all, lineStart, i - lineStart);
        if (line.countChar32() == 1) {
            const UChar32 s = line.char32At(0);
            if (s != c && U8_LENGTH(s) == U8_LENGTH(c)) table[static_cast<std::size_t>(c - kFirst)] = static_cast<char32_t>(s);
        }
        lineStart = i + 1;
        ++c;
    }
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
