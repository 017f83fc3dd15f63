#include "ui/controllers/foldercontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace parallax::ui {
namespace {
// inotify watches are a shared, limited resource: watch at most this many paths.
constexpr int kMaxWatched = 4000;
}

FolderController::FolderController(AnalysisController::AnalyzeFn analyze, QObject* parent)
    : QObject(parent), m_analysis(new AnalysisController(std::move(analyze), this)), m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1500);
    connect(m_debounce, &QTimer::timeout, this, &FolderController::rescan);
    connect(m_analysis, &AnalysisController::finished, this, &FolderController::watch);
}

void FolderController::setDebounce(int ms) { m_debounce->setInterval(ms); }

void FolderController::open(const QString& folder) {
    m_folder = QFileInfo(folder).absoluteFilePath();
    delete m_watcher;  // a fresh watcher per folder; the old folder's paths go with it
    m_watcher = nullptr;
    // Watch the folders at once, not only after a finished analysis: a folder that is still empty (or whose
    // first scan fails or is cancelled) must notice the articles saved into it. Files join after each scan.
    watch(nullptr);
    emit folderChanged(m_folder);
    rescan();
}

void FolderController::rescan() {
    if (m_folder.isEmpty()) return;
    m_debounce->stop();
    pipeline::Options options;
    options.folder = m_folder.toStdString();
    if (!m_facts.isEmpty()) options.factsFile = m_facts.toStdString();
    options.database = m_database.toStdString();
    m_analysis->start(options);
}

void FolderController::cancel() { m_analysis->cancel(); }

void FolderController::watch(const AnalysisPtr& data) {
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderController::onDiskChange);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderController::onDiskChange);
    }
    // Directories tell about added and removed files; the articles themselves about edits.
    QStringList paths{m_folder};
    QDirIterator dirs(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (dirs.hasNext() && paths.size() < kMaxWatched / 2) paths << dirs.next();
    if (data)
        for (const Article& a : data->result().articles) {
            if (paths.size() >= kMaxWatched) break;
            paths << QString::fromStdString(a.path);
        }
    if (!m_facts.isEmpty()) paths << m_facts;
    QStringList fresh;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    for (const QString& p : paths)
        if (!watched.contains(p) && QFileInfo::exists(p)) fresh << p;
    if (!fresh.isEmpty()) m_watcher->addPaths(fresh);
}

void FolderController::onDiskChange() {
    emit changedOnDisk();
    m_debounce->start();
}

}  // namespace parallax::ui
