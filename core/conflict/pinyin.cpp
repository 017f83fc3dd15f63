// Romanised Chinese names: the pinyin comes from text/han.h (ICU's Han-Latin transliterator).
#include "core/conflict/pinyin.h"

#include <cctype>
#include <string>
#include <vector>

#include "core/text/han_serial.h"
#include "core/conflict/subject.h"
#include "core/text/han.h"

namespace parallax::conflict {

bool hasHan(std::string_view s) {
    // Han ideographs are three-byte UTF-8 sequences starting with 0xE3-0xE9
    for (char c : s) {
        auto b = static_cast<unsigned char>(c);
        if (b >= 0xE3 && b <= 0xE9) return true;
    }
    return false;
}

namespace {

bool hasLatin(std::string_view s) {
    for (char c : s)
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) return true;
    return false;
}

}  // namespace

bool sameRomanisedName(std::string_view a, std::string_view b) {
    bool aHan = hasHan(a) && !hasLatin(a);
    bool bHan = hasHan(b) && !hasLatin(b);
    if (aHan == bHan) return false;
    std::string_view han = aHan ? a : b;
    std::string_view latin = aHan ? b : a;
    if (!hasLatin(latin) || hasHan(latin)) return false;
    std::vector<std::string> words = nameWords(latin);
    // "嫦娥六号" / "Chang'e-6", "神舟十八号" / "Shenzhou 18": a serial name keeps its number in English
    if (const auto serial = text::splitSerialName(han)) {
        std::string joined;
        for (const std::string& w : words) joined += w;
        std::string key;
        for (const std::string& s : text::pinyinSyllables(text::simplifiedHan(serial->first))) key += s;
        return !key.empty() && joined == key + std::to_string(serial->second);
    }
    std::vector<std::string> syllables = text::pinyinSyllables(han);
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
