#pragma once
/// @file library.h  The library database: one SQLite file per opened folder, kept in the user's data directory
/// (so a read-only folder works). It caches what the pipeline computed, indexes article text for search, and
/// keeps the user's verdicts, notes and reference facts.
///
/// Thread-safety: a Library owns one connection guarded by a mutex; every public method may be called from any
/// thread (calls are serialised). interrupt() does not wait for the mutex: it makes the call running on another
/// thread stop soon with an "interrupted" error. Two Library objects (or two processes) on the same file are
/// fine: SQLite's WAL and the wait for a busy database (Database::kBusyWait) handle that.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/analysis.h"
#include "core/store/serialize.h"
#include "core/util/result.h"

namespace parallax::store {

/// Marks around matched words in SearchHit::snippet (control characters that never occur in article text).
inline constexpr std::string_view kMatchBegin = "\x02";
inline constexpr std::string_view kMatchEnd = "\x03";

struct SearchHit {
    std::string articleId;
    std::string path;
    std::string title;
    std::string snippet;       ///< the text around the first match (the title when only it matched), every
                               ///< match wrapped in kMatchBegin/kMatchEnd, line breaks as spaces
    std::optional<Span> span;  ///< the first match in Article::text (bytes); none when only the title matched
    std::vector<Span> matches; ///< every match in Article::text (bytes, in order); span is the first of them
    double score = 0;          ///< bm25, lower is better (title matches weigh more)
};

/// What the last scan saw of a file (relative to the folder).
struct FileRecord {
    std::string relative;
    std::uintmax_t size = 0;
    std::int64_t mtime = 0;
    std::string hash;
};

struct StoredFact {
    std::int64_t id = 0;
    ReferenceFact fact;
};

class Library {
public:
    /// Opens (creating and migrating as needed) the database at `path`; ":memory:" keeps nothing.
    [[nodiscard]] static Result<Library> open(const std::string& path);
    /// $XDG_DATA_HOME/parallax/libraries/<hash of the canonical folder path>.sqlite (default ~/.local/share).
    [[nodiscard]] static std::filesystem::path defaultPathFor(const std::filesystem::path& folder);

    Library(Library&&) noexcept;
    Library& operator=(Library&&) noexcept;
    ~Library();

    [[nodiscard]] const std::string& path() const;
    [[nodiscard]] int schemaVersion() const;

    // ---- caches (a miss is nullopt; a damaged row is a miss) ----
    /// While one lives, this connection's lookups share one read transaction (one snapshot, one lock taken) instead
    /// of opening one per row: a rescan looks up every article. No write may run on this Library meanwhile.
    class ReadBatch {
    public:
        explicit ReadBatch(const Library& library);
        ReadBatch(const ReadBatch&) = delete;
        ReadBatch& operator=(const ReadBatch&) = delete;
        ~ReadBatch();

    private:
        const Library& m_library;
        bool m_open = false;
    };

    [[nodiscard]] std::optional<Article> cachedArticle(const std::string& hash, const std::string& version) const;
    /// Many cached articles at once, one slot per hash (nullopt for a miss or a damaged row). A rescan asks for
    /// every file's article; from kScanFrom keys on, the table is read in one pass instead of one B-tree descent
    /// per key (rows of a few KB leave the WITHOUT ROWID tree a fan-out of about four, so each descent is deep).
    [[nodiscard]] std::vector<std::optional<Article>> cachedArticles(const std::vector<std::string>& hashes,
                                                                     const std::string& version) const;
    static constexpr std::size_t kScanFrom = 64;
    /// Stores articles keyed by Article::contentHash, in one transaction.
    [[nodiscard]] Result<bool> putArticles(const std::vector<Article>& articles, const std::string& version);
    /// The same for articles held elsewhere (the read stage's result), so that none is copied to be stored.
    [[nodiscard]] Result<bool> putArticles(const std::vector<const Article*>& articles, const std::string& version);

    /// Annotations keyed by content hash plus a variant (what else they depend on, e.g. the publication date).
    [[nodiscard]] std::optional<Annotations> cachedAnnotations(const std::string& hash, const std::string& variant,
                                                               const std::string& version) const;
    /// The stored rows of many cached annotations, one slot per (hash, variant) (nullopt for a miss), still encoded:
    /// decode each with deserializeAnnotations(), on as many threads as wanted. Many keys: one pass, as cachedArticles.
    [[nodiscard]] std::vector<std::optional<std::string>> cachedAnnotationRows(
        const std::vector<std::pair<std::string, std::string>>& hashAndVariant, const std::string& version) const;
    struct AnnotationEntry {
        std::string hash;
        std::string variant;
        const Annotations* annotations = nullptr;
    };
    [[nodiscard]] Result<bool> putAnnotations(const std::vector<AnnotationEntry>& entries, const std::string& version);

    /// Story profiles (opaque bytes from the align stage) keyed like annotations, "<content hash>|<variant>";
    /// one look-up for many keys. The answer has one slot per key, nullopt for a miss.
    [[nodiscard]] std::vector<std::optional<std::string>> cachedProfiles(const std::vector<std::string>& keys,
                                                                         const std::string& version) const;
    [[nodiscard]] Result<bool> putProfiles(const std::vector<std::pair<std::string, std::string>>& entries,
                                           const std::string& version);

    /// Story analysis keyed by a digest of everything it depends on (see pipeline).
    [[nodiscard]] std::optional<StoryAnalysis> cachedStoryAnalysis(const std::string& key) const;
    [[nodiscard]] Result<bool> putStoryAnalyses(const std::vector<std::pair<std::string, StoryAnalysis>>& entries);

    /// The folder's stories, keyed by a digest of every article's identity and content (see pipeline); kept in
    /// the story_analysis table under a "stories|" key, so pruning treats it like a story analysis.
    [[nodiscard]] std::optional<std::vector<Story>> cachedStories(const std::string& key) const;
    [[nodiscard]] Result<bool> putStories(const std::string& key, const std::vector<Story>& stories);

    /// True when any cache table holds a row (false for a new library: a run into it has nothing to prune).
    [[nodiscard]] bool holdsCaches() const;

    /// Drops cache rows that no longer serve this folder: other versions, hashes of files no longer present,
    /// story analyses not in `keepStoryKeys`, story profiles of another `profileVersion` (when given). Verdicts
    /// and facts are never touched.
    [[nodiscard]] Result<bool> pruneCaches(const std::string& articleVersion, const std::string& annotationVersion,
                                           const std::set<std::string>& keepStoryKeys,
                                           const std::string& profileVersion = {});

    // ---- the folder's files as last scanned ----
    [[nodiscard]] std::map<std::string, FileRecord> files() const;
    [[nodiscard]] Result<bool> replaceFiles(const std::vector<FileRecord>& files);

    // ---- full-text search ----
    /// Makes the FTS index hold exactly these articles (unchanged ones are not rewritten).
    [[nodiscard]] Result<bool> syncIndex(const std::vector<Article>& articles);
    /// Words of `query` must all occur (a trailing * makes a prefix, "a quoted phrase" is a phrase); FTS
    /// operators in the query are not interpreted, so any user input is safe. Ranked by bm25, best first.
    /// A word in a script written without spaces (Chinese, Japanese, Thai...) is found as a substring of the
    /// articles in such scripts (trigram index; one- and two-character words by a scan of those articles);
    /// other words also find substrings there, listed after the word-index hits.
    [[nodiscard]] Result<std::vector<SearchHit>> search(std::string_view query, std::size_t limit = 50) const;

    // ---- the user's verdicts and notes (never deleted by a rescan) ----
    /// Written in its own committed transaction before returning, so it survives a crash right after.
    [[nodiscard]] Result<bool> setVerdict(const std::string& conflictId, Verdict verdict, const std::string& note);
    [[nodiscard]] std::map<std::string, UserVerdict> verdicts() const;

    // ---- reference facts the user added in the app ----
    [[nodiscard]] std::vector<StoredFact> facts() const;
    [[nodiscard]] Result<std::int64_t> addFact(const ReferenceFact& fact);
    [[nodiscard]] Result<bool> removeFact(std::int64_t id);

    /// Asks a running call (on another thread) to stop soon; it then returns an "interrupted" error.
    void interrupt();

private:
    struct Impl;
    explicit Library(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace parallax::store
