#pragma once
/// @file conflictspanel.h  The conflicts dock: filters, the sortable list, and the evidence of the selected one.
#include <QWidget>

#include "ui/analysisdata.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTextBrowser;
class QTreeView;
class QToolBar;
class QAction;

namespace parallax::ui {

class ConflictFilter;
class ConflictModel;
class VerdictBook;

/// Lists conflicts (of the current story, or of all), shows the selected one's evidence with outlets, and
/// offers the verdict actions given to addActions(). Stepping (F8) visits open conflicts in list order.
class ConflictsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsPanel(VerdictBook* verdicts, QWidget* parent = nullptr);

    void setAnalysis(AnalysisPtr analysis);
    void setStory(const QString& storyId);
    /// Verdict actions shown in the panel's tool bar.
    void addVerdictActions(const QList<QAction*>& actions);
    [[nodiscard]] QString currentConflict() const;
    bool selectConflict(const QString& conflictId);
    /// Moves to the next (+1) or previous (-1) open conflict, wrapping around; false when there is none.
    bool step(int direction);

    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] ConflictFilter* filter() const { return m_filter; }
    [[nodiscard]] ConflictModel* model() const { return m_model; }
    [[nodiscard]] QTextBrowser* evidence() const { return m_evidence; }

signals:
    void conflictSelected(const QString& conflictId);
    /// The user asked to see one evidence span in the comparison.
    void evidenceActivated(const QString& articleId, qulonglong byteStart, qulonglong byteEnd);
    /// "Use this as the reference" on one side of a conflict.
    void referenceRequested(const QString& conflictId, int evidenceIndex);

private:
    void showEvidence();
    void anchorClicked(const QUrl& url);

    VerdictBook* m_verdicts;
    AnalysisPtr m_data;
    QString m_story;
    QComboBox* m_severity;
    QComboBox* m_type;
    QComboBox* m_verdict;
    QLineEdit* m_text;
    QCheckBox* m_allStories;
    QTreeView* m_view;
    QToolBar* m_tools;
    QTextBrowser* m_evidence;
    ConflictModel* m_model;
    ConflictFilter* m_filter;
};

}  // namespace parallax::ui
