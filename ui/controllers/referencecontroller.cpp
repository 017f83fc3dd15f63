#include "ui/controllers/referencecontroller.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include "core/conflict/detector.h"
#include "ui/controllers/foldercontroller.h"

namespace parallax::ui {
namespace {
// A TSV field may not hold tabs or line breaks.
QString field(const std::string& s) {
    QString f = qs(s);
    f.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return f.trimmed();
}
}  // namespace

ReferenceController::ReferenceController(FolderController* folder, QWidget* window)
    : QObject(window), m_folder(folder), m_window(window) {}

QString ReferenceController::defaultFactsFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reference-facts.tsv");
}

QString ReferenceController::useFactsFile(const QString& path) {
    auto facts = conflict::loadFacts(path.toStdString());
    if (!facts) return qs(facts.error());
    m_folder->setFactsFile(path);
    m_folder->rescan();
    emit message(tr("Using %n reference fact(s) from %1", "", static_cast<int>(facts->size())).arg(path));
    return {};
}

void ReferenceController::loadInteractively() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load reference facts"), {},
                                                      tr("Reference facts (*.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    const QString error = useFactsFile(path);
    if (!error.isEmpty()) QMessageBox::warning(m_window, tr("Reference facts"), error);
}

QString ReferenceController::useAsReference(const QString& conflictId, int evidenceIndex) {
    const Conflict* c = m_data ? m_data->conflict(ss(conflictId)) : nullptr;
    if (!c || evidenceIndex < 0 || evidenceIndex >= static_cast<int>(c->evidence.size())) return tr("No such claim.");
    const Evidence& e = c->evidence[static_cast<std::size_t>(evidenceIndex)];
    const QString path = m_folder->factsFile().isEmpty() ? defaultFactsFile() : m_folder->factsFile();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool fresh = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
    QFile f(path);
    if (!f.open(QIODevice::Append | QIODevice::Text)) return tr("Could not write %1: %2").arg(path, f.errorString());
    if (fresh) f.write("subject\tattribute\tvalue\tsource\n");
    const QString line = QStringList{field(c->subject), field(c->attribute), field(e.value.empty() ? e.text : e.value),
                                     m_data->outletOf(e.article)}
                             .join(QLatin1Char('\t'));
    f.write(line.toUtf8() + '\n');
    f.close();
    m_folder->setFactsFile(path);
    m_folder->rescan();
    emit message(tr("Added reference: %1").arg(line));
    return {};
}

}  // namespace parallax::ui
