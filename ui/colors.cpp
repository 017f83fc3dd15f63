#include "ui/colors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace parallax::ui::colors {
namespace {

// A little above the threshold, so that rounding to 8-bit channels never drops a tint below it.
constexpr double kTargetContrast = kMinTextContrast + 0.15;

double linearChannel(int c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

struct TintStyle {
    int saturation;
    int offset;  ///< how far from the base's lightness the tint starts (HSL units, 0..255)
};

// Soft tints sit just off the base; strong ones further towards the text. In dark palettes saturation is
// lower: a saturated dark tint glows and makes light text look blurred.
TintStyle styleFor(bool dark, bool strong) {
    if (dark) return strong ? TintStyle{150, 62} : TintStyle{115, 30};
    return strong ? TintStyle{200, 64} : TintStyle{175, 32};
}

// One tint rule for every mark. The lightness starts from the palette's base (so a dark palette gets dark
// tints and a light one light tints) and then moves away from the text colour until the text is readable on
// it: yellow is far brighter than blue at the same HSL lightness, so a fixed lightness cannot guarantee it.
QColor tint(const QPalette& palette, int hue, bool strong) {
    const bool dark = isDark(palette);
    const TintStyle st = styleFor(dark, strong);
    const QColor text = palette.color(QPalette::Text);
    const int baseL = palette.color(QPalette::Base).lightness();
    int l = std::clamp(dark ? baseL + st.offset : baseL - st.offset, 0, 255);
    const int step = dark ? -1 : +1;  // away from the text
    QColor c = QColor::fromHsl(hue, st.saturation, l);
    while (contrastRatio(text, c) < kTargetContrast && l + step >= 0 && l + step <= 255) {
        l += step;
        c = QColor::fromHsl(hue, st.saturation, l);
    }
    return c;
}

void setBoth(QPalette& p, QPalette::ColorRole role, const QColor& active, const QColor& disabled) {
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

struct PaletteSpec {
    QColor window, windowText, base, alternateBase, text, disabledText, button, light, mid, dark, shadow, highlight,
        highlightedText, link, linkVisited, toolTipBase, placeholder;
};

QPalette build(const PaletteSpec& s) {
    QPalette p;
    setBoth(p, QPalette::Window, s.window, s.window);
    setBoth(p, QPalette::WindowText, s.windowText, s.disabledText);
    setBoth(p, QPalette::Base, s.base, s.window);
    setBoth(p, QPalette::AlternateBase, s.alternateBase, s.window);
    setBoth(p, QPalette::Text, s.text, s.disabledText);
    setBoth(p, QPalette::Button, s.button, s.button);
    setBoth(p, QPalette::ButtonText, s.windowText, s.disabledText);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x55, 0x55), QColor(0xff, 0x55, 0x55));
    setBoth(p, QPalette::Light, s.light, s.light);
    setBoth(p, QPalette::Midlight, s.light, s.light);
    setBoth(p, QPalette::Mid, s.mid, s.mid);
    setBoth(p, QPalette::Dark, s.dark, s.dark);
    setBoth(p, QPalette::Shadow, s.shadow, s.shadow);
    setBoth(p, QPalette::Highlight, s.highlight, s.mid);
    setBoth(p, QPalette::HighlightedText, s.highlightedText, s.disabledText);
    setBoth(p, QPalette::Link, s.link, s.disabledText);
    setBoth(p, QPalette::LinkVisited, s.linkVisited, s.disabledText);
    setBoth(p, QPalette::ToolTipBase, s.toolTipBase, s.toolTipBase);
    setBoth(p, QPalette::ToolTipText, s.text, s.text);
    setBoth(p, QPalette::PlaceholderText, s.placeholder, s.disabledText);
    // A window that is not focused keeps its selection readable instead of fading it to grey.
    p.setColor(QPalette::Inactive, QPalette::Highlight, s.highlight);
    return p;
}

// What the application looked like before the first applyScheme(), so "system" can go back to it.
struct Startup {
    QString style;
    QPalette palette;
    bool changed = false;  ///< whether a forced scheme replaced them
};
Startup& startup() {
    static Startup s{QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return s;
}

}  // namespace

std::optional<Scheme> parseScheme(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("system")) return Scheme::System;
    if (n == QLatin1String("light")) return Scheme::Light;
    if (n == QLatin1String("dark")) return Scheme::Dark;
    return std::nullopt;
}

QString schemeName(Scheme scheme) {
    switch (scheme) {
        case Scheme::Light:
            return QStringLiteral("light");
        case Scheme::Dark:
            return QStringLiteral("dark");
        case Scheme::System:
            break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette() {
    return build({.window = QColor(0xef, 0xf0, 0xf1),
                  .windowText = QColor(0x23, 0x26, 0x29),
                  .base = QColor(0xff, 0xff, 0xff),
                  .alternateBase = QColor(0xf4, 0xf5, 0xf7),
                  .text = QColor(0x1a, 0x1c, 0x1e),
                  .disabledText = QColor(0x8a, 0x8e, 0x92),
                  .button = QColor(0xe6, 0xe8, 0xea),
                  .light = QColor(0xff, 0xff, 0xff),
                  .mid = QColor(0xb8, 0xbc, 0xc0),
                  .dark = QColor(0x8c, 0x90, 0x94),
                  .shadow = QColor(0x47, 0x4a, 0x4d),
                  .highlight = QColor(0x2a, 0x6b, 0xb0),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .link = QColor(0x1d, 0x5f, 0xa8),
                  .linkVisited = QColor(0x7a, 0x3f, 0xa8),
                  .toolTipBase = QColor(0xff, 0xfb, 0xe6),
                  .placeholder = QColor(0x6e, 0x72, 0x76)});
}

QPalette darkPalette() {
    return build({.window = QColor(0x2a, 0x2e, 0x32),
                  .windowText = QColor(0xe8, 0xea, 0xed),
                  .base = QColor(0x1d, 0x20, 0x23),
                  .alternateBase = QColor(0x26, 0x2a, 0x2e),
                  .text = QColor(0xe8, 0xea, 0xed),
                  .disabledText = QColor(0x7a, 0x7f, 0x85),
                  .button = QColor(0x35, 0x3a, 0x40),
                  .light = QColor(0x4a, 0x50, 0x57),
                  .mid = QColor(0x3a, 0x3f, 0x45),
                  .dark = QColor(0x18, 0x1a, 0x1d),
                  .shadow = QColor(0x0e, 0x10, 0x11),
                  .highlight = QColor(0x2a, 0x6b, 0xb0),
                  .highlightedText = QColor(0xff, 0xff, 0xff),
                  .link = QColor(0x6c, 0xb4, 0xff),
                  .linkVisited = QColor(0xc0, 0x9c, 0xff),
                  .toolTipBase = QColor(0x31, 0x36, 0x3b),
                  .placeholder = QColor(0x9a, 0x9f, 0xa5)});
}

void applyScheme(Scheme scheme) {
    Startup& s = startup();  // record the desktop's look before changing anything
    if (scheme == Scheme::System) {
        if (!s.changed) return;  // nothing to undo: leave the desktop's style and palette untouched
        if (QStyle* st = QStyleFactory::create(s.style)) QApplication::setStyle(st);
        QApplication::setPalette(s.palette);
        s.changed = false;
        return;
    }
    s.changed = true;
    if (QStyle* st = QStyleFactory::create(QStringLiteral("Fusion"))) QApplication::setStyle(st);
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

double relativeLuminance(const QColor& colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * linearChannel(c.red()) + 0.7152 * linearChannel(c.green()) + 0.0722 * linearChannel(c.blue());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette) {
    return relativeLuminance(palette.color(QPalette::Text)) > relativeLuminance(palette.color(QPalette::Base));
}

QColor groupBackground(const QPalette& palette, int index, bool active) {
    // Golden-ratio steps keep any run of neighbours far apart; the hues are squeezed into 30..330 degrees
    // because red is the colour of a conflict and a red passage would read as one.
    const double step = std::fmod(0.11 + 0.618033988749895 * std::max(index, 0), 1.0);
    return tint(palette, static_cast<int>(30.0 + 300.0 * step), active);
}

QColor emphasised(const QPalette& palette, const QColor& background) {
    const int hue = background.toHsl().hslHue();
    return tint(palette, hue < 0 ? 210 : hue, true);  // a grey has no hue: fall back to the low-severity blue
}

QColor severityBackground(const QPalette& palette, Severity severity) {
    switch (severity) {
        case Severity::High:
            return tint(palette, 0, true);
        case Severity::Medium:
            return tint(palette, 38, false);
        case Severity::Low:
            return tint(palette, 210, false);
    }
    return tint(palette, 210, false);
}

QColor conflictUnderline(const QPalette& palette) {
    // Red, as light or as dark as it takes to read as text on the base (the help panel writes words in it; a
    // thin wavy line needs more contrast than WCAG's 3:1 for graphics to be seen at all).
    const QColor base = palette.color(QPalette::Base);
    const bool dark = isDark(palette);
    int l = dark ? 150 : 100;
    QColor c = QColor::fromHsl(0, 220, l);
    while (contrastRatio(c, base) < kTargetContrast && l > 0 && l < 255) {
        l += dark ? 2 : -2;
        c = QColor::fromHsl(0, 220, l);
    }
    return c;
}

QColor matchBackground(const QPalette& palette) {
    return tint(palette, 50, false);
}

QColor coverageBackground(const QPalette& palette, Coverage coverage) {
    switch (coverage) {
        case Coverage::States:
            return tint(palette, 125, false);
        case Coverage::Contradicts:
            return tint(palette, 0, true);
        case Coverage::Omits:
            return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Base);
}

}  // namespace parallax::ui::colors
