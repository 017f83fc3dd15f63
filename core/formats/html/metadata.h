#pragma once
/// @file metadata.h  Title, site name, byline, publication date, language and URL candidates of a page.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/model/page.h"

namespace parallax::formats::html {

/// Collects metadata candidates (best first, each with `how`) from `doc` before any cleaning: meta tags
/// (Open Graph, Twitter, Dublin Core, Parse.ly, article:*), JSON-LD (schema.org Article types), <title>
/// cleaned of its site-name part, <h1>, <html lang>, canonical link, itemprop/<time> dates and a date
/// in `url`'s path. The body byline element is found during main-content extraction and appended by the
/// caller.
[[nodiscard]] PageMeta collectMetadata(const Document& doc, const std::string& url);

/// The Open Graph / Twitter / Dublin Core / article keys in a meta tag's property ("og:title", "article:author"; a
/// longer or space-separated property such as "og:article:author" or "og:title twitter:title" gives each), lower
/// case without spaces, left to right. What the pattern
///   (article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)
/// found case-insensitively, one match after the other, by a scan.
[[nodiscard]] std::vector<std::string> metaPropertyKeys(std::string_view property);

/// Readability's cleaning of a <title>: drops a site-name part after/before a separator (" | ", " - ",
/// " » "...) or a colon, unless that leaves too short a title.
[[nodiscard]] std::string cleanDocumentTitle(const std::string& title, const Document& doc);

/// Parses a date written in a meta tag or attribute ("2025-01-20T08:00:00Z", "2025/01/20",
/// "Mon, 20 Jan 2025 08:00:00 GMT", "January 20, 2025", "20 January 2025") into "YYYY-MM-DD".
[[nodiscard]] std::optional<std::string> normalizeDate(std::string_view text);

/// A /YYYY/MM/DD/ (or /YYYY-MM-DD/, /YYYY/MM/) date in a URL's path, as an ISO string.
[[nodiscard]] std::optional<std::string> dateFromUrl(std::string_view url);

}  // namespace parallax::formats::html
