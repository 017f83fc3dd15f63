#pragma once
/// @file article.h  An article as Parallax keeps it: cleaned main text plus metadata.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/date.h"
#include "core/model/span.h"

namespace parallax {

enum class SourceFormat { PlainText, Markdown, Html, Mhtml, Pdf };
[[nodiscard]] std::string_view toString(SourceFormat f);

/// One analysed article. `text` is the cleaned main text in UTF-8, paragraphs separated by "\n\n";
/// every span elsewhere is a byte range into it.
struct Article {
    std::string id;           ///< stable id: derived from the path relative to the opened folder
    std::string path;         ///< path as found by the scan (absolute)
    SourceFormat format = SourceFormat::PlainText;
    std::string contentHash;  ///< hash of the file's bytes (cache key)
    std::string encoding;     ///< the encoding the bytes were decoded from ("UTF-8", "windows-1252", ...)

    std::string title;
    std::string outlet;       ///< site name / publisher
    std::string outletHow;    ///< how the outlet was found ("meta og:site_name", "JSON-LD publisher", "dateline", ...)
    std::string byline;
    std::string language;     ///< BCP 47 code ("en", "zh"), empty when unknown
    std::optional<PublishedDate> published;

    std::string text;                ///< cleaned main text
    std::vector<Span> paragraphs;    ///< paragraph spans in `text`
    std::vector<std::string> warnings;  ///< non-fatal notes from reading ("mis-labelled charset", ...)
};

/// A file the scan could not use, with a reason a person understands.
struct SkippedFile {
    std::string path;
    std::string reason;
};

}  // namespace parallax
