#include "core/formats/html/html_reader.h"

#include <algorithm>
#include <cstdlib>

#include "core/formats/html/blocks.h"
#include "core/formats/html/charset.h"
#include "core/formats/html/metadata.h"
#include "core/formats/html/readability.h"
#include "core/ingest/decode.h"

namespace parallax::formats::html {

SourceFormat HtmlReader::format() const { return SourceFormat::Html; }

namespace {
/// Browsers mark a saved page with its address: `<!-- saved from url=(0042)https://... -->`.
std::string savedFromUrl(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 2048));
    const std::size_t at = head.find("saved from url=(");
    if (at == std::string_view::npos) return {};
    const std::size_t close = head.find(')', at);
    if (close == std::string_view::npos) return {};
    // The number in parentheses is the address's length.
    const std::size_t length = std::strtoul(std::string(head.substr(at + 16, close - at - 16)).c_str(), nullptr, 10);
    std::size_t end = close + 1;
    while (end < head.size() && end - close - 1 < length && head[end] != ' ' && head[end] != '\n' && head[end] != '\r')
        ++end;
    return std::string(head.substr(close + 1, end - close - 1));
}
}  // namespace

Result<ReadOutput> HtmlReader::read(const ingest::LoadedFile& file) const {
    return readHtml(file.bytes, std::nullopt, savedFromUrl(file.bytes));
}

Result<ReadOutput> readHtml(std::string_view bytes, std::optional<std::string> charset, const std::string& url) {
    if (!charset) charset = sniffMetaCharset(bytes);
    auto decoded = ingest::decodeToUtf8(bytes, std::move(charset));
    if (!decoded.ok()) return Error{decoded.error()};
    const std::string& html = decoded->text;

    ReadOutput out;
    out.encoding = decoded->encoding;
    out.page.warnings = decoded->warnings;  // a wrong charset label or replaced bytes is said on the file
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
