// Chinese serial names ("嫦娥六号"): string work; ICU only to step through UTF-8.
#include "core/text/han_serial.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace parallax::text {

namespace {

/// Code points of `s` with the byte where each ends (UTF-8; a stray byte stands for itself).
std::vector<std::pair<char32_t, std::size_t>> codePoints(std::string_view s) {
    std::vector<std::pair<char32_t, std::size_t>> out;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
    const auto length = static_cast<std::int32_t>(s.size());
    for (std::int32_t i = 0; i < length;) {
        const std::int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) c = bytes[at];  // an ill-formed sequence: its first byte stands for itself
        out.emplace_back(static_cast<char32_t>(c), static_cast<std::size_t>(i));
    }
    return out;
}

bool han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

int digitOf(char32_t c) {
    static const std::u32string digits = U"零一二三四五六七八九";
    if (c == U'〇') return 0;
    if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
    const std::size_t at = digits.find(c);
    return at == std::u32string::npos ? -1 : static_cast<int>(at);
}

}  // namespace

bool serialNumeral(char32_t c) { return digitOf(c) >= 0 || c == U'十' || c == U'百'; }

int serialNumber(const std::u32string& s) {
    if (s.empty()) return -1;
    if (std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; })) {
        int v = 0;
        for (char32_t c : s) {
            if (v > 100000) return -1;
            v = v * 10 + static_cast<int>(c - U'0');
        }
        return v;
    }
    int total = 0;
    int digit = -1;
    for (char32_t c : s) {
        if (c == U'十' || c == U'百') {
            total += (digit < 0 ? 1 : digit) * (c == U'十' ? 10 : 100);
            digit = -1;
        } else {
            const int d = digitOf(c);
            if (d < 0 || (c >= U'0' && c <= U'9')) return -1;  // no mixed scripts ("1十")
            digit = d;
        }
    }
    return total + std::max(digit, 0);
}

std::optional<std::pair<std::string, int>> splitSerialName(std::string_view name) {
    const auto cps = codePoints(name);
    if (cps.size() < 4 || (cps.back().first != U'号' && cps.back().first != U'號')) return std::nullopt;
    std::size_t n = cps.size() - 1;
    while (n > 0 && serialNumeral(cps[n - 1].first)) --n;
    if (n != 2 || !han(cps[0].first) || !han(cps[1].first)) return std::nullopt;
    std::u32string digits;
    for (std::size_t d = n; d + 1 < cps.size(); ++d) digits.push_back(cps[d].first);
    const int number = serialNumber(digits);
    if (number <= 0) return std::nullopt;
    return std::make_pair(std::string(name.substr(0, cps[1].second)), number);
}

}  // namespace parallax::text
