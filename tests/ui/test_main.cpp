// main() of the GUI tests: environment first (offscreen, temporary HOME and XDG dirs, C locale), then the
// QApplication, then GoogleTest.
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

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
    return RUN_ALL_TESTS();
}
