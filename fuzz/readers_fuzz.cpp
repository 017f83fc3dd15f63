// Fuzzes the format readers and the extractor: no crash, and any article text is UTF-8 whose paragraph spans lie
// inside it. One reader per input (running all five on every input made the target five times slower): the one
// the bytes look like (as a saved page of that kind starts), except that every fourth input size goes to the
// reader after it in turn, so each reader also sees what it was not made for.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"
#include "core/ingest/utf8.h"

namespace {

parallax::SourceFormat formatFor(std::string_view bytes) {
    using parallax::SourceFormat;
    constexpr SourceFormat all[] = {SourceFormat::PlainText, SourceFormat::Markdown, SourceFormat::Mhtml,
                                    SourceFormat::Html, SourceFormat::Pdf};
    if (bytes.size() % 4 == 0) return all[(bytes.size() / 4) % 5];
    const std::string_view head = bytes.substr(0, 512);
    if (head.substr(0, 5) == "%PDF-") return SourceFormat::Pdf;
    if (head.find("MIME-Version") != std::string_view::npos || head.find("multipart/related") != std::string_view::npos)
        return SourceFormat::Mhtml;
    if (head.find('<') != std::string_view::npos) return SourceFormat::Html;
    if (head.find('#') != std::string_view::npos || head.find('[') != std::string_view::npos) return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    parallax::ingest::LoadedFile file;
    file.file.relative = "fuzz";
    file.bytes.assign(reinterpret_cast<const char*>(data), size);
    file.file.format = formatFor(file.bytes);
    auto read = parallax::formats::readerFor(file.file.format).read(file);
    if (!read.ok()) return 0;
    const auto article = parallax::extract::buildArticle(read->page, file, read->encoding);
    if (!parallax::ingest::isValidUtf8(article.text)) std::abort();
    for (const auto& p : article.paragraphs)
        if (p.end > article.text.size() || p.start > p.end) std::abort();
    return 0;
}
