#include "core/formats/html/html_reader.h"

#include "core/formats/html/blocks.h"
#include "core/formats/html/charset.h"
#include "core/formats/html/metadata.h"
#include "core/formats/html/readability.h"
#include "core/ingest/decode.h"

namespace parallax::formats::html {

SourceFormat HtmlReader::format() const { return SourceFormat::Html; }

Result<ReadOutput> HtmlReader::read(const ingest::LoadedFile& file) const {
    return readHtml(file.bytes, std::nullopt, std::string{});
}

Result<ReadOutput> readHtml(std::string_view bytes, std::optional<std::string> charset, const std::string& url) {
    if (!charset) charset = sniffMetaCharset(bytes);
    auto decoded = ingest::decodeToUtf8(bytes, std::move(charset));
    if (!decoded.ok()) return Error{decoded.error()};
    const std::string& html = decoded->text;

    ReadOutput out;
    out.encoding = decoded->encoding;
    // Metadata comes from the untouched page: JSON-LD lives in scripts that extraction removes.
    const Document doc = Document::parse(html);
    out.page.meta = collectMetadata(doc, url);
    const std::string title = out.page.meta.titles.empty() ? std::string{} : out.page.meta.titles.front().value;
    MainContent main = extractMainContent(doc, title, /*lookForByline=*/true);
    if (!main.byline.empty()) {
        out.page.meta.bylines.push_back(Candidate{main.byline, "byline element"});
    }
    out.page.blocks = toBlocks(main.content, title);
    out.page.mainContentExtracted = true;
    if (out.page.blocks.empty() && out.page.meta.titles.empty())
        return Error{"no readable text in the HTML page"};
    return out;
}

}  // namespace parallax::formats::html
