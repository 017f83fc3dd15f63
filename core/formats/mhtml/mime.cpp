#include "core/formats/mhtml/mime.h"

#include "core/ingest/decode.h"

namespace parallax::formats::mhtml {

namespace {

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string trim(std::string_view s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    if (a == std::string_view::npos) return {};
    const std::size_t b = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(a, b - a + 1));
}

/// Splits at the first empty line: headers before, body after (CRLF or LF line ends).
std::pair<std::string_view, std::string_view> splitHeaderBody(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t nl = s.find('\n', pos);
        if (nl == std::string_view::npos) return {s, {}};
        std::string_view line = s.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) return {s.substr(0, pos), s.substr(nl + 1)};
        pos = nl + 1;
    }
    return {s, {}};
}

Headers parseHeaders(std::string_view block) {
    Headers h;
    std::string name;
    std::size_t pos = 0;
    while (pos < block.size()) {
        std::size_t nl = block.find('\n', pos);
        if (nl == std::string_view::npos) nl = block.size();
        std::string_view line = block.substr(pos, nl - pos);
        pos = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if ((line[0] == ' ' || line[0] == '\t') && !name.empty()) {  // folded continuation
            h[name] += " " + trim(line);
            continue;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        name = lower(trim(line.substr(0, colon)));
        if (!h.count(name)) h[name] = trim(line.substr(colon + 1));
        else name.clear();  // keep the first occurrence; ignore continuations of a repeated field
    }
    return h;
}

std::string transferDecode(const Headers& headers, std::string_view body) {
    const auto it = headers.find("content-transfer-encoding");
    const std::string enc = it == headers.end() ? std::string() : lower(it->second);
    if (enc == "base64") return decodeBase64(body);
    if (enc == "quoted-printable") return decodeQuotedPrintable(body);
    return std::string(body);
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

std::optional<std::string> headerParam(std::string_view value, const std::string& name) {
    const std::string v(value);
    const std::string lv = lower(v);
    std::size_t pos = 0;
    while ((pos = lv.find(';', pos)) != std::string::npos) {
        ++pos;
        const std::size_t eq = lv.find('=', pos);
        if (eq == std::string::npos) break;
        if (trim(std::string_view(lv).substr(pos, eq - pos)) != name) continue;
        std::size_t start = eq + 1;
        while (start < v.size() && v[start] == ' ') ++start;
        if (start < v.size() && v[start] == '"') {
            const std::size_t end = v.find('"', start + 1);
            return v.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
        }
        const std::size_t end = v.find(';', start);
        return trim(std::string_view(v).substr(start, end == std::string::npos ? std::string::npos : end - start));
    }
    return std::nullopt;
}

std::string MimePart::header(const std::string& name) const {
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::string MimePart::mediaType() const {
    const std::string ct = header("content-type");
    if (ct.empty()) return "text/plain";
    return lower(trim(std::string_view(ct).substr(0, ct.find(';'))));
}

std::optional<std::string> MimePart::param(const std::string& name) const {
    return headerParam(header("content-type"), name);
}

MimeMessage parseMime(std::string_view bytes) {
    MimeMessage msg;
    auto [head, body] = splitHeaderBody(bytes);
    msg.headers = parseHeaders(head);
    const auto ct = msg.headers.find("content-type");
    std::optional<std::string> boundary;
    if (ct != msg.headers.end() && lower(ct->second).rfind("multipart/", 0) == 0)
        boundary = headerParam(ct->second, "boundary");
    if (!boundary || boundary->empty()) {
        MimePart single;
        single.headers = msg.headers;
        single.body = transferDecode(msg.headers, body);
        msg.parts.push_back(std::move(single));
        return msg;
    }
    const std::string delimiter = "--" + *boundary;
    std::size_t pos = body.find(delimiter);
    while (pos != std::string_view::npos) {
        std::size_t start = pos + delimiter.size();
        if (body.substr(start, 2) == "--") break;  // closing delimiter
        const std::size_t lineEnd = body.find('\n', start);
        if (lineEnd == std::string_view::npos) break;
        start = lineEnd + 1;
        std::size_t next = body.find("\n" + delimiter, start);
        std::string_view partBytes = body.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
        if (!partBytes.empty() && partBytes.back() == '\r') partBytes.remove_suffix(1);
        auto [ph, pb] = splitHeaderBody(partBytes);
        MimePart part;
        part.headers = parseHeaders(ph);
        part.body = transferDecode(part.headers, pb);
        msg.parts.push_back(std::move(part));
        pos = next == std::string_view::npos ? next : next + 1;
    }
    return msg;
}

std::string decodeQuotedPrintable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '=') {
            out += s[i];
            continue;
        }
        if (i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '\r')) {  // soft line break
            ++i;
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            continue;
        }
        if (i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
            i += 2;
            continue;
        }
        out += '=';  // a stray '=' is kept as written
    }
    return out;
}

std::string decodeBase64(std::string_view s) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    };
    std::string out;
    out.reserve(s.size() * 3 / 4);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : s) {
        if (c == '=') break;
        const int v = value(c);
        if (v < 0) continue;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::string decodeHeaderWords(std::string_view value) {
    std::string out;
    std::size_t pos = 0;
    bool lastWasEncoded = false;
    while (pos < value.size()) {
        const std::size_t start = value.find("=?", pos);
        if (start == std::string_view::npos) {
            out += value.substr(pos);
            break;
        }
        const std::size_t q1 = value.find('?', start + 2);
        const std::size_t q2 = q1 == std::string_view::npos ? q1 : value.find('?', q1 + 1);
        const std::size_t end = q2 == std::string_view::npos ? q2 : value.find("?=", q2 + 1);
        if (end == std::string_view::npos) {
            out += value.substr(pos);
            break;
        }
        std::string_view between = value.substr(pos, start - pos);
        // White space between two encoded words is not part of the text (RFC 2047 section 6.2).
        if (!(lastWasEncoded && trim(between).empty())) out += between;
        const std::string charset(value.substr(start + 2, q1 - start - 2));
        const char mode = value[q1 + 1];
        std::string_view payload = value.substr(q2 + 1, end - q2 - 1);
        std::string raw;
        if (mode == 'B' || mode == 'b') {
            raw = decodeBase64(payload);
        } else {
            std::string qp(payload);
            for (char& c : qp)
                if (c == '_') c = ' ';
            raw = decodeQuotedPrintable(qp);
        }
        auto decoded = ingest::decodeToUtf8(raw, charset);
        out += decoded.ok() ? decoded->text : raw;
        lastWasEncoded = true;
        pos = end + 2;
    }
    return out;
}

}  // namespace parallax::formats::mhtml
