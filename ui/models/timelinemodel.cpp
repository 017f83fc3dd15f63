#include "ui/models/timelinemodel.h"

#include <algorithm>

#include "core/model/timex_text.h"
#include "ui/roles.h"

namespace parallax::ui {
namespace {

// The sentence around a span, from the annotations when there are any, else the span's own words.
Span sentenceAround(const Annotations& ann, const Span& span) {
    for (const auto& s : ann.sentences)
        if (s.span.contains(span) || s.span.overlaps(span)) return s.span;
    return span;
}

QString shorten(QString s, int max) {
    s = s.simplified();
    return s.size() > max ? s.left(max - 1) + QStringLiteral("…") : s;
}

}  // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setStory(AnalysisPtr analysis, const QString& storyId) {
    beginResetModel();
    m_data = std::move(analysis);
    m_articles.clear();
    m_rows.clear();
    if (m_data) {
        if (const Story* s = m_data->story(ss(storyId))) m_articles = s->articles;
        std::map<std::string, Row> byValue;  // TIMEX values sort chronologically as text
        for (int col = 0; col < static_cast<int>(m_articles.size()); ++col) {
            const Annotations* ann = m_data->annotations(m_articles[static_cast<std::size_t>(col)]);
            const Article* art = m_data->article(m_articles[static_cast<std::size_t>(col)]);
            if (!ann || !art) continue;
            for (const auto& t : ann->times) {
                if (!t.resolved || t.value.empty() || t.value[0] < '0' || t.value[0] > '9') continue;
                Row& row = byValue[t.value];
                row.value = qs(readableTimex(t.value));  // rows stay ordered by the value itself
                Cell& cell = row.cells[col];
                if (!cell.full.isEmpty()) continue;  // first mention per source is enough
                const Span s = sentenceAround(*ann, t.span);
                const std::size_t end = std::min(s.end, art->text.size());
                const std::size_t start = std::min(s.start, end);
                cell.full = qs(art->text.substr(start, end - start)).simplified();
                cell.text = QStringLiteral("%1 — %2").arg(qs(t.text), shorten(cell.full, 90));
                cell.span = t.span;
            }
        }
        for (auto& [v, row] : byValue) m_rows.push_back(std::move(row));
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    auto it = row.cells.find(index.column());
    const Cell* cell = it == row.cells.end() ? nullptr : &it->second;
    switch (role) {
        case Qt::DisplayRole: return cell ? cell->text : QString();
        case Qt::ToolTipRole: return cell ? cell->full : QString();
        case ArticleRole: return qs(m_articles[static_cast<std::size_t>(index.column())]);
        case ByteStartRole: return cell ? QVariant(static_cast<qulonglong>(cell->span.start)) : QVariant();
        case ByteEndRole: return cell ? QVariant(static_cast<qulonglong>(cell->span.end)) : QVariant();
        default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) return {};
        return m_data->outletOf(m_articles[static_cast<std::size_t>(section)]);
    }
    if (section < 0 || section >= rowCount()) return {};
    return m_rows[static_cast<std::size_t>(section)].value;
}

}  // namespace parallax::ui
