// Drives the real main window on a hand-made analysis: open, pick a story, click a passage, step through
// conflicts with F8, dismiss, restart, search, export, cancel.
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

#include "fixture.h"
#include "ui/controllers/exportcontroller.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/mainwindow.h"
#include "ui/models/conflictfilter.h"
#include "ui/models/storymodel.h"
#include "ui/roles.h"
#include "ui/verdictbook.h"
#include "ui/views/comparisonview.h"
#include "ui/views/conflictspanel.h"
#include "ui/views/searchpanel.h"
#include "ui/views/storiespanel.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

using parallax::ui::test::waitFor;

AnalysisController::AnalyzeFn fixtureAnalyzer() {
    return [](const pipeline::Options& o, ProgressSink* progress, const CancelToken*, const pipeline::ArticlesReady& ready) {
        pipeline::Run run;
        run.result = test::makeFixture(o.folder.string());
        if (ready) ready(run.result.articles);
        if (progress) progress->progress(Stage::Conflicts, 1, 1, "");
        return run;
    };
}

class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_TRUE(m_data.isValid());
    }
    std::unique_ptr<MainWindow> openWindow(AnalysisController::AnalyzeFn fn = fixtureAnalyzer()) {
        auto w = std::make_unique<MainWindow>(Services{std::move(fn), m_data.path()});
        w->resize(1400, 900);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
    bool openAndWait(MainWindow& w) {
        QSignalSpy shown(&w, &MainWindow::analysisShown);
        w.openFolder(m_folder.path());
        return waitFor([&] { return shown.count() > 0; });
    }

    QTemporaryDir m_folder;  // the "opened" folder (the fake analysis ignores its content)
    QTemporaryDir m_data;    // verdict storage
};

}  // namespace

TEST_F(WindowTest, OpensFolderAndSelectsStoryWithMostConflicts) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    EXPECT_EQ(w->storyWithMostConflicts(), QStringLiteral("s1"));
    EXPECT_EQ(w->stories()->currentStory(), QStringLiteral("s1"));
    EXPECT_EQ(w->comparison()->columns().size(), 3u);
    EXPECT_EQ(w->conflicts()->filter()->rowCount(), 3);
    EXPECT_TRUE(w->windowTitle().contains(QFileInfo(m_folder.path()).fileName()));
}

TEST_F(WindowTest, PickingAStoryInTheTreeShowsItsArticles) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    QTreeView* tree = w->stories()->view();
    const QModelIndex s2 = tree->model()->index(1, 0);
    ASSERT_EQ(s2.data(StoryRole).toString(), QStringLiteral("s2"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(s2).center());
    ASSERT_TRUE(waitFor([&] { return w->comparison()->story() == QStringLiteral("s2"); }));
    EXPECT_EQ(w->comparison()->columns().size(), 2u);
    EXPECT_EQ(w->conflicts()->filter()->rowCount(), 0);
}

TEST_F(WindowTest, ClickingAnAlignedPassageScrollsItsCounterpartIntoView) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    ComparisonView* cmp = w->comparison();
    ArticleColumn* a = cmp->column(QStringLiteral("a"));
    ArticleColumn* b = cmp->column(QStringLiteral("b"));
    ASSERT_TRUE(a && b);
    const AnalysisPtr data = w->analysis();
    const Group* g1 = data->group("g1");
    const auto [aFrom, aTo] = cmp->rangeOf(QStringLiteral("a"), g1->members[0].span);
    const auto [bFrom, bTo] = cmp->rangeOf(QStringLiteral("b"), g1->members[1].span);
    ASSERT_TRUE(a->loaded() && b->loaded()) << "rangeOf loads a column's text on demand";
    b->verticalScrollBar()->setValue(0);
    ASSERT_FALSE(b->isRangeVisible(bFrom, bTo)) << "the counterpart starts below the fold";
    a->verticalScrollBar()->setValue(0);
    const QPoint click = a->positionRect(aFrom + 5).center();
    QTest::mouseClick(a->editor()->viewport(), Qt::LeftButton, {}, click);
    EXPECT_TRUE(waitFor([&] { return b->isRangeVisible(bFrom, bTo); }));
    // Aligned at the height of the clicked passage, unless b cannot scroll that far.
    if (b->verticalScrollBar()->value() < b->verticalScrollBar()->maximum()) {
        EXPECT_NEAR(b->positionRect(bFrom).top(), a->positionRect(aFrom).top(), 40);
    }
}

TEST_F(WindowTest, F8StepsThroughOpenConflictsAndDismissSurvivesRestart) {
    {
        auto w = openWindow();
        ASSERT_TRUE(openAndWait(*w));
        QApplication::setActiveWindow(w.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
        EXPECT_EQ(w->actions().nextConflict->shortcut(), QKeySequence(Qt::Key_F8));
        EXPECT_TRUE(w->actions().nextConflict->toolTip().contains(QStringLiteral("F8")));
        QTest::keyClick(w.get(), Qt::Key_F8);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k1"));
        QTest::keyClick(w.get(), Qt::Key_F8);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k2"));
        QTest::keyClick(w.get(), Qt::Key_F8, Qt::ShiftModifier);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k1"));
        // The selected conflict's evidence is in view in both columns.
        ArticleColumn* b = w->comparison()->column(QStringLiteral("b"));
        const auto [from, to] = w->comparison()->rangeOf(QStringLiteral("b"), w->analysis()->conflict("k1")->evidence[1].span);
        EXPECT_TRUE(b->isRangeVisible(from, to));

        QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_EQ(w->verdicts()->verdict("k1").verdict, Verdict::Dismissed);
        // F8 now skips the dismissed one: k2, k3, then wraps to k2.
        QTest::keyClick(w.get(), Qt::Key_F8);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k2"));
        QTest::keyClick(w.get(), Qt::Key_F8);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k3"));
        QTest::keyClick(w.get(), Qt::Key_F8);
        EXPECT_EQ(w->conflicts()->currentConflict(), QStringLiteral("k2"));
        ASSERT_TRUE(w->verdicts()->setNote("k2", "checked against the press release"));
    }
    // A new window over the same storage: as after a restart.
    auto w2 = openWindow();
    ASSERT_TRUE(openAndWait(*w2));
    EXPECT_EQ(w2->verdicts()->verdict("k1").verdict, Verdict::Dismissed);
    EXPECT_EQ(w2->verdicts()->verdict("k2").note, "checked against the press release");
    w2->conflicts()->selectConflict(QStringLiteral("k1"));
    const QModelIndex row = w2->conflicts()->view()->currentIndex();
    EXPECT_EQ(row.siblingAtColumn(4).data().toString(), QStringLiteral("Dismissed"));
}

TEST_F(WindowTest, ClickingAConflictSpanSelectsTheConflict) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    ArticleColumn* a = w->comparison()->column(QStringLiteral("a"));
    const auto [from, to] = w->comparison()->rangeOf(QStringLiteral("a"), w->analysis()->conflict("k2")->evidence[0].span);
    a->scrollToRange(from, to);
    QTest::mouseClick(a->editor()->viewport(), Qt::LeftButton, {}, a->positionRect(from + 2).center());
    EXPECT_TRUE(waitFor([&] { return w->conflicts()->currentConflict() == QStringLiteral("k2"); }));
}

TEST_F(WindowTest, SearchJumpsToThePassage) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    w->actions().search->trigger();
    w->searchPanel()->runQuery(QStringLiteral("rival"));
    QListView* results = w->searchPanel()->results();
    ASSERT_EQ(results->model()->rowCount(), 1);
    w->stories()->selectStory(QStringLiteral("s2"));
    emit results->activated(results->model()->index(0, 0));
    ASSERT_TRUE(waitFor([&] { return w->comparison()->story() == QStringLiteral("s1"); }));
    ArticleColumn* b = w->comparison()->column(QStringLiteral("b"));
    const std::string& text = w->analysis()->article("b")->text;
    const auto [from, to] = w->comparison()->rangeOf(QStringLiteral("b"), test::spanOf(text, "rival"));
    EXPECT_TRUE(waitFor([&] { return b->isRangeVisible(from, to); }));
}

TEST_F(WindowTest, ExportWritesTheJsonReportWithVerdicts) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    ASSERT_TRUE(w->verdicts()->setVerdict("k2", Verdict::Confirmed));
    const QString out = m_data.filePath(QStringLiteral("report.json"));
    EXPECT_EQ(w->exporter()->exportTo(out), QString());
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    EXPECT_TRUE(json.contains("parallax.report/1"));
    EXPECT_TRUE(json.contains("confirmed"));
    EXPECT_FALSE(w->exporter()->exportTo(m_data.filePath(QStringLiteral("report.xyz"))).isEmpty());
}

TEST_F(WindowTest, ExportReplacesAnOldReportWholeAndLeavesNoTemporaryFile) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    QDir dir(m_data.filePath(QStringLiteral("exports")));
    ASSERT_TRUE(dir.mkpath(QStringLiteral(".")));
    const QString out = dir.filePath(QStringLiteral("report.md"));
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older report\n");
    }
    EXPECT_EQ(w->exporter()->exportTo(out), QString());
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray md = f.readAll();
    EXPECT_FALSE(md.contains("an older report"));
    EXPECT_TRUE(md.startsWith("#"));
    EXPECT_EQ(dir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.md")});
    // a folder that does not exist: an error naming the file, nothing written
    const QString missing = m_data.filePath(QStringLiteral("no/such/report.md"));
    EXPECT_TRUE(w->exporter()->exportTo(missing).contains(QStringLiteral("report.md")));
}

TEST_F(WindowTest, ArticlesShowBeforeTheAnalysisEnds) {
    std::atomic<bool> release{false};
    auto w = openWindow([&release](const pipeline::Options& o, ProgressSink*, const CancelToken* cancel,
                                   const pipeline::ArticlesReady& ready) {
        pipeline::Run run;
        run.result = test::makeFixture(o.folder.string());
        ready(run.result.articles);
        while (!release.load() && !(cancel && cancel->cancelled())) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return run;
    });
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    w->openFolder(m_folder.path());
    StoryModel* model = w->stories()->model();
    ASSERT_TRUE(waitFor([&] { return model->rowCount() == 1; }));
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 5) << "every article listed while stories are built";
    EXPECT_EQ(shown.count(), 0);
    release = true;
    ASSERT_TRUE(waitFor([&] { return shown.count() == 1; }));
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(WindowTest, CancelStopsAnAnalysis) {
    std::atomic<bool> sawCancel{false};
    auto w = openWindow([&sawCancel](const pipeline::Options&, ProgressSink* progress, const CancelToken* cancel,
                                     const pipeline::ArticlesReady&) {
        pipeline::Run run;
        for (int i = 0; i < 2000 && !(cancel && cancel->cancelled()); ++i) {
            if (progress) progress->progress(Stage::Read, static_cast<std::size_t>(i), 2000, "file.txt");
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (cancel && cancel->cancelled()) {
            sawCancel = true;
            run.outcome = pipeline::Outcome::Cancelled;
        }
        return run;
    });
    QSignalSpy cancelled(w->folder()->analysis(), &AnalysisController::cancelled);
    w->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return w->actions().cancel->isEnabled(); }));
    w->actions().cancel->trigger();
    ASSERT_TRUE(waitFor([&] { return cancelled.count() == 1; }));
    EXPECT_TRUE(sawCancel.load());
    EXPECT_FALSE(w->actions().cancel->isEnabled());
    EXPECT_FALSE(w->folder()->busy());
}

TEST_F(WindowTest, StaleResultsOfAnEarlierScanAreDropped) {
    // A scan that started before the rescan was asked for is the stale one: it ignores cancellation and returns only
    // after the other has (a latch, not a sleep, so a loaded machine cannot reorder them), and its late result must
    // be dropped. On a loaded machine the first scan may also start only after the rescan was asked for, or not at
    // all; then every scan that runs is a current one.
    std::atomic<bool> rescanAsked{false};
    std::atomic<bool> currentDone{false};
    auto w = openWindow([&rescanAsked, &currentDone](const pipeline::Options& o, ProgressSink*, const CancelToken*,
                                                     const pipeline::ArticlesReady&) {
        const bool stale = !rescanAsked.load();
        if (stale)
            for (int waited = 0; !currentDone.load() && waited < 10000; waited += 5)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        struct Done {
            std::atomic<bool>& flag;
            bool current;
            ~Done() { if (current) flag = true; }
        } done{currentDone, !stale};
        pipeline::Run run;
        run.result = test::makeFixture(o.folder.string());
        run.result.stories.resize(stale ? 1 : 2);
        return run;
    });
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    w->openFolder(m_folder.path());
    rescanAsked = true;
    w->folder()->rescan();
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1; }));
    QTest::qWait(500);
    EXPECT_EQ(shown.count(), 1) << "the first scan's late result is dropped";
    EXPECT_EQ(w->analysis()->result().stories.size(), 2u);
}

TEST_F(WindowTest, ColumnsCanBeHiddenAndReordered) {
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    ComparisonView* cmp = w->comparison();
    ASSERT_EQ(cmp->columns().front()->articleId(), QStringLiteral("c"));
    cmp->moveColumn(QStringLiteral("c"), +1);
    EXPECT_EQ(cmp->columns()[1]->articleId(), QStringLiteral("c"));
    cmp->setColumnHidden(QStringLiteral("a"), true);
    EXPECT_TRUE(cmp->column(QStringLiteral("a"))->isHidden());
    (void)cmp->rangeOf(QStringLiteral("b"), Span{0, 1});
    cmp->column(QStringLiteral("b"))->setShowOriginal(true);
    EXPECT_TRUE(cmp->column(QStringLiteral("b"))->editor()->toPlainText().contains(QStringLiteral("cannot be read")))
        << "the fixture's files do not exist, and the column says so";
}
