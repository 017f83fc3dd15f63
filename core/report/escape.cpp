#include "core/report/escape.h"

namespace parallax::report {

std::string escapeHtml(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;  // controls carry no text
                out += c;
        }
    }
    return out;
}

std::string escapeMarkdown(std::string_view s) {
    std::string out;
    out.reserve(s.size() + s.size() / 4);
    bool lineStart = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (lineStart && (c == '#' || c == '+' || c == '-' || c == '=')) {
            out += '\\';  // would start a heading, list or setext underline
            out += c;
            lineStart = false;
            continue;
        }
        if (lineStart && c >= '0' && c <= '9') {  // "1." or "1)" would start an ordered list
            std::size_t j = i;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
            out.append(s.substr(i, j - i));
            if (j < s.size() && (s[j] == '.' || s[j] == ')')) {
                out += '\\';
                out += s[j];
                ++j;
            }
            i = j - 1;
            lineStart = false;
            continue;
        }
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~': case '>': case '!':
                out += '\\';
                out += c;
                break;
            case '<': out += "&lt;"; break;
            case '&': out += "&amp;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
                out += c;
        }
        if (c == '\n') lineStart = true;
        else if (c != ' ' && c != '\t') lineStart = false;
    }
    return out;
}

std::string escapeMarkdownCell(std::string_view s) {
    std::string out;
    for (char c : escapeMarkdown(s)) {
        if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string csvField(std::string_view s) {
    std::string v;
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r'))
        v += '\'';
    v.append(s);
    bool quote = v.find_first_of(",\"\n\r") != std::string::npos || (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    if (!quote) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

}  // namespace parallax::report
