#pragma once
/// @file jsonld.h  schema.org JSON-LD (Article and its kin) embedded in a page.
#include <optional>
#include <string>
#include <vector>

#include "core/formats/html/dom.h"

namespace parallax::formats::html {

/// What the first article-typed JSON-LD object of a page says.
struct JsonLd {
    std::string name;
    std::string headline;
    std::vector<std::string> authors;
    std::string publisher;
    std::string datePublished;
    std::string language;
    std::string url;
};

/// Reads the page's `<script type="application/ld+json">` blocks (arrays and @graph included); malformed
/// JSON is ignored. nullopt when no object has an Article-like @type.
[[nodiscard]] std::optional<JsonLd> readJsonLd(const Document& doc);

}  // namespace parallax::formats::html
