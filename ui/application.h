#pragma once
/// @file application.h  Entry point of the GUI: builds the QApplication and the main window.
#include <QIcon>
#include <QString>
#include <QStringList>

#include <optional>

#include "ui/colors.h"

namespace parallax::ui {

/// Runs the desktop app (parses --screenshot, --palette etc.); returns the process exit code.
int runApplication(int argc, char** argv);

/// The QSettings key that keeps the user's palette choice ("system", "light" or "dark").
inline constexpr auto kPaletteSettingKey = "appearance/palette";

/// Outcome of choosePalette(): the scheme to use, or none when the command line asked for an unknown one.
struct PaletteChoice {
    std::optional<colors::Scheme> scheme;
    QStringList warnings;  ///< unknown values that were skipped (or the command-line error)
};

/// Picks the palette: the first non-empty of the `--palette` value, the `PARALLAX_PALETTE` variable and the
/// stored setting, else the desktop's ("system"). An unknown command-line value is an error (no scheme); an
/// unknown value in the environment or the settings is skipped with a warning, so a stale setting never
/// stops the app from starting.
[[nodiscard]] PaletteChoice choosePalette(const QString& option, const QString& environment, const QString& setting);

/// Stores the palette choice in the settings and applies it at once (for a menu or a preferences dialog).
/// Views that cached colours refresh on their next repaint or story change.
void setPalettePreference(colors::Scheme scheme);

/// The application icon: the installed theme icon "parallax" if the desktop has one, else the copy compiled
/// into the executable (empty in programs that do not embed it, such as the tests).
[[nodiscard]] QIcon applicationIcon();

}  // namespace parallax::ui
