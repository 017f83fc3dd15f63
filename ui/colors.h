#pragma once
/// @file colors.h  Colours derived from the current palette, so marks stay readable in light and dark themes.
#include <QColor>
#include <QPalette>

#include "core/model/analysis.h"

namespace parallax::ui::colors {

/// True when the palette's text background is dark.
[[nodiscard]] bool isDark(const QPalette& palette);
/// Background of the n-th aligned passage of a story: hues spread by the golden angle; pastel on light
/// themes, muted on dark ones, so the palette's text colour stays readable on top.
[[nodiscard]] QColor groupBackground(const QPalette& palette, int index, bool active = false);
/// Background for a severity (high = red, medium = amber, low = blue), readable with the palette's text.
[[nodiscard]] QColor severityBackground(const QPalette& palette, Severity severity);
/// Colour of the wavy underline under a conflicting span.
[[nodiscard]] QColor conflictUnderline(const QPalette& palette);
/// Background of a claims-matrix cell.
[[nodiscard]] QColor coverageBackground(const QPalette& palette, Coverage coverage);

}  // namespace parallax::ui::colors
