// The side-by-side view's linked scrolling (passage-aligned), column hiding and reordering, the original
// file toggle (decoded as the pipeline decoded it), conflict tooltips and passage clicks, on real widgets.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

#include <boost/locale/encoding.hpp>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "fixture.h"
#include "core/pipeline/pipeline.h"
#include "ui/analysisdata.h"
#include "ui/mainwindow.h"
#include "ui/views/comparisonview.h"
#include "ui/views/scrolllinker.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

using parallax::ui::test::waitFor;

std::string paragraphs(const std::string& topic, int count) {
    std::string s;
    for (int i = 0; i < count; ++i)
        s += "Note " + std::to_string(i + 1) + " on " + topic +
             ": shipping schedules, supplier contracts and quarterly guidance were discussed at length by the "
             "people who follow the company, without any new figure being given.\n\n";
    return s;
}

// UTF-8 to a legacy encoding, to write test files the way other systems save them.
std::string encode(const std::string& utf8, const char* charset) { return boost::locale::conv::from_utf(utf8, charset); }

Article article(const std::string& folder, const std::string& id, std::string text, const std::string& encoding = "UTF-8") {
    Article a;
    a.id = id;
    a.path = folder + "/" + id + ".txt";
    a.title = "Article " + id;
    a.outlet = "Outlet " + id;
    a.language = "en";
    a.encoding = encoding;
    a.text = std::move(text);
    return a;
}

// Story "s": p and q share passages g1 and g2 at different depths; r shares nothing. Story "o": files in
// windows-1252 and GB18030 for the original toggle.
AnalysisResult makeData(const std::string& folder) {
    AnalysisResult r;
    r.folder = folder;
    const std::string launchP = "Corvid Systems opened its second fabrication plant in Dresden on 3 March 2025.";
    const std::string launchQ = "The new Corvid Systems plant in Dresden started production in early March.";
    const std::string staffP = "The plant employs 1,400 people, according to the company.";
    const std::string staffQ = "About 1,600 workers are employed at the site.";
    Article p = article(folder, "p", paragraphs("the market", 8) + launchP + "\n\n" + paragraphs("the suppliers", 10) +
                                         staffP + "\n\n" + paragraphs("the outlook", 14));
    Article q = article(folder, "q", paragraphs("the region", 22) + launchQ + "\n\n" + paragraphs("the workforce", 4) +
                                         staffQ + "\n\n" + paragraphs("the rivals", 18));
    Article rr = article(folder, "r", paragraphs("an unrelated topic", 40));
    const std::string cafe = "Le café du port a rouvert ce matin, a annoncé la mairie.";
    Article w = article(folder, "w", cafe, "windows-1252");
    const std::string zh = "科思系统公司在德累斯顿开设了第二家工厂。";
    Article z = article(folder, "z", zh, "GB18030");
    r.articles = {p, q, rr, w, z};
    r.stories = {Story{"s", "Corvid Systems opens a plant", {"p", "q", "r"}, {}},
                 Story{"o", "Originals in legacy encodings", {"w", "z"}, {}}};
    r.groups = {Group{"g1", "s", "Plant opening", {{"p", test::spanOf(p.text, launchP), launchP}, {"q", test::spanOf(q.text, launchQ), launchQ}}},
                Group{"g2", "s", "Plant staff", {{"p", test::spanOf(p.text, staffP), staffP}, {"q", test::spanOf(q.text, staffQ), staffQ}}}};
    Conflict k;
    k.id = "k1";
    k.story = "s";
    k.type = ConflictType::Number;
    k.severity = Severity::Medium;
    k.subject = "Corvid plant";
    k.attribute = "employees";
    k.reason = "1,400 vs about 1,600 employees";
    k.evidence = {{"p", test::spanOf(p.text, "1,400 people"), "1,400 people", "1400"},
                  {"q", test::spanOf(q.text, "1,600 workers"), "1,600 workers", "1600"}};
    r.conflicts = {k};
    return r;
}

bool writeFile(const QString& path, const std::string& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
}

class ScrollingTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        m_data = std::make_shared<const AnalysisData>(makeData(m_folder.path().toStdString()));
        m_view = std::make_unique<ComparisonView>();
        m_view->resize(1400, 640);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setAnalysis(m_data);
        m_view->setStory(QStringLiteral("s"));
        for (const char* id : {"p", "q", "r"}) (void)m_view->rangeOf(QString::fromLatin1(id), Span{0, 1});
        P = m_view->column(QStringLiteral("p"));
        Q = m_view->column(QStringLiteral("q"));
        R = m_view->column(QStringLiteral("r"));
        ASSERT_TRUE(P && Q && R && P->loaded() && Q->loaded() && R->loaded());
        ASSERT_GT(P->verticalScrollBar()->maximum(), 0) << "the columns must be able to scroll";
    }

    // UTF-16 start of a group's member in an article's column.
    int startOf(const char* group, const char* articleId) {
        for (const auto& m : m_data->group(group)->members)
            if (m.article == articleId) return m_view->rangeOf(QString::fromLatin1(articleId), m.span).first;
        ADD_FAILURE() << group << " has no member in " << articleId;
        return 0;
    }
    // Scrolls a column (as the user would, through its scroll bar) so that position `pos` is at the top.
    static void scrollToTop(ArticleColumn* c, int pos) {
        QScrollBar* bar = c->verticalScrollBar();
        bar->setValue(bar->value() + c->positionRect(pos).top());
    }

    QTemporaryDir m_folder;
    AnalysisPtr m_data;
    std::unique_ptr<ComparisonView> m_view;
    ArticleColumn* P = nullptr;
    ArticleColumn* Q = nullptr;
    ArticleColumn* R = nullptr;
};

}  // namespace

TEST(PassageMap, InterpolatesBetweenSharedPassagesAndKeepsOffsetsOutside) {
    const std::vector<PassageY> source{{"g1", 100, 140}, {"g2", 300, 320}, {"x", 400, 420}};
    const std::vector<PassageY> target{{"g1", 500, 560}, {"g2", 900, 930}, {"y", 50, 60}};
    const PassageMap map(source, target);
    ASSERT_FALSE(map.empty());
    EXPECT_EQ(map.map(100), 500) << "a passage's top maps to its counterpart's top";
    EXPECT_EQ(map.map(140), 560);
    EXPECT_EQ(map.map(300), 900);
    EXPECT_EQ(map.map(220), 560 + (900 - 560) * 80 / 160) << "between passages: linear";
    EXPECT_EQ(map.map(40), 440) << "before the first shared passage: its offset";
    EXPECT_EQ(map.map(1000), 930 + 680) << "after the last: its offset";
}

TEST(PassageMap, DropsCrossingPairsAndIsEmptyWithoutSharedPassages) {
    // g2 comes before g1 in the target: keeping both would make the map run backwards.
    const std::vector<PassageY> source{{"g1", 100, 120}, {"g2", 300, 320}, {"g3", 500, 520}};
    const std::vector<PassageY> target{{"g2", 80, 100}, {"g1", 400, 420}, {"g3", 700, 720}};
    const PassageMap map(source, target);
    for (std::size_t i = 1; i < map.points().size(); ++i) {
        EXPECT_LT(map.points()[i - 1].first, map.points()[i].first);
        EXPECT_LT(map.points()[i - 1].second, map.points()[i].second);
    }
    int last = map.map(0);
    for (int y = 1; y < 800; ++y) {
        const int now = map.map(y);
        EXPECT_GE(now, last) << "at " << y;
        last = now;
    }
    EXPECT_TRUE(PassageMap(source, {{"other", 10, 20}}).empty());
}

TEST_F(ScrollingTest, ScrollingOneColumnAlignsTheCounterpartAtTheSameHeight) {
    m_view->setLinkedScrolling(true);
    for (const char* g : {"g1", "g2"}) {
        const int p = startOf(g, "p");
        const int q = startOf(g, "q");
        scrollToTop(P, p);
        ASSERT_NEAR(P->positionRect(p).top(), 0, 2) << g;
        EXPECT_NEAR(Q->positionRect(q).top(), P->positionRect(p).top(), 4) << g;
    }
    // The other way round: q drives, p follows.
    const int q1 = startOf("g1", "q");
    scrollToTop(Q, q1);
    EXPECT_NEAR(P->positionRect(startOf("g1", "p")).top(), Q->positionRect(q1).top(), 4);
}

TEST_F(ScrollingTest, FollowingIsSmoothAndNeverDrivesBack) {
    m_view->setLinkedScrolling(true);
    const int from = P->verticalScrollBar()->value() + P->positionRect(startOf("g1", "p")).top();
    const int to = P->verticalScrollBar()->value() + P->positionRect(startOf("g2", "p")).top();
    ASSERT_LT(from, to);
    QSignalSpy qMoves(Q->verticalScrollBar(), &QScrollBar::valueChanged);
    int last = -1;
    for (int v = from; v <= to; v += 5) {
        QSignalSpy pMoves(P->verticalScrollBar(), &QScrollBar::valueChanged);
        P->verticalScrollBar()->setValue(v);
        EXPECT_EQ(P->verticalScrollBar()->value(), v) << "the follower must not push the source back";
        EXPECT_LE(pMoves.count(), 1);
        const int q = Q->verticalScrollBar()->value();
        EXPECT_GE(q, last) << "the follower moves one way only (no jitter) at " << v;
        last = q;
    }
    EXPECT_GT(qMoves.count(), 3);
}

TEST_F(ScrollingTest, AColumnWithoutCounterpartsDoesNotJump) {
    m_view->setLinkedScrolling(true);
    R->verticalScrollBar()->setValue(120);
    for (const char* g : {"g2", "g1"}) scrollToTop(P, startOf(g, "p"));
    P->verticalScrollBar()->setValue(P->verticalScrollBar()->maximum());
    EXPECT_EQ(R->verticalScrollBar()->value(), 120);
    // And scrolling it moves nobody.
    const int q = Q->verticalScrollBar()->value();
    R->verticalScrollBar()->setValue(400);
    EXPECT_EQ(Q->verticalScrollBar()->value(), q);
}

TEST_F(ScrollingTest, TogglingOffStopsFollowing) {
    m_view->setLinkedScrolling(true);
    EXPECT_TRUE(m_view->linkedScrolling());
    scrollToTop(P, startOf("g1", "p"));
    const int q = Q->verticalScrollBar()->value();
    ASSERT_GT(q, 0);
    m_view->setLinkedScrolling(false);
    scrollToTop(P, startOf("g2", "p"));
    EXPECT_EQ(Q->verticalScrollBar()->value(), q);
    P->verticalScrollBar()->setValue(0);
    EXPECT_EQ(Q->verticalScrollBar()->value(), q);
    // Switching it on again lines q up with where the user left p.
    const int p2 = startOf("g2", "p");
    scrollToTop(P, p2);
    m_view->setLinkedScrolling(true);
    EXPECT_NEAR(Q->positionRect(startOf("g2", "q")).top(), P->positionRect(p2).top(), 4);
}

TEST_F(ScrollingTest, AlignmentSurvivesAResizeAndAFontChange) {
    m_view->setLinkedScrolling(true);
    scrollToTop(P, startOf("g1", "p"));  // measure once at the first width
    m_view->resize(1150, 640);            // narrower columns: the text wraps anew
    QApplication::processEvents();
    const int p2 = startOf("g2", "p");
    const int q2 = startOf("g2", "q");
    scrollToTop(P, p2);
    EXPECT_NEAR(Q->positionRect(q2).top(), P->positionRect(p2).top(), 4) << "after a resize";
    QFont big = m_view->font();
    if (big.pointSizeF() > 0) big.setPointSizeF(big.pointSizeF() * 1.5);
    else big.setPixelSize(big.pixelSize() * 3 / 2);
    m_view->setFont(big);
    QApplication::processEvents();
    const int p1 = startOf("g1", "p");
    const int q1 = startOf("g1", "q");
    scrollToTop(P, p1);
    EXPECT_NEAR(Q->positionRect(q1).top(), P->positionRect(p1).top(), 4) << "after a font change";
}

TEST_F(ScrollingTest, AHiddenColumnStaysAndCatchesUpWhenShownAgain) {
    m_view->setLinkedScrolling(true);
    m_view->setColumnHidden(QStringLiteral("q"), true);
    const int before = Q->verticalScrollBar()->value();
    const int p2 = startOf("g2", "p");
    scrollToTop(P, p2);
    EXPECT_EQ(Q->verticalScrollBar()->value(), before);
    m_view->setColumnHidden(QStringLiteral("q"), false);
    QApplication::processEvents();
    // Showing q narrows p (its text rewraps, so p2 is no longer at the top): q follows p's current position.
    ScrollLinker probe;
    probe.setColumns(m_view->columns());
    const int expected = probe.alignedValue(P, Q, P->verticalScrollBar()->value());
    ASSERT_GT(expected, before);
    EXPECT_EQ(Q->verticalScrollBar()->value(), expected) << "q caught up on reappearing";
    scrollToTop(P, p2);
    EXPECT_NEAR(Q->positionRect(startOf("g2", "q")).top(), P->positionRect(p2).top(), 4);
}

TEST_F(ScrollingTest, ColumnsCanBeHiddenAndReorderedFromTheMenuAndTheButtons) {
    auto order = [&] {
        QStringList ids;
        for (ArticleColumn* c : m_view->columns()) ids << c->articleId();
        return ids.join(QLatin1Char(','));
    };
    ASSERT_EQ(order(), QStringLiteral("p,q,r"));
    m_view->moveColumn(QStringLiteral("p"), +1);
    EXPECT_EQ(order(), QStringLiteral("q,p,r"));
    m_view->moveColumn(QStringLiteral("r"), -5);  // clamps at the left end
    EXPECT_EQ(order(), QStringLiteral("r,q,p"));
    QApplication::processEvents();
    EXPECT_LT(R->x(), Q->x());
    EXPECT_LT(Q->x(), P->x()) << "the widgets are laid out in the new order";

    // The column's own ▶ button.
    QToolButton* right = nullptr;
    for (auto* b : R->findChildren<QToolButton*>())
        if (b->toolTip().contains(QStringLiteral("right"))) right = b;
    ASSERT_TRUE(right);
    QTest::mouseClick(right, Qt::LeftButton);
    EXPECT_EQ(order(), QStringLiteral("q,r,p"));

    // The Columns menu follows the order, and its entries hide and show (triggered as a click would).
    const QList<QAction*> entries = m_view->columnsMenu()->actions();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_TRUE(entries[0]->text().endsWith(QStringLiteral("q")));
    entries[1]->trigger();
    EXPECT_TRUE(R->isHidden());
    EXPECT_FALSE(entries[1]->isChecked());
    entries[1]->trigger();
    EXPECT_FALSE(R->isHidden());

    // The ✕ button hides, and the menu shows it unchecked.
    QToolButton* hide = nullptr;
    for (auto* b : P->findChildren<QToolButton*>())
        if (b->toolTip().startsWith(QStringLiteral("Hide"))) hide = b;
    ASSERT_TRUE(hide);
    QTest::mouseClick(hide, Qt::LeftButton);
    EXPECT_TRUE(P->isHidden());
    EXPECT_FALSE(m_view->columnsMenu()->actions()[2]->isChecked());
}

TEST_F(ScrollingTest, OriginalShowsLegacyEncodingsAsThePipelineDecodedThem) {
    const std::string cafe = m_data->article("w")->text;
    const std::string zh = m_data->article("z")->text;
    const std::string cp1252 = encode(cafe, "windows-1252");
    const std::string gb = encode(zh, "GB18030");
    ASSERT_FALSE(cp1252.empty());
    ASSERT_FALSE(gb.empty());
    ASSERT_EQ(cp1252.find("\xc3\xa9"), std::string::npos) << "the file really is not UTF-8";
    ASSERT_TRUE(writeFile(m_folder.filePath(QStringLiteral("w.txt")), cp1252));
    ASSERT_TRUE(writeFile(m_folder.filePath(QStringLiteral("z.txt")), gb));
    m_view->setStory(QStringLiteral("o"));
    m_view->setShowOriginal(true);
    for (const char* id : {"w", "z"}) (void)m_view->rangeOf(QString::fromLatin1(id), Span{0, 1});
    const QString w = m_view->column(QStringLiteral("w"))->editor()->toPlainText();
    const QString z = m_view->column(QStringLiteral("z"))->editor()->toPlainText();
    EXPECT_TRUE(w.contains(QStringLiteral("café"))) << w.toStdString();
    EXPECT_FALSE(w.contains(QChar(0xFFFD)));
    EXPECT_EQ(z, QString::fromStdString(zh));
    m_view->setShowOriginal(false);
    EXPECT_EQ(m_view->column(QStringLiteral("w"))->editor()->toPlainText(), QString::fromStdString(cafe));
}

TEST_F(ScrollingTest, HoveringAConflictSpanShowsItsReason) {
    const auto [from, to] = m_view->rangeOf(QStringLiteral("p"), m_data->conflict("k1")->evidence[0].span);
    P->scrollToRange(from, to);
    const QPoint at = P->positionRect(from + 2).center();
    EXPECT_TRUE(P->toolTipAt(at).contains(QStringLiteral("1,400 vs about 1,600 employees")));
    EXPECT_TRUE(P->toolTipAt(at).contains(QStringLiteral("Passage"))) << "and the passage it sits in";
    QWidget* viewport = P->editor()->viewport();
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &help);
    EXPECT_TRUE(waitFor([] { return QToolTip::isVisible(); }));
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("employees")));
    QToolTip::hideText();
}

TEST_F(ScrollingTest, ClickingAPassageBringsItsCounterpartAlongsideWithLinkingOn) {
    m_view->setLinkedScrolling(true);
    const int p2 = startOf("g2", "p");
    const int q2 = startOf("g2", "q");
    P->scrollToRange(p2, p2 + 1, 200);  // q follows by p's top line, so its g2 is not level with p's yet
    const int source = P->verticalScrollBar()->value();
    ASSERT_GT(std::abs(Q->positionRect(q2).top() - P->positionRect(p2).top()), 4);
    QTest::mouseClick(P->editor()->viewport(), Qt::LeftButton, {}, P->positionRect(p2 + 3).center());
    EXPECT_TRUE(waitFor([&] { return std::abs(Q->positionRect(q2).top() - P->positionRect(p2).top()) <= 4; }))
        << "the clicked passage's counterpart comes level with it";
    EXPECT_EQ(P->verticalScrollBar()->value(), source) << "the jump does not move the clicked column";
}

TEST_F(ScrollingTest, TogglingOneColumnsOriginalMovesNoOtherColumn) {
    m_view->setLinkedScrolling(true);
    scrollToTop(P, startOf("g2", "p"));
    const int q = Q->verticalScrollBar()->value();
    const int r = R->verticalScrollBar()->value();
    P->setShowOriginal(true);
    EXPECT_EQ(Q->verticalScrollBar()->value(), q);
    P->setShowOriginal(false);
    QApplication::processEvents();
    EXPECT_EQ(Q->verticalScrollBar()->value(), q);
    EXPECT_EQ(R->verticalScrollBar()->value(), r);
    EXPECT_NEAR(P->positionRect(startOf("g2", "p")).top(), 0, 2) << "p is back where the reader left it";
    // While p shows its original (no passages), q is scrolled elsewhere; back to the cleaned text, p rejoins q.
    P->setShowOriginal(true);
    const int q1 = startOf("g1", "q");
    scrollToTop(Q, q1);
    P->setShowOriginal(false);
    EXPECT_NEAR(P->positionRect(startOf("g1", "p")).top(), Q->positionRect(q1).top(), 4);
}

TEST_F(ScrollingTest, ScrollEventsReuseTheMeasuredPassages) {
    m_view->setLinkedScrolling(true);
    scrollToTop(P, startOf("g1", "p"));  // first linked scroll measures p and q once
    const unsigned pGen = P->geometryGeneration();
    const unsigned qGen = Q->geometryGeneration();
    const int to = P->verticalScrollBar()->value() + P->positionRect(startOf("g2", "p")).top();
    QElapsedTimer timer;
    timer.start();
    int events = 0;
    for (int v = P->verticalScrollBar()->value(); v <= to; v += 3, ++events) P->verticalScrollBar()->setValue(v);
    const double perEvent = static_cast<double>(timer.nsecsElapsed()) / 1e3 / std::max(1, events);
    std::cout << "[ measured ] " << events << " linked scroll events, " << perEvent << " us each (3 columns)\n";
    EXPECT_EQ(P->geometryGeneration(), pGen) << "scrolling alone neither relayouts nor re-measures";
    EXPECT_EQ(Q->geometryGeneration(), qGen);
}

TEST_F(ScrollingTest, AColumnLoadedLaterJoinsTheLinkedPosition) {
    // A fresh view so narrow that only the first column is loaded at first.
    ComparisonView view;
    view.resize(300, 640);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setAnalysis(m_data);
    view.setStory(QStringLiteral("s"));
    view.setLinkedScrolling(true);
    ArticleColumn* p = view.column(QStringLiteral("p"));
    ArticleColumn* q = view.column(QStringLiteral("q"));
    ASSERT_TRUE(p->loaded());
    ASSERT_FALSE(q->loaded()) << "columns out of view load lazily";
    const int p2 = view.rangeOf(QStringLiteral("p"), m_data->group("g2")->members[0].span).first;
    scrollToTop(p, p2);
    const int q2 = view.rangeOf(QStringLiteral("q"), m_data->group("g2")->members[1].span).first;  // loads q
    ASSERT_TRUE(q->loaded());
    EXPECT_NEAR(q->positionRect(q2).top(), p->positionRect(p2).top(), 4);
}

TEST(LinkedScrollingAction, TheViewMenuActionDrivesTheComparisonView) {
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    MainWindow w(Services{{}, data.path()});
    QAction* action = w.actions().linkedScroll;
    ASSERT_TRUE(action->isCheckable());
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    for (int i = 0; i < 2; ++i) {
        action->trigger();
        EXPECT_EQ(w.comparison()->linkedScrolling(), action->isChecked());
    }
}

// On the bundled sample corpus, through the real pipeline: in the story with the most aligned passages, putting
// any passage at the top of any column puts each surviving counterpart (PassageMap keeps passages told in the
// same order) at the same height, unless the counterpart's column cannot scroll that far.
TEST(LinkedScrollingOnSamples, EveryKeptCounterpartLinesUp) {
    const std::filesystem::path samples = std::filesystem::path(PARALLAX_SOURCE_DIR) / "resources" / "samples";
    if (!std::filesystem::exists(samples)) GTEST_SKIP() << "no sample corpus at " << samples;
    pipeline::Options options;
    options.folder = samples;
    options.database = ":memory:";
    pipeline::Run run = pipeline::analyzeFolder(options);
    ASSERT_EQ(run.outcome, pipeline::Outcome::Ok) << run.error;
    auto data = std::make_shared<const AnalysisData>(std::move(run.result));
    const Story* best = nullptr;
    for (const Story& s : data->result().stories)
        if (!best || data->groupsOfStory(s.id).size() > data->groupsOfStory(best->id).size()) best = &s;
    ASSERT_TRUE(best && data->groupsOfStory(best->id).size() >= 2) << "the samples have aligned passages";

    ComparisonView view;
    view.resize(1800, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setAnalysis(data);
    view.setStory(QString::fromStdString(best->id));
    view.setLinkedScrolling(true);
    for (ArticleColumn* c : view.columns()) (void)view.rangeOf(c->articleId(), Span{0, 1});
    int checked = 0;
    int clamped = 0;
    for (ArticleColumn* source : view.columns())
        for (const PassageY& passage : source->passages()) {
            QScrollBar* bar = source->verticalScrollBar();
            // Scroll the source so the passage's first line is at the top (document y = scroll value).
            bar->setValue(passage.top);
            if (bar->value() != passage.top) continue;  // the source cannot scroll that far
            for (ArticleColumn* target : view.columns()) {
                if (target == source) continue;
                const PassageMap map(source->passages(), target->passages());
                for (const auto& [sy, ty] : map.points()) {
                    if (sy != passage.top) continue;
                    QScrollBar* tb = target->verticalScrollBar();
                    if (ty < tb->minimum() || ty > tb->maximum()) {
                        ++clamped;
                        continue;
                    }
                    EXPECT_NEAR(tb->value(), ty, 1) << source->articleId().toStdString() << " -> " << target->articleId().toStdString();
                    ++checked;
                }
            }
        }
    std::cout << "[ measured ] story '" << best->label << "', " << view.columns().size() << " columns: " << checked
              << " counterparts lined up, " << clamped << " out of their column's scroll range\n";
    EXPECT_GT(checked, 0);
}
