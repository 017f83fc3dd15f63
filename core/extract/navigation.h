#pragma once
/// @file navigation.h  Menus, breadcrumbs and share bars printed as one line of separated items.
#include <cstddef>
#include <optional>
#include <string_view>

namespace parallax::extract {

/// What a navigation line is made of.
struct MenuLine {
    std::size_t items = 0;         ///< number of separated items (2 or more)
    std::size_t longestWords = 0;  ///< words in the longest item
    bool digits = false;           ///< some item holds a digit (table rows do; menus rarely)
};

/// "Markets | Deals | IPO Tracker", "Home > Tech > AI", "Share: LinkedIn · X · Email": short capitalised
/// items (at most four words, none ending a sentence) between one repeated separator (| · • / > » ›).
/// Two items count only when both are one or two words ("Sign in | Subscribe"), so "Headline | Site" is
/// not a menu. The plain-text reader writes " | " where a saved page had wide gaps between items.
[[nodiscard]] std::optional<MenuLine> parseMenuLine(std::string_view line);

}  // namespace parallax::extract
