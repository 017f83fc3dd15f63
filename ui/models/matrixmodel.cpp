#include "ui/models/matrixmodel.h"

#include <QApplication>
#include <QPalette>

#include "ui/colors.h"
#include "ui/models/conflictmodel.h"
#include "ui/roles.h"

namespace parallax::ui {

MatrixModel::MatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void MatrixModel::setStory(AnalysisPtr analysis, const QString& storyId) {
    beginResetModel();
    m_data = std::move(analysis);
    m_groups.clear();
    m_articles.clear();
    if (m_data) {
        const std::string id = ss(storyId);
        for (int g : m_data->groupsOfStory(id)) m_groups.push_back(&m_data->result().groups[static_cast<std::size_t>(g)]);
        if (const Story* s = m_data->story(id)) m_articles = s->articles;
    }
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_groups.size()); }
int MatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

Coverage MatrixModel::coverage(const Group& g, const std::string& articleId, const GroupMember** member) const {
    *member = nullptr;
    for (const auto& m : g.members)
        if (m.article == articleId) *member = &m;
    const auto& cov = m_data->result().coverage;
    if (auto it = cov.find(g.id); it != cov.end())
        if (auto jt = it->second.find(articleId); jt != it->second.end()) return jt->second;
    return *member ? Coverage::States : Coverage::Omits;
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Group& g = *m_groups[static_cast<std::size_t>(index.row())];
    const std::string& article = m_articles[static_cast<std::size_t>(index.column())];
    const GroupMember* member = nullptr;
    const Coverage c = coverage(g, article, &member);
    switch (role) {
        case Qt::DisplayRole: {
            const QString symbol = c == Coverage::States ? QStringLiteral("✓") : c == Coverage::Contradicts ? QStringLiteral("✗") : QStringLiteral("–");
            return symbol + QLatin1Char(' ') + coverageName(c);
        }
        case Qt::ToolTipRole:
            return member ? qs(member->text) : tr("%1 does not mention this.").arg(m_data->outletOf(article));
        case Qt::BackgroundRole: return colors::coverageBackground(QApplication::palette(), c);
        case CoverageRole: return static_cast<int>(c);
        case GroupRole: return qs(g.id);
        case ArticleRole: return qs(article);
        case ByteStartRole: return member ? QVariant(static_cast<qulonglong>(member->span.start)) : QVariant();
        case ByteEndRole: return member ? QVariant(static_cast<qulonglong>(member->span.end)) : QVariant();
        default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) return {};
        const std::string& a = m_articles[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole) return m_data->outletOf(a);
        if (role == Qt::ToolTipRole) {
            const Article* art = m_data->article(a);
            return art ? qs(art->title) : QString();
        }
        return {};
    }
    if (section < 0 || section >= rowCount()) return {};
    const Group& g = *m_groups[static_cast<std::size_t>(section)];
    QString label = qs(g.label.empty() && !g.members.empty() ? g.members.front().text : g.label);
    if (role == Qt::ToolTipRole) return label;
    if (role == Qt::DisplayRole) {
        // A header cannot wrap or elide by itself: cut at a word so the row label ends in "…", not mid-word.
        constexpr int kMax = 52;
        if (label.size() <= kMax) return label;
        const qsizetype space = label.lastIndexOf(QLatin1Char(' '), kMax);
        return label.left(space > kMax / 2 ? space : kMax).trimmed() + QStringLiteral("…");
    }
    return {};
}

}  // namespace parallax::ui
