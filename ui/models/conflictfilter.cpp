#include "ui/models/conflictfilter.h"

#include "ui/models/conflictmodel.h"
#include "ui/roles.h"

namespace parallax::ui {

ConflictFilter::ConflictFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void ConflictFilter::setStory(const QString& storyId) {
    m_story = storyId;
    invalidateFilter();
}
void ConflictFilter::setMinSeverity(int severity) {
    m_minSeverity = severity;
    invalidateFilter();
}
void ConflictFilter::setType(int type) {
    m_type = type;
    invalidateFilter();
}
void ConflictFilter::setVerdict(int verdict) {
    m_verdict = verdict;
    invalidateFilter();
}
void ConflictFilter::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool ConflictFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_story.isEmpty() && i.data(StoryRole).toString() != m_story) return false;
    if (m_minSeverity >= 0 && i.data(SeverityRole).toInt() < m_minSeverity) return false;
    if (m_type >= 0 && i.data(TypeRole).toInt() != m_type) return false;
    if (m_verdict >= 0 && i.data(VerdictRole).toInt() != m_verdict) return false;
    if (!m_text.isEmpty()) {
        const auto* m = sourceModel();
        bool hit = false;
        for (int c = 0; c < ConflictModel::ColumnCount && !hit; ++c)
            hit = m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive);
        if (!hit) return false;
    }
    return true;
}

bool ConflictFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt()) return l.toInt() < r.toInt();
        return left.row() < right.row();  // stable: keeps the engine's ranking among equals
    }
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

}  // namespace parallax::ui
