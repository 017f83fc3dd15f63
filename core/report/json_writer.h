#pragma once
/// @file json_writer.h  A streaming JSON writer whose bytes are those of nlohmann::json::dump.
///
/// Why not nlohmann's dump: the analyze JSON of a 10k-article folder is 46 MB, and building a tree per article
/// and dumping it (a string per value, a map node per key, escaping one byte at a time) was most of a warm run.
/// This writer appends straight to one buffer, copies runs of bytes that need no escaping at once and flushes the
/// buffer in large blocks. Parsing stays with nlohmann.
///
/// The bytes are exactly those of `json.dump(indent, ' ', false, error_handler_t::replace)` of the same tree,
/// provided that object keys are written in byte order (nlohmann's objects are sorted maps): the same layout
/// (`indent` spaces a level, `": "` after a key when indented, compact with indent -1, `{}` and `[]` when
/// empty), the same escaping (\b \t \n \f \r \" \\, other control bytes as \u00xx, everything else verbatim) and
/// the same numbers. A string holding invalid UTF-8, which should never reach here, is handed to nlohmann as it
/// is, so its replacement characters fall exactly where nlohmann puts them; so is a floating-point number.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::report {

/// Appends `text` as a JSON string (with its quotes) to `out`, escaped as nlohmann's dump escapes it.
void appendJsonString(std::string& out, std::string_view text);

class JsonWriter {
public:
    /// `indent` spaces per level; -1 writes compact JSON. Nothing reaches `out` before a block fills or finish().
    JsonWriter(std::ostream& out, int indent);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's key, inside an object; keys must come in byte order (see the file comment).
    void key(std::string_view name);

    void string(std::string_view text);
    void integer(std::int64_t n);
    void unsignedInteger(std::uint64_t n);
    void number(double x);
    void boolean(bool b);
    void null();

    /// Writes what is buffered to the stream.
    void finish();

private:
    void beforeValue();
    void newline(std::size_t depth);
    void open(char c);
    void close(char c);
    void flushIfFull();

    std::ostream& m_out;
    int m_indent;
    std::string m_buffer;
    std::vector<std::size_t> m_counts;  ///< values written so far in each open container
    bool m_afterKey = false;
};

}  // namespace parallax::report
