#pragma once
// The Markdown inline reader as it was before it became linear (rescanning for each bracket, recursing into
// every label), kept verbatim as the reference the linear reader must agree with on short inputs.
#include <string>
#include <string_view>

#include "core/formats/text/paragraphs.h"

namespace parallax::formats::markdown::reference {

/// Index of the bracket closing the one at `open` (nesting-aware), or npos.
inline std::size_t closing(std::string_view s, std::size_t open, char o, char c) {
    int depth = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == o) ++depth;
        if (s[i] == c && --depth == 0) return i;
    }
    return std::string_view::npos;
}

inline bool isPunct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

inline bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

inline std::string decodeEntities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&') {
            bool done = false;
            for (auto [name, value] : {std::pair<std::string_view, std::string_view>{"&amp;", "&"}, {"&lt;", "<"},
                                       {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
                                       {"&nbsp;", " "}, {"&mdash;", "\u2014"}, {"&ndash;", "\u2013"}}) {
                if (s.substr(i, name.size()) == name) {
                    out += value;
                    i += name.size() - 1;
                    done = true;
                    break;
                }
            }
            if (done) continue;
        }
        out += s[i];
    }
    return out;
}

inline std::string referenceStripInline(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\' && i + 1 < s.size() && isPunct(s[i + 1])) {
            out += s[++i];
            continue;
        }
        if (c == '`') {
            std::size_t ticks = 0;
            while (i + ticks < s.size() && s[i + ticks] == '`') ++ticks;
            const std::string fence(ticks, '`');
            const std::size_t end = s.find(fence, i + ticks);
            if (end != std::string_view::npos) {
                out += text::collapseSpaces(s.substr(i + ticks, end - i - ticks));
                i = end + ticks - 1;
                continue;
            }
        }
        if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
            const std::size_t close = closing(s, i + 1, '[', ']');
            if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
                const std::size_t paren = closing(s, close + 1, '(', ')');
                if (paren != std::string_view::npos) {
                    i = paren;  // images carry no article text
                    continue;
                }
            }
        }
        if (c == '[') {
            const std::size_t close = closing(s, i, '[', ']');
            if (close != std::string_view::npos) {
                const std::string label = referenceStripInline(s.substr(i + 1, close - i - 1));
                if (close + 1 < s.size() && s[close + 1] == '(') {
                    const std::size_t paren = closing(s, close + 1, '(', ')');
                    if (paren != std::string_view::npos) {
                        out += label;
                        i = paren;
                        continue;
                    }
                }
                if (close + 1 < s.size() && s[close + 1] == '[') {  // reference link [text][ref]
                    const std::size_t ref = s.find(']', close + 1);
                    if (ref != std::string_view::npos) {
                        out += label;
                        i = ref;
                        continue;
                    }
                }
            }
        }
        if (c == '<') {
            const std::size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                std::string_view inner = s.substr(i + 1, close - i - 1);
                if (inner.find("://") != std::string_view::npos || inner.rfind("mailto:", 0) == 0) {
                    out += inner;  // autolink
                    i = close;
                    continue;
                }
                if (!inner.empty() && (isAlnum(inner[0]) || inner[0] == '/' || inner[0] == '!') &&
                    inner.find('<') == std::string_view::npos) {
                    i = close;  // inline HTML tag or comment
                    continue;
                }
            }
        }
        if (c == '*' || c == '_' || c == '~') {
            // Emphasis markers: a run of them next to a word (not "2 * 3" nor "snake_case").
            std::size_t run = 0;
            while (i + run < s.size() && s[i + run] == c) ++run;
            const char before = i > 0 ? s[i - 1] : ' ';
            const char after = i + run < s.size() ? s[i + run] : ' ';
            const bool intraword = isAlnum(before) && isAlnum(after);
            const bool flanking = (after != ' ') || (before != ' ');
            if (flanking && !(c == '_' && intraword) && !(c == '~' && run == 1) && !(before == ' ' && after == ' ')) {
                i += run - 1;
                continue;
            }
        }
        out += c;
    }
    return text::collapseSpaces(decodeEntities(out));
}

}  // namespace parallax::formats::markdown::reference
