#include "ui/models/storymodel.h"

#include <QFileInfo>

#include <algorithm>

#include "ui/roles.h"

namespace parallax::ui {
namespace {
// internalId 0 marks a story row; an article row stores its story's row + 1.
constexpr quintptr kStoryNode = 0;
}  // namespace

StoryModel::StoryModel(QObject* parent) : QAbstractItemModel(parent) {}

void StoryModel::setAnalysis(AnalysisPtr analysis) {
    beginResetModel();
    m_data = std::move(analysis);
    endResetModel();
}

QModelIndex StoryModel::indexOfStory(const QString& storyId) const {
    if (!m_data) return {};
    const auto& stories = m_data->result().stories;
    const std::string id = ss(storyId);
    for (int i = 0; i < static_cast<int>(stories.size()); ++i)
        if (stories[static_cast<std::size_t>(i)].id == id) return index(i, 0);
    return {};
}

QModelIndex StoryModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, kStoryNode);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex StoryModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kStoryNode) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kStoryNode);
}

int StoryModel::rowCount(const QModelIndex& parent) const {
    if (!m_data) return 0;
    const auto& stories = m_data->result().stories;
    if (!parent.isValid()) return static_cast<int>(stories.size());
    if (parent.internalId() != kStoryNode || parent.column() != 0) return 0;
    return static_cast<int>(stories[static_cast<std::size_t>(parent.row())].articles.size());
}

int StoryModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant StoryModel::data(const QModelIndex& index, int role) const {
    if (!m_data || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& stories = m_data->result().stories;
    if (index.internalId() == kStoryNode) return storyData(stories[static_cast<std::size_t>(index.row())], index.column(), role);
    const Story& story = stories[static_cast<std::size_t>(index.internalId() - 1)];
    return articleData(story, story.articles[static_cast<std::size_t>(index.row())], index.column(), role);
}

std::pair<QString, QString> StoryModel::dateRange(const Story& story) const {
    QString first, last;
    for (const auto& a : story.articles) {
        const QString d = m_data->dateOf(a);
        if (d.isEmpty()) continue;
        if (first.isEmpty() || d < first) first = d;
        if (last.isEmpty() || d > last) last = d;
    }
    return {first, last};
}

int StoryModel::storyConflicts(const Story& story) const {
    return static_cast<int>(m_data->conflictsOfStory(story.id).size());
}

QVariant StoryModel::storyData(const Story& story, int column, int role) const {
    switch (role) {
        case IdRole:
        case StoryRole: return qs(story.id);
        case NodeKindRole: return static_cast<int>(NodeKind::Story);
        case Qt::DisplayRole:
        case SortRole:
            switch (column) {
                case Name: return qs(story.label);
                case Outlet: return role == SortRole ? QVariant(static_cast<int>(story.articles.size()))
                                                     : QVariant(tr("%n source(s)", "", static_cast<int>(story.articles.size())));
                case Date: return dateRange(story).first;  // the range is in the tooltip
                case Conflicts:
                    if (role == SortRole) return storyConflicts(story);
                    // While the sources are still being compared, 0 would be a claim we cannot make yet.
                    return m_data->provisional() ? QStringLiteral("…") : QString::number(storyConflicts(story));
            }
            return {};
        case Qt::ToolTipRole: {
            const auto [first, last] = dateRange(story);
            const QString dates = first == last ? first : first + QStringLiteral(" – ") + last;
            return tr("%1\n%n article(s), ", "", static_cast<int>(story.articles.size())).arg(qs(story.label)) +
                   (dates.isEmpty() ? QString() : dates + QStringLiteral(", ")) +
                   (m_data->provisional() ? tr("comparing the sources…")
                                          : tr("%n conflict(s)", "", storyConflicts(story)));
        }
        case Qt::TextAlignmentRole:
            return column == Conflicts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default: return {};
    }
}

QVariant StoryModel::articleData(const Story& story, const std::string& articleId, int column, int role) const {
    const Article* a = m_data->article(articleId);
    switch (role) {
        case IdRole:
        case ArticleRole: return qs(articleId);
        case StoryRole: return qs(story.id);
        case NodeKindRole: return static_cast<int>(NodeKind::Article);
        case Qt::DisplayRole:
        case SortRole:
            switch (column) {
                case Name:
                    if (a && !a->title.empty()) return qs(a->title);
                    return a ? QFileInfo(qs(a->path)).fileName() : qs(articleId);
                case Outlet: return m_data->outletOf(articleId);
                case Date: return m_data->dateOf(articleId);
                case Conflicts: {
                    const int n = m_data->conflictCountOfArticle(articleId);
                    if (role == SortRole) return n;
                    return m_data->provisional() ? QStringLiteral("…") : QString::number(n);
                }
            }
            return {};
        case Qt::ToolTipRole:
            if (!a) return qs(articleId);
            return QStringLiteral("%1\n%2 · %3\n%4").arg(qs(a->title), m_data->outletOf(articleId),
                                                        m_data->dateOf(articleId), qs(a->path));
        case Qt::TextAlignmentRole:
            return column == Conflicts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default: return {};
    }
}

QVariant StoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Name: return tr("Story / article");
        case Outlet: return tr("Outlet");
        case Date: return tr("Date");
        case Conflicts: return tr("Conflicts");
    }
    return {};
}

}  // namespace parallax::ui
