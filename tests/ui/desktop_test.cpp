// Desktop integration: palette-derived colours stay readable on light and dark palettes, the palette can be
// forced (command line > environment > setting), the help panel follows a palette change, and the .desktop
// file and icons are valid.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ui/application.h"
#include "ui/colors.h"
#include "ui/views/helppanel.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

struct NamedPalette {
    std::string name;
    QPalette palette;
};

// Parallax's own palettes, plus the extremes a desktop may hand us (pure black on white, white on black, and
// a dark grey base with grey text, where there is little room between text and base).
std::vector<NamedPalette> palettes() {
    auto custom = [](QColor base, QColor text) {
        QPalette p;
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::AlternateBase, base);
        return p;
    };
    return {{"light", colors::lightPalette()},
            {"dark", colors::darkPalette()},
            {"white", custom(Qt::white, Qt::black)},
            {"black", custom(Qt::black, Qt::white)},
            {"grey-dark", custom(QColor(0x3c, 0x3f, 0x41), QColor(0xbb, 0xbb, 0xbb))}};
}

std::string describe(const std::string& palette, const std::string& what, const QColor& bg) {
    return palette + " / " + what + " " + bg.name().toStdString();
}

// Every background a mark can get, with a label for the failure message.
std::vector<std::pair<std::string, QColor>> allBackgrounds(const QPalette& p) {
    std::vector<std::pair<std::string, QColor>> out;
    for (int i = 0; i < 32; ++i) {
        const QColor soft = colors::groupBackground(p, i);
        out.emplace_back("group " + std::to_string(i), soft);
        out.emplace_back("active group " + std::to_string(i), colors::groupBackground(p, i, true));
        out.emplace_back("emphasised group " + std::to_string(i), colors::emphasised(p, soft));
    }
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High})
        out.emplace_back("severity " + std::string(toString(s)), colors::severityBackground(p, s));
    for (Coverage c : {Coverage::States, Coverage::Contradicts, Coverage::Omits})
        out.emplace_back("coverage " + std::string(toString(c)), colors::coverageBackground(p, c));
    out.emplace_back("search match", colors::matchBackground(p));
    return out;
}

}  // namespace

TEST(Contrast, MatchesWcagReferenceValues) {
    EXPECT_NEAR(colors::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(colors::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    EXPECT_NEAR(colors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
    EXPECT_EQ(colors::contrastRatio(Qt::red, Qt::blue), colors::contrastRatio(Qt::blue, Qt::red));
}

TEST(PaletteColours, TextIsReadableOnEveryMarkInEveryPalette) {
    for (const auto& [name, p] : palettes()) {
        const QColor text = p.color(QPalette::Text);
        for (const auto& [what, bg] : allBackgrounds(p))
            EXPECT_GE(colors::contrastRatio(text, bg), colors::kMinTextContrast) << describe(name, what, bg);
    }
}

TEST(PaletteColours, ConflictUnderlineStandsOutFromTheBase) {
    for (const auto& [name, p] : palettes()) {
        const QColor u = colors::conflictUnderline(p);
        EXPECT_GE(colors::contrastRatio(u, p.color(QPalette::Base)), colors::kMinTextContrast) << name;
        EXPECT_EQ(u.toHsl().hslHue(), 0) << name << ": the conflict mark is red in every palette";
    }
}

TEST(PaletteColours, TintsFollowThePalettesLightness) {
    const QPalette light = colors::lightPalette();
    const QPalette dark = colors::darkPalette();
    EXPECT_FALSE(colors::isDark(light));
    EXPECT_TRUE(colors::isDark(dark));
    // Every tint is nearer (in contrast) to its palette's base than to its text: light tints on a light
    // palette, dark tints on a dark one.
    for (const auto& [name, p] : palettes()) {
        for (const auto& [what, bg] : allBackgrounds(p))
            EXPECT_LT(colors::contrastRatio(bg, p.color(QPalette::Base)),
                      colors::contrastRatio(bg, p.color(QPalette::Text)))
                << describe(name, what, bg);
    }
    // No light pastel on the dark palette.
    for (const auto& [what, bg] : allBackgrounds(dark))
        EXPECT_LT(colors::relativeLuminance(bg), 0.15) << describe("dark", what, bg);
}

TEST(PaletteColours, NeighbouringPassagesGetDifferentHuesAndActiveDiffersFromSoft) {
    for (const auto& [name, p] : palettes()) {
        for (int i = 0; i < 16; ++i) {
            const int h1 = colors::groupBackground(p, i).toHsl().hslHue();
            const int h2 = colors::groupBackground(p, i + 1).toHsl().hslHue();
            const int d = std::abs(h1 - h2);
            EXPECT_GE(std::min(d, 360 - d), 60) << name << " groups " << i << " and " << i + 1;
            EXPECT_NE(colors::groupBackground(p, i), colors::groupBackground(p, i, true)) << name << " group " << i;
        }
        EXPECT_NE(colors::severityBackground(p, Severity::High), colors::severityBackground(p, Severity::Medium));
        EXPECT_NE(colors::severityBackground(p, Severity::Medium), colors::severityBackground(p, Severity::Low));
        EXPECT_NE(colors::coverageBackground(p, Coverage::States),
                  colors::coverageBackground(p, Coverage::Contradicts));
    }
}

TEST(PaletteChoice, ParsesNamesAndRoundTrips) {
    EXPECT_EQ(colors::parseScheme(QStringLiteral(" Dark ")), colors::Scheme::Dark);
    EXPECT_EQ(colors::parseScheme(QStringLiteral("light")), colors::Scheme::Light);
    EXPECT_EQ(colors::parseScheme(QStringLiteral("SYSTEM")), colors::Scheme::System);
    EXPECT_FALSE(colors::parseScheme(QStringLiteral("sepia")));
    EXPECT_FALSE(colors::parseScheme(QString()));
    for (auto s : {colors::Scheme::System, colors::Scheme::Light, colors::Scheme::Dark})
        EXPECT_EQ(colors::parseScheme(colors::schemeName(s)), s);
}

TEST(PaletteChoice, CommandLineBeatsEnvironmentBeatsSetting) {
    const QString none;
    EXPECT_EQ(choosePalette(none, none, none).scheme, colors::Scheme::System);
    EXPECT_EQ(choosePalette(none, none, QStringLiteral("dark")).scheme, colors::Scheme::Dark);
    EXPECT_EQ(choosePalette(none, QStringLiteral("light"), QStringLiteral("dark")).scheme, colors::Scheme::Light);
    const PaletteChoice all = choosePalette(QStringLiteral("dark"), QStringLiteral("light"), QStringLiteral("light"));
    EXPECT_EQ(all.scheme, colors::Scheme::Dark);
    EXPECT_TRUE(all.warnings.isEmpty());
}

TEST(PaletteChoice, UnknownValuesAreAnErrorOnTheCommandLineAndSkippedElsewhere) {
    const PaletteChoice bad = choosePalette(QStringLiteral("purple"), QString(), QString());
    EXPECT_FALSE(bad.scheme);
    ASSERT_EQ(bad.warnings.size(), 1);
    EXPECT_TRUE(bad.warnings.first().contains(QStringLiteral("purple")));

    const PaletteChoice stale = choosePalette(QString(), QStringLiteral("purple"), QStringLiteral("dark"));
    EXPECT_EQ(stale.scheme, colors::Scheme::Dark);
    EXPECT_EQ(stale.warnings.size(), 1);
}

TEST(PaletteChoice, ForcingDarkChangesTheApplicationAndTheHelpPanelAndSystemRestoresIt) {
    const QPalette before = QApplication::palette();
    HowToReadPanel panel;
    const QString lightTint = colors::groupBackground(panel.palette(), 0).name();
    EXPECT_TRUE(panel.toHtml().contains(lightTint, Qt::CaseInsensitive));

    setPalettePreference(colors::Scheme::Dark);
    EXPECT_EQ(QSettings().value(QLatin1String(kPaletteSettingKey)).toString(), QStringLiteral("dark"));
    EXPECT_TRUE(colors::isDark(QApplication::palette()));
    QCoreApplication::processEvents();  // deliver the palette change to the panel
    EXPECT_TRUE(colors::isDark(panel.palette()));
    const QString darkTint = colors::groupBackground(panel.palette(), 0).name();
    EXPECT_NE(darkTint, lightTint);
    EXPECT_TRUE(panel.toHtml().contains(darkTint, Qt::CaseInsensitive)) << "help samples follow the palette";

    setPalettePreference(colors::Scheme::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), before.color(QPalette::Base));
    QSettings().remove(QLatin1String(kPaletteSettingKey));
}

TEST(DesktopFiles, DesktopEntryNamesTheExecutableAndAnIconThatExists) {
    const QString dir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources");
    QSettings entry(dir + QStringLiteral("/parallax.desktop"), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    EXPECT_EQ(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    EXPECT_TRUE(entry.value(QStringLiteral("Exec")).toString().startsWith(QStringLiteral("parallax ")));
    const QString icon = entry.value(QStringLiteral("Icon")).toString();
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/icons/") + icon + QStringLiteral(".svg"))) << icon.toStdString();

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty()) GTEST_SKIP() << "desktop-file-validate (desktop-file-utils) not installed";
    QProcess p;
    p.start(validator, {dir + QStringLiteral("/parallax.desktop")});
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardOutput().toStdString() << p.readAllStandardError().toStdString();
}

TEST(DesktopFiles, IconPngsHaveTheirNominalSize) {
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/icons/parallax-%1.png").arg(size);
        QImage img(file);
        ASSERT_FALSE(img.isNull()) << file.toStdString();
        EXPECT_EQ(img.size(), QSize(size, size)) << file.toStdString();
        EXPECT_TRUE(img.hasAlphaChannel()) << "rounded corners need transparency";
    }
}
