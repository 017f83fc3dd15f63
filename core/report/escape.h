#pragma once
/// @file escape.h  Escaping everything that came from an article, per output format.
#include <string>
#include <string_view>

namespace parallax::report {

/// Escapes &, <, >, " and ' for HTML text and attribute values; drops C0 controls other than \t \n.
[[nodiscard]] std::string escapeHtml(std::string_view s);

/// Makes text inert in Markdown: escapes the characters that start markup (links, images, emphasis,
/// headings, HTML tags, tables) so it renders as the same words on common forges.
[[nodiscard]] std::string escapeMarkdown(std::string_view s);

/// Markdown inside a table cell: escapeMarkdown plus '|' and newlines.
[[nodiscard]] std::string escapeMarkdownCell(std::string_view s);

/// One RFC 4180 field: quoted when needed, quotes doubled; a leading = + - @ (formula injection in
/// spreadsheets) is neutralised with a leading apostrophe.
[[nodiscard]] std::string csvField(std::string_view s);

}  // namespace parallax::report
