#pragma once
/// @file verdictbook.h  The user's verdicts for the open folder: read by models, written through the store.
#include <QObject>

#include <map>
#include <memory>
#include <string>

#include "core/model/analysis.h"
#include "ui/verdictstore.h"

namespace parallax::ui {

/// Holds the verdicts in memory and writes each change through the VerdictStore at once.
class VerdictBook : public QObject {
    Q_OBJECT
public:
    explicit VerdictBook(QObject* parent = nullptr);
    ~VerdictBook() override;

    /// Switches to another store (another folder); verdicts from `initial` (e.g. from the analysis) are
    /// kept unless the store has its own for the same conflict.
    void setStore(std::unique_ptr<VerdictStore> store, const std::map<std::string, UserVerdict>& initial = {});
    [[nodiscard]] UserVerdict verdict(const std::string& conflictId) const;
    /// Sets and stores a verdict; returns false (and emits error) when it could not be stored.
    bool setVerdict(const std::string& conflictId, Verdict verdict);
    bool setNote(const std::string& conflictId, const std::string& note);

signals:
    void changed(const QString& conflictId);
    void reset();
    void error(const QString& message);

private:
    bool store(const std::string& conflictId, const UserVerdict& v);

    std::unique_ptr<VerdictStore> m_store;
    std::map<std::string, UserVerdict> m_verdicts;
};

}  // namespace parallax::ui
