#pragma once
/// @file foldercontroller.h  The open folder: analyses it, watches it, rescans on change (debounced).
#include <QObject>
#include <QString>

#include "ui/controllers/analysiscontroller.h"

class QFileSystemWatcher;
class QTimer;

namespace parallax::ui {

/// Owns the AnalysisController for the current folder and re-forwards its signals. Watches the folder and its
/// subfolders from open() on (added and removed files) and the articles of each finished analysis (edits).
class FolderController : public QObject {
    Q_OBJECT
public:
    explicit FolderController(AnalysisController::AnalyzeFn analyze = {}, QObject* parent = nullptr);

    /// Opens another folder (emits folderChanged) and analyses it.
    void open(const QString& folder);
    /// Analyses the current folder again (the library cache makes unchanged files cheap).
    void rescan();
    void cancel();
    [[nodiscard]] const QString& folder() const { return m_folder; }
    [[nodiscard]] bool busy() const { return m_analysis->busy(); }
    [[nodiscard]] AnalysisController* analysis() const { return m_analysis; }

    /// Reference facts file passed to the pipeline (empty = none); takes effect on the next scan.
    void setFactsFile(const QString& file) { m_facts = file; }
    [[nodiscard]] const QString& factsFile() const { return m_facts; }
    /// Library database for the pipeline (empty = its per-folder default).
    void setDatabase(const QString& database) { m_database = database; }
    [[nodiscard]] const QString& database() const { return m_database; }
    /// Delay between the last change on disk and the rescan.
    void setDebounce(int ms);

signals:
    void folderChanged(const QString& folder);
    void changedOnDisk();

private:
    void watch(const AnalysisPtr& data);
    void onDiskChange();

    AnalysisController* m_analysis;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce;
    QString m_folder;
    QString m_facts;
    QString m_database;
};

}  // namespace parallax::ui
