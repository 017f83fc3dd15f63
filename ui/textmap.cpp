#include "ui/textmap.h"

#include <algorithm>

namespace parallax::ui {
namespace {

// Length of the UTF-8 sequence starting at s[i] and its code point; 0 when the bytes are not valid UTF-8
// (overlong forms and surrogates included), so the caller can substitute U+FFFD for one byte.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace

TextMap::TextMap(std::string_view utf8) {
    m_utf16.assign(utf8.size() + 1, 0);
    m_text.reserve(static_cast<qsizetype>(utf8.size()));
    std::size_t i = 0;
    while (i < utf8.size()) {
        char32_t cp = 0;
        std::size_t len = decode(utf8, i, cp);
        if (len == 0) {
            len = 1;
            cp = 0xFFFD;
        }
        const int pos = static_cast<int>(m_text.size());
        for (std::size_t k = 0; k < len; ++k) m_utf16[i + k] = pos;
        if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            m_text.append(QChar(static_cast<char16_t>(0xD800 + (v >> 10))));
            m_text.append(QChar(static_cast<char16_t>(0xDC00 + (v & 0x3FF))));
        } else {
            m_text.append(QChar(static_cast<char16_t>(cp)));
        }
        i += len;
    }
    m_utf16[utf8.size()] = static_cast<int>(m_text.size());
}

int TextMap::toUtf16(std::size_t byte) const {
    if (m_utf16.empty()) return 0;
    return m_utf16[std::min(byte, m_utf16.size() - 1)];
}

std::size_t TextMap::toUtf8(int pos) const {
    if (m_utf16.empty() || pos <= 0) return 0;
    // Last byte whose UTF-16 position is <= pos, then back to the first byte of that character.
    auto it = std::upper_bound(m_utf16.begin(), m_utf16.end(), pos);
    auto idx = static_cast<std::size_t>(std::distance(m_utf16.begin(), it)) - 1;
    while (idx > 0 && m_utf16[idx - 1] == m_utf16[idx]) --idx;
    return idx;
}

std::pair<int, int> TextMap::range(const Span& span) const {
    const int a = toUtf16(span.start);
    // An end inside a character extends to the end of that character, so the mark covers it whole.
    std::size_t end = std::min(span.end, byteSize());
    while (end < byteSize() && end > 0 && m_utf16[end] == m_utf16[end - 1]) ++end;
    return {a, std::max(a, toUtf16(end))};
}

}  // namespace parallax::ui
