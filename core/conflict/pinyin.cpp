// Romanised Chinese names through ICU. One transliterator per thread: conflicts are found for several
// stories at once, and an ICU Transliterator is not safe to share.
#include "core/conflict/pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cctype>
#include <map>
#include <memory>

#include "core/conflict/subject.h"

namespace parallax::conflict {

namespace {

bool hasHan(std::string_view s) {
    // Han ideographs are three-byte UTF-8 sequences starting with 0xE3-0xE9
    for (char c : s) {
        auto b = static_cast<unsigned char>(c);
        if (b >= 0xE3 && b <= 0xE9) return true;
    }
    return false;
}

bool hasLatin(std::string_view s) {
    for (char c : s)
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) return true;
    return false;
}

icu::Transliterator* transliterator() {
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) made.reset();
        return made;
    }();
    return t.get();
}

}  // namespace

std::vector<std::string> pinyinSyllables(std::string_view han) {
    thread_local std::map<std::string, std::vector<std::string>, std::less<>> cache;
    if (auto it = cache.find(han); it != cache.end()) return it->second;
    std::vector<std::string> out;
    if (icu::Transliterator* t = transliterator()) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
        t->transliterate(u);
        std::string latin;
        u.toUTF8String(latin);
        std::string syllable;
        for (char c : latin) {
            if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
                syllable.push_back(c);
            } else if (!syllable.empty()) {
                out.push_back(syllable);
                syllable.clear();
            }
        }
        if (!syllable.empty()) out.push_back(syllable);
    }
    cache.emplace(std::string(han), out);
    return out;
}

bool sameRomanisedName(std::string_view a, std::string_view b) {
    bool aHan = hasHan(a) && !hasLatin(a);
    bool bHan = hasHan(b) && !hasLatin(b);
    if (aHan == bHan) return false;
    std::string_view han = aHan ? a : b;
    std::string_view latin = aHan ? b : a;
    if (!hasLatin(latin) || hasHan(latin)) return false;
    std::vector<std::string> syllables = pinyinSyllables(han);
    std::vector<std::string> words = nameWords(latin);
    if (syllables.size() < 2 || words.empty()) return false;
    std::string joined;
    for (const std::string& w : words) joined += w;
    std::string whole;
    for (const std::string& s : syllables) whole += s;
    if (syllables.size() <= 4 && joined == whole) return true;  // "Zhou Mingyuan" / "周明远"
    const std::string& brand = words.front();
    if (brand.size() < 5) return false;
    std::string prefix;
    for (std::size_t k = 0; k < syllables.size() && k < 4; ++k) {
        prefix += syllables[k];
        if (k >= 1 && prefix == brand) return true;  // "Hanxin Robotics" / "瀚芯机器人"
    }
    return false;
}

}  // namespace parallax::conflict
