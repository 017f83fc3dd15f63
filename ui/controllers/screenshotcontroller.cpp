#include "ui/controllers/screenshotcontroller.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

#include "core/util/atomic_file.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/mainwindow.h"
#include "ui/views/conflictspanel.h"

namespace parallax::ui {

ScreenshotController::ScreenshotController(MainWindow* window, QString outPath, int tab, int timeoutMs)
    : QObject(window), m_window(window), m_out(std::move(outPath)) {
    connect(window, &MainWindow::analysisShown, this, [this, tab] {
        m_window->showStory(m_window->storyWithMostConflicts());
        m_window->conflicts()->step(+1);  // the first open conflict, so the evidence pane shows something
        m_window->tabs()->setCurrentIndex(tab);
        // Let the layout and lazily loaded columns settle before grabbing.
        QTimer::singleShot(800, this, &ScreenshotController::capture);
    });
    AnalysisController* an = window->folder()->analysis();
    connect(an, &AnalysisController::failed, this, [this](const QString& e) { fail(QStringLiteral("analysis failed: ") + e); });
    connect(an, &AnalysisController::cancelled, this, [this] { fail(QStringLiteral("analysis cancelled")); });
    QTimer::singleShot(timeoutMs, this, [this] { fail(QStringLiteral("timed out waiting for the analysis")); });
}

void ScreenshotController::capture() {
    if (m_done) return;
    m_done = true;
    const QPixmap shot = m_window->grab();
    // Encoded in memory, then written beside the target and renamed over it like every file Parallax writes.
    QByteArray png;
    QBuffer buffer(&png);
    const QByteArray format = QFileInfo(m_out).suffix().toLower().toLatin1();
    if (!buffer.open(QIODevice::WriteOnly) || !shot.save(&buffer, format.isEmpty() ? "PNG" : format.constData()) ||
        !util::writeFileAtomically(m_out.toStdString(), std::string_view(png.constData(), png.size()))) {
        std::fprintf(stderr, "parallax: cannot write %s\n", qPrintable(m_out));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stderr, "parallax: saved %dx%d screenshot to %s\n", shot.width(), shot.height(), qPrintable(m_out));
    QCoreApplication::exit(0);
}

void ScreenshotController::fail(const QString& why) {
    if (m_done) return;
    m_done = true;
    std::fprintf(stderr, "parallax: no screenshot: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
}

}  // namespace parallax::ui
