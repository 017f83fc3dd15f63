#include "ui/colors.h"

#include <cmath>

namespace parallax::ui::colors {
namespace {

// One tint rule for every mark: light themes get light tints under dark text, dark themes get dark tints
// under light text, so contrast comes from the palette instead of fixed colours.
QColor tint(const QPalette& palette, int hue, bool strong) {
    if (isDark(palette)) return QColor::fromHsl(hue, strong ? 150 : 110, strong ? 95 : 62);
    return QColor::fromHsl(hue, strong ? 190 : 170, strong ? 190 : 222);
}

}  // namespace

bool isDark(const QPalette& palette) { return palette.color(QPalette::Base).lightness() < 128; }

QColor groupBackground(const QPalette& palette, int index, bool active) {
    const double hue = std::fmod(40.0 + 137.508 * index, 360.0);
    return tint(palette, static_cast<int>(hue), active);
}

QColor severityBackground(const QPalette& palette, Severity severity) {
    switch (severity) {
        case Severity::High: return tint(palette, 0, true);
        case Severity::Medium: return tint(palette, 38, false);
        case Severity::Low: return tint(palette, 210, false);
    }
    return tint(palette, 210, false);
}

QColor conflictUnderline(const QPalette& palette) {
    return isDark(palette) ? QColor::fromHsl(0, 220, 150) : QColor::fromHsl(0, 230, 95);
}

QColor coverageBackground(const QPalette& palette, Coverage coverage) {
    switch (coverage) {
        case Coverage::States: return tint(palette, 125, false);
        case Coverage::Contradicts: return tint(palette, 0, true);
        case Coverage::Omits: return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Base);
}

}  // namespace parallax::ui::colors
