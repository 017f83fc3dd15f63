#pragma once
/// @file textmap.h  The one place where core's UTF-8 byte offsets become Qt's UTF-16 positions.
#include <QString>

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/span.h"

namespace parallax::ui {

/// Decodes an article's UTF-8 text into a QString and keeps, for every byte offset, the UTF-16 position of
/// the character that starts there. Offsets inside a multi-byte sequence snap to the start of that
/// character; offsets past the end clamp to the end. Invalid bytes become U+FFFD (one unit each), so the
/// map always matches the QString it produced.
class TextMap {
public:
    TextMap() = default;
    explicit TextMap(std::string_view utf8);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] std::size_t byteSize() const { return m_utf16.empty() ? 0 : m_utf16.size() - 1; }

    /// UTF-16 position of byte offset `byte`.
    [[nodiscard]] int toUtf16(std::size_t byte) const;
    /// Byte offset of the character at or before UTF-16 position `pos`.
    [[nodiscard]] std::size_t toUtf8(int pos) const;
    /// [start, end) of a span in UTF-16 positions.
    [[nodiscard]] std::pair<int, int> range(const Span& span) const;

private:
    QString m_text;
    std::vector<int> m_utf16;  ///< size byteSize()+1; entry i = UTF-16 position of byte i
};

}  // namespace parallax::ui
