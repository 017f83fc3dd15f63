#pragma once
/// @file searchpanel.h  The search dock: a query box and the hits with highlighted snippets.
#include <QWidget>

#include <memory>

#include "ui/search.h"

class QLineEdit;
class QListView;
class QLabel;

namespace parallax::ui {

class SearchModel;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    void setBackend(AnalysisPtr analysis, std::unique_ptr<SearchBackend> backend);
    /// Focuses the query box and selects its text.
    void focusQuery();
    void runQuery(const QString& query);
    [[nodiscard]] QListView* results() const { return m_results; }
    [[nodiscard]] SearchModel* model() const { return m_model; }

signals:
    void hitActivated(const QString& storyId, const QString& articleId, qulonglong byteStart, qulonglong byteEnd);

private:
    QLineEdit* m_query;
    QLabel* m_status;
    QListView* m_results;
    SearchModel* m_model;
    AnalysisPtr m_data;
    std::unique_ptr<SearchBackend> m_backend;
};

}  // namespace parallax::ui
