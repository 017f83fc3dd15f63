#include "ui/controllers/referencecontroller.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include "core/conflict/detector.h"
#include "core/model/amount_text.h"
#include "ui/actions.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/views/factsdialog.h"

namespace parallax::ui {
namespace {

// One line of text per field: the facts file format (and the dialog's table) has no room for line breaks.
std::string oneLine(const std::string& s) {
    QString f = qs(s);
    f.replace(QRegularExpression(QStringLiteral("[\\t\\r\\n]+")), QStringLiteral(" "));
    return ss(f.simplified());
}

bool sameKey(const ReferenceFact& a, const ReferenceFact& b) {
    return qs(a.subject).compare(qs(b.subject), Qt::CaseInsensitive) == 0 &&
           qs(a.attribute).compare(qs(b.attribute), Qt::CaseInsensitive) == 0;
}

}  // namespace

ReferenceController::ReferenceController(FolderController* folder, QWidget* window)
    : QObject(window), m_folder(folder), m_window(window) {
    m_writer.setMaxThreadCount(1);
    // The window's menu entry is found by name, so the window needs no wiring for it.
    if (auto* manage = window ? window->findChild<QAction*>(QString::fromLatin1(Actions::kReferenceFactsName)) : nullptr)
        connect(manage, &QAction::triggered, this, [this] { (void)showFacts(); });
    connect(m_folder, &FolderController::folderChanged, this, [this] { refreshDialog(); });
}

ReferenceController::~ReferenceController() = default;

FactsDialog* ReferenceController::factsDialog() const { return m_dialog; }

QString ReferenceController::useFactsFile(const QString& path) {
    auto facts = conflict::loadFacts(path.toStdString());
    if (!facts) return qs(facts.error());
    m_folder->setFactsFile(path);
    m_folder->rescan();
    refreshDialog();
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

void ReferenceController::dropFactsFile() {
    if (m_folder->factsFile().isEmpty()) return;
    m_folder->setFactsFile({});
    m_folder->rescan();
    refreshDialog();
    emit message(tr("No longer checking against a facts file."));
}

QString ReferenceController::libraryPath() const {
    if (m_folder->folder().isEmpty()) return {};
    if (!m_folder->database().isEmpty()) return m_folder->database();
    return QString::fromStdString(store::Library::defaultPathFor(m_folder->folder().toStdString()).string());
}

Result<store::Library> ReferenceController::openLibrary() const {
    const QString path = libraryPath();
    if (path.isEmpty()) return Error{ss(tr("Open a folder first."))};
    return store::Library::open(path.toStdString());
}

std::vector<store::StoredFact> ReferenceController::storedFacts(QString* error) const {
    auto lib = openLibrary();
    if (!lib) {
        if (error) *error = qs(lib.error());
        return {};
    }
    return lib->facts();
}

QString ReferenceController::useAsReference(const QString& conflictId, int evidenceIndex) {
    const Conflict* c = m_data ? m_data->conflict(ss(conflictId)) : nullptr;
    if (!c || evidenceIndex < 0 || evidenceIndex >= static_cast<int>(c->evidence.size())) return tr("No such claim.");
    if (c->type == ConflictType::Speaker || c->type == ConflictType::Stance)
        return tr("Who said something, or how something compares, cannot be checked against a reference fact.");
    const Evidence& e = c->evidence[static_cast<std::size_t>(evidenceIndex)];
    if (e.article == "reference") return tr("This side already is a reference fact.");
    ReferenceFact fact{oneLine(c->subject), oneLine(c->attribute),
                       oneLine(amountInWords(e.value.empty() ? e.text : e.value, 12)), ss(m_data->outletOf(e.article))};
    if (fact.subject.empty() || fact.attribute.empty() || fact.value.empty()) return tr("This claim has no value to keep.");

    // One reference per subject and attribute: a new choice replaces the earlier one instead of contradicting it.
    changeLibrary([fact](store::Library& lib) -> Outcome {
        bool replaced = false;
        for (const store::StoredFact& old : lib.facts()) {
            if (!sameKey(old.fact, fact)) continue;
            if (old.fact.value == fact.value) return {false, tr("%1 is already the reference.").arg(qs(fact.value))};
            if (auto r = lib.removeFact(old.id); !r)
                return {false, tr("Could not replace the earlier reference: %1").arg(qs(r.error()))};
            replaced = true;
        }
        if (auto r = lib.addFact(fact); !r) return {replaced, tr("Could not store the reference: %1").arg(qs(r.error()))};
        const QString what =
            QStringLiteral("%1 · %2 = %3 (%4)").arg(qs(fact.subject), qs(fact.attribute), qs(fact.value), qs(fact.source));
        return {true, replaced ? tr("Reference replaced: %1").arg(what) : tr("Reference added: %1").arg(what)};
    });
    return {};
}

void ReferenceController::removeFact(std::int64_t factId) {
    changeLibrary([factId](store::Library& lib) -> Outcome {
        if (auto r = lib.removeFact(factId); !r) return {false, tr("Could not remove the fact: %1").arg(qs(r.error()))};
        return {true, tr("Reference fact removed.")};
    });
}

void ReferenceController::changeLibrary(Change change) {
    const QString path = libraryPath();
    if (path.isEmpty()) {
        emit message(tr("Open a folder first: reference facts are kept per folder."));
        return;
    }
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome done = watcher->result();
        watcher->deleteLater();
        if (done.changed) {
            m_folder->rescan();
            emit factsChanged();
        }
        refreshDialog(done.changed ? QString() : done.text);
        emit message(done.text);
    });
    watcher->setFuture(QtConcurrent::run(&m_writer, [path, change = std::move(change)]() -> Outcome {
        auto lib = store::Library::open(path.toStdString());
        if (!lib) return {false, tr("Could not open the library database: %1").arg(qs(lib.error()))};
        return change(lib.value());
    }));
}

FactsDialog* ReferenceController::showFacts() {
    if (m_folder->folder().isEmpty()) {
        emit message(tr("Open a folder first: reference facts are kept per folder."));
        return nullptr;
    }
    if (!m_dialog) {
        m_dialog = new FactsDialog(m_window);
        connect(m_dialog, &FactsDialog::removeRequested, this, &ReferenceController::removeFact);
        connect(m_dialog, &FactsDialog::dropFileRequested, this, &ReferenceController::dropFactsFile);
    }
    refreshDialog();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ReferenceController::refreshDialog(const QString& problem) {
    if (!m_dialog) return;
    // Reading does not wait for a writer (the database is in WAL mode), so it may stay on the GUI thread.
    QString error;
    const std::vector<store::StoredFact> facts = storedFacts(&error);
    m_dialog->setFacts(facts, m_folder->factsFile(), error.isEmpty() ? problem : tr("Could not read the facts: %1").arg(error));
}

}  // namespace parallax::ui
