// Fuzzes search queries: parseQuery on any text, then the query run against an in-memory library of a few
// articles (English and Chinese), where FTS operators must never be interpreted or fail the search.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "core/ingest/decode.h"
#include "core/store/library.h"
#include "core/store/query.h"

namespace {

parallax::Article article(const char* id, const char* text) {
    parallax::Article a;
    a.id = id;
    a.path = id;
    a.contentHash = id;
    a.title = id;
    a.text = text;
    a.paragraphs.push_back({0, a.text.size()});
    return a;
}

parallax::store::Library* library() {
    static std::optional<parallax::store::Library> lib = [] {
        auto opened = parallax::store::Library::open(":memory:");
        if (!opened.ok()) std::abort();
        std::vector<parallax::Article> articles = {
            article("en.txt", "Alder Quay said revenue rose 12% to $4.5 million on 3 March 2024."),
            article("zh.txt", "\xE5\xAE\x81\xE5\xBE\xB7\xE6\x97\xB6\xE4\xBB\xA3\xE5\x9C\xA8\xE9\xA6\x99\xE6\xB8\xAF\xE4\xB8\x8A\xE5\xB8\x82\xE3\x80\x82"),
            article("mix.txt", "The \"quoted phrase\" and a prefix* with NEAR AND OR NOT -minus ^caret column:name."),
        };
        if (!opened->syncIndex(articles).ok()) std::abort();
        return std::optional<parallax::store::Library>(std::move(opened).value());
    }();
    return &*lib;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)parallax::store::parseQuery(bytes);
    // The search box hands the index valid UTF-8 (Qt strings); the CLI's argument may be anything.
    auto decoded = parallax::ingest::decodeToUtf8(bytes, std::string("utf-8"));
    if (!decoded.ok()) return 0;
    auto hits = library()->search(decoded->text, 10);
    if (!hits.ok()) {  // a query is never an error, whatever it contains
        std::fprintf(stderr, "search failed: %s\n", hits.error().c_str());
        std::abort();
    }
    return 0;
}
