#include "ui/mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include "ui/controllers/exportcontroller.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/controllers/recentfolders.h"
#include "ui/controllers/referencecontroller.h"
#include "ui/responsiveness.h"
#include "ui/models/conflictmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/models/timelinemodel.h"
#include "ui/roles.h"
#include "ui/search.h"
#include "ui/verdictbook.h"
#include "ui/views/comparisonview.h"
#include "ui/views/conflictspanel.h"
#include "ui/views/helppanel.h"
#include "ui/views/searchpanel.h"
#include "ui/views/storiespanel.h"

namespace parallax::ui {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name) {
    auto* v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setWordWrap(true);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->horizontalHeader()->setDefaultSectionSize(180);
    v->verticalHeader()->setMaximumWidth(v->fontMetrics().horizontalAdvance(QString(56, QLatin1Char('n'))));
    return v;
}

}  // namespace

MainWindow::MainWindow(Services services, QWidget* parent)
    : QMainWindow(parent), m_services(std::move(services)), m_verdicts(new VerdictBook(this)) {
    setWindowTitle(QStringLiteral("Parallax"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_actions = Actions::create(this);
    m_folder = new FolderController(m_services.analyze, this);
    m_export = new ExportController(m_verdicts, this);
    m_reference = new ReferenceController(m_folder, this);
    m_recent = new RecentFolders(m_actions.recentMenu, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_comparison = new ComparisonView(m_tabs);
    m_matrix = new MatrixModel(this);
    m_timeline = new TimelineModel(this);
    m_matrixView = makeTable(m_matrix, m_tabs, QStringLiteral("matrixView"));
    m_timelineView = makeTable(m_timeline, m_tabs, QStringLiteral("timelineView"));
    m_tabs->addTab(m_comparison, tr("Side by side"));
    m_tabs->addTab(m_matrixView, tr("Claims matrix"));
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    setCentralWidget(m_tabs);

    buildDocks();
    buildStatusBar();
    connectActions();
    connectAnalysis();
    restoreSettings();
    if (qEnvironmentVariableIntValue("PARALLAX_TIMING") > 0) {
        // Prints when the articles, the stories and the finished analysis appear, and the GUI thread's stalls.
        m_probe = new ResponsivenessProbe(stderr, this);
        connect(m_folder, &FolderController::folderChanged, m_probe,
                [this](const QString& folder) { m_probe->start(QStringLiteral("open ") + folder); });
        connect(this, &MainWindow::analysisShown, m_probe, [this] {
            m_probe->mark(QStringLiteral("analysis shown"));
            QTimer::singleShot(1000, m_probe, [this] { m_probe->mark(QStringLiteral("one second after the analysis was shown")); });
        });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        m_actions.viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_stories = new StoriesPanel(this);
    m_storiesDock = dock(tr("Stories"), QStringLiteral("storiesDock"), m_stories, Qt::LeftDockWidgetArea);
    m_conflicts = new ConflictsPanel(m_verdicts, this);
    m_conflicts->addVerdictActions(m_actions.verdictActions());
    m_conflictsDock = dock(tr("Conflicts"), QStringLiteral("conflictsDock"), m_conflicts, Qt::RightDockWidgetArea);
    m_search = new SearchPanel(this);
    m_searchDock = dock(tr("Search"), QStringLiteral("searchDock"), m_search, Qt::BottomDockWidgetArea);
    m_searchDock->hide();
    m_helpDock = dock(tr("How to read this"), QStringLiteral("helpDock"), new HowToReadPanel(this), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_conflictsDock, m_helpDock);
    m_conflictsDock->raise();
    resizeDocks({m_storiesDock, m_conflictsDock}, {440, 450}, Qt::Horizontal);
}

void MainWindow::buildStatusBar() {
    m_statusText = new QLabel(tr("Open a folder of articles (Ctrl+O) or drop one here."), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_actions.cancel);
    m_cancelButton->hide();
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::connectActions() {
    const Actions& a = m_actions;
    connect(a.open, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of articles"), m_folder->folder());
        if (!dir.isEmpty()) openFolder(dir);
    });
    connect(a.rescan, &QAction::triggered, m_folder, &FolderController::rescan);
    connect(a.cancel, &QAction::triggered, m_folder, &FolderController::cancel);
    connect(a.exportReport, &QAction::triggered, m_export, &ExportController::exportInteractively);
    connect(a.loadFacts, &QAction::triggered, m_reference, &ReferenceController::loadInteractively);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.search, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusQuery();
    });
    connect(a.nextConflict, &QAction::triggered, this, [this] {
        if (!m_conflicts->step(+1)) showMessage(tr("No open conflict left in this list."));
    });
    connect(a.prevConflict, &QAction::triggered, this, [this] {
        if (!m_conflicts->step(-1)) showMessage(tr("No open conflict left in this list."));
    });
    connect(a.confirm, &QAction::triggered, this, [this] { setVerdict(static_cast<int>(Verdict::Confirmed)); });
    connect(a.dismiss, &QAction::triggered, this, [this] { setVerdict(static_cast<int>(Verdict::Dismissed)); });
    connect(a.reopen, &QAction::triggered, this, [this] { setVerdict(static_cast<int>(Verdict::Open)); });
    connect(a.note, &QAction::triggered, this, &MainWindow::editNote);
    connect(a.linkedScroll, &QAction::toggled, m_comparison, &ComparisonView::setLinkedScrolling);
    connect(a.showOriginal, &QAction::toggled, m_comparison, &ComparisonView::setShowOriginal);
    connect(a.sideBySide, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(a.matrix, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(a.timeline, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(2); });
    connect(a.howToRead, &QAction::triggered, this, [this] {
        m_helpDock->show();
        m_helpDock->raise();
    });
    connect(a.about, &QAction::triggered, this, [this] { showAbout(this); });
    connect(m_recent, &RecentFolders::openRequested, this, &MainWindow::openFolder);
    connect(m_reference, &ReferenceController::message, this, &MainWindow::showMessage);
    connect(m_verdicts, &VerdictBook::error, this, [this](const QString& e) { showMessage(tr("Verdict not saved: %1").arg(e)); });

    connect(m_stories, &StoriesPanel::storySelected, this, &MainWindow::onStorySelected);
    connect(m_stories, &StoriesPanel::articleSelected, this, [this](const QString&, const QString& article) {
        if (auto* col = m_comparison->column(article)) col->setFocus();
    });
    connect(m_conflicts, &ConflictsPanel::conflictSelected, this, [this](const QString& id) {
        const Conflict* c = m_data ? m_data->conflict(ss(id)) : nullptr;
        if (!c) return;
        if (qs(c->story) != m_story) m_stories->selectStory(qs(c->story));
        m_tabs->setCurrentWidget(m_comparison);
        m_comparison->showConflict(id);
    });
    connect(m_conflicts, &ConflictsPanel::evidenceActivated, this,
            [this](const QString& article, qulonglong start, qulonglong end) {
                m_tabs->setCurrentWidget(m_comparison);
                m_comparison->showPassage(article, start, end);
            });
    connect(m_conflicts, &ConflictsPanel::referenceRequested, this, [this](const QString& id, int side) {
        const QString error = m_reference->useAsReference(id, side);
        if (!error.isEmpty()) showMessage(error);
    });
    connect(m_comparison, &ComparisonView::conflictActivated, m_conflicts, &ConflictsPanel::selectConflict);
    connect(m_search, &SearchPanel::hitActivated, this,
            [this](const QString& story, const QString& article, qulonglong start, qulonglong end) {
                if (!story.isEmpty()) m_stories->selectStory(story, article);
                m_tabs->setCurrentWidget(m_comparison);
                m_comparison->showPassage(article, start, end);
            });
    auto jump = [this](const QModelIndex& i) {
        const QString article = i.data(ArticleRole).toString();
        if (i.data(ByteStartRole).isNull() || article.isEmpty()) return;
        const QString group = i.data(GroupRole).toString();
        m_tabs->setCurrentWidget(m_comparison);
        if (!group.isEmpty()) m_comparison->showGroup(group);
        m_comparison->showPassage(article, i.data(ByteStartRole).toULongLong(), i.data(ByteEndRole).toULongLong());
    };
    connect(m_matrixView, &QTableView::activated, this, jump);
    connect(m_timelineView, &QTableView::activated, this, jump);
    connect(m_matrixView, &QTableView::doubleClicked, this, jump);
    connect(m_timelineView, &QTableView::doubleClicked, this, jump);
}

void MainWindow::connectAnalysis() {
    AnalysisController* an = m_folder->analysis();
    connect(m_folder, &FolderController::folderChanged, this, [this](const QString& folder) {
        setWindowTitle(QStringLiteral("%1 — Parallax").arg(QFileInfo(folder).fileName()));
        m_recent->add(folder);
        m_story.clear();
    });
    connect(m_folder, &FolderController::changedOnDisk, this, [this] { showMessage(tr("Files changed; rescanning soon…")); });
    connect(an, &AnalysisController::started, this, [this](const QString& folder) {
        setBusy(true);
        showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    });
    connect(an, &AnalysisController::progressed, this, [this](const QString& stage, qulonglong done, qulonglong total, const QString& item) {
        m_progress->setMaximum(static_cast<int>(std::min<qulonglong>(total, 1u << 30)));
        m_progress->setValue(static_cast<int>(std::min(done, total)));
        m_progress->setFormat(QStringLiteral("%1 %v/%m").arg(stage));
        if (!item.isEmpty()) m_statusText->setText(tr("%1: %2").arg(stage, QFileInfo(item).fileName()));
    });
    connect(an, &AnalysisController::articlesReady, this, &MainWindow::onArticlesRead);
    connect(an, &AnalysisController::storiesReady, this, &MainWindow::onStoriesBuilt);
    connect(an, &AnalysisController::finished, this, &MainWindow::onFinished);
    connect(an, &AnalysisController::cancelled, this, [this] {
        setBusy(false);
        showMessage(tr("Analysis cancelled. F5 starts it again."));
    });
    connect(an, &AnalysisController::failed, this, [this](const QString& e) {
        setBusy(false);
        showMessage(tr("Analysis failed: %1").arg(e));
    });
}

void MainWindow::openFolder(const QString& folder) {
    if (!QFileInfo(folder).isDir()) {
        showMessage(tr("%1 is not a folder.").arg(folder));
        return;
    }
    m_folder->open(folder);
}

bool MainWindow::mayShowProvisional(const AnalysisPtr& fresh) const {
    // A rescan keeps the finished stories of the same folder on screen instead of flashing a partial list.
    if (!m_data) return true;
    const bool sameFolder = m_data->result().folder == fresh->result().folder;
    if (!sameFolder) return true;
    return m_data->provisional() && fresh->phase() > m_data->phase();
}

void MainWindow::onArticlesRead(const AnalysisPtr& fresh) {
    if (!mayShowProvisional(fresh)) return;
    m_data = fresh;
    m_stories->setAnalysis(fresh);
    m_conflicts->setAnalysis(fresh);
    m_comparison->setAnalysis(fresh);
    showMessage(tr("Read %n article(s); grouping them into stories…", "", static_cast<int>(fresh->result().articles.size())));
    if (m_probe) m_probe->mark(QStringLiteral("%1 articles shown").arg(fresh->result().articles.size()));
}

void MainWindow::onStoriesBuilt(const AnalysisPtr& fresh) {
    if (!mayShowProvisional(fresh)) return;
    // The stories can be read at once; conflicts and aligned passages arrive with the finished analysis.
    m_data = fresh;
    m_stories->setAnalysis(fresh);
    m_conflicts->setAnalysis(fresh);
    m_comparison->setAnalysis(fresh);
    m_search->setBackend(fresh, makeSearchBackend(fresh, m_folder->database()));
    showMessage(tr("%n story(ies) found; comparing the sources…", "", static_cast<int>(fresh->result().stories.size())));
    if (m_story.isEmpty() || !fresh->story(ss(m_story))) showStory(storyWithMostConflicts());
    else onStorySelected(m_story);
    if (m_probe) m_probe->mark(QStringLiteral("%1 stories shown").arg(fresh->result().stories.size()));
}

void MainWindow::onFinished(const AnalysisPtr& fresh) {
    setBusy(false);
    m_data = fresh;
    const QString folder = qs(fresh->result().folder);
    if (folder != m_verdictFolder) {
        m_verdicts->setStore(openVerdictStore(m_folder->folder(), m_services.dataDir), fresh->result().verdicts);
        m_verdictFolder = folder;
    }
    m_stories->setAnalysis(fresh);
    m_conflicts->setAnalysis(fresh);
    m_comparison->setAnalysis(fresh);
    m_export->setAnalysis(fresh);
    m_reference->setAnalysis(fresh);
    m_search->setBackend(fresh, makeSearchBackend(fresh, m_folder->database()));
    const auto& r = fresh->result();
    showMessage(tr("%n article(s), ", "", static_cast<int>(r.articles.size())) +
                tr("%n story(ies), ", "", static_cast<int>(r.stories.size())) +
                tr("%n conflict(s)", "", static_cast<int>(r.conflicts.size())) +
                (r.skipped.empty() ? QString() : tr("; %n file(s) skipped", "", static_cast<int>(r.skipped.size()))));
    if (m_story.isEmpty() || !fresh->story(ss(m_story))) showStory(storyWithMostConflicts());
    else onStorySelected(m_story);
    emit analysisShown();
}

QString MainWindow::storyWithMostConflicts() const {
    if (!m_data) return {};
    const Story* best = nullptr;
    std::size_t bestConflicts = 0;
    for (const Story& s : m_data->result().stories) {
        const std::size_t n = m_data->conflictsOfStory(s.id).size();
        if (!best || n > bestConflicts || (n == bestConflicts && s.articles.size() > best->articles.size())) {
            best = &s;
            bestConflicts = n;
        }
    }
    return best ? qs(best->id) : QString();
}

void MainWindow::showStory(const QString& storyId) {
    if (storyId.isEmpty()) return;
    m_stories->selectStory(storyId);
    onStorySelected(storyId);
}

void MainWindow::onStorySelected(const QString& storyId) {
    if (!m_data || !m_data->hasStories()) return;
    m_story = storyId;
    m_comparison->setStory(storyId);
    m_conflicts->setStory(storyId);
    m_matrix->setStory(m_data, storyId);
    m_timeline->setStory(m_data, storyId);
    m_matrixView->resizeRowsToContents();
}

void MainWindow::setVerdict(int verdict) {
    const QString id = m_conflicts->currentConflict();
    if (id.isEmpty()) {
        showMessage(tr("Select a conflict first (F8 picks the next open one)."));
        return;
    }
    if (m_verdicts->setVerdict(ss(id), static_cast<Verdict>(verdict))) {
        const Conflict* c = m_data ? m_data->conflict(ss(id)) : nullptr;
        showMessage(tr("%1: %2").arg(verdictName(static_cast<Verdict>(verdict)), c ? qs(c->reason) : id));
    }
}

void MainWindow::editNote() {
    const QString id = m_conflicts->currentConflict();
    if (id.isEmpty()) return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Note on this conflict"), tr("Note:"),
                                                        qs(m_verdicts->verdict(ss(id)).note), &ok);
    if (ok) m_verdicts->setNote(ss(id), ss(note));
}

void MainWindow::setBusy(bool busy) {
    m_actions.cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);  // busy indicator until the first progress report
    }
}

void MainWindow::showMessage(const QString& text) { m_statusText->setText(text); }

void MainWindow::restoreSettings() {
    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) resize(1500, 900);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (auto* split = findChild<QSplitter*>(QStringLiteral("conflictsSplitter")))
        split->restoreState(s.value(QStringLiteral("window/conflictsSplitter")).toByteArray());
    m_actions.linkedScroll->setChecked(s.value(QStringLiteral("view/linkedScrolling"), false).toBool());
    // First start: show the guide; later starts keep what the user chose.
    if (!s.contains(QStringLiteral("window/state"))) m_helpDock->show();
}

void MainWindow::saveSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (auto* split = findChild<QSplitter*>(QStringLiteral("conflictsSplitter")))
        s.setValue(QStringLiteral("window/conflictsSplitter"), split->saveState());
    s.setValue(QStringLiteral("view/linkedScrolling"), m_actions.linkedScroll->isChecked());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    m_folder->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) {
            openFolder(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
}

}  // namespace parallax::ui
