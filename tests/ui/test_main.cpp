// main() of the GUI tests: environment first (offscreen, temporary HOME and XDG dirs, C locale), then the
// QApplication, then GoogleTest.
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace {

// A modal dialog that no test step closes blocks the binary until ctest kills it after ten minutes, without a
// word on which dialog it was (CI lost a run that way). After two minutes the dialog is closed and the running
// test fails, naming it.
void closeForgottenDialogs(QTimer& watchdog) {
    auto seen = std::make_shared<QPointer<QWidget>>();
    auto since = std::make_shared<QElapsedTimer>();
    QObject::connect(&watchdog, &QTimer::timeout, [seen, since] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != seen->data()) {
            *seen = modal;
            since->restart();
            return;
        }
        if (!modal || since->elapsed() < 120000) return;
        QString text = modal->windowTitle();
        if (auto* box = qobject_cast<QMessageBox*>(modal)) text += QStringLiteral(": ") + box->text();
        ADD_FAILURE() << "a modal " << modal->metaObject()->className() << " stayed open for two minutes ("
                      << text.toStdString() << "); closed by the watchdog";
        if (auto* dialog = qobject_cast<QDialog*>(modal)) dialog->reject();
        else modal->close();
        *seen = nullptr;
    });
    watchdog.start(1000);
}

}  // namespace

int main(int argc, char** argv) {
    // gtest_discover_tests runs the binary without the test's environment: decide here.
    if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    QTemporaryDir home;
    if (!home.isValid()) return 3;
    const QByteArray h = home.path().toUtf8();
    setenv("HOME", h.constData(), 1);
    setenv("XDG_CONFIG_HOME", (h + "/config").constData(), 1);
    setenv("XDG_DATA_HOME", (h + "/data").constData(), 1);
    setenv("XDG_CACHE_HOME", (h + "/cache").constData(), 1);
    setenv("XDG_RUNTIME_DIR", (h + "/runtime").constData(), 1);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ParallaxTests"));
    QApplication::setApplicationName(QStringLiteral("parallax-ui-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    QTimer watchdog;
    closeForgottenDialogs(watchdog);
    return RUN_ALL_TESTS();
}
