// Every model passes QAbstractItemModelTester (before and after resets) and says what the fixture holds.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStringList>

#include <gtest/gtest.h>

#include "fixture.h"
#include "ui/models/conflictfilter.h"
#include "ui/models/conflictmodel.h"
#include "ui/models/matrixmodel.h"
#include "ui/models/searchmodel.h"
#include "ui/models/storymodel.h"
#include "ui/models/timelinemodel.h"
#include "ui/roles.h"
#include "ui/search.h"
#include "ui/verdictbook.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

QStringList g_failures;

void collect(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    if (type != QtDebugMsg && type != QtInfoMsg) g_failures << msg;
}

// Runs the tester in warning mode and turns every complaint into a test failure with its text.
class ModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        g_failures.clear();
        m_previous = qInstallMessageHandler(collect);
        m_data = std::make_shared<const AnalysisData>(test::makeFixture("/tmp/fixture"));
    }
    void TearDown() override {
        qInstallMessageHandler(m_previous);
        EXPECT_TRUE(g_failures.isEmpty()) << g_failures.join(QLatin1Char('\n')).toStdString();
    }
    void check(QAbstractItemModel* model) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }

    AnalysisPtr m_data;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QtMessageHandler m_previous = nullptr;
};

}  // namespace

TEST_F(ModelTest, StoryTreeShowsStoriesArticlesAndCounts) {
    StoryModel model;
    check(&model);
    model.setAnalysis(m_data);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex s1 = model.index(0, 0);
    EXPECT_EQ(s1.data().toString(), QStringLiteral("Vela Labs releases Orion"));
    EXPECT_EQ(model.index(0, StoryModel::Conflicts).data().toString(), QStringLiteral("3"));
    ASSERT_EQ(model.rowCount(s1), 3);
    const QModelIndex c = model.index(0, 0, s1);
    EXPECT_EQ(c.data(ArticleRole).toString(), QStringLiteral("c"));
    EXPECT_EQ(model.index(0, StoryModel::Outlet, s1).data().toString(), QStringLiteral("科技日报"));
    EXPECT_EQ(model.index(0, StoryModel::Date, s1).data().toString(), QStringLiteral("2025-01-20"));
    EXPECT_EQ(model.index(2, StoryModel::Conflicts, s1).data().toString(), QStringLiteral("3")) << "b is in k1, k2, k3";
    EXPECT_EQ(model.parent(c), s1);
    EXPECT_EQ(model.indexOfStory(QStringLiteral("s2")).row(), 1);
    model.setAnalysis(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ModelTest, ConflictsFilterBySeverityTypeVerdictStoryAndText) {
    VerdictBook verdicts;
    ConflictModel model(&verdicts);
    ConflictFilter filter;
    filter.setSourceModel(&model);
    check(&model);
    check(&filter);
    model.setAnalysis(m_data);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, ConflictModel::SeverityCol).data().toString(), QStringLiteral("High"));
    EXPECT_EQ(model.index(1, ConflictModel::TypeCol).data().toString(), QStringLiteral("Money"));

    filter.setMinSeverity(static_cast<int>(Severity::Medium));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setMinSeverity(-1);
    filter.setType(static_cast<int>(ConflictType::Date));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setType(-1);
    filter.setText(QStringLiteral("per unit"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setText({});
    filter.setStory(QStringLiteral("s2"));
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setStory({});

    ASSERT_TRUE(verdicts.setVerdict("k2", Verdict::Dismissed));
    EXPECT_EQ(model.index(1, ConflictModel::VerdictCol).data().toString(), QStringLiteral("Dismissed"));
    filter.setVerdict(static_cast<int>(Verdict::Open));
    EXPECT_EQ(filter.rowCount(), 2);

    filter.setVerdict(-1);
    filter.sort(ConflictModel::SeverityCol, Qt::AscendingOrder);
    EXPECT_EQ(filter.index(0, 0).data(IdRole).toString(), QStringLiteral("k3")) << "low sorts first ascending";
}

TEST_F(ModelTest, MatrixSaysCoverageInWordsAndColour) {
    MatrixModel model;
    check(&model);
    model.setStory(m_data, QStringLiteral("s1"));
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("科技日报"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Orion release date"));
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("✓ states"));
    EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("✗ contradicts"));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("– omits")) << "c says nothing about the price";
    EXPECT_TRUE(model.index(1, 0).data(ByteStartRole).isNull());
    EXPECT_TRUE(model.index(0, 2).data(Qt::BackgroundRole).value<QColor>().isValid());
    model.setStory(m_data, QStringLiteral("s2"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setStory(nullptr, {});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ModelTest, TimelineListsDatesInOrderPerSource) {
    TimelineModel model;
    check(&model);
    model.setStory(m_data, QStringLiteral("s1"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("November 2024"));
    EXPECT_EQ(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("20 January 2025"));
    EXPECT_TRUE(model.index(0, 2).data().toString().contains(QStringLiteral("in November")));
    EXPECT_TRUE(model.index(0, 1).data().toString().isEmpty()) << "a gives no November date";
    EXPECT_TRUE(model.index(1, 0).data().toString().contains(QStringLiteral("2025年1月20日")));
}

TEST_F(ModelTest, SearchFindsWordsAndHighlightsThem) {
    SearchModel model;
    check(&model);
    MemorySearch search(m_data);
    auto hits = search.search(QStringLiteral("orion rival"), 10);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].article, "b");
    model.setResults(m_data, std::move(hits));
    ASSERT_EQ(model.rowCount(), 1);
    const QString html = model.index(0, 0).data(SnippetHtmlRole).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("<b>Orion</b>"))) << html.toStdString();
    EXPECT_EQ(model.index(0, 0).data(StoryRole).toString(), QStringLiteral("s1"));
    EXPECT_TRUE(search.search(QStringLiteral("实验室"), 10).size() == 1u);
    EXPECT_TRUE(search.search(QStringLiteral("<script>"), 10).empty());
}

TEST(Snippet, EscapesArticleText) {
    const std::string text = "before <script>alert(1)</script> after";
    const QString html = snippetHtml(text, 7, 15, {{7, 15}});
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<b>&lt;script&gt;</b>")));
}

TEST(ConflictValues, ShowsEachSidesValueOnceAndAmountsInWords) {
    Conflict money;
    money.evidence = {{"a", {}, "HK$4.35 billion", "8.4e+08 USD"},
                      {"b", {}, "$560 million", "5.6e+08 USD"},
                      {"c", {}, "$840 million", "8.4e+08 USD"}};
    EXPECT_EQ(differingValues(money), QStringLiteral("840 million USD ≠ 560 million USD"));
    Conflict date;
    date.evidence = {{"a", {}, "on Friday, 14 March", "2025-03-14"}, {"b", {}, "Since its 13 March debut", "2025-03-13"}};
    EXPECT_EQ(differingValues(date), QStringLiteral("14 March 2025 ≠ 13 March 2025"));
    Conflict yearless;
    yearless.evidence = {{"a", {}, "in November", "XXXX-11"}, {"b", {}, "the week of 20 January", "2025-W04"}};
    EXPECT_EQ(differingValues(yearless), QStringLiteral("November (year not stated) ≠ the week of 20 January 2025"));
    Conflict quote;  // no normalized value: the quoted words, shortened
    quote.evidence = {{"a", {}, std::string(60, 'x'), ""}, {"b", {}, "short words", ""}};
    EXPECT_EQ(differingValues(quote), QString(39, QLatin1Char('x')) + QStringLiteral("… ≠ short words"));
}
