#pragma once
/// @file referencecontroller.h  Reference facts: load a facts file, or add a claim as the reference.
#include <QObject>
#include <QString>

#include "ui/analysisdata.h"

class QWidget;

namespace parallax::ui {

class FolderController;

/// Facts go to the pipeline as a TSV file (subject, attribute, value, source); adding one appends to the
/// current facts file (or the user's own one) and rescans.
class ReferenceController : public QObject {
    Q_OBJECT
public:
    ReferenceController(FolderController* folder, QWidget* window);
    void setAnalysis(AnalysisPtr analysis) { m_data = std::move(analysis); }
    /// Asks for a facts file, checks it, and rescans with it.
    void loadInteractively();
    /// Checks and uses a facts file; returns an empty string or the error.
    [[nodiscard]] QString useFactsFile(const QString& path);
    /// Appends the value one side of a conflict asserts as a reference fact, then rescans.
    [[nodiscard]] QString useAsReference(const QString& conflictId, int evidenceIndex);
    /// The facts file used when the user has not loaded one: $XDG_DATA_HOME/parallax/reference-facts.tsv.
    [[nodiscard]] static QString defaultFactsFile();

signals:
    void message(const QString& text);

private:
    FolderController* m_folder;
    QWidget* m_window;
    AnalysisPtr m_data;
};

}  // namespace parallax::ui
