// Migrations are append-only: a released step is never edited, a change is a new step.
#include "core/store/schema.h"

#include <array>
#include <string>

namespace parallax::store {
namespace {

constexpr const char* kMigrationTo1 = R"sql(
CREATE TABLE files(
    relative TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    hash TEXT NOT NULL);
CREATE TABLE articles(
    hash TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(hash, version)) WITHOUT ROWID;
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE verdicts(
    conflict_id TEXT PRIMARY KEY,
    verdict TEXT NOT NULL CHECK(verdict IN ('open', 'confirmed', 'dismissed')),
    note TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL);
)sql";

constexpr const char* kMigrationTo2 = R"sql(
CREATE TABLE annotations(
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(key, version)) WITHOUT ROWID;
CREATE TABLE story_analysis(
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    used_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE reference_facts(
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    attribute TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    added_at INTEGER NOT NULL);
)sql";

// Scripts written without spaces between words (Chinese, Japanese, Korean particles, Thai, Lao, Khmer, Myanmar)
// defeat the word tokenizer: a run of Han characters is one "word". Their articles get a second, trigram index
// that finds any substring. The GLOB class lists the same blocks as isUnspacedScript() in library_search.cpp;
// articles already in the library are copied in here, so an upgraded file searches Chinese at once.
constexpr const char* kMigrationTo3 =
    "CREATE VIRTUAL TABLE documents_substr USING fts5(title, text, tokenize = 'trigram');\n"
    "INSERT INTO documents_substr(rowid, title, text)\n"
    "    SELECT rowid, title, text FROM documents_fts\n"
    "    WHERE (title || ' ' || text) GLOB '*["
    "\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3100-\u312F\u31F0-\u31FF\u3400-\u4DBF"
    "\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF66-\uFF9F\U00020000-\U0003134F]*';\n";

// What story clustering needs of an article (tokens, stems, shingles, entity keys) as an opaque blob, keyed
// like the annotations ("<content hash>|<variant>"): it follows the article's content, not the folder.
constexpr const char* kMigrationTo4 = R"sql(
CREATE TABLE story_profiles(
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data BLOB NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(key, version)) WITHOUT ROWID;
)sql";

// The three big caches become rowid tables (the primary key an index beside them). A WITHOUT ROWID table keeps its
// rows in key order, and these keys are content hashes: every insert landed on a random leaf, and once a large
// folder's leaves outgrew the page cache each insert read and wrote pages of its own (the first run of 100k
// articles: 12 s of system time, 8-13 s to write the article rows). A rowid table appends. Caches only: their rows
// are dropped, and the next run of each folder computes them again.
constexpr const char* kMigrationTo5 = R"sql(
DROP TABLE articles;
CREATE TABLE articles(
    hash TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(hash, version));
DROP TABLE annotations;
CREATE TABLE annotations(
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data TEXT NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(key, version));
DROP TABLE story_profiles;
CREATE TABLE story_profiles(
    key TEXT NOT NULL,
    version TEXT NOT NULL,
    data BLOB NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY(key, version));
)sql";

// kMigrations[i] takes the schema from version i to i + 1.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {kMigrationTo1, kMigrationTo2, kMigrationTo3,
                                                                 kMigrationTo4, kMigrationTo5};

}  // namespace

Result<bool> migrate(Database& db, int target) {
    if (target > kSchemaVersion) target = kSchemaVersion;
    int version = db.userVersion();
    if (version > kSchemaVersion)
        return Error{"the library database has schema version " + std::to_string(version) +
                     ", newer than this Parallax understands (" + std::to_string(kSchemaVersion) + ")"};
    while (version < target) {
        Transaction tx(db);
        if (!tx.active()) return Error{"cannot start a migration: " + tx.beginError()};
        // Another process opening the same new library may have migrated while this one waited for the lock.
        version = db.userVersion();
        if (version >= target) break;
        if (auto r = db.exec(kMigrations[static_cast<std::size_t>(version)]); !r)
            return Error{"migration to schema version " + std::to_string(version + 1) + " failed: " + r.error()};
        // user_version lives in the file header and is part of this transaction.
        if (auto r = db.setUserVersion(version + 1); !r) return r;
        if (auto r = tx.commit(); !r) return r;
        ++version;
    }
    return true;
}

}  // namespace parallax::store
