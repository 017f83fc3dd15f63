#pragma once
/// @file conflictmodel.h  All conflicts of the analysis as a table (severity, type, subject, the values that
/// differ, verdict, reason).
#include <QAbstractTableModel>

#include "ui/analysisdata.h"

namespace parallax::ui {

class VerdictBook;

/// Flat table of every conflict. Roles: Display, ToolTip, Background (severity column), IdRole, SortRole,
/// SeverityRole, TypeRole, VerdictRole, StoryRole.
class ConflictModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The values come before the reason: in a narrow panel "2025-03-14 ≠ 2025-03-13" says more than the first
    // words of a sentence that starts with an outlet's name (the whole reason is in the tooltip and evidence).
    enum Column { SeverityCol, TypeCol, SubjectCol, ValuesCol, VerdictCol, ReasonCol, ColumnCount };

    explicit ConflictModel(const VerdictBook* verdicts, QObject* parent = nullptr);
    void setAnalysis(AnalysisPtr analysis);
    [[nodiscard]] const AnalysisPtr& analysis() const { return m_data; }
    [[nodiscard]] QModelIndex indexOfConflict(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void verdictChanged(const QString& id);

    const VerdictBook* m_verdicts;
    AnalysisPtr m_data;
};

/// Human names for the enums, shared by the views.
[[nodiscard]] QString severityName(Severity s);
[[nodiscard]] QString typeName(ConflictType t);
[[nodiscard]] QString verdictName(Verdict v);
[[nodiscard]] QString coverageName(Coverage c);
/// The distinct values the sides assert ("2025-03-14 ≠ 2025-03-13"), at most three, for a one-line summary.
[[nodiscard]] QString differingValues(const Conflict& c);

}  // namespace parallax::ui
