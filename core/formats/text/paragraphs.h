#pragma once
/// @file paragraphs.h  Lines of plain text -> paragraph blocks (shared by the plain-text and PDF readers).
#include <string>
#include <string_view>
#include <vector>

#include "core/model/page.h"

namespace parallax::formats::text {

struct ParagraphOptions {
    /// Lines are wrapped at a fixed width (PDF, e-mail, hard-wrapped .txt): join a paragraph's lines
    /// unless a line is clearly short or the next one starts a list item. When false the reader decides
    /// from the text itself (lines up to ~100 characters with a common width count as wrapped).
    bool wrapped = false;
    /// Keep "**bold**" lines as headings and strip the asterisks (text copied from rendered Markdown).
    bool boldHeadings = true;
    /// Saved web pages print menus and share bars as items on one line with wide gaps between them
    /// ("Markets   Economy   Tech"). Collapsing the gaps would make such a line read like a headline, so a
    /// line of short items separated by runs of spaces or tabs gets " | " between them instead (see
    /// markColumnGaps). Off for PDF, whose column layouts put gaps inside running text.
    bool markColumnGaps = false;
};

/// Splits UTF-8 text into blocks: blank lines end paragraphs; single newlines are joined only in wrapped
/// text; list items ("- ", "• ", "1. ") become ListItem blocks; whitespace inside a block is collapsed.
[[nodiscard]] std::vector<Block> splitParagraphs(std::string_view text, const ParagraphOptions& options = {});

/// "Markets   Economy\tTech" -> "Markets | Economy | Tech": a line made of short items (at most six words
/// each, no item ending a sentence or a clause) separated by two or more spaces or a tab. Any other line,
/// including prose with two spaces after a full stop, comes back collapsed (see collapseSpaces).
[[nodiscard]] std::string markColumnGaps(std::string_view line);

/// Collapses runs of spaces, tabs and no-break spaces into one space and trims both ends.
[[nodiscard]] std::string collapseSpaces(std::string_view s);

/// Number of code points in a UTF-8 string.
[[nodiscard]] std::size_t codePoints(std::string_view s);

/// If `line` starts with a list marker ("- ", "* ", "• ", "– ", "1. ", "2) "), the text after it.
[[nodiscard]] bool stripListMarker(std::string_view line, std::string& rest);

}  // namespace parallax::formats::text
