#pragma once
/// @file referencecontroller.h  Reference facts: load a facts file, keep a claim as the reference in the
/// folder's library database, and list or remove the kept facts.
#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdint>
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
    /// attribute (replacing an earlier reference for the same pair), then rescans. Empty string or the error.
    [[nodiscard]] QString useAsReference(const QString& conflictId, int evidenceIndex);
    /// Removes a stored fact and rescans; empty string or the error.
    [[nodiscard]] QString removeFact(std::int64_t factId);
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

private:
    [[nodiscard]] Result<store::Library> openLibrary() const;
    void refreshDialog();

    FolderController* m_folder;
    QWidget* m_window;
    AnalysisPtr m_data;
    QPointer<FactsDialog> m_dialog;
};

}  // namespace parallax::ui
