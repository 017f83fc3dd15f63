#pragma once
/// @file screenshotcontroller.h  `parallax --screenshot OUT.png [DIR]`: analyse, pick a story, save a grab, quit.
#include <QObject>
#include <QString>

namespace parallax::ui {

class MainWindow;

/// Waits for the window's analysis, selects the story with the most conflicts and its first conflict, lets
/// the layout settle, saves QWidget::grab() of the window and ends the event loop (0 on success).
class ScreenshotController : public QObject {
    Q_OBJECT
public:
    /// `tab`: the central tab to show (0 side by side, 1 claims matrix, 2 timeline).
    ScreenshotController(MainWindow* window, QString outPath, int tab = 0, int timeoutMs = 300000);

private:
    void capture();
    void fail(const QString& why);

    MainWindow* m_window;
    QString m_out;
    bool m_done = false;
};

}  // namespace parallax::ui
