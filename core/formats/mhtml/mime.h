#pragma once
/// @file mime.h  The part of MIME (RFC 2045/2046/2047) that MHTML archives use.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::formats::mhtml {

/// Header fields with lower-cased names; folded lines are unfolded.
using Headers = std::map<std::string, std::string>;

struct MimePart {
    Headers headers;
    std::string body;  ///< transfer decoding (base64, quoted-printable) already undone
    [[nodiscard]] std::string mediaType() const;  ///< "text/html", lower case; "text/plain" when absent
    [[nodiscard]] std::optional<std::string> param(const std::string& name) const;  ///< Content-Type parameter
    [[nodiscard]] std::string header(const std::string& name) const;
};

struct MimeMessage {
    Headers headers;
    std::vector<MimePart> parts;  ///< a single-part message has one part holding its body
};

/// Parses a message: top-level headers, then either the multipart body's parts or the single body.
/// Malformed input yields what could be read (never throws).
[[nodiscard]] MimeMessage parseMime(std::string_view bytes);

/// Undoes quoted-printable encoding (soft line breaks and =XX escapes).
[[nodiscard]] std::string decodeQuotedPrintable(std::string_view s);
/// Undoes base64 (white space and invalid characters are skipped).
[[nodiscard]] std::string decodeBase64(std::string_view s);
/// Decodes RFC 2047 encoded words ("=?utf-8?Q?Caf=C3=A9?=") in a header value to UTF-8.
[[nodiscard]] std::string decodeHeaderWords(std::string_view value);

/// A parameter of a structured header value: param("text/html; charset=\"utf-8\"", "charset") -> "utf-8".
[[nodiscard]] std::optional<std::string> headerParam(std::string_view value, const std::string& name);

}  // namespace parallax::formats::mhtml
