#include "core/formats/text/text_reader.h"

#include "core/formats/text/paragraphs.h"
#include "core/ingest/decode.h"

namespace parallax::formats::text {

ParsedPage readPlainText(std::string_view utf8) {
    ParsedPage page;
    ParagraphOptions options;
    options.markColumnGaps = true;  // keep menu items apart so extraction can tell a menu from a headline
    page.blocks = splitParagraphs(utf8, options);
    page.mainContentExtracted = false;  // plain-text saves keep menus, share bars and comment forms
    return page;
}

Result<ReadOutput> PlainTextReader::read(const ingest::LoadedFile& file) const {
    auto decoded = ingest::decodeToUtf8(file.bytes);
    if (!decoded) return Error{decoded.error()};
    ReadOutput out;
    out.page = readPlainText(decoded->text);
    out.encoding = decoded->encoding;
    out.page.warnings = decoded->warnings;
    if (out.page.blocks.empty()) return Error{"no text (only white space)"};
    return out;
}

}  // namespace parallax::formats::text
