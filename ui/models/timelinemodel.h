#pragma once
/// @file timelinemodel.h  Dated statements of one story: one row per date, one column per source.
#include <QAbstractTableModel>

#include <map>
#include <string>
#include <vector>

#include "ui/analysisdata.h"

namespace parallax::ui {

/// Rows are the normalized dates (TIMEX values, chronological), columns the story's articles; a cell holds
/// the sentence in which that source gives that date. Roles: Display, ToolTip, ArticleRole, ByteStartRole,
/// ByteEndRole.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit TimelineModel(QObject* parent = nullptr);
    void setStory(AnalysisPtr analysis, const QString& storyId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        QString text;  ///< the sentence, shortened
        QString full;
        Span span;     ///< the time expression
    };
    struct Row {
        QString value;
        std::map<int, Cell> cells;  ///< by column
    };

    AnalysisPtr m_data;
    std::vector<std::string> m_articles;
    std::vector<Row> m_rows;
};

}  // namespace parallax::ui
