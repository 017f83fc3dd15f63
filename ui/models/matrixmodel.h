#pragma once
/// @file matrixmodel.h  The claims matrix of one story: aligned groups × sources (states / contradicts / omits).
#include <QAbstractTableModel>

#include <string>
#include <vector>

#include "ui/analysisdata.h"

namespace parallax::ui {

/// Rows are the story's groups, columns its articles. Every cell says its coverage in words and with a
/// symbol, and has a background colour (never colour alone). Roles: Display, ToolTip, Background,
/// CoverageRole, GroupRole, ArticleRole, ByteStartRole, ByteEndRole.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit MatrixModel(QObject* parent = nullptr);
    void setStory(AnalysisPtr analysis, const QString& storyId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] Coverage coverage(const Group& g, const std::string& articleId, const GroupMember** member) const;

    AnalysisPtr m_data;
    std::vector<const Group*> m_groups;
    std::vector<std::string> m_articles;
};

}  // namespace parallax::ui
