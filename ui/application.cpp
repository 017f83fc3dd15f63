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

QString sampleFolder() { return QString::fromStdString((knowledge::resourceDir() / "samples").string()); }

}  // namespace

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
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Analyse DIR (or the sample), save a picture of the window to OUT.png, exit."),
                                  QStringLiteral("OUT.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder of articles to open (default: the sample)."));
    parser.process(app);

    // Without ICU, sentence and word boundaries are silently wrong; refuse to show wrong comparisons.
    auto icu = text::checkIcuBackend();
    if (!icu) {
        const QString msg = QString::fromStdString(icu.error());
        std::fprintf(stderr, "parallax: %s\n", qPrintable(msg));
        if (!parser.isSet(screenshot)) QMessageBox::critical(nullptr, QStringLiteral("Parallax cannot start"), msg);
        return 1;
    }

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
        window.resize(1600, 1000);
        new ScreenshotController(&window, parser.value(screenshot));
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
