#include "core/text/han_fold_table.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace parallax::text::detail {

std::vector<std::pair<char32_t, char32_t>> computeHanFoldPairs() {
    std::vector<std::pair<char32_t, char32_t>> pairs;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) return pairs;
    // Every character in one call, a line each: one call is much cheaper than one per character.
    icu::UnicodeString all;
    for (auto c = static_cast<UChar32>(kHanFoldFirst); c <= static_cast<UChar32>(kHanFoldLast); ++c) {
        all.append(c);
        all.append(static_cast<UChar32>('\n'));
    }
    t->transliterate(all);
    // A line that is not exactly one character (a phrase rule) is left unfolded.
    auto c = static_cast<UChar32>(kHanFoldFirst);
    int32_t lineStart = 0;
    for (int32_t i = 0; i < all.length() && c <= static_cast<UChar32>(kHanFoldLast); ++i) {
        if (all.charAt(i) != u'\n') continue;
        const icu::UnicodeString line(all, lineStart, i - lineStart);
        if (line.countChar32() == 1) {
            const UChar32 s = line.char32At(0);
            if (s != c && U8_LENGTH(s) == U8_LENGTH(c))
                pairs.emplace_back(static_cast<char32_t>(c), static_cast<char32_t>(s));
        }
        lineStart = i + 1;
        ++c;
    }
    return pairs;
}

}  // namespace parallax::text::detail
