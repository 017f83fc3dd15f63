#pragma once
/// @file referencecontroller.h  Reference facts: load a facts file, keep a claim as the reference in the
/// folder's library database, and list or remove the kept facts.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <functional>
#include <vector>

#include "core/store/library.h"
#include "ui/analysisdata.h"

class QWidget;

namespace parallax::ui {

class FactsDialog;
class FolderController;

/// The pipeline checks every article against the facts of a loaded TSV file plus those stored in the folder's
/// library database (store::Library::facts()). "Use this as the reference" stores one there and rescans, so
/// the disagreeing side shows as a conflict with the reference. The controller wires itself to the window's
/// "Reference Facts…" action (found by Actions::kReferenceFactsName), which opens the FactsDialog.
///
/// Writes run on a worker thread, one at a time: while a scan writes to the same database, SQLite makes a
/// second writer wait (up to its busy timeout), and that wait must not freeze the window.
class ReferenceController : public QObject {
    Q_OBJECT
public:
    ReferenceController(FolderController* folder, QWidget* window);
    ~ReferenceController() override;
    void setAnalysis(AnalysisPtr analysis) { m_data = std::move(analysis); }

    /// Asks for a facts file, checks it, and rescans with it.
    void loadInteractively();
    /// Checks and uses a facts file; returns an empty string or the error.
    [[nodiscard]] QString useFactsFile(const QString& path);
    /// Stops using the loaded facts file and rescans.
    void dropFactsFile();

    /// Stores the value one side of a conflict asserts as the reference for the conflict's subject and
    /// attribute (replacing an earlier reference for the same pair), then rescans. Returns the error when the
    /// claim cannot serve as a reference; otherwise empty, and the outcome arrives later by message() (and
    /// factsChanged() when the library changed).
    [[nodiscard]] QString useAsReference(const QString& conflictId, int evidenceIndex);
    /// Removes a stored fact, then rescans; the outcome arrives as for useAsReference().
    void removeFact(std::int64_t factId);
    /// The facts stored for the open folder (empty with `error` set when the database cannot be read).
    [[nodiscard]] std::vector<store::StoredFact> storedFacts(QString* error = nullptr) const;
    /// The open folder's library database: FolderController::database(), else the per-folder default;
    /// empty while no folder is open.
    [[nodiscard]] QString libraryPath() const;

    /// Opens (or raises) the dialog listing the stored facts; nullptr while no folder is open.
    FactsDialog* showFacts();
    [[nodiscard]] FactsDialog* factsDialog() const;

signals:
    void message(const QString& text);
    /// The stored facts changed (a rescan has been started).
    void factsChanged();

private:
    /// What a write to the library did: `changed` says whether a rescan is needed; `text` tells the user.
    struct Outcome {
        bool changed = false;
        QString text;
    };
    using Change = std::function<Outcome(store::Library&)>;

    [[nodiscard]] Result<store::Library> openLibrary() const;
    /// Runs `change` on the library on the worker thread, then (on the GUI thread) rescans and reports.
    void changeLibrary(Change change);
    void refreshDialog(const QString& problem = {});

    FolderController* m_folder;
    QWidget* m_window;
    AnalysisPtr m_data;
    QPointer<FactsDialog> m_dialog;
    QThreadPool m_writer;  ///< one thread: writes keep their order
};

}  // namespace parallax::ui
