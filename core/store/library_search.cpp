// Full-text search: an FTS5 table over title and text, one row per article of the folder. The row id links it to
// `documents`, which remembers which version (hash) of the article is indexed so a rescan rewrites only changes.
#include <map>

#include "core/store/library.h"
#include "core/store/library_impl.h"

namespace parallax::store {
namespace {

/// Turns what a person typed into an FTS5 query that matches all its words. Each word becomes a quoted string
/// (so AND, OR, NEAR, ':' or a stray quote are plain text, never syntax); a trailing '*' keeps a prefix search.
std::string ftsQuery(std::string_view query) {
    std::string out;
    std::size_t i = 0;
    while (i < query.size()) {
        while (i < query.size() && (query[i] == ' ' || query[i] == '\t' || query[i] == '\n' || query[i] == '\r')) ++i;
        std::size_t j = i;
        while (j < query.size() && query[j] != ' ' && query[j] != '\t' && query[j] != '\n' && query[j] != '\r') ++j;
        std::string_view word = query.substr(i, j - i);
        i = j;
        const bool prefix = !word.empty() && word.back() == '*';
        if (prefix) word.remove_suffix(1);
        std::string clean;
        for (char c : word)
            if (c != '"') clean += c;
        if (clean.empty()) continue;
        if (!out.empty()) out += ' ';
        out += '"' + clean + '"';
        if (prefix) out += '*';
    }
    return out;
}

/// The first match in highlight()'s output, as a byte span of the original text (the marks are removed).
std::optional<Span> firstMatch(const std::string& highlighted) {
    const auto open = highlighted.find(kMatchBegin);
    if (open == std::string::npos) return std::nullopt;
    const auto close = highlighted.find(kMatchEnd, open);
    if (close == std::string::npos) return std::nullopt;
    return Span{open, close - kMatchBegin.size()};
}

}  // namespace

Result<bool> Library::syncIndex(const std::vector<Article>& articles) {
    std::lock_guard lock(m_impl->mutex);
    auto& db = m_impl->db;
    Transaction tx(db);
    if (!tx.active()) return Error{"cannot write to the library database: " + tx.beginError()};

    struct Indexed {
        std::int64_t row;
        std::string hash, path, title;
    };
    std::map<std::string, Indexed> indexed;
    {
        auto st = db.prepare("SELECT id, article_id, hash, path, title FROM documents");
        if (!st) return Error{st.error()};
        while (true) {
            auto row = st->step();
            if (!row) return Error{row.error()};
            if (!row.value()) break;
            indexed[st->columnText(1)] = {st->columnInt(0), st->columnText(2), st->columnText(3), st->columnText(4)};
        }
    }
    auto delFts = db.prepare("DELETE FROM documents_fts WHERE rowid = ?1");
    auto delDoc = db.prepare("DELETE FROM documents WHERE id = ?1");
    auto insDoc = db.prepare("INSERT INTO documents(article_id, path, title, hash) VALUES(?1, ?2, ?3, ?4)");
    auto insFts = db.prepare("INSERT INTO documents_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
    for (auto* st : {&delFts, &delDoc, &insDoc, &insFts})
        if (!st->ok()) return Error{st->error()};

    auto remove = [&](std::int64_t row) -> Result<bool> {
        delFts->reset();
        delFts->bind(1, row);
        if (auto r = delFts->run(); !r) return r;
        delDoc->reset();
        delDoc->bind(1, row);
        return delDoc->run();
    };

    std::map<std::string, bool> wanted;
    for (const auto& a : articles) {
        wanted[a.id] = true;
        auto it = indexed.find(a.id);
        if (it != indexed.end()) {
            const Indexed& old = it->second;
            if (old.hash == a.contentHash && old.path == a.path && old.title == a.title) continue;
            if (auto r = remove(old.row); !r) return r;
        }
        insDoc->reset();
        insDoc->bind(1, a.id).bind(2, a.path).bind(3, a.title).bind(4, a.contentHash);
        if (auto r = insDoc->run(); !r) return r;
        insFts->reset();
        insFts->bind(1, db.lastInsertRowId()).bind(2, a.title).bind(3, a.text);
        if (auto r = insFts->run(); !r) return r;
    }
    for (const auto& [id, old] : indexed)
        if (!wanted.count(id))
            if (auto r = remove(old.row); !r) return r;
    return tx.commit();
}

Result<std::vector<SearchHit>> Library::search(std::string_view query, std::size_t limit) const {
    std::vector<SearchHit> hits;
    const std::string match = ftsQuery(query);
    if (match.empty() || limit == 0) return hits;
    std::lock_guard lock(m_impl->mutex);
    // Column weights: a word in the title counts five times a word in the text.
    auto st = m_impl->db.prepare(
        "SELECT d.article_id, d.path, d.title, "
        "snippet(documents_fts, -1, char(2), char(3), '…', 16), "
        "highlight(documents_fts, 1, char(2), char(3)), "
        "bm25(documents_fts, 5.0, 1.0) AS score "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
        "WHERE documents_fts MATCH ?1 ORDER BY score LIMIT ?2");
    if (!st) return Error{st.error()};
    st->bind(1, match).bind(2, static_cast<std::int64_t>(limit));
    while (true) {
        auto row = st->step();
        if (!row) return Error{"search failed: " + row.error()};
        if (!row.value()) break;
        SearchHit hit;
        hit.articleId = st->columnText(0);
        hit.path = st->columnText(1);
        hit.title = st->columnText(2);
        hit.snippet = st->columnText(3);
        hit.span = firstMatch(st->columnText(4));
        hit.score = st->columnDouble(5);
        hits.push_back(std::move(hit));
    }
    return hits;
}

}  // namespace parallax::store
