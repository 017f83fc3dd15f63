#pragma once
/// @file header.h  Reading the lines around a title: bylines, outlet names, domains, "Source: X" lines.
#include <optional>
#include <string>
#include <string_view>

namespace parallax::extract {

struct BylineLine {
    std::string name;    ///< the author(s); empty for a bare "By" left over from a removed link
    std::string outlet;  ///< "By Jane Doe | Example News" -> "Example News"
};

/// "By Jane Doe", "By Jane Doe and John Roe, Example News", "Written by ...", "Author: ...", "作者：...".
[[nodiscard]] std::optional<BylineLine> parseBylineLine(std::string_view line);

/// Tidies a byline from any source: drops "By", dates and times, " • 8h", a trailing job title
/// ("Jane Doe, Senior Reporter") and the outlet's name when it trails the author's.
[[nodiscard]] std::string cleanByline(std::string_view byline, const std::string& outlet = {});

/// "Source: Example Wire" / "Source: Example Wire, Agencies" -> "Example Wire" (short names only).
[[nodiscard]] std::optional<std::string> parseSourceLine(std::string_view line);

/// The holder named in a copyright notice anywhere in `text` ("© 2025 Example Media Ltd. All rights
/// reserved.", "Copyright 2019-2025 Example News") without the year and a company suffix: "Example Media".
/// One to five words starting with a capital; nothing when the notice names no one.
[[nodiscard]] std::optional<std::string> parseCopyrightNotice(std::string_view text);

/// A line that is just a web address or domain ("www.example.com", "https://example.com/news") -> "example.com".
[[nodiscard]] std::optional<std::string> parseDomainLine(std::string_view line);

/// The name as written when `line` is a known news outlet from resources/knowledge/extract-outlets.txt.
[[nodiscard]] std::optional<std::string> knownOutlet(std::string_view line);

/// Removes a site name from a title's end or start ("Title | Site", "Title - Site", "Site: Title") when
/// `site` matches it (case and punctuation ignored); returns the title unchanged otherwise.
[[nodiscard]] std::string stripSiteFromTitle(const std::string& title, const std::string& site);

/// The last " | X" / " - X" segment of a title when X is a known outlet or looks like a domain, else empty.
[[nodiscard]] std::string siteSuffixOfTitle(const std::string& title);

}  // namespace parallax::extract
