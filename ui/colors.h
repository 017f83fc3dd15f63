#pragma once
/// @file colors.h  Colours derived from the current palette, so marks stay readable in light and dark themes,
/// and the light and dark palettes the user can force (`--palette`, `PARALLAX_PALETTE`, setting
/// `appearance/palette`).
#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

#include "core/model/analysis.h"

namespace parallax::ui::colors {

/// Which palette the window uses: the desktop's, or one of Parallax's own.
enum class Scheme { System, Light, Dark };

/// "system", "light" or "dark" (case-insensitive, surrounding spaces ignored); nullopt for anything else.
[[nodiscard]] std::optional<Scheme> parseScheme(const QString& name);
/// The lower-case name parseScheme() reads back.
[[nodiscard]] QString schemeName(Scheme scheme);
/// Parallax's own light palette (used when the user forces "light").
[[nodiscard]] QPalette lightPalette();
/// Parallax's own dark palette (used when the user forces "dark").
[[nodiscard]] QPalette darkPalette();
/// Applies a scheme to the running application. Light and Dark switch to the Fusion style, which honours
/// palettes on every platform; System restores the style and palette the application started with.
/// Must be called on the GUI thread after the QApplication exists.
void applyScheme(Scheme scheme);

/// WCAG 2 relative luminance of a colour (0 = black, 1 = white).
[[nodiscard]] double relativeLuminance(const QColor& colour);
/// WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);
/// Contrast every background tint keeps with the palette's text colour (WCAG AA for body text).
inline constexpr double kMinTextContrast = 4.5;

/// True when the palette's text background is dark (its text is lighter than its base).
[[nodiscard]] bool isDark(const QPalette& palette);
/// Background of the n-th aligned passage of a story: hues spread by the golden angle, lightness taken from
/// the palette's base and pushed away from its text until the text keeps kMinTextContrast. `active` is the
/// stronger tint of the passage the user picked.
[[nodiscard]] QColor groupBackground(const QPalette& palette, int index, bool active = false);
/// The stronger, still readable, tint of the same hue as `background` (a passage or conflict being shown).
[[nodiscard]] QColor emphasised(const QPalette& palette, const QColor& background);
/// Background for a severity (high = red, medium = amber, low = blue), readable with the palette's text.
[[nodiscard]] QColor severityBackground(const QPalette& palette, Severity severity);
/// Colour of the wavy underline under a conflicting span: red, with kMinTextContrast against the base.
[[nodiscard]] QColor conflictUnderline(const QPalette& palette);
/// Background behind the matched words of a search snippet (amber), readable with the palette's text.
[[nodiscard]] QColor matchBackground(const QPalette& palette);
/// Background of a claims-matrix cell (states = green, contradicts = red, omits = the alternate base).
[[nodiscard]] QColor coverageBackground(const QPalette& palette, Coverage coverage);

}  // namespace parallax::ui::colors
