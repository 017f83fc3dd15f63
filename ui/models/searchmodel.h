#pragma once
/// @file searchmodel.h  Search results: article, outlet, snippet with the matches highlighted.
#include <QAbstractListModel>

#include <vector>

#include "ui/search.h"

namespace parallax::ui {

/// One row per hit. Roles: Display (title · outlet), ToolTip, SnippetHtmlRole, ArticleRole, StoryRole,
/// ByteStartRole, ByteEndRole.
class SearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit SearchModel(QObject* parent = nullptr);
    void setResults(AnalysisPtr analysis, std::vector<SearchHit> hits);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    AnalysisPtr m_data;
    std::vector<SearchHit> m_hits;
};

}  // namespace parallax::ui
