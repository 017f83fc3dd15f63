// Opening a folder with the real pipeline: the stories appear (readable, with "…" for conflicts) before the
// sources are compared, and a rescan of the same folder keeps the finished result on screen meanwhile.
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "fixture.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/mainwindow.h"
#include "ui/models/storymodel.h"
#include "ui/roles.h"
#include "ui/views/articlecolumn.h"
#include "ui/views/comparisonview.h"
#include "ui/views/conflictspanel.h"
#include "ui/views/storiespanel.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

using parallax::ui::test::waitFor;

/// The bundled sample articles (our own writing), copied so the test owns its folder and library.
bool copySamples(const QString& to) {
    const QDir from(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples"));
    bool any = false;
    for (const QString& name : from.entryList({QStringLiteral("*.html"), QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files)) {
        if (!QFile::copy(from.filePath(name), to + QLatin1Char('/') + name)) return false;
        any = true;
    }
    return any;
}

/// What the window showed at the moment the stories arrived.
struct Snapshot {
    int seen = 0;
    bool finishedBefore = false;
    int storyRows = 0;
    bool realStories = true;
    QString conflictCell;
    std::size_t columns = 0;
    std::vector<ArticleColumn*> columnWidgets;
    bool provisional = false;
};

class ProgressiveTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(copySamples(m_folder.path()));
        m_window = std::make_unique<MainWindow>(Services{{}, m_data.path()});
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        AnalysisController* an = m_window->folder()->analysis();
        // Connected after the window's own slot, so this sees what the window made of the stories.
        QObject::connect(an, &AnalysisController::storiesReady, m_window.get(), [this] {
            StoryModel* model = m_window->stories()->model();
            m_snap.seen++;
            m_snap.finishedBefore = m_finished > 0;
            m_snap.storyRows = model->rowCount();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(IdRole).toString() == QStringLiteral("(reading)")) m_snap.realStories = false;
            m_snap.conflictCell = model->index(0, StoryModel::Conflicts).data().toString();
            m_snap.columns = m_window->comparison()->columns().size();
            m_snap.columnWidgets = m_window->comparison()->columns();
            m_snap.provisional = m_window->analysis() && m_window->analysis()->provisional();
        });
        QObject::connect(m_window.get(), &MainWindow::analysisShown, m_window.get(), [this] { ++m_finished; });
    }

    QTemporaryDir m_folder;
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;
    Snapshot m_snap;
    int m_finished = 0;
};

}  // namespace

TEST_F(ProgressiveTest, StoriesAreReadableBeforeTheSourcesAreCompared) {
    m_window->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return m_finished == 1; }));
    ASSERT_EQ(m_snap.seen, 1);
    EXPECT_FALSE(m_snap.finishedBefore);
    const auto& final = m_window->analysis()->result();
    EXPECT_EQ(m_snap.storyRows, static_cast<int>(final.stories.size()));
    EXPECT_GT(m_snap.storyRows, 1);
    EXPECT_TRUE(m_snap.realStories);
    EXPECT_TRUE(m_snap.provisional);
    EXPECT_EQ(m_snap.conflictCell, QStringLiteral("…")) << "no conflict count is claimed before the comparison";
    EXPECT_GE(m_snap.columns, 2u) << "the largest story's articles can already be read side by side";
    // Finished: real counts.
    EXPECT_FALSE(m_window->analysis()->provisional());
    EXPECT_FALSE(final.conflicts.empty());
    StoryModel* model = m_window->stories()->model();
    EXPECT_NE(model->index(0, StoryModel::Conflicts).data().toString(), QStringLiteral("…"));
}

TEST_F(ProgressiveTest, ARescanKeepsTheFinishedResultOnScreen) {
    m_window->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return m_finished == 1; }));
    const AnalysisPtr first = m_window->analysis();
    m_snap = {};
    m_window->folder()->rescan();
    ASSERT_TRUE(waitFor([&] { return m_finished == 2; }));
    ASSERT_EQ(m_snap.seen, 1);
    EXPECT_FALSE(m_snap.provisional) << "the stories of the rescan did not replace the finished result";
    EXPECT_NE(m_window->analysis(), first);
    EXPECT_EQ(m_window->analysis()->result().conflicts.size(), first->result().conflicts.size());
}

TEST_F(ProgressiveTest, TheFinishedAnalysisKeepsTheColumnsAndAddsThePassages) {
    m_window->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return m_finished == 1; }));
    ComparisonView* view = m_window->comparison();
    // Same story before and after the comparison: the very same column widgets (those made when the stories
    // came first; a long story's remaining columns are added a few per event-loop turn), now with passages.
    ASSERT_FALSE(m_snap.columnWidgets.empty());
    ASSERT_GE(view->columns().size(), m_snap.columnWidgets.size());
    EXPECT_TRUE(std::equal(m_snap.columnWidgets.begin(), m_snap.columnWidgets.end(), view->columns().begin()));
    int groupMarks = 0;
    for (ArticleColumn* c : view->columns())
        for (const Mark& m : c->marks()) groupMarks += m.kind == Mark::Kind::Group;
    EXPECT_GT(groupMarks, 0);
}

TEST_F(ProgressiveTest, AConflictsColumnComesIntoViewWholeFromAColumnEdge) {
    m_window->resize(1500, 800);  // a five-article story needs sideways scrolling
    m_window->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return m_finished == 1; }));
    ComparisonView* view = m_window->comparison();
    auto* area = view->findChild<QScrollArea*>();
    ASSERT_NE(area, nullptr);
    ASSERT_GT(area->horizontalScrollBar()->maximum(), 0) << "the test needs a story wider than the view";
    int checked = 0;
    for (int i = 0; i < 20 && m_window->conflicts()->step(+1); ++i) {
        QTest::qWait(20);
        const Conflict* c = m_window->analysis()->conflict(ss(m_window->conflicts()->currentConflict()));
        ASSERT_NE(c, nullptr);
        ArticleColumn* first = nullptr;
        for (const auto& e : c->evidence)
            if ((first = view->column(qs(e.article)))) break;
        if (!first) continue;
        const int left = area->horizontalScrollBar()->value();
        const int width = area->viewport()->width();
        EXPECT_GE(first->x(), left);
        if (first->width() <= width) EXPECT_LE(first->x() + first->width(), left + width);
        else EXPECT_EQ(first->x(), left) << "a column wider than the view starts at its left";
        bool atEdge = left == 0 || left == area->horizontalScrollBar()->maximum();
        for (ArticleColumn* col : view->columns()) atEdge = atEdge || col->x() == left;
        EXPECT_TRUE(atEdge) << "scrolled to " << left << ", not to a column's edge";
        ++checked;
    }
    EXPECT_GT(checked, 0);
}
