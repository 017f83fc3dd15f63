#include "ui/application.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

#include "core/knowledge/resources.h"
#include "core/text/text.h"
#include "ui/controllers/screenshotcontroller.h"
#include "ui/mainwindow.h"

namespace parallax::ui {
namespace {

QString sampleFolder() {
    return QString::fromStdString((knowledge::resourceDir() / "samples").string());
}

}  // namespace

PaletteChoice choosePalette(const QString& option, const QString& environment, const QString& setting) {
    PaletteChoice choice;
    if (!option.isEmpty()) {
        choice.scheme = colors::parseScheme(option);
        if (!choice.scheme)
            choice.warnings << QStringLiteral("unknown --palette '%1' (use light, dark or system)").arg(option);
        return choice;
    }
    const std::pair<QString, QString> sources[] = {
        {environment, QStringLiteral("PARALLAX_PALETTE")},
        {setting, QStringLiteral("setting %1").arg(QLatin1String(kPaletteSettingKey))}};
    for (const auto& [value, where] : sources) {
        if (value.isEmpty()) continue;
        if (auto s = colors::parseScheme(value)) {
            choice.scheme = s;
            return choice;
        }
        choice.warnings << QStringLiteral("ignoring %1 = '%2' (use light, dark or system)").arg(where, value);
    }
    choice.scheme = colors::Scheme::System;
    return choice;
}

void setPalettePreference(colors::Scheme scheme) {
    QSettings().setValue(QLatin1String(kPaletteSettingKey), colors::schemeName(scheme));
    colors::applyScheme(scheme);
}

QIcon applicationIcon() {
    // The PNGs and the SVG are compiled into the parallax executable (app/CMakeLists.txt); the theme icon wins
    // once `cmake --install` has put them under share/icons/hicolor.
    QIcon embedded;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(":/icons/parallax-%1.png").arg(size);
        if (QFileInfo::exists(file)) embedded.addFile(file, QSize(size, size));
    }
    if (QFileInfo::exists(QStringLiteral(":/icons/parallax.svg")))
        embedded.addFile(QStringLiteral(":/icons/parallax.svg"));
    return QIcon::fromTheme(QStringLiteral("parallax"), embedded);
}

int runApplication(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parallax"));
    QApplication::setApplicationName(QStringLiteral("parallax"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parallax"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setDesktopFileName(QStringLiteral("parallax"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare how news sources cover the same events."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Analyse DIR (or the sample), save a picture of the window to OUT.png, exit."),
        QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    QCommandLineOption palette(QStringLiteral("palette"),
                               QStringLiteral("Colours: light, dark or system (the desktop's; default). Also read from "
                                              "PARALLAX_PALETTE and the setting appearance/palette."),
                               QStringLiteral("light|dark|system"));
    parser.addOption(palette);
    QCommandLineOption view(QStringLiteral("view"),
                            QStringLiteral("With --screenshot: the tab to show (side, matrix or timeline; default side)."),
                            QStringLiteral("side|matrix|timeline"), QStringLiteral("side"));
    parser.addOption(view);
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("Folder of articles to open (default: the sample)."));
    parser.process(app);

    // Without ICU, sentence and word boundaries are silently wrong; refuse to show wrong comparisons.
    auto icu = text::checkIcuBackend();
    if (!icu) {
        const QString msg = QString::fromStdString(icu.error());
        std::fprintf(stderr, "parallax: %s\n", qPrintable(msg));
        if (!parser.isSet(screenshot)) QMessageBox::critical(nullptr, QStringLiteral("Parallax cannot start"), msg);
        return 1;
    }

    const PaletteChoice choice = choosePalette(parser.value(palette), qEnvironmentVariable("PARALLAX_PALETTE"),
                                               QSettings().value(QLatin1String(kPaletteSettingKey)).toString());
    for (const QString& w : choice.warnings) std::fprintf(stderr, "parallax: %s\n", qPrintable(w));
    if (!choice.scheme) return 2;
    // Before any widget exists, so every colour derived from the palette starts right.
    colors::applyScheme(*choice.scheme);
    QApplication::setWindowIcon(applicationIcon());

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        std::fprintf(stderr, "parallax: give at most one folder\n");
        return 2;
    }
    QString folder = args.isEmpty() ? QString() : args.first();
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        std::fprintf(stderr, "parallax: %s is not a folder\n", qPrintable(folder));
        return 2;
    }

    MainWindow window;
    if (parser.isSet(screenshot)) {
        window.resize(1920, 1080);  // room for three article columns beside the two docks
        const QStringList views{QStringLiteral("side"), QStringLiteral("matrix"), QStringLiteral("timeline")};
        const int tab = static_cast<int>(views.indexOf(parser.value(view)));
        if (tab < 0) {
            std::fprintf(stderr, "parallax: --view takes side, matrix or timeline\n");
            return 2;
        }
        new ScreenshotController(&window, parser.value(screenshot), tab);
        if (folder.isEmpty()) folder = sampleFolder();
    } else if (folder.isEmpty()) {
        // First start opens the bundled sample so a new user sees a real comparison; later starts the last folder.
        const QStringList recent = QSettings().value(QStringLiteral("recentFolders")).toStringList();
        folder = !recent.isEmpty() && QFileInfo(recent.first()).isDir() ? recent.first() : sampleFolder();
    }
    window.show();
    window.openFolder(folder);
    return QApplication::exec();
}

}  // namespace parallax::ui
