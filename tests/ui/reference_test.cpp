// Drives the real main window through the note dialog, drag and drop, the folder watcher and the reference
// facts (kept in the folder's library database, listed and removed in the facts dialog, or loaded from a file).
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <QElapsedTimer>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

#include "core/store/library.h"
#include "fixture.h"
#include "ui/controllers/foldercontroller.h"
#include "ui/controllers/referencecontroller.h"
#include "ui/mainwindow.h"
#include "ui/verdictbook.h"
#include "ui/views/conflictspanel.h"
#include "ui/views/factsdialog.h"

using namespace parallax;
using namespace parallax::ui;

namespace {

using parallax::ui::test::waitFor;

// The real pipeline reads these: two outlets give different amounts for one funding round (our own sentences).
const char* kLedger = R"(---
title: Brightwater Robotics raises money to expand its warehouse fleet
outlet: Harbour Ledger
date: 2025-04-08
---

Brightwater Robotics, a maker of warehouse picking robots based in Rotterdam, raised $120 million in a funding round led by Northgate Capital, the company said on Tuesday.

The company will use the money to build a second factory and to hire engineers for its software team, chief executive Ilse Maren said in an interview.

Brightwater sells its robots to grocery chains and parcel carriers in Europe, and said orders doubled last year.
)";

const char* kPost = R"(---
title: Brightwater Robotics lands new funding from Northgate Capital
outlet: Tidewater Post
date: 2025-04-08
---

Rotterdam-based Brightwater Robotics raised $150 million in a funding round led by Northgate Capital, the warehouse robot maker said on Tuesday.

Chief executive Ilse Maren said the money would pay for a second factory and for more engineers on the software team.

Brightwater sells its picking robots to grocery chains and parcel carriers across Europe, where its orders doubled last year.
)";

const char* kCouncil = R"(---
title: Council votes to repaint the lighthouse on the north pier
outlet: Pier Weekly
date: 2025-05-02
---

The town council voted on Thursday to repaint the lighthouse on the north pier before the summer season.

Painters will start in June and the work should take three weeks, the harbour master said.
)";

AnalysisController::AnalyzeFn fixtureAnalyzer() {
    return [](const pipeline::Options& o, ProgressSink* progress, const CancelToken*, const pipeline::ArticlesReady& ready) {
        pipeline::Run run;
        run.result = test::makeFixture(o.folder.string());
        if (ready) ready(run.result.articles);
        if (progress) progress->progress(Stage::Conflicts, 1, 1, "");
        return run;
    };
}

/// Runs `act` once the next modal widget of type T is up (the caller then opens it, e.g. by an action). It keeps
/// looking for a minute: on a loaded machine a file dialog took more than the 5 s this used to allow, and a modal
/// dialog nobody closes hangs the test instead of failing it.
template <typename T>
void whenModal(const std::function<void(T*)>& act, int triesLeft = 6000) {
    QTimer::singleShot(10, qApp, [act, triesLeft] {
        if (auto* w = qobject_cast<T*>(QApplication::activeModalWidget())) act(w);
        else if (triesLeft > 0) whenModal<T>(act, triesLeft - 1);
    });
}

/// Clicks the link with this href in a text browser, as a user would (press and release over it).
bool clickLink(QTextBrowser* browser, const QString& href) {
    QTextDocument* doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() != href) continue;
            QTextCursor cursor(doc);
            cursor.setPosition(f.position() + f.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(cursor).center());
            return true;
        }
    return false;
}

int referenceConflicts(const MainWindow& w) {
    if (!w.analysis()) return 0;
    const auto& cs = w.analysis()->result().conflicts;
    return static_cast<int>(std::count_if(cs.begin(), cs.end(), [](const Conflict& c) { return c.scope == Scope::Reference; }));
}

const Conflict* firstOfType(const MainWindow& w, ConflictType type, Scope scope) {
    for (const Conflict& c : w.analysis()->result().conflicts)
        if (c.type == type && c.scope == scope) return &c;
    return nullptr;
}

class ReferenceTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_folder.isValid());
        ASSERT_TRUE(m_data.isValid());
    }
    std::unique_ptr<MainWindow> openWindow(AnalysisController::AnalyzeFn fn = {}) {
        auto w = std::make_unique<MainWindow>(Services{std::move(fn), m_data.path()});
        w->resize(1400, 900);
        w->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        return w;
    }
    // The real pipeline takes a while on a loaded machine: be generous.
    bool openAndWait(MainWindow& w, int ms = 60000) {
        QSignalSpy shown(&w, &MainWindow::analysisShown);
        w.openFolder(m_folder.path());
        return waitFor([&] { return shown.count() > 0; }, ms);
    }
    void write(const QString& name, const char* text) {
        QFile f(m_folder.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }
    void writeStory() {
        write(QStringLiteral("harbour-ledger.md"), kLedger);
        write(QStringLiteral("tidewater-post.md"), kPost);
    }
    [[nodiscard]] std::string libraryPath() const {
        return store::Library::defaultPathFor(m_folder.path().toStdString()).string();
    }
    [[nodiscard]] std::vector<store::StoredFact> storedFacts() const {
        auto lib = store::Library::open(libraryPath());
        EXPECT_TRUE(lib.ok()) << (lib ? std::string() : lib.error());
        return lib ? lib->facts() : std::vector<store::StoredFact>{};
    }

    QTemporaryDir m_folder;
    QTemporaryDir m_data;
};

}  // namespace

TEST_F(ReferenceTest, NoteDialogStoresTheNoteAndItSurvivesARestart) {
    {
        auto w = openWindow(fixtureAnalyzer());
        ASSERT_TRUE(openAndWait(*w));
        ASSERT_TRUE(w->conflicts()->selectConflict(QStringLiteral("k2")));
        EXPECT_TRUE(w->actions().note->toolTip().contains(QStringLiteral("Ctrl+Shift+N")));

        // Cancelling the dialog keeps nothing.
        bool sawDialog = false;
        whenModal<QInputDialog>([&](QInputDialog* d) {
            sawDialog = true;
            d->setTextValue(QStringLiteral("typed, then cancelled"));
            d->reject();
        });
        w->actions().note->trigger();
        ASSERT_TRUE(sawDialog);
        EXPECT_EQ(w->verdicts()->verdict("k2").note, "");

        whenModal<QInputDialog>([](QInputDialog* d) {
            EXPECT_TRUE(d->textValue().isEmpty());
            d->setTextValue(QStringLiteral("The $1,500 figure includes the cooling kit."));
            d->accept();
        });
        w->actions().note->trigger();
        EXPECT_EQ(w->verdicts()->verdict("k2").note, "The $1,500 figure includes the cooling kit.");
        EXPECT_TRUE(w->conflicts()->evidence()->toPlainText().contains(QStringLiteral("cooling kit")))
            << "the evidence pane shows the note of the selected conflict";
    }
    // A new window over the same data directory, as after a restart.
    auto w = openWindow(fixtureAnalyzer());
    ASSERT_TRUE(openAndWait(*w));
    EXPECT_EQ(w->verdicts()->verdict("k2").note, "The $1,500 figure includes the cooling kit.");
    EXPECT_EQ(w->verdicts()->verdict("k1").note, "");
    ASSERT_TRUE(w->conflicts()->selectConflict(QStringLiteral("k2")));
    // The dialog opens with the stored note, ready to be edited.
    QString shownInDialog;
    whenModal<QInputDialog>([&](QInputDialog* d) {
        shownInDialog = d->textValue();
        d->reject();
    });
    w->actions().note->trigger();
    EXPECT_EQ(shownInDialog, QStringLiteral("The $1,500 figure includes the cooling kit."));
}

TEST_F(ReferenceTest, DroppingAFolderOpensItAndAPlainFileIsRefused) {
    auto w = openWindow(fixtureAnalyzer());
    QSignalSpy started(w->folder()->analysis(), &AnalysisController::started);

    write(QStringLiteral("notes.txt"), "just a file\n");
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(m_folder.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent enterFile(QPoint(200, 200), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enterFile);
    EXPECT_FALSE(enterFile.isAccepted()) << "a plain file is not a folder to open";
    QDropEvent dropFile(QPointF(200, 200), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &dropFile);
    EXPECT_FALSE(dropFile.isAccepted());
    QTest::qWait(50);
    EXPECT_TRUE(w->folder()->folder().isEmpty());
    EXPECT_EQ(started.count(), 0);

    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(m_folder.path())});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    EXPECT_EQ(w->folder()->folder(), QFileInfo(m_folder.path()).absoluteFilePath());
    ASSERT_TRUE(waitFor([&] { return shown.count() == 1; }));
    EXPECT_EQ(started.count(), 1);
    EXPECT_EQ(w->analysis()->result().folder, m_folder.path().toStdString());
}

TEST_F(ReferenceTest, FolderWatcherRescansAddedAndChangedArticles) {
    writeStory();
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    ASSERT_EQ(w->analysis()->result().articles.size(), 2u);
    w->folder()->setDebounce(200);
    QSignalSpy started(w->folder()->analysis(), &AnalysisController::started);
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);

    write(QStringLiteral("pier-weekly.md"), kCouncil);
    ASSERT_TRUE(started.wait(30000)) << "adding a file starts a new analysis after the debounce";
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1 && !w->folder()->busy(); }, 60000));
    const auto& articles = w->analysis()->result().articles;
    EXPECT_EQ(articles.size(), 3u);
    EXPECT_TRUE(std::any_of(articles.begin(), articles.end(), [](const Article& a) { return a.outlet == "Pier Weekly"; }));

    // An edit to an article already read is seen too (the watcher watches the files themselves).
    const int before = static_cast<int>(started.count());
    QString edited = QString::fromUtf8(kCouncil);
    edited.replace(QStringLiteral("three weeks"), QStringLiteral("five weeks"));
    write(QStringLiteral("pier-weekly.md"), edited.toUtf8().constData());
    ASSERT_TRUE(waitFor([&] { return started.count() > before; }, 30000)) << "an edited file starts a new analysis";
    ASSERT_TRUE(waitFor(
        [&] {
            for (const Article& a : w->analysis()->result().articles)
                if (a.text.find("five weeks") != std::string::npos) return !w->folder()->busy();
            return false;
        },
        60000));
}

TEST_F(ReferenceTest, AFolderWhoseFirstScanWasCancelledStillNoticesNewArticles) {
    // The first scan waits until it is cancelled; later scans are the real pipeline.
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto w = openWindow([calls](const pipeline::Options& o, ProgressSink* progress, const CancelToken* cancel,
                                const pipeline::ArticlesReady& ready) {
        if (++*calls == 1) {
            while (!(cancel && cancel->cancelled())) std::this_thread::sleep_for(std::chrono::milliseconds(5));
            pipeline::Run run;
            run.outcome = pipeline::Outcome::Cancelled;
            return run;
        }
        return pipeline::analyzeFolder(o, progress, cancel, ready);
    });
    w->folder()->setDebounce(200);
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    QSignalSpy cancelled(w->folder()->analysis(), &AnalysisController::cancelled);
    w->openFolder(m_folder.path());
    ASSERT_TRUE(waitFor([&] { return w->actions().cancel->isEnabled(); }));
    w->actions().cancel->trigger();
    ASSERT_TRUE(waitFor([&] { return cancelled.count() == 1; }));

    writeStory();
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1 && !w->folder()->busy(); }, 60000))
        << "the watcher is on from open(), not only after a finished analysis";
    EXPECT_GE(calls->load(), 2);
    EXPECT_EQ(w->analysis()->result().articles.size(), 2u);
}

TEST_F(ReferenceTest, UseAsReferenceStoresTheFactInTheLibraryAndRescanShowsAReferenceConflict) {
    writeStory();
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    const Conflict* money = firstOfType(*w, ConflictType::Money, Scope::CrossSource);
    ASSERT_NE(money, nullptr) << "the two outlets disagree on the amount raised";
    EXPECT_EQ(referenceConflicts(*w), 0);
    const std::string moneyId = money->id;
    int ledgerSide = -1;
    for (std::size_t i = 0; i < money->evidence.size(); ++i)
        if (w->analysis()->outletOf(money->evidence[i].article) == QStringLiteral("Harbour Ledger")) ledgerSide = static_cast<int>(i);
    ASSERT_GE(ledgerSide, 0);

    ASSERT_TRUE(w->conflicts()->selectConflict(QString::fromStdString(moneyId)));
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    ASSERT_TRUE(clickLink(w->conflicts()->evidence(), QStringLiteral("ref:%1").arg(ledgerSide)));
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1 && !w->folder()->busy(); }, 60000)) << "the choice rescans";

    std::vector<store::StoredFact> facts = storedFacts();
    ASSERT_EQ(facts.size(), 1u);
    EXPECT_EQ(facts[0].fact.subject, "Brightwater Robotics");
    EXPECT_EQ(facts[0].fact.attribute, "raised");
    EXPECT_EQ(facts[0].fact.value, "120 million USD");
    EXPECT_EQ(facts[0].fact.source, "Harbour Ledger");

    const Conflict* ref = firstOfType(*w, ConflictType::Money, Scope::Reference);
    ASSERT_NE(ref, nullptr) << "the other outlet now disagrees with the reference";
    std::vector<QString> sides;
    for (const Evidence& e : ref->evidence) sides.push_back(w->analysis()->outletOf(e.article));
    EXPECT_NE(std::find(sides.begin(), sides.end(), QStringLiteral("Tidewater Post")), sides.end());
    EXPECT_NE(std::find(sides.begin(), sides.end(), QStringLiteral("Reference facts")), sides.end());
    EXPECT_EQ(std::find(sides.begin(), sides.end(), QStringLiteral("Harbour Ledger")), sides.end());
    EXPECT_NE(ref->reason.find("120 million USD"), std::string::npos)
        << "the reference keeps a value a person reads, not core's normalised 1.2e+08: " << ref->reason;

    // Choosing the same side again changes nothing and says so.
    auto* reference = w->findChild<ReferenceController*>();
    ASSERT_NE(reference, nullptr);
    QSignalSpy said(reference, &ReferenceController::message);
    ASSERT_TRUE(w->conflicts()->selectConflict(QString::fromStdString(moneyId)));
    ASSERT_TRUE(clickLink(w->conflicts()->evidence(), QStringLiteral("ref:%1").arg(ledgerSide)));
    ASSERT_TRUE(said.wait(30000));
    EXPECT_TRUE(said.last().at(0).toString().contains(QStringLiteral("already the reference")));
    EXPECT_FALSE(w->folder()->busy()) << "no rescan for nothing";
    EXPECT_EQ(storedFacts().size(), 1u);

    // Choosing the other outlet replaces the reference rather than adding a contradictory one.
    money = w->analysis()->conflict(moneyId);
    ASSERT_NE(money, nullptr) << "conflict ids are stable across runs";
    ASSERT_TRUE(w->conflicts()->selectConflict(QString::fromStdString(moneyId)));
    const int postSide = 1 - ledgerSide;
    const int before = static_cast<int>(shown.count());
    ASSERT_TRUE(clickLink(w->conflicts()->evidence(), QStringLiteral("ref:%1").arg(postSide)));
    ASSERT_TRUE(waitFor([&] { return shown.count() > before && !w->folder()->busy(); }, 60000));
    facts = storedFacts();
    ASSERT_EQ(facts.size(), 1u);
    EXPECT_EQ(facts[0].fact.value, "150 million USD");
    EXPECT_EQ(facts[0].fact.source, "Tidewater Post");
    ref = firstOfType(*w, ConflictType::Money, Scope::Reference);
    ASSERT_NE(ref, nullptr);
    sides.clear();
    for (const Evidence& e : ref->evidence) sides.push_back(w->analysis()->outletOf(e.article));
    EXPECT_NE(std::find(sides.begin(), sides.end(), QStringLiteral("Harbour Ledger")), sides.end());
}

TEST_F(ReferenceTest, StoringAReferenceWhileAScanHoldsTheDatabaseDoesNotFreezeTheWindow) {
    writeStory();
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    const Conflict* money = firstOfType(*w, ConflictType::Money, Scope::CrossSource);
    ASSERT_NE(money, nullptr);
    ASSERT_TRUE(w->conflicts()->selectConflict(QString::fromStdString(money->id)));
    auto* reference = w->findChild<ReferenceController*>();
    ASSERT_NE(reference, nullptr);
    QSignalSpy changed(reference, &ReferenceController::factsChanged);

    // Another connection holds the write lock, as a scan storing its cache does.
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(libraryPath().c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(clickLink(w->conflicts()->evidence(), QStringLiteral("ref:0")));
    const qint64 clickMs = clock.elapsed();
    QTest::qWait(300);
    EXPECT_EQ(changed.count(), 0) << "the write waits for the lock";
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    EXPECT_LT(clickMs, 2000) << "the GUI thread does not wait for SQLite's busy timeout (5 s)";
    ASSERT_TRUE(changed.wait(30000)) << "the write goes through once the lock is free";
    EXPECT_EQ(storedFacts().size(), 1u);
}

TEST_F(ReferenceTest, FactsDialogListsAndRemovesAStoredFact) {
    writeStory();
    {
        auto lib = store::Library::open(libraryPath());
        ASSERT_TRUE(lib.ok()) << (lib ? std::string() : lib.error());
        ASSERT_TRUE(lib->addFact({"Brightwater Robotics", "raised", "120 million USD", "company filing"}).ok());
    }
    auto w = openWindow();
    QAction* manage = w->actions().referenceFacts;
    ASSERT_NE(manage, nullptr);
    EXPECT_TRUE(manage->toolTip().contains(QStringLiteral("Ctrl+Shift+R")));
    EXPECT_TRUE(w->menuBar()->actions().front()->menu()->actions().contains(manage)) << "listed in the File menu";
    manage->trigger();
    EXPECT_EQ(w->findChild<FactsDialog*>(), nullptr) << "no folder open: nothing to list";

    ASSERT_TRUE(openAndWait(*w));
    EXPECT_EQ(referenceConflicts(*w), 1) << "the pipeline checks the articles against the stored fact";

    manage->trigger();
    auto* dialog = w->findChild<FactsDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Brightwater Robotics"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("raised"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("120 million USD"));
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("company filing"));
    EXPECT_FALSE(dialog->removeButton()->isEnabled()) << "nothing selected yet";

    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 2)).center());
    ASSERT_TRUE(dialog->removeButton()->isEnabled());
    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return table->rowCount() == 0; }, 30000)) << "the list shows the fact gone";
    EXPECT_TRUE(storedFacts().empty());
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1 && !w->folder()->busy(); }, 60000)) << "removal rescans";
    EXPECT_EQ(referenceConflicts(*w), 0);
}

TEST_F(ReferenceTest, LoadingAFactsFileChecksAgainstItUntilTheUserDropsIt) {
    writeStory();
    QTemporaryDir factsDir;
    ASSERT_TRUE(factsDir.isValid());
    const QString factsFile = factsDir.filePath(QStringLiteral("facts.tsv"));
    {
        QFile f(factsFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("subject\tattribute\tvalue\tsource\nBrightwater Robotics\traised\t150 million USD\tpress release\n");
    }
    auto w = openWindow();
    ASSERT_TRUE(openAndWait(*w));
    EXPECT_EQ(referenceConflicts(*w), 0);
    EXPECT_TRUE(w->actions().loadFacts->toolTip().contains(QStringLiteral("Ctrl+Shift+F")));

    QSignalSpy shown(w.get(), &MainWindow::analysisShown);
    bool sawDialog = false;
    whenModal<QFileDialog>([&](QFileDialog* d) {
        sawDialog = true;
        // Type the whole path into the file name box, as a user would. selectFile() leaves that box alone when it
        // has the focus, and then accept() has no file and keeps the dialog open: the test hung that way in CI.
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr) << "Qt's file dialog has a file name box";
        name->setText(factsFile);
        QMetaObject::invokeMethod(d, "accept");  // accept() is protected in QFileDialog
    });
    w->actions().loadFacts->trigger();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(w->folder()->factsFile(), factsFile);
    ASSERT_TRUE(waitFor([&] { return shown.count() >= 1 && !w->folder()->busy(); }, 60000));
    EXPECT_EQ(referenceConflicts(*w), 1);
    EXPECT_TRUE(storedFacts().empty()) << "a loaded file is read, not copied into the library";

    w->actions().referenceFacts->trigger();
    auto* dialog = w->findChild<FactsDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->table()->rowCount(), 0);
    ASSERT_TRUE(dialog->dropFileButton()->isVisible());
    const int before = static_cast<int>(shown.count());
    QTest::mouseClick(dialog->dropFileButton(), Qt::LeftButton);
    EXPECT_TRUE(w->folder()->factsFile().isEmpty());
    EXPECT_FALSE(dialog->dropFileButton()->isVisible());
    ASSERT_TRUE(waitFor([&] { return shown.count() > before && !w->folder()->busy(); }, 60000));
    EXPECT_EQ(referenceConflicts(*w), 0);
}
