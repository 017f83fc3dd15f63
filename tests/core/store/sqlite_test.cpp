#include "core/store/sqlite.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/store/schema.h"
#include "temp_dir.h"

using namespace parallax;
using namespace parallax::store;

TEST(Sqlite, OpensFileInWalModeWithForeignKeys) {
    test_support::TempDir dir;
    auto db = Database::open((dir / "sub/lib.sqlite").string());  // parent folder is created
    ASSERT_TRUE(db.ok()) << db.error();
    auto mode = db->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->step().value());
    EXPECT_EQ(mode->columnText(0), "wal");
    auto fk = db->prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(fk.ok());
    ASSERT_TRUE(fk->step().value());
    EXPECT_EQ(fk->columnInt(0), 1);
}

TEST(Sqlite, BindStepAndColumns) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, n TEXT)").ok());
    auto ins = db->prepare("INSERT INTO t VALUES(?1, ?2, ?3, ?4)");
    ASSERT_TRUE(ins.ok());
    ins->bind(1, std::int64_t{1} << 40).bind(2, 2.5).bind(3, std::string("华为 Ascend\0x", 14)).bindNull(4);
    ASSERT_TRUE(ins->run().ok());
    auto sel = db->prepare("SELECT i, d, s, n FROM t");
    ASSERT_TRUE(sel.ok());
    ASSERT_TRUE(sel->step().value());
    EXPECT_EQ(sel->columnInt(0), std::int64_t{1} << 40);
    EXPECT_DOUBLE_EQ(sel->columnDouble(1), 2.5);
    EXPECT_EQ(sel->columnText(2), std::string("华为 Ascend\0x", 14));  // embedded NUL kept: lengths, not C strings
    EXPECT_TRUE(sel->columnIsNull(3));
    EXPECT_FALSE(sel->step().value());
}

TEST(Sqlite, PrepareErrorNamesTheProblem) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    auto st = db->prepare("SELEKT 1");
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().find("syntax error"), std::string::npos) << st.error();
}

TEST(Sqlite, TransactionRollsBackUnlessCommitted) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("CREATE TABLE t(x)").ok());
    {
        Transaction tx(db.value());
        ASSERT_TRUE(tx.active());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES(1)").ok());
    }  // no commit: rolled back
    {
        Transaction tx(db.value());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES(2)").ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    auto st = db->prepare("SELECT group_concat(x) FROM t");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(st->step().value());
    EXPECT_EQ(st->columnText(0), "2");
}

TEST(Sqlite, InterruptStopsALongQueryFromAnotherThread) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    // Counts to ten billion: minutes of work unless interrupted.
    auto st = db->prepare(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) FROM c");
    ASSERT_TRUE(st.ok());
    std::atomic<bool> started{false};
    std::thread interrupter([&] {
        while (!started.load()) std::this_thread::yield();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        db->interrupt();
    });
    started = true;
    const auto begin = std::chrono::steady_clock::now();
    auto r = st->step();
    interrupter.join();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), "interrupted");
    EXPECT_LT(std::chrono::steady_clock::now() - begin, std::chrono::seconds(20));
}

TEST(Schema, MigratesAnEmptyFileToTheCurrentVersion) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db->userVersion(), 0);
    ASSERT_TRUE(migrate(db.value()).ok());
    EXPECT_EQ(db->userVersion(), kSchemaVersion);
    ASSERT_TRUE(migrate(db.value()).ok());  // idempotent
    EXPECT_EQ(db->userVersion(), kSchemaVersion);
}

TEST(Schema, RefusesAFileFromANewerVersion) {
    auto db = Database::open(":memory:");
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->setUserVersion(kSchemaVersion + 1).ok());
    auto r = migrate(db.value());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("newer"), std::string::npos);
}

TEST(Sqlite, AWriteWaitsForAnotherConnectionsTransactionInsteadOfFailing) {
    test_support::TempDir dir;
    const std::string path = (dir / "lib.sqlite").string();
    auto holder = Database::open(path);
    auto writer = Database::open(path);
    ASSERT_TRUE(holder.ok() && writer.ok());
    ASSERT_TRUE(holder->exec("CREATE TABLE t(v INTEGER)").ok());
    ASSERT_TRUE(holder->exec("BEGIN IMMEDIATE; INSERT INTO t VALUES(1)").ok());
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        (void)holder->exec("COMMIT");
    });
    auto r = writer->exec("INSERT INTO t VALUES(2)");  // blocked until the holder commits
    release.join();
    ASSERT_TRUE(r.ok()) << r.error();
    auto rows = writer->prepare("SELECT group_concat(v) FROM (SELECT v FROM t ORDER BY rowid)");
    ASSERT_TRUE(rows.ok() && rows->step().value());
    EXPECT_EQ(rows->columnText(0), "1,2");  // the waiting write came after the holder's
}

TEST(Sqlite, ALockNeverReleasedFailsAfterTheWaitInsteadOfHanging) {
    test_support::TempDir dir;
    const std::string path = (dir / "lib.sqlite").string();
    auto holder = Database::open(path);
    auto writer = Database::open(path, std::chrono::milliseconds(200));
    ASSERT_TRUE(holder.ok() && writer.ok());
    ASSERT_TRUE(holder->exec("CREATE TABLE t(v INTEGER)").ok());
    ASSERT_TRUE(holder->exec("BEGIN IMMEDIATE").ok());
    auto r = writer->exec("INSERT INTO t VALUES(2)");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("locked"), std::string::npos) << r.error();
    ASSERT_TRUE(holder->exec("ROLLBACK").ok());
}

TEST(Schema, TwoConnectionsMigratingANewFileAtOnceBothSucceed) {
    // The window and parallax-cli may create a folder's library at the same moment: b reads version 0, waits for
    // the lock while a migrates, and must then not run the migrations a already ran.
    test_support::TempDir dir;
    const std::string path = (dir / "lib.sqlite").string();
    auto a = Database::open(path);
    auto b = Database::open(path);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_TRUE(a->exec("BEGIN IMMEDIATE").ok());
    Result<bool> fromB = Error{"not run"};
    std::thread second([&] { fromB = migrate(b.value()); });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));  // b has read version 0 and waits for the lock
    ASSERT_TRUE(a->exec("ROLLBACK").ok());
    auto fromA = migrate(a.value());
    second.join();
    EXPECT_TRUE(fromA.ok()) << fromA.error();
    EXPECT_TRUE(fromB.ok()) << fromB.error();
    EXPECT_EQ(b->userVersion(), kSchemaVersion);
}
