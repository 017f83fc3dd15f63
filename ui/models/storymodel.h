#pragma once
/// @file storymodel.h  Tree of stories and their articles (outlet, date, conflict count).
#include <QAbstractItemModel>

#include <utility>

#include "ui/analysisdata.h"

namespace parallax::ui {

/// Two levels: stories at the top, their articles below. Roles: Display, ToolTip, IdRole, NodeKindRole,
/// SortRole, StoryRole, ArticleRole.
class StoryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Outlet, Date, Conflicts, ColumnCount };

    explicit StoryModel(QObject* parent = nullptr);
    void setAnalysis(AnalysisPtr analysis);
    [[nodiscard]] const AnalysisPtr& analysis() const { return m_data; }
    /// Index (column 0) of a story, invalid when unknown.
    [[nodiscard]] QModelIndex indexOfStory(const QString& storyId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant storyData(const Story& story, int column, int role) const;
    [[nodiscard]] QVariant articleData(const Story& story, const std::string& articleId, int column, int role) const;
    [[nodiscard]] int storyConflicts(const Story& story) const;
    /// Earliest and latest publication date of the story's articles (empty when none is dated).
    [[nodiscard]] std::pair<QString, QString> dateRange(const Story& story) const;

    AnalysisPtr m_data;
};

}  // namespace parallax::ui
