#pragma once
/// @file html_reader.h  HTML pages -> main-content blocks and metadata candidates (gumbo DOM).
#include <optional>
#include <string>
#include <string_view>

#include "core/formats/reader.h"

namespace parallax::formats::html {

/// Reads `.html`/`.htm`/`.xhtml` files: decodes the bytes (sniffing a `<meta charset>`), parses them with
/// gumbo, extracts the main content Readability-style and collects title/site/byline/date/language candidates.
class HtmlReader final : public FormatReader {
public:
    [[nodiscard]] SourceFormat format() const override;
    [[nodiscard]] Result<ReadOutput> read(const ingest::LoadedFile& file) const override;
};

/// Reads one HTML document from raw bytes. `charset` is a declared charset from outside the document
/// (HTTP header, MHTML part header); when absent the document's own `<meta charset>` is used.
/// `url` is the document's address when known (used for the URL date path and as the fallback url);
/// it may be empty.
[[nodiscard]] Result<ReadOutput> readHtml(std::string_view bytes, std::optional<std::string> charset,
                                          const std::string& url);

}  // namespace parallax::formats::html
