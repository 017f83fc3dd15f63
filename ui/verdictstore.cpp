#include "ui/verdictstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/store/library.h"
#include "core/util/atomic_file.h"
#include "ui/analysisdata.h"
#include "ui/verdictfile.h"

namespace parallax::ui {

JsonVerdictStore::JsonVerdictStore(QString file) : m_file(std::move(file)) {}

std::map<std::string, UserVerdict> JsonVerdictStore::load() {
    m_verdicts.clear();
    m_loaded = true;
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly)) return m_verdicts;  // no file yet: no verdicts
    m_verdicts = parseVerdictFile(f.readAll());
    return m_verdicts;
}

bool JsonVerdictStore::save(const std::string& conflictId, const UserVerdict& verdict) {
    if (!m_loaded) (void)load();
    m_verdicts[conflictId] = verdict;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const QByteArray json = verdictFileJson(m_verdicts);
    if (auto written = util::writeFileAtomically(m_file.toStdString(), std::string_view(json.constData(), json.size()));
        !written) {
        m_error = qs(written.error());
        return false;
    }
    return true;
}

QString verdictFileFor(const QString& folder, const QString& dataDir) {
    const QString base = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    const QByteArray key = QFileInfo(folder).absoluteFilePath().toUtf8();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return base + QStringLiteral("/verdicts/") + hash + QStringLiteral(".json");
}

namespace {

// Verdicts in the folder's library database (the same file the pipeline reads them from); each call
// commits its own transaction, so a verdict survives a crash right after it was given.
class LibraryVerdictStore : public VerdictStore {
public:
    explicit LibraryVerdictStore(store::Library library) : m_library(std::move(library)) {}
    [[nodiscard]] std::map<std::string, UserVerdict> load() override { return m_library.verdicts(); }
    [[nodiscard]] bool save(const std::string& conflictId, const UserVerdict& verdict) override {
        auto r = m_library.setVerdict(conflictId, verdict.verdict, verdict.note);
        if (!r) m_error = qs(r.error());
        return r.ok();
    }
    [[nodiscard]] QString lastError() const override { return m_error; }

private:
    store::Library m_library;
    QString m_error;
};

}  // namespace

std::unique_ptr<VerdictStore> openVerdictStore(const QString& folder, const QString& dataDir) {
    // The library database of the folder (tests pass their own directory); the JSON file only when the
    // database cannot be opened, so verdicts are still kept.
    const std::string path = dataDir.isEmpty()
                                 ? store::Library::defaultPathFor(folder.toStdString()).string()
                                 : QString(verdictFileFor(folder, dataDir)).replace(QStringLiteral(".json"), QStringLiteral(".sqlite")).toStdString();
    QDir().mkpath(QFileInfo(qs(path)).absolutePath());
    auto library = store::Library::open(path);
    if (library) return std::make_unique<LibraryVerdictStore>(std::move(library.value()));
    return std::make_unique<JsonVerdictStore>(verdictFileFor(folder, dataDir));
}

}  // namespace parallax::ui
