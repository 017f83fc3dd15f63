#include "core/report/json_writer.h"

#include <array>
#include <charconv>
#include <cstring>
#include <ostream>

#include <nlohmann/json.hpp>

namespace parallax::report {
namespace {

/// Bytes copied as they are: printable ASCII but the quote and the backslash (0x7F too: nlohmann escapes it only
/// when asked for ASCII output, which we never ask).
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return t;
}();

bool inRange(unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; }

/// The length of the well-formed UTF-8 sequence starting at p[0] (a byte >= 0x80), or 0 when it is not one.
/// Well-formed as in Unicode's table 3-7, which is what nlohmann's decoder accepts: no overlong forms, no
/// surrogates, nothing above U+10FFFF.
std::size_t sequenceLength(const unsigned char* p, std::size_t left) {
    const unsigned char c = p[0];
    std::size_t length = 0;
    unsigned char low = 0x80;  // the range of the second byte; later ones are always 80..BF
    unsigned char high = 0xBF;
    if (inRange(c, 0xC2, 0xDF)) {
        length = 2;
    } else if (inRange(c, 0xE0, 0xEF)) {
        length = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (inRange(c, 0xF0, 0xF4)) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (left < length || !inRange(p[1], low, high)) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!inRange(p[k], 0x80, 0xBF)) return 0;
    return length;
}

void appendEscape(std::string& out, unsigned char c) {
    switch (c) {
        case '\b': out += "\\b"; return;
        case '\t': out += "\\t"; return;
        case '\n': out += "\\n"; return;
        case '\f': out += "\\f"; return;
        case '\r': out += "\\r"; return;
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        default: break;
    }
    static constexpr char kHex[] = "0123456789abcdef";  // nlohmann writes "\\u%04x": lower case
    const char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
    out.append(code, sizeof code);
}

template <typename Int>
void appendInteger(std::string& out, Int n) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
}

constexpr std::size_t kBlock = std::size_t{1} << 20;

/// True when none of the 8 bytes at p needs a look of its own: no control byte, quote, backslash or byte >= 0x80.
/// Most of a report is article text in ASCII, which this skips a word at a time.
bool plainWord(const unsigned char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::uint64_t x = 0;
    std::memcpy(&x, p, sizeof x);
    auto hasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::uint64_t control = (x - 0x20 * kOnes) & ~x & kHigh;  // a byte below 0x20 (exact, as x < 0x80 here)
    return (x & kHigh) == 0 && control == 0 && hasZero(x ^ ('"' * kOnes)) == 0 && hasZero(x ^ ('\\' * kOnes)) == 0;
}

}  // namespace

void appendJsonString(std::string& out, std::string_view text) {
    const std::size_t start = out.size();
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    out += '"';
    std::size_t run = 0;  // start of the bytes not yet appended, all of them to be copied as they are
    for (std::size_t i = 0; i < n;) {
        if (n - i >= 8 && plainWord(p + i)) {
            i += 8;
            continue;
        }
        const unsigned char c = p[i];
        if (kPlain[c]) {
            ++i;
        } else if (c >= 0x80) {
            const std::size_t length = sequenceLength(p + i, n - i);
            if (length == 0) {
                // Where the replacement characters go (and how many) is nlohmann's own rule: let it write them.
                out.resize(start);
                out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
                return;
            }
            i += length;
        } else {
            out.append(text.data() + run, i - run);
            appendEscape(out, c);
            run = ++i;
        }
    }
    out.append(text.data() + run, n - run);
    out += '"';
}

JsonWriter::JsonWriter(std::ostream& out, int indent) : m_out(out), m_indent(indent) { m_buffer.reserve(kBlock + 4096); }

void JsonWriter::beginObject() { open('{'); }
void JsonWriter::endObject() { close('}'); }
void JsonWriter::beginArray() { open('['); }
void JsonWriter::endArray() { close(']'); }

void JsonWriter::key(std::string_view name) {
    beforeValue();
    appendJsonString(m_buffer, name);
    m_buffer += m_indent >= 0 ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::string(std::string_view text) {
    beforeValue();
    appendJsonString(m_buffer, text);
    flushIfFull();
}

void JsonWriter::integer(std::int64_t n) {
    beforeValue();
    appendInteger(m_buffer, n);
}

void JsonWriter::unsignedInteger(std::uint64_t n) {
    beforeValue();
    appendInteger(m_buffer, n);
}

void JsonWriter::number(double x) {
    beforeValue();
    // nlohmann's shortest-digits formatting (and its "null" for NaN and infinities); numbers are rare here.
    m_buffer += nlohmann::json(x).dump();
}

void JsonWriter::boolean(bool b) {
    beforeValue();
    m_buffer += b ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_buffer += "null";
}

void JsonWriter::finish() {
    m_out.write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
}

/// A value inside a container is preceded by a comma (but the first) and, when indented, a line break and the
/// indentation of its depth; a value after its key by nothing.
void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty()) return;
    if (m_counts.back()++ > 0) m_buffer += ',';
    newline(m_counts.size());
}

void JsonWriter::newline(std::size_t depth) {
    if (m_indent < 0) return;
    m_buffer += '\n';
    m_buffer.append(depth * static_cast<std::size_t>(m_indent), ' ');
}

void JsonWriter::open(char c) {
    beforeValue();
    m_buffer += c;
    m_counts.push_back(0);
}

void JsonWriter::close(char c) {
    const std::size_t count = m_counts.back();
    m_counts.pop_back();
    if (count > 0) newline(m_counts.size());
    m_buffer += c;
    flushIfFull();
}

void JsonWriter::flushIfFull() {
    if (m_buffer.size() >= kBlock) finish();
}

}  // namespace parallax::report
