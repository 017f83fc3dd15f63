#pragma once
/// @file storiespanel.h  The stories dock: a filter box over the story → article tree.
#include <QWidget>

#include "ui/analysisdata.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace parallax::ui {

class StoryModel;

/// Emits storySelected when the user picks a story (or an article, which selects its story).
class StoriesPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoriesPanel(QWidget* parent = nullptr);
    void setAnalysis(AnalysisPtr analysis);
    /// Selects a story (and optionally one of its articles) in the tree.
    void selectStory(const QString& storyId, const QString& articleId = {});
    [[nodiscard]] QString currentStory() const;
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] StoryModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* filter() const { return m_filter; }

signals:
    void storySelected(const QString& storyId);
    void articleSelected(const QString& storyId, const QString& articleId);

private:
    void currentChanged(const QModelIndex& current);

    QLineEdit* m_filter;
    QTreeView* m_view;
    StoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

}  // namespace parallax::ui
