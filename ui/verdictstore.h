#pragma once
/// @file verdictstore.h  Where the user's verdicts on conflicts are kept (behind an interface, so the
/// library database can take over without touching the views).
#include <QString>

#include <map>
#include <memory>
#include <string>

#include "core/model/analysis.h"

namespace parallax::ui {

/// Persistent verdicts for one opened folder. Every save is durable when it returns true.
class VerdictStore {
public:
    virtual ~VerdictStore() = default;
    [[nodiscard]] virtual std::map<std::string, UserVerdict> load() = 0;
    /// Stores one verdict immediately; false (with lastError()) when it could not be written.
    [[nodiscard]] virtual bool save(const std::string& conflictId, const UserVerdict& verdict) = 0;
    [[nodiscard]] virtual QString lastError() const = 0;
};

/// Verdicts in a small JSON file written atomically (QSaveFile) on every change, so a crash never loses
/// a verdict that was reported saved.
class JsonVerdictStore : public VerdictStore {
public:
    explicit JsonVerdictStore(QString file);
    [[nodiscard]] std::map<std::string, UserVerdict> load() override;
    [[nodiscard]] bool save(const std::string& conflictId, const UserVerdict& verdict) override;
    [[nodiscard]] QString lastError() const override { return m_error; }
    [[nodiscard]] const QString& file() const { return m_file; }

private:
    QString m_file;
    std::map<std::string, UserVerdict> m_verdicts;
    bool m_loaded = false;
    QString m_error;
};

/// The verdict file of a folder under `dataDir` (default: the app's data location).
[[nodiscard]] QString verdictFileFor(const QString& folder, const QString& dataDir = {});
/// The store the app uses for a folder.
[[nodiscard]] std::unique_ptr<VerdictStore> openVerdictStore(const QString& folder, const QString& dataDir = {});

}  // namespace parallax::ui
