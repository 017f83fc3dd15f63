#include "ui/models/searchmodel.h"

#include "ui/roles.h"

namespace parallax::ui {

SearchModel::SearchModel(QObject* parent) : QAbstractListModel(parent) {}

void SearchModel::setResults(AnalysisPtr analysis, std::vector<SearchHit> hits) {
    beginResetModel();
    m_data = std::move(analysis);
    m_hits = std::move(hits);
    endResetModel();
}

int SearchModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_hits.size()); }

QVariant SearchModel::data(const QModelIndex& index, int role) const {
    if (!m_data || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const SearchHit& h = m_hits[static_cast<std::size_t>(index.row())];
    const Article* a = m_data->article(h.article);
    const QString title = a ? qs(a->title) : qs(h.article);
    switch (role) {
        case Qt::DisplayRole: return QStringLiteral("%1 · %2").arg(title, m_data->outletOf(h.article));
        case Qt::ToolTipRole: return a ? qs(a->path) : QString();
        case SnippetHtmlRole:
            return QStringLiteral("<div><b>%1</b> · <i>%2</i></div><div>%3</div>")
                .arg(title.toHtmlEscaped(), m_data->outletOf(h.article).toHtmlEscaped(), h.snippetHtml);
        case ArticleRole: return qs(h.article);
        case StoryRole: return qs(m_data->storyOfArticle(h.article));
        case ByteStartRole: return static_cast<qulonglong>(h.start);
        case ByteEndRole: return static_cast<qulonglong>(h.end);
        default: return {};
    }
}

}  // namespace parallax::ui
