#include "core/formats/html/html_reader.h"

#include "core/ingest/decode.h"

namespace parallax::formats::html {

SourceFormat HtmlReader::format() const { return SourceFormat::Html; }

Result<ReadOutput> HtmlReader::read(const ingest::LoadedFile& file) const {
    return readHtml(file.bytes, std::nullopt, std::string{});
}

Result<ReadOutput> readHtml(std::string_view bytes, std::optional<std::string> charset, const std::string& url) {
    (void)url;
    auto decoded = ingest::decodeToUtf8(bytes, std::move(charset));
    if (!decoded.ok()) return Error{decoded.error()};
    ReadOutput out;
    out.encoding = decoded->encoding;
    out.page.mainContentExtracted = true;
    return Error{"HTML reading not implemented yet"};
}

}  // namespace parallax::formats::html
