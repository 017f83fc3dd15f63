#include "core/annotate/scan.h"

namespace parallax::annotate {
namespace {

enum class CpClass { Space, Letter, Digit, Cjk, Punct };

// Decodes one code point at text[i]; invalid bytes come back as U+FFFD with length 1 so scanning never stalls.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) {
    auto b = static_cast<unsigned char>(s[i]);
    auto cont = [&](std::size_t k) -> int {
        if (i + k >= s.size()) return -1;
        auto c = static_cast<unsigned char>(s[i + k]);
        return (c & 0xC0) == 0x80 ? (c & 0x3F) : -1;
    };
    if (b < 0x80) {
        len = 1;
        return b;
    }
    if ((b & 0xE0) == 0xC0) {
        int c1 = cont(1);
        if (c1 >= 0) {
            len = 2;
            return static_cast<char32_t>(((b & 0x1F) << 6) | c1);
        }
    } else if ((b & 0xF0) == 0xE0) {
        int c1 = cont(1), c2 = cont(2);
        if (c1 >= 0 && c2 >= 0) {
            len = 3;
            return static_cast<char32_t>(((b & 0x0F) << 12) | (c1 << 6) | c2);
        }
    } else if ((b & 0xF8) == 0xF0) {
        int c1 = cont(1), c2 = cont(2), c3 = cont(3);
        if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
            len = 4;
            return static_cast<char32_t>(((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
        }
    }
    len = 1;
    return 0xFFFD;
}

CpClass classify(char32_t c) {
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return CpClass::Space;
        if (c >= '0' && c <= '9') return CpClass::Digit;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CpClass::Letter;
        return CpClass::Punct;
    }
    if (c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F) return CpClass::Space;
    if (c == 0xFEFF) return CpClass::Space;
    if ((c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7) return CpClass::Punct;
    if (c >= 0x2010 && c <= 0x2BFF) return CpClass::Punct;   // general punctuation, currency signs, symbols
    if (c >= 0x3001 && c <= 0x303F) return CpClass::Punct;   // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return CpClass::Punct;
    if (c >= 0xFF00 && c <= 0xFF0F) return CpClass::Punct;   // fullwidth ！＂＃＄％（），．／
    if (c >= 0xFF1A && c <= 0xFF20) return CpClass::Punct;
    if (c >= 0xFFE0 && c <= 0xFFEF) return CpClass::Punct;   // fullwidth ￥ ￡
    if (c == 0xFFFD) return CpClass::Punct;
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF))
        return CpClass::Cjk;
    return CpClass::Letter;
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool startsUpper(std::string_view s) {
    if (s.empty()) return false;
    char c = s.front();
    if (c >= 'A' && c <= 'Z') return true;
    return static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) < 0xE0;  // Latin letters like É
}

bool isApostrophe(std::string_view s) { return s == "'" || s == "\u2019" || s == "\u2018"; }

bool isDash(std::string_view s) {
    return s == "-" || s == "\u2010" || s == "\u2011" || s == "\u2012" || s == "\u2013" || s == "\u2014";
}

std::vector<Tok> scanTokens(std::string_view text, std::size_t base) {
    std::vector<Tok> out;
    out.reserve(text.size() / 5 + 4);
    std::size_t i = 0;
    auto push = [&](std::size_t s, std::size_t e, TokKind k) {
        Tok t;
        t.start = base + s;
        t.end = base + e;
        t.kind = k;
        t.text = text.substr(s, e - s);
        t.lower = asciiLower(t.text);
        out.push_back(std::move(t));
    };
    while (i < text.size()) {
        std::size_t len = 1;
        CpClass c = classify(decode(text, i, len));
        if (c == CpClass::Space) {
            i += len;
            continue;
        }
        if (c == CpClass::Punct || c == CpClass::Cjk) {
            push(i, i + len, c == CpClass::Cjk ? TokKind::Cjk : TokKind::Punct);
            i += len;
            continue;
        }
        // A run of letters and digits; inside a digit run, "1,234" and "4.35" stay together.
        std::size_t s = i;
        bool letters = false, digits = false;
        while (i < text.size()) {
            std::size_t l = 1;
            CpClass k = classify(decode(text, i, l));
            if (k == CpClass::Letter) {
                letters = true;
                i += l;
            } else if (k == CpClass::Digit) {
                digits = true;
                i += l;
                // thousands separator: exactly three digits after the comma, only inside a pure number
                if (!letters && i + 3 < text.size() && text[i] == ',' && isAsciiDigit(text[i + 1]) &&
                    isAsciiDigit(text[i + 2]) && isAsciiDigit(text[i + 3]) &&
                    (i + 4 >= text.size() || !isAsciiDigit(text[i + 4]))) {
                    i += 1;
                } else if (i + 1 < text.size() && text[i] == '.' && isAsciiDigit(text[i + 1])) {
                    i += 1;
                }
            } else {
                break;
            }
        }
        push(s, i, letters && digits ? TokKind::Alnum : (digits ? TokKind::Number : TokKind::Word));
    }
    return out;
}

}  // namespace parallax::annotate
