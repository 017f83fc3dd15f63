#include "ui/verdictbook.h"

#include "ui/analysisdata.h"

namespace parallax::ui {

VerdictBook::VerdictBook(QObject* parent) : QObject(parent) {}
VerdictBook::~VerdictBook() = default;

void VerdictBook::setStore(std::unique_ptr<VerdictStore> store, const std::map<std::string, UserVerdict>& initial) {
    m_store = std::move(store);
    m_verdicts = initial;
    if (m_store)
        for (auto& [id, v] : m_store->load()) m_verdicts[id] = v;
    emit reset();
}

UserVerdict VerdictBook::verdict(const std::string& conflictId) const {
    auto it = m_verdicts.find(conflictId);
    return it == m_verdicts.end() ? UserVerdict{} : it->second;
}

bool VerdictBook::setVerdict(const std::string& conflictId, Verdict verdict) {
    UserVerdict v = this->verdict(conflictId);
    v.verdict = verdict;
    return store(conflictId, v);
}

bool VerdictBook::setNote(const std::string& conflictId, const std::string& note) {
    UserVerdict v = verdict(conflictId);
    v.note = note;
    return store(conflictId, v);
}

bool VerdictBook::store(const std::string& conflictId, const UserVerdict& v) {
    if (m_store && !m_store->save(conflictId, v)) {
        emit error(m_store->lastError());
        return false;
    }
    m_verdicts[conflictId] = v;
    emit changed(qs(conflictId));
    return true;
}

}  // namespace parallax::ui
