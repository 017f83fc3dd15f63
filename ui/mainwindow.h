#pragma once
/// @file mainwindow.h  The main window: assembles the panels and wires the controllers; holds no feature logic.
#include <QMainWindow>

#include "ui/actions.h"
#include "ui/analysisdata.h"
#include "ui/controllers/analysiscontroller.h"

class QDockWidget;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolButton;

namespace parallax::ui {

class ComparisonView;
class ConflictsPanel;
class ExportController;
class FolderController;
class MatrixModel;
class RecentFolders;
class ResponsivenessProbe;
class ReferenceController;
class SearchPanel;
class StoriesPanel;
class TimelineModel;
class VerdictBook;

/// What the window gets from outside; tests replace the analysis and the data directory.
struct Services {
    AnalysisController::AnalyzeFn analyze;  ///< empty = pipeline::analyzeFolder
    QString dataDir;                        ///< where verdicts are kept; empty = the app's data location
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Services services = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);
    /// Selects a story in every panel.
    void showStory(const QString& storyId);
    /// The story with the most conflicts (ties: the one with more articles), empty when there is none.
    [[nodiscard]] QString storyWithMostConflicts() const;

    [[nodiscard]] const AnalysisPtr& analysis() const { return m_data; }
    [[nodiscard]] const Actions& actions() const { return m_actions; }
    [[nodiscard]] FolderController* folder() const { return m_folder; }
    [[nodiscard]] ComparisonView* comparison() const { return m_comparison; }
    [[nodiscard]] StoriesPanel* stories() const { return m_stories; }
    [[nodiscard]] ConflictsPanel* conflicts() const { return m_conflicts; }
    [[nodiscard]] SearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] VerdictBook* verdicts() const { return m_verdicts; }
    [[nodiscard]] ExportController* exporter() const { return m_export; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTableView* matrixView() const { return m_matrixView; }
    [[nodiscard]] QTableView* timelineView() const { return m_timelineView; }

signals:
    /// An analysis finished and every panel shows it.
    void analysisShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildDocks();
    void buildStatusBar();
    void connectActions();
    void connectAnalysis();
    void restoreSettings();
    void saveSettings() const;
    void onArticlesRead(const AnalysisPtr& fresh);
    void onStoriesBuilt(const AnalysisPtr& fresh);
    /// True when a provisional result may replace what is on screen (not over a finished result of the same folder).
    [[nodiscard]] bool mayShowProvisional(const AnalysisPtr& fresh) const;
    void onFinished(const AnalysisPtr& fresh);
    void onStorySelected(const QString& storyId);
    void setVerdict(int verdict);
    void editNote();
    void setBusy(bool busy);
    void showMessage(const QString& text);

    Services m_services;
    Actions m_actions;
    AnalysisPtr m_data;
    QString m_story;
    QString m_verdictFolder;  ///< the folder whose verdicts m_verdicts holds
    VerdictBook* m_verdicts;
    FolderController* m_folder;
    ExportController* m_export;
    ReferenceController* m_reference;
    RecentFolders* m_recent;
    QTabWidget* m_tabs;
    ComparisonView* m_comparison;
    QTableView* m_matrixView;
    QTableView* m_timelineView;
    MatrixModel* m_matrix;
    TimelineModel* m_timeline;
    StoriesPanel* m_stories;
    ConflictsPanel* m_conflicts;
    SearchPanel* m_search;
    QDockWidget* m_storiesDock = nullptr;
    QDockWidget* m_conflictsDock = nullptr;
    QDockWidget* m_searchDock = nullptr;
    QDockWidget* m_helpDock = nullptr;
    QLabel* m_statusText = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    ResponsivenessProbe* m_probe = nullptr;  ///< only with PARALLAX_TIMING set
};

}  // namespace parallax::ui
