#pragma once
/// @file sqlite.h  RAII over the SQLite C API: a connection, a prepared statement, a transaction.
///
/// None of these types is thread-safe on its own: one Database (and its statements) belongs to one thread at a
/// time. Library serialises access with a mutex. Only Database::interrupt() may be called from another thread.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace parallax::store {

class Statement;

/// An open SQLite connection (WAL, waiting on a busy database, foreign keys on); closed in the destructor.
class Database {
public:
    /// How long a statement waits for another connection's write lock before it fails with "database is locked".
    static constexpr std::chrono::milliseconds kBusyWait{30000};

    /// Opens or creates `path` (":memory:" for a private in-memory database), creating missing parent folders.
    /// While another connection (the window, another parallax-cli) holds the write lock, statements wait up to
    /// `busyWait`, trying again about every millisecond.
    [[nodiscard]] static Result<Database> open(const std::string& path, std::chrono::milliseconds busyWait = kBusyWait);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Runs one or more statements that return no rows.
    [[nodiscard]] Result<bool> exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);

    /// PRAGMA user_version: the schema version this file is at.
    [[nodiscard]] int userVersion();
    [[nodiscard]] Result<bool> setUserVersion(int version);

    /// Makes a running query on this connection return SQLITE_INTERRUPT soon; safe from any thread.
    void interrupt();

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] std::string errorMessage() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

/// A prepared statement; finalized in its destructor. Binding indexes start at 1, column indexes at 0.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binding never fails silently: the first error is kept and step() reports it.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);  ///< copied (SQLITE_TRANSIENT)
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);  ///< copied (SQLITE_TRANSIENT)

    /// Advances: true when a row is ready, false when done; an Error on failure (including interruption).
    [[nodiscard]] Result<bool> step();
    /// Steps a statement that returns no rows.
    [[nodiscard]] Result<bool> run();
    /// Resets to run again with new bindings (bindings are cleared).
    void reset();

    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    /// The bytes of a BLOB (or TEXT) column, valid until the next step, reset or finalize.
    [[nodiscard]] std::string_view columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void noteBindError(int rc);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::optional<std::string> m_bindError;
};

/// BEGIN IMMEDIATE in the constructor; ROLLBACK in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    /// False when BEGIN failed (then commit() fails too and nothing is rolled back).
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] const std::string& beginError() const { return m_beginError; }
    [[nodiscard]] Result<bool> commit();

private:
    Database& m_db;
    bool m_active = false;
    std::string m_beginError;
};

}  // namespace parallax::store
