#pragma once
/// @file script_bodies.h  Empties inline scripts and style sheets before gumbo parses a page.
///
/// Inline JavaScript and CSS are about 45% of the bytes of a saved news page, and gumbo tokenises script
/// and style text one character at a time: it was most of the parse. Nothing downstream reads them (main
/// content, bylines and visible dates skip both), except JSON-LD, whose scripts are kept whole.
#include <optional>
#include <string>
#include <string_view>

namespace parallax::formats::html {

/// `html` with the text of each `<script>` (unless its tag mentions JSON) and `<style>` element removed,
/// their tags kept, or nullopt when nothing was removed. The scan follows the HTML tokenizer's rules for
/// tags, attribute quoting, comments and raw-text elements; wherever gumbo's tree builder could tokenise
/// differently (inside SVG or MathML, a `<select>`, a frameset, a script holding `<!--`, a title or
/// textarea holding markup, a page cut off inside a tag) it stops and leaves the rest of the page as it
/// is, so gumbo builds the same tree as from the whole page, minus those texts.
[[nodiscard]] std::optional<std::string> dropScriptAndStyleText(std::string_view html);

}  // namespace parallax::formats::html
