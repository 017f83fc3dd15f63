// Fuzzes every format reader and the extractor on the same bytes: no crash, and any article text is UTF-8
// whose paragraph spans lie inside it.
#include <cstdint>
#include <cstdlib>

#include "core/extract/extractor.h"
#include "core/formats/reader.h"
#include "core/ingest/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    parallax::ingest::LoadedFile file;
    file.file.relative = "fuzz";
    file.bytes.assign(reinterpret_cast<const char*>(data), size);
    for (auto format : {parallax::SourceFormat::PlainText, parallax::SourceFormat::Markdown,
                        parallax::SourceFormat::Mhtml, parallax::SourceFormat::Html, parallax::SourceFormat::Pdf}) {
        file.file.format = format;
        auto read = parallax::formats::readerFor(format).read(file);
        if (!read.ok()) continue;
        const auto article = parallax::extract::buildArticle(read->page, file, read->encoding);
        if (!parallax::ingest::isValidUtf8(article.text)) std::abort();
        for (const auto& p : article.paragraphs)
            if (p.end > article.text.size() || p.start > p.end) std::abort();
    }
    return 0;
}
