#include "ui/views/storiespanel.h"

#include <QHeaderView>

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "ui/models/storymodel.h"
#include "ui/roles.h"

namespace parallax::ui {

StoriesPanel::StoriesPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter stories, outlets, titles…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new StoryModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("storiesView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);  // cheap layout for thousands of rows
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // the engine's order until the user sorts
    m_view->setAlternatingRowColors(true);
    // The title takes what the fixed-width columns leave, so the date and count are never pushed out of view.
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StoryModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(StoryModel::Outlet, fm.horizontalAdvance(QStringLiteral("Ledger Daily  ")));
    header->resizeSection(StoryModel::Date, fm.horizontalAdvance(QStringLiteral("2025-03-13  ")));
    header->resizeSection(StoryModel::Conflicts, fm.horizontalAdvance(QStringLiteral("Conflicts")) + 14);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& cur) { currentChanged(cur); });
}

void StoriesPanel::setAnalysis(AnalysisPtr analysis) {
    const QString keep = currentStory();
    m_model->setAnalysis(std::move(analysis));
    if (!keep.isEmpty()) selectStory(keep);
}

void StoriesPanel::selectStory(const QString& storyId, const QString& articleId) {
    QModelIndex src = m_model->indexOfStory(storyId);
    if (!src.isValid()) return;
    if (!articleId.isEmpty())
        for (int r = 0; r < m_model->rowCount(src); ++r) {
            const QModelIndex child = m_model->index(r, 0, src);
            if (child.data(ArticleRole).toString() == articleId) src = child;
        }
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid()) return;
    if (idx.parent().isValid()) m_view->expand(idx.parent());
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

QString StoriesPanel::currentStory() const { return m_view->currentIndex().data(StoryRole).toString(); }

void StoriesPanel::currentChanged(const QModelIndex& current) {
    if (!current.isValid()) return;
    const QString story = current.data(StoryRole).toString();
    emit storySelected(story);
    if (current.data(NodeKindRole).toInt() == static_cast<int>(NodeKind::Article))
        emit articleSelected(story, current.data(ArticleRole).toString());
}

}  // namespace parallax::ui
