// Ctrl+F on a real folder analysed by the real pipeline: the library's index answers (Chinese too), the hits show
// highlighted snippets, and activating one brings the passage into view in the comparison.
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

#include "fixture.h"
#include "ui/mainwindow.h"
#include "ui/models/searchmodel.h"
#include "ui/roles.h"
#include "ui/search.h"
#include "ui/views/comparisonview.h"
#include "ui/views/searchpanel.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

using parallax::ui::test::waitFor;

bool writeFile(const QString& path, const QString& text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    return f.write(text.toUtf8()) > 0;
}

QString article(const QString& title, const QString& outlet, const QString& date, const QString& body) {
    return QStringLiteral("---\ntitle: \"%1\"\nsite_name: %2\npublished: %3\n---\n\n# %1\n\n%4\n").arg(title, outlet, date, body);
}

/// Four small articles of our own: two English reports of one plant opening, and two Chinese ones, one of them
/// about chips with the word 芯片 only far down, below the fold of its column.
bool writeFolder(const QString& dir) {
    QString zhFiller;
    for (int i = 1; i <= 30; ++i)
        zhFiller += QStringLiteral("第%1段：当地港口的集装箱吞吐量持续增长，物流企业表示订单排期已经延长到下个季度。\n\n").arg(i);
    QString enFiller;
    for (int i = 1; i <= 6; ++i)
        enFiller += QStringLiteral("Paragraph %1: local suppliers said orders for the coming quarter were already booked.\n\n").arg(i);
    return writeFile(dir + QStringLiteral("/lumen-daily.md"),
                     article(QStringLiteral("Lumen Semiconductor opens a wafer plant in Dresden"), QStringLiteral("Lumen Daily"),
                             QStringLiteral("2025-04-02"),
                             QStringLiteral("Lumen Semiconductor opened its new wafer plant in Dresden on Tuesday. The plant "
                                            "will employ 1,200 people, the company said, and AT&T signed on as a customer.\n\n") +
                                 enFiller)) &&
           writeFile(dir + QStringLiteral("/river-post.md"),
                     article(QStringLiteral("Dresden wafer plant opens its doors"), QStringLiteral("River Post"),
                             QStringLiteral("2025-04-03"),
                             QStringLiteral("The wafer plant that Lumen Semiconductor built in Dresden opened on Tuesday and "
                                            "will employ 1,100 people.\n\n") +
                                 enFiller)) &&
           writeFile(dir + QStringLiteral("/huanan-keji.md"),
                     article(QStringLiteral("港口吞吐量创新高"), QStringLiteral("华南科技观察"), QStringLiteral("2025-04-05"),
                             zhFiller + QStringLiteral("与此同时，星河微电子宣布其新一代车规级芯片将于明年量产，国产芯片产业链随之受到关注。\n\n"))) &&
           writeFile(dir + QStringLiteral("/dongfang-shibao.md"),
                     article(QStringLiteral("集装箱运输需求旺盛"), QStringLiteral("东方时报"), QStringLiteral("2025-04-06"),
                             QStringLiteral("今年一季度，港口的集装箱吞吐量同比增长百分之八，航运公司纷纷增开航线。\n\n")));
}

class SearchWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(writeFolder(m_folder.path()));
        m_window = std::make_unique<MainWindow>(Services{{}, m_data.path()});  // the real pipeline
        m_window->resize(1400, 900);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy shown(m_window.get(), &MainWindow::analysisShown);
        m_window->openFolder(m_folder.path());
        ASSERT_TRUE(waitFor([&] { return shown.count() > 0; })) << "the analysis never finished";
        ASSERT_EQ(m_window->analysis()->result().articles.size(), 4u);
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    SearchPanel* panel() const { return m_window->searchPanel(); }

    /// Types into the query box as a person would and waits for the hits of exactly that text.
    bool typeQuery(const QString& text) {
        QSignalSpy shown(panel(), &SearchPanel::resultsShown);
        QLineEdit* box = panel()->queryBox();
        box->clear();
        // Latin text as key presses; Chinese as an input method commits it (QTest has no keys for it).
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(box, QString(c));
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(box, &commit);
            }
        }
        return waitFor([&] {
            for (const auto& args : shown)
                if (args.at(0).toString() == text) return !panel()->searching();
            return false;
        });
    }

    QString snippet(int row) const { return panel()->model()->index(row, 0).data(SnippetHtmlRole).toString(); }

    QTemporaryDir m_folder;
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;
};

/// The id of the article whose file name starts with `stem`.
std::string articleId(const MainWindow& w, const std::string& stem) {
    for (const Article& a : w.analysis()->result().articles)
        if (a.path.find("/" + stem) != std::string::npos) return a.id;
    return {};
}

}  // namespace

TEST_F(SearchWindowTest, CtrlFFindsAChineseWordAndEnterShowsThePassage) {
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("searchDock"));
    ASSERT_TRUE(dock);
    EXPECT_TRUE(waitFor([&] { return dock->isVisible() && panel()->queryBox()->hasFocus(); }, 5000));

    ASSERT_TRUE(typeQuery(QStringLiteral("芯片")));
    EXPECT_TRUE(panel()->noticeLabel()->isHidden()) << panel()->noticeLabel()->text().toStdString();
    ASSERT_EQ(panel()->model()->rowCount(), 1) << "only the chip article holds 芯片 (the word index alone finds none)";
    const std::string id = articleId(*m_window, "huanan-keji");
    const QModelIndex hit = panel()->model()->index(0, 0);
    EXPECT_EQ(hit.data(ArticleRole).toString().toStdString(), id);
    EXPECT_TRUE(snippet(0).contains(QStringLiteral("<b>芯片</b>"))) << snippet(0).toStdString();
    EXPECT_TRUE(panel()->statusLabel()->text().contains(QStringLiteral("ms"))) << "the query time is shown";
    const std::string& text = m_window->analysis()->article(id)->text;
    const auto start = static_cast<std::size_t>(hit.data(ByteStartRole).toULongLong());
    const auto end = static_cast<std::size_t>(hit.data(ByteEndRole).toULongLong());
    ASSERT_EQ(text.substr(start, end - start), "芯片") << "byte offsets of the first match in Article::text";
    EXPECT_EQ(start, text.find("芯片"));

    // Keyboard only: Down to the hits, Enter on the first.
    QTest::keyClick(panel()->queryBox(), Qt::Key_Down);
    ASSERT_TRUE(panel()->results()->hasFocus());
    QTest::keyClick(panel()->results(), Qt::Key_Return);
    ComparisonView* cmp = m_window->comparison();
    const QString story = QString::fromStdString(m_window->analysis()->storyOfArticle(id));
    ASSERT_TRUE(waitFor([&] { return cmp->story() == story && cmp->column(QString::fromStdString(id)); }, 5000));
    ArticleColumn* column = cmp->column(QString::fromStdString(id));
    const auto [from, to] = cmp->rangeOf(QString::fromStdString(id), Span{start, end});
    EXPECT_TRUE(waitFor([&] { return column->isRangeVisible(from, to); }, 5000)) << "the passage is scrolled into view";
    EXPECT_GT(column->verticalScrollBar()->value(), 0) << "it sat below the fold";
    bool flashed = false;
    for (const auto& sel : column->editor()->extraSelections())
        flashed = flashed || (sel.cursor.selectionStart() == from && sel.cursor.selectionEnd() == to);
    EXPECT_TRUE(flashed) << "the matched words are marked in the column";
    EXPECT_EQ(column->editor()->document()->toPlainText().mid(from, to - from), QStringLiteral("芯片"));
}

TEST_F(SearchWindowTest, PhrasesSymbolsAndRankingThroughTheIndex) {
    panel()->runQuery(QStringLiteral("wafer plant"));
    ASSERT_EQ(panel()->model()->rowCount(), 2);
    EXPECT_TRUE(snippet(0).contains(QStringLiteral("<b>wafer</b>")) || snippet(0).contains(QStringLiteral("<b>plant</b>")));
    // Only one article says "opened its new wafer plant" in this order.
    panel()->runQuery(QStringLiteral("\"new wafer plant\""));
    ASSERT_EQ(panel()->model()->rowCount(), 1);
    EXPECT_EQ(panel()->model()->index(0, 0).data(ArticleRole).toString().toStdString(), articleId(*m_window, "lumen-daily"));
    EXPECT_TRUE(snippet(0).contains(QStringLiteral("<b>new wafer plant</b>"))) << snippet(0).toStdString();
    // What people type is never syntax, and nothing from an article reaches the list unescaped.
    for (const QString& q : {QStringLiteral("AT&T"), QStringLiteral("\"unbalanced"), QStringLiteral("C++ -"),
                             QStringLiteral("NEAR(a b)"), QStringLiteral("*"), QStringLiteral("<b>x</b>")}) {
        ASSERT_TRUE(typeQuery(q)) << q.toStdString();
        EXPECT_FALSE(panel()->statusLabel()->text().isEmpty());
    }
    ASSERT_TRUE(typeQuery(QStringLiteral("AT&T")));
    ASSERT_EQ(panel()->model()->rowCount(), 1);
    EXPECT_TRUE(snippet(0).contains(QStringLiteral("<b>AT&amp;T</b>"))) << snippet(0).toStdString();
    // Two Chinese words, both in both Chinese articles (and in no English one): ANDed.
    ASSERT_TRUE(typeQuery(QStringLiteral("港口 集装箱")));
    EXPECT_EQ(panel()->model()->rowCount(), 2);
}

TEST_F(SearchWindowTest, OnlyTheNewestQueryIsShown) {
    QSignalSpy shown(panel(), &SearchPanel::resultsShown);
    panel()->startQuery(QStringLiteral("wafer"));
    panel()->startQuery(QStringLiteral("芯片"));
    ASSERT_TRUE(waitFor([&] { return !panel()->searching(); }, 10000));
    ASSERT_EQ(shown.count(), 1) << "the first query was overtaken: its hits are dropped";
    EXPECT_EQ(shown.at(0).at(0).toString(), QStringLiteral("芯片"));
    EXPECT_EQ(panel()->model()->rowCount(), 1);
}

TEST_F(SearchWindowTest, ANewAnalysisRerunsTheQueryOnScreen) {
    ASSERT_TRUE(typeQuery(QStringLiteral("芯片")));
    ASSERT_EQ(panel()->model()->rowCount(), 1);
    QSignalSpy shown(panel(), &SearchPanel::resultsShown);
    QSignalSpy analysed(m_window.get(), &MainWindow::analysisShown);
    ASSERT_TRUE(writeFile(m_folder.path() + QStringLiteral("/dongfang-shibao.md"),
                          article(QStringLiteral("芯片需求旺盛"), QStringLiteral("东方时报"), QStringLiteral("2025-04-06"),
                                  QStringLiteral("今年一季度，车规级芯片的需求同比增长百分之八。\n\n"))));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitFor([&] { return analysed.count() > 0 && shown.count() > 0 && !panel()->searching(); }))
        << "analysed " << analysed.count() << ", shown " << shown.count() << ", searching " << panel()->searching()
        << ", status: " << panel()->statusLabel()->text().toStdString();
    EXPECT_EQ(panel()->model()->rowCount(), 2) << "the rewritten article now holds 芯片 too";
}

TEST_F(SearchWindowTest, WithoutALibraryThePanelSaysItScansInMemory) {
    const QString notDatabase = m_data.filePath(QStringLiteral("not-a-database.sqlite"));
    ASSERT_TRUE(writeFile(notDatabase, QStringLiteral("this is not an SQLite file, it only looks like one by name\n").repeated(50)));
    panel()->setBackend(m_window->analysis(), makeSearchBackend(m_window->analysis(), notDatabase));
    EXPECT_FALSE(panel()->noticeLabel()->isHidden());
    EXPECT_TRUE(panel()->noticeLabel()->text().contains(QStringLiteral("in memory"))) << panel()->noticeLabel()->text().toStdString();
    panel()->runQuery(QStringLiteral("wafer"));
    EXPECT_EQ(panel()->model()->rowCount(), 2) << "the memory scan still answers";
    panel()->runQuery(QStringLiteral("\"new wafer plant\""));
    EXPECT_EQ(panel()->model()->rowCount(), 1) << "and reads a quoted phrase as the index does";
    panel()->runQuery(QStringLiteral("芯片 -"));
    EXPECT_EQ(panel()->model()->rowCount(), 1) << "Chinese by substring; a lone dash is no term";
}

/// Times Ctrl+F on a real folder: set PARALLAX_SEARCH_BENCH_DIR (e.g. 1,000 articles). Prints, per query, the
/// worker's time in the index and the GUI thread's time to show the hits (model reset, layout and paint of the
/// list). Skipped otherwise.
TEST(SearchBench, GuiThreadTimeOnTheFolderNamedByTheEnvironment) {
    const char* dir = std::getenv("PARALLAX_SEARCH_BENCH_DIR");
    if (!dir || !*dir) GTEST_SKIP() << "set PARALLAX_SEARCH_BENCH_DIR to a folder of articles to time search on it";
    QTemporaryDir data;
    MainWindow w(Services{{}, data.path()});
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::analysisShown);
    w.openFolder(QString::fromUtf8(dir));
    ASSERT_TRUE(waitFor([&] { return shown.count() > 0; }, 600000));
    w.actions().search->trigger();
    SearchPanel* panel = w.searchPanel();
    for (const QString& q : {QStringLiteral("chip"), QStringLiteral("chip export"), QStringLiteral("\"the chip\""),
                             QStringLiteral("compan*"), QStringLiteral("芯片"), QStringLiteral("芯片产业"), QStringLiteral("H20")}) {
        // As typed: the GUI thread only starts the query; the worker answers.
        QSignalSpy results(panel, &SearchPanel::resultsShown);
        QElapsedTimer clock;
        clock.start();
        panel->startQuery(q);
        const double startMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        ASSERT_TRUE(waitFor([&] { return results.count() > 0; }, 10000));
        const QString asyncStatus = panel->statusLabel()->text();
        // The same query on the calling thread: its time less the index's is what showing the hits costs the GUI
        // thread (model reset); then the list's layout and paint.
        clock.restart();
        panel->runQuery(q);
        const double syncMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        panel->results()->repaint();
        const double paintMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        std::printf("%-12s %3d hits | worker: %s | GUI: start %.2f ms, index+show %.1f ms (%s), layout+paint %.1f ms\n",
                    q.toUtf8().constData(), panel->model()->rowCount(), asyncStatus.toUtf8().constData(), startMs,
                    syncMs, panel->statusLabel()->text().toUtf8().constData(), paintMs);
    }
}
