#pragma once
/// @file markdown_reader.h  Markdown files -> blocks (headings, paragraphs, lists, quotes, code) and the
/// front matter's title/date/author/site as metadata.
#include <string_view>

#include "core/formats/reader.h"

namespace parallax::formats::markdown {

class MarkdownReader final : public FormatReader {
public:
    [[nodiscard]] SourceFormat format() const override { return SourceFormat::Markdown; }
    [[nodiscard]] Result<ReadOutput> read(const ingest::LoadedFile& file) const override;
};

/// Parses decoded Markdown text (CommonMark's block structure, simplified; inline markup stripped to text).
[[nodiscard]] ParsedPage parseMarkdown(std::string_view utf8);

/// Inline Markdown -> plain text: emphasis, code spans, links ([text](url) -> text), images (dropped),
/// autolinks, inline HTML tags and backslash escapes.
[[nodiscard]] std::string stripInline(std::string_view text);

}  // namespace parallax::formats::markdown
