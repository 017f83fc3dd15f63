// Thin RAII wrappers over sqlite3: every handle has exactly one owner and is released in a destructor, and every
// failure becomes an Error carrying SQLite's own message.
#include "core/store/sqlite.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <thread>
#include <utility>

namespace parallax::store {

// ---- Database ----

namespace {

// SQLite's own busy timeout sleeps longer and longer between tries (up to 100 ms) and gives up after the
// timeout; against a writer that holds the lock nearly all the time (a verdict written every few milliseconds,
// each in its own durable transaction) it can sleep through every short gap between two transactions and then
// fail, and the analysis lost its caches. Trying again about every millisecond, at a jittered moment so as not
// to fall into step with the writer, catches those gaps; the limit only bounds a lock that is never released.
int waitForLock(void* limitMs, int count) {
    using Clock = std::chrono::steady_clock;
    thread_local Clock::time_point started;  // the handler runs on the thread whose statement waits
    thread_local std::minstd_rand jitter(static_cast<unsigned>(Clock::now().time_since_epoch().count()));
    if (count == 0) started = Clock::now();
    const auto limit = std::chrono::milliseconds(reinterpret_cast<std::intptr_t>(limitMs));
    if (Clock::now() - started >= limit) return 0;  // give up: SQLITE_BUSY, "database is locked"
    std::this_thread::sleep_for(std::chrono::microseconds(500 + jitter() % 1000));
    return 1;
}

}  // namespace

Result<Database> Database::open(const std::string& path, std::chrono::milliseconds busyWait) {
    if (path != ":memory:" && !path.empty()) {
        std::error_code ec;
        const auto parent = std::filesystem::path(path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent, ec);
        if (ec) return Error{"cannot create the folder for the library database " + parent.string() + ": " + ec.message()};
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);  // owns the handle even when opening failed (sqlite3_open_v2 may still allocate one)
    if (rc != SQLITE_OK) {
        std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        return Error{"cannot open the library database " + path + ": " + msg};
    }
    sqlite3_extended_result_codes(raw, 1);
    // Another process (the GUI and the CLI on the same folder) may hold the write lock: wait, don't fail.
    sqlite3_busy_handler(raw, &waitForLock, reinterpret_cast<void*>(static_cast<std::intptr_t>(busyWait.count())));
    // WAL lets readers work while a writer commits; FULL sync so a verdict written just before a crash or power
    // loss is still there. Bulk cache writes are batched in transactions, so the extra fsync is rare.
    // A page cache of up to 64 MiB (SQLite's default is 2 MiB): a folder's first run writes the article cache, the
    // profiles and the search index in a few large transactions, and with the small cache a big folder's B-trees
    // were written out and read back again and again (100k articles: 31 s of system time, 17 s with this).
    // After a checkpoint the WAL file is cut back to 64 MiB: the first run of a big folder writes gigabytes through
    // it, which SQLite would otherwise leave on disk for as long as a connection is open.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536", "PRAGMA journal_size_limit=67108864"}) {
        auto st = db.prepare(pragma);
        if (!st) return Error{st.error()};
        if (auto r = st->step(); !r) return Error{"cannot set up the library database " + path + ": " + r.error()};
    }
    return db;
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database() {
    // close_v2 defers the close until the last statement is finalized, so an order mistake cannot leak or crash.
    if (m_db) sqlite3_close_v2(m_db);
}

Result<bool> Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string owned(sql);
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return Error{text};
    }
    return true;
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return Error{std::string(sqlite3_errmsg(m_db)) + " in: " + std::string(sql.substr(0, 120))};
    }
    return Statement(m_db, stmt);
}

int Database::userVersion() {
    auto st = prepare("PRAGMA user_version");
    if (!st) return 0;
    auto row = st->step();
    return row.ok() && row.value() ? static_cast<int>(st->columnInt(0)) : 0;
}

Result<bool> Database::setUserVersion(int version) {
    // PRAGMA takes no bound parameters; the value is an int we format ourselves.
    return exec("PRAGMA user_version=" + std::to_string(version));
}

void Database::interrupt() {
    if (m_db) sqlite3_interrupt(m_db);
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
std::string Database::errorMessage() const { return m_db ? sqlite3_errmsg(m_db) : "no database"; }

// ---- Statement ----

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(std::move(other.m_bindError)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::noteBindError(int rc) {
    if (rc != SQLITE_OK && !m_bindError) m_bindError = std::string("bind failed: ") + sqlite3_errstr(rc);
}

Statement& Statement::bind(int index, std::int64_t value) {
    noteBindError(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    noteBindError(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    noteBindError(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    noteBindError(sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index) {
    noteBindError(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step() {
    if (m_bindError) return Error{*m_bindError};
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    if ((rc & 0xff) == SQLITE_INTERRUPT) return Error{"interrupted"};
    return Error{sqlite3_errmsg(m_db)};
}

Result<bool> Statement::run() {
    auto r = step();
    if (!r) return r;
    return true;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0) return {};
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::string_view Statement::columnBlob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0) return {};
    return {static_cast<const char*>(data), static_cast<std::size_t>(size)};
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

// ---- Transaction ----

Transaction::Transaction(Database& db) : m_db(db) {
    // IMMEDIATE takes the write lock now, so a busy database waits here (waitForLock) rather than failing at
    // the first write half-way through.
    auto r = m_db.exec("BEGIN IMMEDIATE");
    m_active = r.ok();
    if (!r) m_beginError = r.error();
}

Transaction::~Transaction() {
    if (m_active) (void)m_db.exec("ROLLBACK");
}

Result<bool> Transaction::commit() {
    if (!m_active) return Error{"no transaction: " + m_beginError};
    auto r = m_db.exec("COMMIT");
    if (!r) return r;  // still active: the destructor rolls back
    m_active = false;
    return true;
}

}  // namespace parallax::store
