// Pinyin glosses: a syllable of pinyin is an optional initial (consonants), one run of vowels with the tone mark
// on one of them, and an optional final n, ng or r. Requiring the tone mark and that shape keeps English words
// in brackets ("(help)", "(café)": two vowel runs) and every other bracketed text.
#include "core/extract/glosses.h"

#include "core/extract/textutil.h"

namespace parallax::extract {
namespace {

bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF); }

bool toneVowel(char32_t c) {
    static constexpr std::u32string_view marked = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    return marked.find(c) != std::u32string_view::npos;
}

bool plainVowel(char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == U'ü'; }

/// One pinyin syllable with its tone mark.
bool pinyinSyllable(const std::u32string& s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z' && !plainVowel(s[i])) ++i;  // initial
    const std::size_t vowels = i;
    int marks = 0;
    while (i < s.size() && (plainVowel(s[i]) || toneVowel(s[i]))) marks += toneVowel(s[i++]) ? 1 : 0;
    if (i == vowels || marks != 1 || i - vowels > 3 || vowels > 2) return false;
    const std::u32string tail = s.substr(i);
    return tail.empty() || tail == U"n" || tail == U"ng" || tail == U"r";
}

/// The byte length of a gloss opening at text[at] (the bracket), else 0.
std::size_t glossAt(std::string_view text, std::size_t at) {
    std::size_t i = at;
    const char32_t open = nextCodePoint(text, i);
    if (open != '(' && open != U'（') return 0;
    const char32_t close = open == '(' ? U')' : U'）';
    std::u32string syllable;
    int syllables = 0;
    while (i < text.size() && i - at < 40) {
        const char32_t c = nextCodePoint(text, i);
        if (c == close || c == ' ') {
            if (!pinyinSyllable(syllable)) return 0;
            syllable.clear();
            ++syllables;
            if (c == close) return syllables <= 3 ? i - at : 0;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || plainVowel(c) || toneVowel(c))) return 0;
        syllable.push_back(c);
    }
    return 0;
}

/// Calls `found(start, length)` for each gloss: a bracket right after a Han character.
template <typename F>
void eachGloss(std::string_view text, F found) {
    bool afterHan = false;
    for (std::size_t i = 0; i < text.size();) {
        if (afterHan) {
            if (const std::size_t n = glossAt(text, i)) {
                found(i, n);
                i += n;
                afterHan = false;
                continue;
            }
        }
        afterHan = isHan(nextCodePoint(text, i));
    }
}

/// Every gloss opens with '(' or '（' (EF BC 88): text without either has none, and needs no decoding.
bool mayHoldGloss(std::string_view text) {
    return text.find('(') != std::string_view::npos || text.find("\xEF\xBC\x88") != std::string_view::npos;
}

}  // namespace

std::size_t pinyinGlossCount(std::string_view text) {
    if (!mayHoldGloss(text)) return 0;
    std::size_t n = 0;
    eachGloss(text, [&](std::size_t, std::size_t) { ++n; });
    return n;
}

std::string withoutPinyinGlosses(std::string_view text) {
    if (!mayHoldGloss(text)) return std::string(text);
    std::string out;
    std::size_t kept = 0;
    eachGloss(text, [&](std::size_t at, std::size_t n) {
        out.append(text.substr(kept, at - kept));
        kept = at + n;
    });
    out.append(text.substr(kept));
    return out;
}

}  // namespace parallax::extract
