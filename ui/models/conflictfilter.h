#pragma once
/// @file conflictfilter.h  Filters and sorts the conflicts table: story, severity, type, verdict, text.
#include <QSortFilterProxyModel>

namespace parallax::ui {

/// Proxy over ConflictModel. -1 means "any" for the enum filters; an empty story shows every story.
class ConflictFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ConflictFilter(QObject* parent = nullptr);
    void setStory(const QString& storyId);
    void setMinSeverity(int severity);
    void setType(int type);
    void setVerdict(int verdict);
    void setText(const QString& text);
    [[nodiscard]] const QString& story() const { return m_story; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_story;
    int m_minSeverity = -1;
    int m_type = -1;
    int m_verdict = -1;
    QString m_text;
};

}  // namespace parallax::ui
