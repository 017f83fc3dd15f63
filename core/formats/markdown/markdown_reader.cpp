// Markdown's block structure, line by line: front matter, fenced code, ATX and setext headings, block
// quotes, list items, tables, thematic breaks, paragraphs (whose lines are joined). Enough CommonMark for
// articles; exotic nesting degrades to paragraphs, never to lost text.
#include "core/formats/markdown/markdown_reader.h"

#include <algorithm>

#include "core/formats/text/paragraphs.h"
#include "core/ingest/decode.h"

namespace parallax::formats::markdown {

namespace {

std::vector<std::string> splitLines(std::string_view s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t nl = s.find('\n', start);
        if (nl == std::string_view::npos) nl = s.size();
        std::string line(s.substr(start, nl - start));
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = nl + 1;
    }
    return lines;
}

std::string trim(std::string_view s) { return text::collapseSpaces(s); }

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string unquote(std::string s) {
    s = trim(s);
    if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
        s = s.substr(1, s.size() - 2);
    if (s.size() >= 2 && s.front() == '[' && s.back() == ']') s = s.substr(1, s.size() - 2);  // authors: [A, B]
    return trim(s);
}

/// YAML ("---") or TOML ("+++") front matter: simple "key: value" pairs are all an article needs.
std::size_t readFrontMatter(const std::vector<std::string>& lines, PageMeta& meta) {
    if (lines.empty()) return 0;
    const std::string fence = trim(lines[0]);
    if (fence != "---" && fence != "+++") return 0;
    std::size_t end = 1;
    while (end < lines.size() && trim(lines[end]) != fence && !(fence == "---" && trim(lines[end]) == "...")) ++end;
    if (end >= lines.size()) return 0;  // no closing fence: it was a thematic break
    std::string listKey;
    for (std::size_t i = 1; i < end; ++i) {
        const std::string& l = lines[i];
        const std::string t = trim(l);
        if (t.rfind("- ", 0) == 0 && !listKey.empty()) {  // YAML list item under "authors:"
            if (listKey == "author" || listKey == "authors") meta.bylines.push_back({unquote(t.substr(2)), "front matter " + listKey});
            continue;
        }
        const std::size_t sep = fence == "---" ? l.find(':') : l.find('=');
        if (sep == std::string::npos || (!l.empty() && (l[0] == ' ' || l[0] == '\t'))) continue;
        const std::string key = lower(trim(l.substr(0, sep)));
        const std::string value = unquote(l.substr(sep + 1));
        listKey = value.empty() ? key : std::string();
        if (value.empty()) continue;
        const std::string how = "front matter " + key;
        if (key == "title" || key == "headline") meta.titles.push_back({value, how});
        else if (key == "date" || key == "published" || key == "pubdate" || key == "publishdate" ||
                 key == "date_published" || key == "published_at" || key == "datepublished")
            meta.published.push_back({value, how});
        else if (key == "author" || key == "authors" || key == "byline") meta.bylines.push_back({value, how});
        else if (key == "site" || key == "site_name" || key == "source" || key == "publisher" || key == "outlet")
            meta.siteNames.push_back({value, how});
        else if (key == "lang" || key == "language") meta.language = value;
        else if (key == "url" || key == "canonical" || key == "link") meta.url = value;
    }
    return end + 1;
}

bool isFence(const std::string& line, std::string& marker) {
    const std::string t = trim(line);
    for (const char* m : {"```", "~~~"})
        if (t.rfind(m, 0) == 0) {
            marker = m;
            return true;
        }
    return false;
}

int atxLevel(const std::string& line, std::string& text) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    std::size_t hashes = 0;
    while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
    if (hashes == 0 || hashes > 6) return 0;
    if (i + hashes < line.size() && line[i + hashes] != ' ' && line[i + hashes] != '\t') return 0;
    std::string rest = trim(line.substr(i + hashes));
    while (!rest.empty() && rest.back() == '#') rest.pop_back();  // closing hashes
    text = trim(rest);
    return static_cast<int>(hashes);
}

bool isRule(const std::string& line) {
    std::string t;
    for (char c : line)
        if (c != ' ' && c != '\t') t += c;
    if (t.size() < 3) return false;
    return std::all_of(t.begin(), t.end(), [&](char c) { return c == t[0]; }) && (t[0] == '-' || t[0] == '*' || t[0] == '_');
}

bool isSetextUnderline(const std::string& line, int& level) {
    const std::string t = trim(line);
    if (t.empty()) return false;
    if (std::all_of(t.begin(), t.end(), [](char c) { return c == '='; })) {
        level = 1;
        return true;
    }
    if (std::all_of(t.begin(), t.end(), [](char c) { return c == '-'; })) {
        level = 2;
        return true;
    }
    return false;
}

bool isTableRow(const std::string& line) {
    const std::string t = trim(line);
    return t.size() >= 2 && t.front() == '|' && t.back() == '|';
}

bool isTableDelimiter(const std::string& line) {
    const std::string t = trim(line);
    return isTableRow(line) &&
           std::all_of(t.begin(), t.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; });
}

bool isLinkDefinition(const std::string& line) {
    const std::string t = trim(line);
    const std::size_t close = t.find("]:");
    return !t.empty() && t[0] == '[' && close != std::string::npos && close > 1;
}

class Parser {
public:
    ParsedPage parse(std::string_view utf8) {
        const auto lines = splitLines(utf8);
        std::size_t i = readFrontMatter(lines, m_page.meta);
        for (; i < lines.size(); ++i) {
            const std::string& line = lines[i];
            std::string marker;
            if (isFence(line, marker)) {
                flush();
                std::string code;
                for (++i; i < lines.size() && trim(lines[i]).rfind(marker, 0) != 0; ++i) code += lines[i] + "\n";
                if (!code.empty()) {
                    code.pop_back();
                    m_page.blocks.push_back(Block{BlockKind::Preformatted, 0, code});
                }
                continue;
            }
            if (trim(line).empty()) {
                flush();
                continue;
            }
            if (trim(line).rfind("<!--", 0) == 0) {  // HTML comment block
                flush();
                while (i < lines.size() && lines[i].find("-->") == std::string::npos) ++i;
                continue;
            }
            std::string headingText;
            if (int level = atxLevel(line, headingText); level > 0) {
                flush();
                emit(BlockKind::Heading, level, headingText);
                continue;
            }
            int setext = 0;
            if (m_kind == BlockKind::Paragraph && !m_buffer.empty() && isSetextUnderline(line, setext)) {
                m_kind = BlockKind::Heading;
                m_level = setext;
                flush();
                continue;
            }
            if (isRule(line)) {
                flush();
                continue;
            }
            if (isLinkDefinition(line)) continue;
            const std::string t = trim(line);
            if (t[0] == '>') {
                std::string quoted = t;
                while (!quoted.empty() && (quoted[0] == '>' || quoted[0] == ' ')) quoted.erase(0, 1);
                if (m_kind != BlockKind::Quote) flush();
                m_kind = BlockKind::Quote;
                if (quoted.empty()) flush();
                else append(quoted);
                continue;
            }
            if (isTableRow(line)) {
                flush();
                if (isTableDelimiter(line)) continue;
                std::string cells;
                std::string row = t.substr(1, t.size() - 2);
                std::size_t start = 0;
                while (start <= row.size()) {
                    std::size_t bar = row.find('|', start);
                    if (bar == std::string::npos) bar = row.size();
                    const std::string cell = stripInline(row.substr(start, bar - start));
                    if (!cell.empty()) cells += (cells.empty() ? "" : " | ") + cell;
                    start = bar + 1;
                }
                if (!cells.empty()) m_page.blocks.push_back(Block{BlockKind::TableCell, 0, cells});
                continue;
            }
            std::string item;
            if (text::stripListMarker(line, item) && !(m_kind == BlockKind::Paragraph && !m_buffer.empty() && t[0] == '+')) {
                flush();
                std::size_t indent = 0;
                while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
                m_kind = BlockKind::ListItem;
                m_level = static_cast<int>(indent / 2);
                append(item);
                continue;
            }
            if (m_kind == BlockKind::Quote) flush();
            append(t);
        }
        flush();
        return std::move(m_page);
    }

private:
    void append(const std::string& text) {
        if (!m_buffer.empty()) m_buffer += ' ';
        m_buffer += text;
    }

    void emit(BlockKind kind, int level, const std::string& raw) {
        std::string text = stripInline(raw);
        if (!text.empty()) m_page.blocks.push_back(Block{kind, level, std::move(text)});
    }

    void flush() {
        if (!m_buffer.empty()) emit(m_kind, m_level, m_buffer);
        m_buffer.clear();
        m_kind = BlockKind::Paragraph;
        m_level = 0;
    }

    ParsedPage m_page;
    std::string m_buffer;
    BlockKind m_kind = BlockKind::Paragraph;
    int m_level = 0;
};

}  // namespace

ParsedPage parseMarkdown(std::string_view utf8) {
    ParsedPage page = Parser().parse(utf8);
    page.mainContentExtracted = false;  // Markdown saves of web pages keep their share bars and link lists
    return page;
}

Result<ReadOutput> MarkdownReader::read(const ingest::LoadedFile& file) const {
    auto decoded = ingest::decodeToUtf8(file.bytes);
    if (!decoded) return Error{decoded.error()};
    ReadOutput out;
    out.page = parseMarkdown(decoded->text);
    out.encoding = decoded->encoding;
    out.page.warnings = decoded->warnings;
    if (out.page.blocks.empty()) return Error{"no text (only front matter or white space)"};
    return out;
}

}  // namespace parallax::formats::markdown
