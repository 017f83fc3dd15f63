// Differential fuzzing of the scan that empties scripts and style sheets before gumbo parses a page
// (core/formats/html/script_bodies.h): for any bytes, gumbo must build the same tree from the lean page as from the
// whole one, the text of scripts and style sheets aside. A difference aborts with both outlines.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/formats/html/dom.h"
#include "core/ingest/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using parallax::formats::html::Document;
    // Pages reach the parser as UTF-8 (ingest decodes them first); other bytes would only test gumbo's repairs.
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    if (!parallax::ingest::isValidUtf8(html)) return 0;
    constexpr auto kDrop = Document::ScriptText::Drop;
    const std::string lean = outline(Document::parse(html, 200, kDrop).root(), kDrop);
    const std::string whole = outline(Document::parse(html, 200, Document::ScriptText::Keep).root(), kDrop);
    if (lean != whole) {
        std::fprintf(stderr, "trees differ\nlean:  %s\nwhole: %s\n", lean.c_str(), whole.c_str());
        std::abort();
    }
    return 0;
}
