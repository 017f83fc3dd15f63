#include "core/model/amount_text.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace parallax {

namespace {

std::string number(double v, int digits) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

bool isNumberChar(char c) { return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-'; }

}  // namespace

std::string amountInWords(std::string_view value, int significantDigits) {
    // The shape core writes: "<number>" or "<number> <unit>", the unit one token without spaces.
    const std::size_t space = value.find(' ');
    const std::string_view digits = value.substr(0, space);
    const std::string_view unit = space == std::string_view::npos ? std::string_view() : value.substr(space + 1);
    if (digits.empty() || unit.find(' ') != std::string_view::npos || (space != std::string_view::npos && unit.empty()))
        return std::string(value);
    for (char c : digits)
        if (!isNumberChar(c)) return std::string(value);
    const std::string text(digits);
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::string(value);

    struct Scale {
        double factor;
        const char* word;
    };
    static constexpr Scale scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
    std::string out = number(v, 15);
    for (const Scale& s : scales)
        if (std::abs(v) >= s.factor) {
            out = number(v / s.factor, significantDigits) + ' ' + s.word;
            break;
        }
    return unit.empty() ? out : out + ' ' + std::string(unit);
}

}  // namespace parallax
