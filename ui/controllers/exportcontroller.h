#pragma once
/// @file exportcontroller.h  Ctrl+E: writes the comparison report through core/report (PDF through ui/pdf).
#include <QObject>
#include <QString>

#include "ui/analysisdata.h"

class QWidget;

namespace parallax::ui {

class VerdictBook;

/// Asks for a file name and format, then renders the report of the current analysis, with the user's
/// current verdicts, via report::render (the same code as `parallax-cli report`).
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(const VerdictBook* verdicts, QWidget* window);
    void setAnalysis(AnalysisPtr analysis) { m_data = std::move(analysis); }
    /// Shows the save dialog and exports; errors are shown in a message box.
    void exportInteractively();
    /// Exports to `path` (format from the extension); returns an empty string or the error.
    [[nodiscard]] QString exportTo(const QString& path) const;

private:
    const VerdictBook* m_verdicts;
    QWidget* m_window;
    AnalysisPtr m_data;
};

}  // namespace parallax::ui
