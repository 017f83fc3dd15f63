#include "ui/controllers/exportcontroller.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include <filesystem>

#include "core/report/report.h"
#include "core/util/atomic_file.h"
#include "ui/pdf/pdfprinter.h"
#include "ui/verdictbook.h"

namespace parallax::ui {

ExportController::ExportController(const VerdictBook* verdicts, QWidget* window)
    : QObject(window), m_verdicts(verdicts), m_window(window) {}

QString ExportController::exportTo(const QString& path) const {
    if (!m_data) return tr("Nothing to export yet: open a folder first.");
    report::Format format{};
    if (!report::formatFromPath(path.toStdString(), format))
        return tr("Unknown report format for %1 (use .html, .pdf, .md, .json or .csv).").arg(path);
    // The report shows the verdicts as they are now, including those given since the analysis.
    AnalysisResult result = m_data->result();
    for (const Conflict& c : result.conflicts) result.verdicts[c.id] = m_verdicts->verdict(c.id);
    report::Options options;
    options.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    auto rendered = report::render(result, format, options);
    if (!rendered) return qs(rendered.error());
    // Both paths write beside the target and rename over it when complete (the same helper as the CLI's), so a
    // crash or a full disk during an export never leaves a half report where the last good one was.
    const std::filesystem::path target = path.toStdString();
    Result<bool> written = format == report::Format::Pdf
        ? util::writeFileAtomically(target, [&](const std::filesystem::path& temporary) -> Result<bool> {
              if (std::string err = pdf::printHtmlToPdf(rendered.value(), temporary.string()); !err.empty())
                  return Error{err};
              return true;
          })
        : util::writeFileAtomically(target, rendered.value());
    if (!written) return qs(written.error());
    return {};
}

void ExportController::exportInteractively() {
    if (!m_data) return;
    const QString suggested = QFileInfo(qs(m_data->result().folder)).fileName() + QStringLiteral("-report.html");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export comparison report"), suggested,
        tr("HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json);;CSV of conflicts (*.csv)"), &filter);
    if (path.isEmpty()) return;
    const QString error = exportTo(path);
    if (!error.isEmpty()) QMessageBox::warning(m_window, tr("Export failed"), error);
}

}  // namespace parallax::ui
