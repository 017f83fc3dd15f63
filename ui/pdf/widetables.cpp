// Splitting wide tables for print. The claims matrix has a column per source: with 30 sources every column of a
// page-wide table is a few characters wide, each cell wraps into a tall column of syllables, and Qt spends most of
// the printing time laying those rows out. Tables of eight or so columns that repeat the fact are readable and
// cheap. This works on the report's own HTML (ours, from core/report), not on any HTML: what it does not
// recognise it leaves alone.
#include "ui/pdf/widetables.h"

#include <optional>
#include <vector>

namespace parallax::pdf {
namespace {

using Cells = std::vector<std::string_view>;

struct Table {
    std::string_view open;     // <table ...>
    std::string_view caption;  // <caption>...</caption>, or empty
    std::vector<Cells> head;   // rows of <thead>
    std::vector<Cells> body;   // the other rows
};

bool startsTag(std::string_view s, std::size_t at, std::string_view name) {
    if (s.compare(at, name.size(), name) != 0) return false;
    const std::size_t after = at + name.size();
    return after < s.size() && (s[after] == '>' || s[after] == ' ');
}

/// The cells of one row's inside (between <tr> and </tr>), or nothing when it holds more than cells (text
/// between them) or a cell spans.
std::optional<Cells> parseCells(std::string_view row) {
    Cells cells;
    std::size_t at = 0;
    while (true) {
        const std::size_t start = row.find('<', at);
        if (start == std::string_view::npos) break;
        if (row.substr(at, start - at).find_first_not_of(" \n\r\t") != std::string_view::npos) return std::nullopt;
        const bool th = startsTag(row, start, "<th");
        if (!th && !startsTag(row, start, "<td")) return std::nullopt;
        const std::size_t tagEnd = row.find('>', start);
        if (tagEnd == std::string_view::npos) return std::nullopt;
        const std::string_view tag = row.substr(start, tagEnd - start);
        if (tag.find("span") != std::string_view::npos) return std::nullopt;  // colspan, rowspan
        const std::string_view close = th ? "</th>" : "</td>";
        const std::size_t end = row.find(close, tagEnd);
        if (end == std::string_view::npos) return std::nullopt;
        const std::string_view inside = row.substr(tagEnd + 1, end - tagEnd - 1);
        if (inside.find("<td") != std::string_view::npos || inside.find("<th") != std::string_view::npos)
            return std::nullopt;
        at = end + close.size();
        cells.push_back(row.substr(start, at - start));
    }
    if (row.find_first_not_of(" \n\r\t", at) != std::string_view::npos) return std::nullopt;
    return cells;
}

/// Reads `<table ...>...</table>` (the whole of `text`), or nothing when it is not a plain table of rows.
std::optional<Table> parseTable(std::string_view text) {
    for (std::string_view unsupported : {"<colgroup", "<col ", "<col>", "<tfoot", "<table"})
        if (text.find(unsupported, 1) != std::string_view::npos) return std::nullopt;
    Table table;
    std::size_t at = text.find('>');
    if (at == std::string_view::npos) return std::nullopt;
    table.open = text.substr(0, at + 1);
    ++at;
    const std::size_t headEnd = text.find("</thead>");
    while (true) {
        const std::size_t next = text.find('<', at);
        if (next == std::string_view::npos) return std::nullopt;
        if (text.substr(at, next - at).find_first_not_of(" \n\r\t") != std::string_view::npos) return std::nullopt;
        if (startsTag(text, next, "<caption")) {
            const std::size_t end = text.find("</caption>", next);
            if (end == std::string_view::npos || !table.caption.empty()) return std::nullopt;
            table.caption = text.substr(next, end + 10 - next);
            at = end + 10;
        } else if (startsTag(text, next, "<tr")) {
            const std::size_t inside = text.find('>', next);
            const std::size_t end = text.find("</tr>", next);
            if (inside == std::string_view::npos || end == std::string_view::npos || inside > end) return std::nullopt;
            std::optional<Cells> cells = parseCells(text.substr(inside + 1, end - inside - 1));
            if (!cells || cells->empty()) return std::nullopt;
            (headEnd != std::string_view::npos && next < headEnd ? table.head : table.body)
                .push_back(std::move(*cells));
            at = end + 5;
        } else if (text.compare(next, 8, "</table>") == 0) {
            break;
        } else {
            // <thead>, </thead>, <tbody>, </tbody>: the structure is rebuilt from the rows; anything else is unknown.
            const std::size_t end = text.find('>', next);
            const std::string_view tag = text.substr(next, end == std::string_view::npos ? 0 : end + 1 - next);
            if (tag != "<thead>" && tag != "</thead>" && tag != "<tbody>" && tag != "</tbody>") return std::nullopt;
            at = end + 1;
        }
    }
    return table;
}

std::size_t columnCount(const Table& table) {
    const Cells& first = table.head.empty() ? table.body.front() : table.head.front();
    const std::size_t n = first.size();
    for (const auto* rows : {&table.head, &table.body})
        for (const Cells& row : *rows)
            if (row.size() != n) return 0;
    return n;
}

void appendRows(std::string& out, const std::vector<Cells>& rows, std::size_t from, std::size_t to, bool widenFirst) {
    for (const Cells& row : rows) {
        out += "<tr>";
        std::string_view first = row.front();
        if (widenFirst && first.find("width=") == std::string_view::npos) {
            out += first.substr(0, 3);  // <th or <td
            out += " width=\"25%\"";
            out += first.substr(3);
        } else {
            out += first;
        }
        for (std::size_t c = from; c < to; ++c) out += row[c];
        out += "</tr>\n";
        widenFirst = false;  // the first row sets the column's width
    }
}

void appendSplit(std::string& out, const Table& table, std::size_t columns, int maxColumns) {
    const std::size_t others = columns - 1;
    const std::size_t perGroupMax = static_cast<std::size_t>(maxColumns - 1);
    const std::size_t groups = (others + perGroupMax - 1) / perGroupMax;
    const std::size_t base = others / groups, larger = others % groups;  // the first `larger` groups take one more
    std::size_t from = 1;
    for (std::size_t g = 0; g < groups; ++g) {
        const std::size_t to = from + base + (g < larger ? 1 : 0);
        out += table.open;
        // Only the first group has the caption: Qt cannot keep a caption with its table, and a "(continued)" one
        // was often left alone at the foot of a page, its table on the next.
        if (g == 0) out += table.caption;
        if (!table.head.empty()) {
            out += "<thead>";
            appendRows(out, table.head, from, to, true);
            out += "</thead>";
        }
        out += "<tbody>\n";
        appendRows(out, table.body, from, to, table.head.empty());
        out += "</tbody></table>";
        if (g + 1 < groups) out += "\n";
        from = to;
    }
}

}  // namespace

std::string splitWideTables(std::string_view html, int maxColumns) {
    if (maxColumns < 2) return std::string(html);
    std::string out;
    out.reserve(html.size() + html.size() / 4);
    std::size_t at = 0;
    while (true) {
        std::size_t start = html.find("<table", at);
        while (start != std::string_view::npos && !startsTag(html, start, "<table"))
            start = html.find("<table", start + 1);
        if (start == std::string_view::npos) break;
        const std::size_t end = html.find("</table>", start);
        if (end == std::string_view::npos) break;
        out += html.substr(at, start - at);
        const std::string_view text = html.substr(start, end + 8 - start);
        const std::optional<Table> table = parseTable(text);
        const std::size_t columns = table ? columnCount(*table) : 0;
        if (columns > static_cast<std::size_t>(maxColumns)) {
            appendSplit(out, *table, columns, maxColumns);
            at = end + 8;
        } else if (text.find("<table", 1) != std::string_view::npos) {
            // A table inside a table: the outer one stays as it is; the inner ones are looked at in turn.
            const std::size_t inner = html.find("<table", start + 1);
            out += html.substr(start, inner - start);
            at = inner;
        } else {
            out += text;
            at = end + 8;
        }
    }
    out += html.substr(at);
    return out;
}

}  // namespace parallax::pdf
