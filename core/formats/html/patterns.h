#pragma once
/// @file patterns.h  The class/id and text patterns main-content scoring relies on.
///
/// They follow Mozilla Readability's documented lists, extended by the words in
/// resources/knowledge/html-clutter-words.txt (cookie notices, newsletter boxes...); each is a
/// case-insensitive substring test, cheaper than std::regex.

#include <string_view>

namespace parallax::formats::html::patterns {

/// class+id strings of page furniture (menus, comments, sidebars, banners, cookie notices...).
[[nodiscard]] bool unlikelyCandidate(std::string_view classAndId);
/// class+id strings that rescue an otherwise unlikely element ("article", "content", "main"...).
[[nodiscard]] bool maybeCandidate(std::string_view classAndId);
/// class or id words that suggest content.
[[nodiscard]] bool positive(std::string_view classOrId);
/// class or id words that suggest clutter.
[[nodiscard]] bool negative(std::string_view classOrId);
/// class+id words of a byline element.
[[nodiscard]] bool byline(std::string_view classAndId);
/// class+id naming a share bar ("share", "sharedaddy" as a word or between underscores).
[[nodiscard]] bool shareElement(std::string_view classAndId);
/// Whole text that is only an advertising label or a loading indicator.
[[nodiscard]] bool adOrLoadingText(std::string_view text);
/// ARIA roles of page furniture (menu, navigation, dialog, complementary...).
[[nodiscard]] bool unlikelyRole(std::string_view role);

}  // namespace parallax::formats::html::patterns
