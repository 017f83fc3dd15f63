#include "ui/models/conflictmodel.h"

#include <QApplication>
#include <QPalette>
#include <QStringList>

#include "core/model/amount_text.h"
#include "core/model/timex_text.h"
#include "ui/colors.h"
#include "ui/roles.h"
#include "ui/verdictbook.h"

namespace parallax::ui {

QString severityName(Severity s) {
    switch (s) {
        case Severity::High: return QObject::tr("High");
        case Severity::Medium: return QObject::tr("Medium");
        case Severity::Low: return QObject::tr("Low");
    }
    return {};
}

QString typeName(ConflictType t) {
    switch (t) {
        case ConflictType::Date: return QObject::tr("Date");
        case ConflictType::Number: return QObject::tr("Number");
        case ConflictType::Money: return QObject::tr("Money");
        case ConflictType::Category: return QObject::tr("Category");
        case ConflictType::Version: return QObject::tr("Version");
        case ConflictType::Role: return QObject::tr("Role");
        case ConflictType::Speaker: return QObject::tr("Speaker");
        case ConflictType::Stance: return QObject::tr("Stance");
    }
    return {};
}

QString verdictName(Verdict v) {
    switch (v) {
        case Verdict::Open: return QObject::tr("Open");
        case Verdict::Confirmed: return QObject::tr("Confirmed");
        case Verdict::Dismissed: return QObject::tr("Dismissed");
    }
    return {};
}

QString coverageName(Coverage c) {
    switch (c) {
        case Coverage::States: return QObject::tr("states");
        case Coverage::Contradicts: return QObject::tr("contradicts");
        case Coverage::Omits: return QObject::tr("omits");
    }
    return {};
}

ConflictModel::ConflictModel(const VerdictBook* verdicts, QObject* parent)
    : QAbstractTableModel(parent), m_verdicts(verdicts) {
    connect(m_verdicts, &VerdictBook::changed, this, &ConflictModel::verdictChanged);
    connect(m_verdicts, &VerdictBook::reset, this, [this] {
        if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void ConflictModel::setAnalysis(AnalysisPtr analysis) {
    beginResetModel();
    m_data = std::move(analysis);
    endResetModel();
}

QModelIndex ConflictModel::indexOfConflict(const QString& id) const {
    if (!m_data) return {};
    const auto& all = m_data->result().conflicts;
    const std::string key = ss(id);
    for (int i = 0; i < static_cast<int>(all.size()); ++i)
        if (all[static_cast<std::size_t>(i)].id == key) return index(i, 0);
    return {};
}

void ConflictModel::verdictChanged(const QString& id) {
    const QModelIndex i = indexOfConflict(id);
    if (i.isValid()) emit dataChanged(index(i.row(), 0), index(i.row(), ColumnCount - 1));
}

int ConflictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_data ? 0 : static_cast<int>(m_data->result().conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConflictModel::data(const QModelIndex& index, int role) const {
    if (!m_data || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Conflict& c = m_data->result().conflicts[static_cast<std::size_t>(index.row())];
    const UserVerdict v = m_verdicts->verdict(c.id);
    switch (role) {
        case IdRole: return qs(c.id);
        case StoryRole: return qs(c.story);
        case SeverityRole: return static_cast<int>(c.severity);
        case TypeRole: return static_cast<int>(c.type);
        case VerdictRole: return static_cast<int>(v.verdict);
        case Qt::ToolTipRole: {
            QString tip = qs(c.reason);
            if (!c.cause.empty()) tip += QStringLiteral("\n") + tr("Likely cause: %1").arg(qs(c.cause));
            if (!v.note.empty()) tip += QStringLiteral("\n") + tr("Note: %1").arg(qs(v.note));
            return tip;
        }
        case Qt::BackgroundRole:
            if (index.column() == SeverityCol) return colors::severityBackground(QApplication::palette(), c.severity);
            return {};
        case SortRole:
            switch (index.column()) {
                case SeverityCol: return static_cast<int>(c.severity);
                case TypeCol: return typeName(c.type);
                case SubjectCol: return qs(c.subject).toLower();
                case ValuesCol: return differingValues(c).toLower();
                case ReasonCol: return qs(c.reason).toLower();
                case VerdictCol: return static_cast<int>(v.verdict);
            }
            return {};
        case Qt::DisplayRole:
            switch (index.column()) {
                case SeverityCol: return severityName(c.severity);
                case TypeCol: return typeName(c.type);
                case SubjectCol: return qs(c.subject);
                case ValuesCol: return differingValues(c);
                case ReasonCol: return qs(c.reason);
                case VerdictCol: return v.note.empty() ? verdictName(v.verdict) : verdictName(v.verdict) + QStringLiteral(" ✎");
            }
            return {};
        default: return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case SeverityCol: return tr("Severity");
        case TypeCol: return tr("Type");
        case SubjectCol: return tr("Subject");
        case ValuesCol: return tr("Values");
        case ReasonCol: return tr("Reason");
        case VerdictCol: return tr("Verdict");
    }
    return {};
}


QString differingValues(const Conflict& c) {
    QStringList values;
    for (const Evidence& e : c.evidence) {
        // A date's TIMEX value in words ("November (year not stated)"), never the raw "XXXX-11".
        const std::string value = c.type == ConflictType::Date ? readableTimex(e.value) : e.value;
        QString v = qs(value.empty() ? e.text : value).simplified();
        if (v.contains(QLatin1Char('e'))) v = qs(amountInWords(v.toStdString(), 4));  // a normalised amount, for reading
        if (v.size() > 40) v = v.left(39) + QStringLiteral("…");
        if (!v.isEmpty() && !values.contains(v)) values.push_back(v);
    }
    if (values.size() > 3) {
        values.resize(3);
        values.back() += QStringLiteral(" …");
    }
    return values.join(QStringLiteral(" ≠ "));
}

}  // namespace parallax::ui
