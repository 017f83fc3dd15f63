// The registry: one reader object per format, created once and shared (readers hold no state).
#include "core/formats/reader.h"

#include "core/formats/html/html_reader.h"
#include "core/formats/text/text_reader.h"

namespace parallax::formats {

const FormatReader& readerFor(SourceFormat format) {
    static const text::PlainTextReader plain;
    static const html::HtmlReader htmlReader;
    switch (format) {
        case SourceFormat::PlainText: return plain;
        case SourceFormat::Html: return htmlReader;
        case SourceFormat::Markdown:
        case SourceFormat::Mhtml:
        case SourceFormat::Pdf: break;
    }
    return plain;
}

}  // namespace parallax::formats
