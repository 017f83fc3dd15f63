// Library: opening and locating the database, the caches, files, verdicts and facts. Search is in
// library_search.cpp.
#include "core/store/library.h"
#include "core/util/hash.h"

#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "core/store/library_impl.h"
#include "core/store/schema.h"

namespace parallax::store {
namespace {


std::filesystem::path dataHome() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') return xdg;
    if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".local" / "share";
    return std::filesystem::temp_directory_path();
}

/// Runs a write in one transaction; `body` returns Result<bool>.
template <typename F>
Result<bool> inTransaction(Database& db, F&& body) {
    Transaction tx(db);
    if (!tx.active()) return Error{"cannot write to the library database: " + tx.beginError()};
    if (auto r = body(); !r) return r;
    return tx.commit();
}

}  // namespace

Library::Library(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;
Library::~Library() = default;

Result<Library> Library::open(const std::string& path) {
    auto db = Database::open(path);
    if (!db) return Error{db.error()};
    if (auto r = migrate(db.value()); !r) return Error{"library database " + path + ": " + r.error()};
    return Library(std::make_unique<Impl>(std::move(db.value()), path));
}

std::filesystem::path Library::defaultPathFor(const std::filesystem::path& folder) {
    std::error_code ec;
    auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, ec), ec);
    if (ec) canonical = folder;
    return dataHome() / "parallax" / "libraries" / (fnv1a64Hex(canonical.string()) + ".sqlite");
}

const std::string& Library::path() const { return m_impl->path; }

int Library::schemaVersion() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->db.userVersion();
}

// ---- articles ----

std::vector<std::optional<std::string>> Library::Impl::fetchMany(const std::string& table,
                                                                 const std::string& keyColumn,
                                                                 const std::vector<std::string>& keys,
                                                                 const std::string& version) {
    std::vector<std::optional<std::string>> out(keys.size());
    visitMany(table, keyColumn, keys, version,
              [&](std::size_t slot, std::string_view data) { out[slot] = std::string(data); });
    return out;
}

void Library::Impl::visitMany(const std::string& table, const std::string& keyColumn,
                              const std::vector<std::string>& keys, const std::string& version,
                              const std::function<void(std::size_t, std::string_view)>& visit) {
    if (keys.empty()) return;
    std::lock_guard lock(mutex);
    if (keys.size() < Library::kScanFrom) {
        Statement* st =
            reused("SELECT data FROM " + table + " WHERE " + keyColumn + " = ?1 AND version = ?2");
        if (!st) return;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            st->reset();
            st->bind(1, keys[i]).bind(2, version);
            auto row = st->step();
            if (!row) break;  // interrupted or broken: the rest are misses
            if (row.value()) visit(i, st->columnBlob(0));
        }
        st->reset();  // ends the read, so a long-lived statement does not hold the WAL snapshot
        return;
    }
    // Two files with the same bytes ask for the same key: `sameKey` chains the later slots to the first.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::unordered_map<std::string_view, std::size_t> wanted;
    wanted.reserve(keys.size());
    std::vector<std::size_t> sameKey(keys.size(), kNone);
    std::vector<std::size_t> lastOf(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        auto [it, added] = wanted.emplace(keys[i], i);
        if (added) {
            lastOf[i] = i;
        } else {
            sameKey[lastOf[it->second]] = i;
            lastOf[it->second] = i;
        }
    }
    Statement* st = reused("SELECT " + keyColumn + ", data FROM " + table + " WHERE version = ?1");
    if (!st) return;
    st->bind(1, version);
    while (true) {
        auto row = st->step();
        if (!row || !row.value()) break;  // done, or interrupted/broken: the rest are misses
        auto it = wanted.find(st->columnBlob(0));
        if (it == wanted.end()) continue;
        const std::string_view data = st->columnBlob(1);
        for (std::size_t i = it->second; i != kNone; i = sameKey[i]) visit(i, data);
    }
    st->reset();
}


Library::ReadBatch::ReadBatch(const Library& library) : m_library(library) {
    std::lock_guard lock(m_library.m_impl->mutex);
    // Through a memory map the cached rows are read without a pread() and a copy each; only while reading, because
    // writes into a growing mapped file cost more than they save (a cold 10k run took 20% more CPU with it on).
    // DEFERRED: the read transaction starts with the first lookup. A failure only loses the saving.
    (void)m_library.m_impl->db.exec("PRAGMA mmap_size=1073741824");
    m_open = m_library.m_impl->db.exec("BEGIN").ok();
}

Library::ReadBatch::~ReadBatch() {
    std::lock_guard lock(m_library.m_impl->mutex);
    if (m_open) (void)m_library.m_impl->db.exec("COMMIT");
    (void)m_library.m_impl->db.exec("PRAGMA mmap_size=0");
}

std::optional<Article> Library::cachedArticle(const std::string& hash, const std::string& version) const {
    auto data = m_impl->lookup("SELECT data FROM articles WHERE hash = ?1 AND version = ?2", hash, version);
    if (!data) return std::nullopt;
    return deserializeArticle(*data);
}

std::vector<std::optional<Article>> Library::cachedArticles(const std::vector<std::string>& hashes,
                                                            const std::string& version) const {
    std::vector<std::optional<Article>> out(hashes.size());
    // Decoded straight from SQLite's copy of the row: copying each row out first to decode it elsewhere moved
    // every cached text twice (and was a tenth of a warm 10k-article run).
    m_impl->visitMany("articles", "hash", hashes, version,
                      [&](std::size_t slot, std::string_view data) { out[slot] = deserializeArticle(data); });
    return out;
}

Result<bool> Library::putArticles(const std::vector<Article>& articles, const std::string& version) {
    std::vector<const Article*> all;
    all.reserve(articles.size());
    for (const auto& a : articles) all.push_back(&a);
    return putArticles(all, version);
}

Result<bool> Library::putArticles(const std::vector<const Article*>& articles, const std::string& version) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare(
            "INSERT OR REPLACE INTO articles(hash, version, data, used_at) VALUES(?1, ?2, ?3, ?4)");
        if (!st) return Error{st.error()};
        for (const Article* a : articles) {
            st->reset();
            st->bind(1, a->contentHash).bind(2, version).bindBlob(3, serializeArticle(*a)).bind(4, nowSeconds());
            if (auto r = st->run(); !r) return r;
        }
        return true;
    });
}

// ---- annotations ----

std::optional<Annotations> Library::cachedAnnotations(const std::string& hash, const std::string& variant,
                                                      const std::string& version) const {
    auto data = m_impl->lookup("SELECT data FROM annotations WHERE key = ?1 AND version = ?2", hash + "|" + variant,
                               version);
    if (!data) return std::nullopt;
    return deserializeAnnotations(*data);
}

std::vector<std::optional<std::string>> Library::cachedAnnotationRows(
    const std::vector<std::pair<std::string, std::string>>& hashAndVariant, const std::string& version) const {
    std::vector<std::string> keys;
    keys.reserve(hashAndVariant.size());
    for (const auto& [hash, variant] : hashAndVariant) keys.push_back(hash + "|" + variant);
    return m_impl->fetchMany("annotations", "key", keys, version);
}

Result<bool> Library::putAnnotations(const std::vector<AnnotationEntry>& entries, const std::string& version) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare(
            "INSERT OR REPLACE INTO annotations(key, version, data, used_at) VALUES(?1, ?2, ?3, ?4)");
        if (!st) return Error{st.error()};
        for (const auto& e : entries) {
            if (!e.annotations) continue;
            st->reset();
            st->bind(1, e.hash + "|" + e.variant).bind(2, version).bindBlob(3, serializeAnnotations(*e.annotations));
            st->bind(4, nowSeconds());
            if (auto r = st->run(); !r) return r;
        }
        return true;
    });
}

// ---- story profiles ----

std::vector<std::optional<std::string>> Library::cachedProfiles(const std::vector<std::string>& keys,
                                                                const std::string& version) const {
    return m_impl->fetchMany("story_profiles", "key", keys, version);
}

Result<bool> Library::putProfiles(const std::vector<std::pair<std::string, std::string>>& entries,
                                  const std::string& version) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare(
            "INSERT OR REPLACE INTO story_profiles(key, version, data, used_at) VALUES(?1, ?2, ?3, ?4)");
        if (!st) return Error{st.error()};
        for (const auto& [key, bytes] : entries) {
            st->reset();
            st->bind(1, key).bind(2, version).bindBlob(3, bytes).bind(4, nowSeconds());
            if (auto r = st->run(); !r) return r;
        }
        return true;
    });
}

// ---- story analyses ----

std::optional<StoryAnalysis> Library::cachedStoryAnalysis(const std::string& key) const {
    auto data = m_impl->lookup("SELECT data FROM story_analysis WHERE key = ?1", key);
    if (!data) return std::nullopt;
    return deserializeStoryAnalysis(*data);
}

Result<bool> Library::putStoryAnalyses(const std::vector<std::pair<std::string, StoryAnalysis>>& entries) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare("INSERT OR REPLACE INTO story_analysis(key, data, used_at) VALUES(?1, ?2, ?3)");
        if (!st) return Error{st.error()};
        for (const auto& [key, analysis] : entries) {
            st->reset();
            st->bind(1, key).bind(2, serializeStoryAnalysis(analysis)).bind(3, nowSeconds());
            if (auto r = st->run(); !r) return r;
        }
        return true;
    });
}

std::optional<std::vector<Story>> Library::cachedStories(const std::string& key) const {
    std::lock_guard lock(m_impl->mutex);
    auto st = m_impl->db.prepare("SELECT data FROM story_analysis WHERE key = ?1");
    if (!st) return std::nullopt;
    st->bind(1, "stories|" + key);
    auto row = st->step();
    if (!row || !row.value()) return std::nullopt;
    return deserializeStories(st->columnText(0));
}

Result<bool> Library::putStories(const std::string& key, const std::vector<Story>& stories) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare("INSERT OR REPLACE INTO story_analysis(key, data, used_at) VALUES(?1, ?2, ?3)");
        if (!st) return Error{st.error()};
        st->bind(1, "stories|" + key).bind(2, serializeStories(stories)).bind(3, nowSeconds());
        return st->run();
    });
}

bool Library::holdsCaches() const {
    std::lock_guard lock(m_impl->mutex);
    auto st = m_impl->db.prepare(
        "SELECT EXISTS(SELECT 1 FROM articles) OR EXISTS(SELECT 1 FROM annotations) OR "
        "EXISTS(SELECT 1 FROM story_profiles) OR EXISTS(SELECT 1 FROM story_analysis)");
    if (!st) return true;  // unknown: assume there is something to prune
    auto row = st->step();
    if (!row || !row.value()) return true;
    return st->columnInt(0) != 0;
}

Result<bool> Library::pruneCaches(const std::string& articleVersion, const std::string& annotationVersion,
                                  const std::set<std::string>& keepStoryKeys, const std::string& profileVersion) {
    std::lock_guard lock(m_impl->mutex);
    auto& db = m_impl->db;
    return inTransaction(db, [&]() -> Result<bool> {
        auto arts = db.prepare("DELETE FROM articles WHERE version <> ?1 OR hash NOT IN (SELECT hash FROM files)");
        if (!arts) return Error{arts.error()};
        arts->bind(1, articleVersion);
        if (auto r = arts->run(); !r) return r;
        // The annotation key is "<hash>|<variant>".
        auto ann = db.prepare(
            "DELETE FROM annotations WHERE version <> ?1 OR "
            "substr(key, 1, instr(key, '|') - 1) NOT IN (SELECT hash FROM files)");
        if (!ann) return Error{ann.error()};
        ann->bind(1, annotationVersion);
        if (auto r = ann->run(); !r) return r;
        // Story profiles are keyed like annotations; without a version only the vanished files' go.
        auto prof = db.prepare(
            "DELETE FROM story_profiles WHERE (?1 <> '' AND version <> ?1) OR "
            "substr(key, 1, instr(key, '|') - 1) NOT IN (SELECT hash FROM files)");
        if (!prof) return Error{prof.error()};
        prof->bind(1, profileVersion);
        if (auto r = prof->run(); !r) return r;
        if (auto r = db.exec("CREATE TEMP TABLE IF NOT EXISTS keep_keys(key TEXT PRIMARY KEY); DELETE FROM keep_keys");
            !r)
            return r;
        auto ins = db.prepare("INSERT OR IGNORE INTO keep_keys(key) VALUES(?1)");
        if (!ins) return Error{ins.error()};
        for (const auto& k : keepStoryKeys) {
            ins->reset();
            ins->bind(1, k);
            if (auto r = ins->run(); !r) return r;
        }
        return db.exec("DELETE FROM story_analysis WHERE key NOT IN (SELECT key FROM keep_keys)");
    });
}

// ---- files ----

std::map<std::string, FileRecord> Library::files() const {
    std::lock_guard lock(m_impl->mutex);
    std::map<std::string, FileRecord> out;
    auto st = m_impl->db.prepare("SELECT relative, size, mtime, hash FROM files");
    if (!st) return out;
    while (true) {
        auto row = st->step();
        if (!row || !row.value()) break;
        FileRecord f{st->columnText(0), static_cast<std::uintmax_t>(st->columnInt(1)), st->columnInt(2),
                     st->columnText(3)};
        out.emplace(f.relative, std::move(f));
    }
    return out;
}

Result<bool> Library::replaceFiles(const std::vector<FileRecord>& files) {
    std::lock_guard lock(m_impl->mutex);
    auto& db = m_impl->db;
    return inTransaction(db, [&]() -> Result<bool> {
        if (auto r = db.exec("DELETE FROM files"); !r) return r;
        auto st = db.prepare("INSERT OR REPLACE INTO files(relative, size, mtime, hash) VALUES(?1, ?2, ?3, ?4)");
        if (!st) return Error{st.error()};
        for (const auto& f : files) {
            st->reset();
            st->bind(1, f.relative).bind(2, static_cast<std::int64_t>(f.size)).bind(3, f.mtime).bind(4, f.hash);
            if (auto r = st->run(); !r) return r;
        }
        return true;
    });
}

// ---- verdicts ----

Result<bool> Library::setVerdict(const std::string& conflictId, Verdict verdict, const std::string& note) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare(
            "INSERT INTO verdicts(conflict_id, verdict, note, updated_at) VALUES(?1, ?2, ?3, ?4) "
            "ON CONFLICT(conflict_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
            "updated_at = excluded.updated_at");
        if (!st) return Error{st.error()};
        st->bind(1, conflictId).bind(2, toString(verdict)).bind(3, note).bind(4, nowSeconds());
        return st->run();
    });
}

std::map<std::string, UserVerdict> Library::verdicts() const {
    std::lock_guard lock(m_impl->mutex);
    std::map<std::string, UserVerdict> out;
    auto st = m_impl->db.prepare("SELECT conflict_id, verdict, note FROM verdicts");
    if (!st) return out;
    while (true) {
        auto row = st->step();
        if (!row || !row.value()) break;
        UserVerdict v;
        v.verdict = parseVerdict(st->columnText(1)).value_or(Verdict::Open);
        v.note = st->columnText(2);
        out.emplace(st->columnText(0), std::move(v));
    }
    return out;
}

// ---- reference facts ----

std::vector<StoredFact> Library::facts() const {
    std::lock_guard lock(m_impl->mutex);
    std::vector<StoredFact> out;
    auto st = m_impl->db.prepare("SELECT id, subject, attribute, value, source FROM reference_facts ORDER BY id");
    if (!st) return out;
    while (true) {
        auto row = st->step();
        if (!row || !row.value()) break;
        out.push_back({st->columnInt(0), {st->columnText(1), st->columnText(2), st->columnText(3), st->columnText(4)}});
    }
    return out;
}

Result<std::int64_t> Library::addFact(const ReferenceFact& fact) {
    std::lock_guard lock(m_impl->mutex);
    std::int64_t id = 0;
    auto r = inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare(
            "INSERT INTO reference_facts(subject, attribute, value, source, added_at) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!st) return Error{st.error()};
        st->bind(1, fact.subject).bind(2, fact.attribute).bind(3, fact.value).bind(4, fact.source);
        st->bind(5, nowSeconds());
        if (auto ran = st->run(); !ran) return ran;
        id = m_impl->db.lastInsertRowId();
        return true;
    });
    if (!r) return Error{r.error()};
    return id;
}

Result<bool> Library::removeFact(std::int64_t id) {
    std::lock_guard lock(m_impl->mutex);
    return inTransaction(m_impl->db, [&]() -> Result<bool> {
        auto st = m_impl->db.prepare("DELETE FROM reference_facts WHERE id = ?1");
        if (!st) return Error{st.error()};
        st->bind(1, id);
        return st->run();
    });
}

void Library::interrupt() {
    // Deliberately without the mutex: the call to interrupt is the one holding it.
    if (m_impl) m_impl->db.interrupt();
}

}  // namespace parallax::store
