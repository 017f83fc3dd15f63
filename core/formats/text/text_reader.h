#pragma once
/// @file text_reader.h  Plain-text files (.txt) -> paragraph blocks.
#include "core/formats/reader.h"

namespace parallax::formats::text {

/// Reads `.txt` files: decodes the bytes, then one block per paragraph (see splitParagraphs). Plain text
/// carries no metadata, so extraction finds the title, byline and date in the blocks themselves.
class PlainTextReader final : public FormatReader {
public:
    [[nodiscard]] SourceFormat format() const override { return SourceFormat::PlainText; }
    [[nodiscard]] Result<ReadOutput> read(const ingest::LoadedFile& file) const override;
};

/// Reads already decoded UTF-8 text (used by readers that find a text/plain part, e.g. MHTML).
[[nodiscard]] ParsedPage readPlainText(std::string_view utf8);

}  // namespace parallax::formats::text
