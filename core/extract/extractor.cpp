// STUB: replaced by extraction (issue 2).
#include "core/extract/extractor.h"
namespace parallax::extract {
Article buildArticle(const ParsedPage&, const ingest::LoadedFile& file, const std::string& encoding) {
    Article a;
    a.path = file.file.path.string();
    a.encoding = encoding;
    return a;
}
}  // namespace parallax::extract
