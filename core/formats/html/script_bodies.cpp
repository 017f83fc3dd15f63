#include "core/formats/html/script_bodies.h"

#include <cstddef>
#include <vector>

#include "core/util/ascii.h"

namespace parallax::formats::html {

namespace {

constexpr std::size_t npos = std::string_view::npos;

/// The tokenizer's whitespace (CR counts: the input stream turns it into LF first).
constexpr bool htmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool containsNoCase(std::string_view s, std::string_view word) {
    for (std::size_t i = 0; i + word.size() <= s.size(); ++i)
        if (util::ascii::startsWithNoCase(s, i, word)) return true;
    return false;
}

/// Where the raw text opened by a `name` start tag ends: the first `</name` (any case) followed by
/// whitespace, `/` or `>`, searched from `from`; npos when the page ends first.
std::size_t rawTextEnd(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t k = html.find("</", from); k != npos; k = html.find("</", k + 2)) {
        const std::size_t after = k + 2 + name.size();
        if (after >= html.size()) return npos;
        if (util::ascii::startsWithNoCase(html, k + 2, name) &&
            (htmlSpace(html[after]) || html[after] == '/' || html[after] == '>'))
            return k;
    }
    return npos;
}

/// True when `text` holds `<` followed by a letter, `!` or `/`: something a tree builder that did not treat
/// the element as raw text would have read as markup.
bool holdsMarkup(std::string_view text) {
    for (std::size_t k = text.find('<'); k != npos; k = text.find('<', k + 1))
        if (k + 1 < text.size() && (util::ascii::isAlpha(text[k + 1]) || text[k + 1] == '!' || text[k + 1] == '/')) return true;
    return false;
}

/// True when `text` holds a character the parser reports as an error (NUL, a control character, a
/// noncharacter). gumbo records at most 100 errors (dom.cpp), and past that count it no longer drops cleanly
/// a repeated attribute without a value (it glues it onto the next name): removing text that held errors would
/// change the attributes of later tags.
bool holdsParseErrors(std::string_view text) {
    for (std::size_t k = 0; k < text.size(); ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        if (c >= 0x20 && c < 0x7F) continue;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') return true;  // NUL, C0 controls
        if (c == 0x7F) return true;
        const auto next = k + 1 < text.size() ? static_cast<unsigned char>(text[k + 1]) : 0;
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return true;  // C1 controls
        if (c == 0xEF && next == 0xB7 && k + 2 < text.size()) {        // U+FDD0..U+FDEF
            const auto third = static_cast<unsigned char>(text[k + 2]);
            if (third >= 0x90 && third <= 0xAF) return true;
        }
        if (c == 0xBF && (next == 0xBE || next == 0xBF)) return true;  // U+xFFFE, U+xFFFF (and a few others)
    }
    return false;
}

struct Tag {
    std::string_view name;  ///< as written
    std::size_t end = npos; ///< index of the closing '>'; npos when the page ends inside the tag
    bool selfClosing = false;
};

/// Reads the tag whose name starts at `b` the way the tokenizer does: attribute values in quotes may hold
/// '>', an unquoted value ends at whitespace or '>', and "/>" marks it self-closing.
Tag readTag(std::string_view html, std::size_t b) {
    Tag tag;
    std::size_t k = b;
    while (k < html.size() && !htmlSpace(html[k]) && html[k] != '/' && html[k] != '>') ++k;
    tag.name = html.substr(b, k - b);
    while (k < html.size()) {
        const char c = html[k];
        if (htmlSpace(c)) {
            ++k;
        } else if (c == '/') {
            if (k + 1 < html.size() && html[k + 1] == '>') {
                tag.selfClosing = true;
                tag.end = k + 1;
                return tag;
            }
            ++k;
        } else if (c == '>') {
            tag.end = k;
            return tag;
        } else {
            // An attribute name: its first character is taken whatever it is (even '='), then up to a delimiter.
            ++k;
            while (k < html.size() && !htmlSpace(html[k]) && html[k] != '/' && html[k] != '>' && html[k] != '=') ++k;
            while (k < html.size() && htmlSpace(html[k])) ++k;
            if (k >= html.size() || html[k] != '=') continue;
            ++k;
            while (k < html.size() && htmlSpace(html[k])) ++k;
            if (k >= html.size()) break;
            if (html[k] == '"' || html[k] == '\'') {
                const std::size_t close = html.find(html[k], k + 1);
                if (close == npos) break;
                k = close + 1;
            } else {
                while (k < html.size() && !htmlSpace(html[k]) && html[k] != '>') ++k;
            }
        }
    }
    return tag;  // the page ended inside the tag
}

}  // namespace

std::optional<std::string> dropScriptAndStyleText(std::string_view html) {
    std::string out;
    std::size_t copied = 0;     // bytes of html already handled
    std::vector<bool> foreign;  // open <svg> (true) and <math> (false) elements
    bool inSelect = false;
    std::size_t i = 0;
    while ((i = html.find('<', i)) != npos && i + 1 < html.size()) {
        const char next = html[i + 1];
        if (next == '!') {
            if (html.compare(i, 4, "<!--") == 0) {
                // A comment ends at "-->" (also "<!-->" and "<!--->") or "--!>".
                std::size_t e = html.find("-->", i + 2);
                const std::size_t bang = html.find("--!>", i + 4);
                if (bang != npos && (e == npos || bang < e)) e = bang + 1;
                if (e == npos) break;
                i = e + 3;
            } else {
                if (!foreign.empty()) break;  // CDATA in foreign content ends at "]]>", not '>'
                const std::size_t e = html.find('>', i + 2);
                if (e == npos) break;
                i = e + 1;  // a doctype or a bogus comment
            }
            continue;
        }
        if (next == '?') {  // a bogus comment
            const std::size_t e = html.find('>', i + 2);
            if (e == npos) break;
            i = e + 1;
            continue;
        }
        const bool closing = next == '/';
        const std::size_t b = i + (closing ? 2 : 1);
        if (b >= html.size()) break;
        if (!util::ascii::isAlpha(html[b])) {
            if (!closing) {  // a lone '<' is text
                ++i;
                continue;
            }
            // "</>" is dropped; "</" and anything else opens a bogus comment up to '>'.
            const std::size_t e = html.find('>', b);
            if (e == npos) break;
            i = e + 1;
            continue;
        }
        const Tag tag = readTag(html, b);
        if (tag.end == npos) break;
        std::string name(tag.name);
        for (char& c : name) c = util::ascii::toLower(c);

        if (!foreign.empty()) {
            // In SVG or MathML no element holds raw text, but an integration point may hold HTML that does:
            // the elements that could make gumbo tokenise otherwise than this scan stop it.
            if (name == "script" || name == "style" || name == "title" || name == "textarea" || name == "xmp" ||
                name == "iframe" || name == "noembed" || name == "noframes" || name == "plaintext")
                break;
            if ((name == "svg" || name == "math") && !tag.selfClosing) {
                if (!closing) foreign.push_back(name == "svg");
                else if (foreign.back() == (name == "svg")) foreign.pop_back();
            }
            i = tag.end + 1;
            continue;
        }
        if (closing) {
            if (name == "select") inSelect = false;
            i = tag.end + 1;
            continue;
        }
        if (name == "svg" || name == "math") {
            if (!tag.selfClosing) foreign.push_back(name == "svg");
        } else if (name == "select") {
            inSelect = true;
        } else if (name == "plaintext" || name == "frameset" || (name == "style" && inSelect)) {
            break;  // the rest is text; a frameset ignores what it holds; a select does not read style as CSS
        } else if (name == "script" || name == "style") {
            const std::size_t bodyStart = tag.end + 1;
            const std::size_t bodyEnd = rawTextEnd(html, bodyStart, name);
            if (bodyEnd == npos || tag.selfClosing) break;
            const std::string_view body = html.substr(bodyStart, bodyEnd - bodyStart);
            // "<!--" in a script opens the escaped states, where a "</script>" may not end it.
            if (name == "script" && body.find("<!--") != npos) break;
            if (holdsParseErrors(body)) break;
            const bool keep = name == "script" && containsNoCase(html.substr(i, bodyStart - i), "json");
            if (!keep && !body.empty()) {
                if (out.empty()) out.reserve(html.size());
                out.append(html.substr(copied, bodyStart - copied));
                copied = bodyEnd;
            }
            i = bodyEnd;
            continue;
        } else if (name == "title" || name == "textarea" || name == "xmp" || name == "iframe" || name == "noembed" ||
                   name == "noframes") {
            // Raw text or RCDATA, except where a tree builder ignores the tag (in a select, say): then its
            // text is markup, and one holding markup stops the scan.
            const std::size_t bodyEnd = rawTextEnd(html, tag.end + 1, name);
            if (bodyEnd == npos || tag.selfClosing) break;
            if (holdsMarkup(html.substr(tag.end + 1, bodyEnd - tag.end - 1))) break;
            i = bodyEnd;
            continue;
        }
        i = tag.end + 1;
    }
    if (copied == 0) return std::nullopt;
    out.append(html.substr(copied));
    return out;
}

}  // namespace parallax::formats::html
