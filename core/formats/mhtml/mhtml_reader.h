#pragma once
/// @file mhtml_reader.h  Saved single-file web pages (.mhtml/.mht): the HTML part goes to the HTML reader.
#include "core/formats/reader.h"

namespace parallax::formats::mhtml {

/// Reads an MHTML archive: finds the page's text/html part (the one at Snapshot-Content-Location when
/// there are several), undoes its transfer encoding, and reads it with its declared charset. The
/// archive's Subject becomes a fallback title, its location the page URL, and its Date the time the
/// page was saved (a last-resort date, never a publication date).
class MhtmlReader final : public FormatReader {
public:
    [[nodiscard]] SourceFormat format() const override { return SourceFormat::Mhtml; }
    [[nodiscard]] Result<ReadOutput> read(const ingest::LoadedFile& file) const override;
};

}  // namespace parallax::formats::mhtml
