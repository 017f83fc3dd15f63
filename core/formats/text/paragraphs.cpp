// Rebuilding paragraphs from lines. Saved pages and copied text put one paragraph per line; hard-wrapped
// text (and every PDF) breaks paragraphs across lines of a common width. The width statistics tell which.
#include "core/formats/text/paragraphs.h"

#include <algorithm>

namespace parallax::formats::text {

namespace {

std::string normalizeNewlines(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
        } else if (c == '\f') {
            out += "\n\n";
        } else if (c == '\xE2' && i + 2 < in.size() && in[i + 1] == '\x80' && (in[i + 2] == '\xA8' || in[i + 2] == '\xA9')) {
            out += in[i + 2] == '\xA9' ? "\n\n" : "\n";  // U+2028 line / U+2029 paragraph separator
            i += 2;
        } else {
            // Copy up to the next byte that may need rewriting in one go.
            std::size_t j = i + 1;
            while (j < in.size() && in[j] != '\r' && in[j] != '\f' && in[j] != '\xE2') ++j;
            out.append(in.data() + i, j - i);
            i = j - 1;
        }
    }
    return out;
}

std::size_t indentOf(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
    return n;
}

bool endsSentence(std::string_view s) {
    for (std::string_view end : {".", "!", "?", ":", ";", "\"", "\u201D", "\u2019", ")", "\u3002", "\uFF01", "\uFF1F"})
        if (s.size() >= end.size() && s.substr(s.size() - end.size()) == end) return true;
    return false;
}

bool startsLower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

/// `t` is the line with its spaces collapsed.
bool isRuleLine(std::string_view t, char c) {
    if (t.size() < 3) return false;
    return std::all_of(t.begin(), t.end(), [c](char x) { return x == c || x == ' '; });
}

/// Typical line width when the text looks hard-wrapped, else 0. `collapsed` are the lines with their spaces
/// collapsed.
std::size_t wrapWidth(const std::vector<std::string>& collapsed, bool forced) {
    std::vector<std::size_t> lengths;
    for (const auto& l : collapsed)
        if (std::size_t n = codePoints(l); n >= 30) lengths.push_back(n);
    if (lengths.empty()) return 0;
    std::sort(lengths.begin(), lengths.end());
    const std::size_t w = lengths[(lengths.size() * 9) / 10 == lengths.size() ? lengths.size() - 1
                                                                                : (lengths.size() * 9) / 10];
    if (forced) return w;
    if (lengths.size() < 4 || w > 100) return 0;
    const auto nearWidth = std::count_if(lengths.begin(), lengths.end(), [w](std::size_t n) { return n * 10 >= w * 7; });
    return static_cast<std::size_t>(nearWidth) * 2 >= lengths.size() ? w : 0;
}

/// "**Heading**" on its own line -> "Heading". `t` is the line with its spaces collapsed.
bool boldLine(const std::string& t, std::string& inner) {
    if (t.size() < 5 || t.compare(0, 2, "**") != 0 || t.compare(t.size() - 2, 2, "**") != 0) return false;
    std::string mid = t.substr(2, t.size() - 4);
    if (mid.find("**") != std::string::npos || collapseSpaces(mid).empty()) return false;
    inner = collapseSpaces(mid);
    return true;
}

/// "...end of sentence.**Next Heading**": a bold heading glued to the previous paragraph by a lost newline.
/// `t` is the line with its spaces collapsed.
bool trailingBold(const std::string& t, std::string& before, std::string& heading) {
    if (t.size() < 6 || t.compare(t.size() - 2, 2, "**") != 0) return false;
    const std::size_t open = t.rfind("**", t.size() - 3);
    if (open == std::string::npos || open == 0) return false;
    std::string prefix = collapseSpaces(t.substr(0, open));
    if (prefix.empty() || !endsSentence(prefix) || prefix.find("**") != std::string::npos) return false;
    before = prefix;
    heading = collapseSpaces(t.substr(open + 2, t.size() - open - 4));
    return !heading.empty();
}

std::string stripPairedBold(std::string s) {
    std::size_t count = 0;
    for (std::size_t p = s.find("**"); p != std::string::npos; p = s.find("**", p + 2)) ++count;
    if (count == 0 || count % 2 != 0) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
            ++i;
            continue;
        }
        out += s[i];
    }
    return collapseSpaces(out);
}

class Builder {
public:
    Builder(const ParagraphOptions& options, std::size_t width) : m_options(options), m_width(width) {}

    /// `text` is `raw` with its spaces collapsed (computed once per line: every test below starts from it);
    /// `gap` says whether `raw` holds a column gap (see collapseNotingGap).
    void line(std::string_view raw, const std::string& text, bool gap) {
        if (text.empty()) {
            flush();
            return;
        }
        std::string inner;
        std::string before;
        if (m_options.boldHeadings && boldLine(text, inner)) {
            flush();
            emit(BlockKind::Heading, 2, inner);
            return;
        }
        if (m_options.boldHeadings && trailingBold(text, before, inner)) {
            addText(raw, before);
            flush();
            emit(BlockKind::Heading, 2, inner);
            return;
        }
        if (m_lines == 1 && m_kind == BlockKind::Paragraph && (isRuleLine(text, '=') || isRuleLine(text, '-'))) {
            m_kind = BlockKind::Heading;  // setext underline
            m_level = isRuleLine(text, '=') ? 1 : 2;
            flush();
            return;
        }
        if (isRuleLine(text, '-') || isRuleLine(text, '*') || isRuleLine(text, '_') || isRuleLine(text, '=')) {
            flush();
            return;
        }
        std::string rest;
        if (stripListMarker(raw, rest)) {
            flush();
            m_kind = BlockKind::ListItem;
            m_level = static_cast<int>(indentOf(raw) / 2);
            m_indent = indentOf(raw);
            m_text = rest;
            m_last = rest;
            m_lines = 1;
            return;
        }
        // Without a gap markColumnGaps would give back the collapsed line, which is `text`.
        addText(raw, m_options.markColumnGaps && gap ? markColumnGaps(raw) : text);
    }

    std::vector<Block> finish() {
        flush();
        return std::move(m_blocks);
    }

private:
    void addText(std::string_view raw, const std::string& text) {
        if (m_lines > 0 && joins(raw, text)) {
            // "infor-" + "mation": a hyphen at a wrap point between lower-case letters is a soft hyphen.
            if (m_text.size() >= 2 && m_text.back() == '-' && startsLower(text) && m_text[m_text.size() - 2] >= 'a' &&
                m_text[m_text.size() - 2] <= 'z') {
                m_text.pop_back();
                m_text += text;
            } else {
                m_text += ' ';
                m_text += text;
            }
            m_last = text;
            ++m_lines;
            return;
        }
        flush();
        m_kind = BlockKind::Paragraph;
        m_level = 0;
        m_indent = indentOf(raw);
        m_text = text;
        m_last = text;
        m_lines = 1;
    }

    bool joins(std::string_view raw, const std::string& text) const {
        // A list item's wrapped continuation is indented under the item's text.
        if (m_kind == BlockKind::ListItem && indentOf(raw) > m_indent) return true;
        if (m_width == 0) return false;
        const std::size_t prev = codePoints(m_last);
        if (prev * 10 >= m_width * 6) return true;  // previous line ran to (near) the wrap width
        return !endsSentence(m_last) && startsLower(text);
    }

    void emit(BlockKind kind, int level, std::string text) {
        if (m_options.boldHeadings) text = stripPairedBold(std::move(text));
        if (text.empty()) return;
        m_blocks.push_back(Block{kind, level, std::move(text)});
    }

    void flush() {
        if (m_lines > 0) emit(m_kind, m_level, std::move(m_text));
        m_text.clear();
        m_last.clear();
        m_lines = 0;
        m_kind = BlockKind::Paragraph;
        m_level = 0;
        m_indent = 0;
    }

    const ParagraphOptions& m_options;
    std::size_t m_width;
    std::vector<Block> m_blocks;
    BlockKind m_kind = BlockKind::Paragraph;
    int m_level = 0;
    std::size_t m_indent = 0;
    std::string m_text;
    std::string m_last;
    std::size_t m_lines = 0;
};

}  // namespace

std::size_t codePoints(std::string_view s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

namespace {
/// The bytes spaceAt can find a space at: every other byte is never the start of one.
bool mayOpenSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\xC2' || c == '\xE2' || c == '\xE3';
}

/// Byte length of a whitespace character at s[i] (0 if none); `invisible` for a zero-width space.
std::size_t spaceAt(std::string_view s, std::size_t i, bool& invisible) {
    invisible = false;
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\v') return 1;
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;  // U+00A0 no-break space
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') {
        const auto d = static_cast<unsigned char>(s[i + 2]);
        if (d == 0x8B) invisible = true;                    // U+200B zero width space
        if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) return 3;  // U+2000..U+200B, U+202F
    }
    if (c == '\xE3' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x80') return 3;  // U+3000
    return 0;
}
}  // namespace

namespace {

/// collapseSpaces, noting in `gap` whether the line holds a tab, or two spaces or no-break spaces in a row: where
/// gapSeparatedItems (in markColumnGaps) splits a line. Without one it finds a single item, and markColumnGaps
/// returns the line collapsed, so the plain-text reader asks it only about lines with a gap. Both walk the same
/// bytes: every ' ' and every C2 A0 is a unit of a run, anything else ends the run.
std::string collapseNotingGap(std::string_view s, bool& gap) {
    // Written through a pointer into a buffer of the input's size: a run of spaces becomes at most one, so the
    // output is never longer, and copying byte by byte beats an append per word.
    std::string out(s.size(), '\0');
    char* const begin = out.data();
    char* w = begin;
    bool pending = false;
    std::size_t run = 0;
    gap = false;
    for (std::size_t i = 0; i < s.size();) {
        if (mayOpenSpace(s[i])) {
            bool invisible = false;
            if (std::size_t n = spaceAt(s, i, invisible); n > 0) {
                if (s[i] == '\t') gap = true;
                else if (s[i] == ' ' || n == 2) gap = gap || ++run >= 2;  // n == 2: U+00A0
                else run = 0;
                if (!invisible) pending = w != begin;
                i += n;
                continue;
            }
        }
        run = 0;
        if (pending) *w++ = ' ';
        pending = false;
        *w++ = s[i++];
    }
    out.resize(static_cast<std::size_t>(w - begin));
    return out;
}

}  // namespace

std::string collapseSpaces(std::string_view s) {
    bool gap = false;
    return collapseNotingGap(s, gap);
}

namespace {

/// Splits a line at runs of two or more spaces (or any run holding a tab); single spaces stay inside items.
std::vector<std::string> gapSeparatedItems(std::string_view line) {
    std::vector<std::string> items;
    std::string current;
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t run = 0;
        bool tab = false;
        std::size_t j = i;
        while (j < line.size()) {
            if (line[j] == ' ') {
                ++run;
                ++j;
            } else if (line[j] == '\t') {
                tab = true;
                ++run;
                ++j;
            } else if (line[j] == '\xC2' && j + 1 < line.size() && line[j + 1] == '\xA0') {
                ++run;
                j += 2;
            } else {
                break;
            }
        }
        if (run == 0) {
            current += line[i++];
            continue;
        }
        if (run >= 2 || tab) {
            if (!collapseSpaces(current).empty()) items.push_back(collapseSpaces(current));
            current.clear();
        } else {
            current += ' ';
        }
        i = j;
    }
    if (!collapseSpaces(current).empty()) items.push_back(collapseSpaces(current));
    return items;
}

/// A menu or share-bar item: a few words, not the end of a sentence or clause.
bool shortItem(const std::string& item, std::size_t& tokens) {
    const std::size_t words = static_cast<std::size_t>(std::count(item.begin(), item.end(), ' ')) + 1;
    tokens += words;
    if (words > 6 || codePoints(item) > 60) return false;
    const char last = item.back();
    return last != '.' && last != ',' && last != ';' && last != '!' && last != '?';
}

bool startsCapitalOrDigit(const std::string& item) {
    const auto c = static_cast<unsigned char>(item.front());
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '$' || c == '#' || c == '@';
}

}  // namespace

std::string markColumnGaps(std::string_view line) {
    const auto items = gapSeparatedItems(line);
    if (items.size() < 2) return collapseSpaces(line);
    std::size_t tokens = 0;
    std::size_t capitalised = 0;
    for (const auto& item : items) {
        if (!shortItem(item, tokens)) return collapseSpaces(line);
        capitalised += startsCapitalOrDigit(item);
    }
    // Justified prose also has wide gaps, but between lower-case words; menu items are names and labels.
    if (tokens > 30 || capitalised * 2 < items.size()) return collapseSpaces(line);
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += " | ";
        out += item;
    }
    return out;
}

bool stripListMarker(std::string_view line, std::string& rest) {
    const std::size_t start = indentOf(line);
    std::string_view t = line.substr(start);
    std::size_t markerLen = 0;
    for (std::string_view m : {"- ", "* ", "+ ", "\u2022 ", "\u00B7 ", "\u2013 ", "\u2014 ", "\u25AA ", "\u25E6 ",
                               "\u2023 ", "\u25CF "}) {
        if (t.substr(0, m.size()) == m) {
            markerLen = m.size();
            break;
        }
    }
    if (markerLen == 0) {
        std::size_t d = 0;
        while (d < t.size() && d < 3 && t[d] >= '0' && t[d] <= '9') ++d;
        if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') markerLen = d + 2;
    }
    if (markerLen == 0) return false;
    rest = collapseSpaces(t.substr(markerLen));
    return !rest.empty();
}

std::vector<Block> splitParagraphs(std::string_view input, const ParagraphOptions& options) {
    const std::string text = normalizeNewlines(input);
    std::vector<std::string_view> lines;
    std::vector<std::string> collapsed;
    std::vector<char> gaps;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        lines.push_back(std::string_view(text).substr(start, nl - start));
        bool gap = false;
        collapsed.push_back(collapseNotingGap(lines.back(), gap));
        gaps.push_back(gap ? 1 : 0);
        start = nl + 1;
    }
    Builder builder(options, wrapWidth(collapsed, options.wrapped));
    for (std::size_t i = 0; i < lines.size(); ++i) builder.line(lines[i], collapsed[i], gaps[i] != 0);
    return builder.finish();
}

}  // namespace parallax::formats::text
