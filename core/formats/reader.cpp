// The registry: one reader object per format, created once and shared (readers hold no state).
#include "core/formats/reader.h"

#include "core/formats/html/html_reader.h"
#include "core/formats/markdown/markdown_reader.h"
#include "core/formats/mhtml/mhtml_reader.h"
#include "core/formats/pdf/pdf_reader.h"
#include "core/formats/text/text_reader.h"

namespace parallax::formats {

const FormatReader& readerFor(SourceFormat format) {
    static const text::PlainTextReader plain;
    static const markdown::MarkdownReader markdownReader;
    static const html::HtmlReader htmlReader;
    static const mhtml::MhtmlReader mhtmlReader;
    static const pdf::PdfReader pdfReader;
    switch (format) {
        case SourceFormat::PlainText: return plain;
        case SourceFormat::Markdown: return markdownReader;
        case SourceFormat::Html: return htmlReader;
        case SourceFormat::Mhtml: return mhtmlReader;
        case SourceFormat::Pdf: return pdfReader;
    }
    return plain;
}

}  // namespace parallax::formats
