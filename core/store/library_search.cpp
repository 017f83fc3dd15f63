// Full-text search over two FTS5 tables, one row per article of the folder, linked to `documents` by row id
// (`documents` remembers which version (hash) of an article is indexed, so a rescan rewrites only changes):
// - documents_fts: words (unicode61, diacritics folded), ranked by bm25; what most queries use.
// - documents_substr: trigrams of the articles written in scripts without spaces between words (Chinese,
//   Japanese, Thai...), where the word tokenizer sees a whole clause as one "word". It finds any substring of
//   three or more characters; shorter ones (most Chinese words have two) are found by a scan of those articles.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/store/library.h"
#include "core/store/library_impl.h"
#include "core/store/query.h"

namespace parallax::store {
namespace {

// ---- UTF-8 and scripts ----

/// Decodes the code point at `i` and advances past it; a malformed byte reads as U+FFFD and advances by one.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (int k = 1; k < len; ++k) {
        const auto cont = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((cont & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (cont & 0x3Fu);
    }
    i += static_cast<std::size_t>(len);
    return c;
}

/// Scripts written without spaces between words. The same blocks as the GLOB class of schema migration 3.
bool isUnspacedScript(char32_t c) {
    return (c >= 0x0E00 && c <= 0x0EFF) ||    // Thai, Lao
           (c >= 0x1000 && c <= 0x109F) ||    // Myanmar
           (c >= 0x1780 && c <= 0x17FF) ||    // Khmer
           (c >= 0x3040 && c <= 0x30FF) ||    // Hiragana, Katakana
           (c >= 0x3100 && c <= 0x312F) ||    // Bopomofo
           (c >= 0x31F0 && c <= 0x31FF) ||    // Katakana extensions
           (c >= 0x3400 && c <= 0x4DBF) ||    // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) ||    // CJK unified ideographs
           (c >= 0xAC00 && c <= 0xD7AF) ||    // Hangul syllables (particles attach to words)
           (c >= 0xF900 && c <= 0xFAFF) ||    // CJK compatibility ideographs
           (c >= 0xFF66 && c <= 0xFF9F) ||    // half-width Katakana
           (c >= 0x20000 && c <= 0x3134F);    // CJK extensions B-G
}

bool hasUnspacedScript(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        if (isUnspacedScript(nextCodePoint(s, i))) return true;
    }
    return false;
}

std::size_t codePointCount(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) nextCodePoint(s, i);
    return n;
}

/// Characters people use to quote a phrase: ASCII, typographic and CJK corner quotes.
bool isQuote(char32_t c) {
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
           (c >= 0x300C && c <= 0x300F);
}

/// Control characters separate words too: a NUL inside a term would end the FTS string SQLite reads (found by
/// fuzz/search_fuzz: "unterminated string").
bool isSpace(char32_t c) { return c == ' ' || c < 0x20 || c == 0x7F || c == 0x00A0 || c == 0x3000; }

/// Could this character be part of a word? Punctuation and symbols alone never make a search term ("-", "*").
bool isWordChar(char32_t c) {
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
    return !((c >= 0x2000 && c <= 0x206F) ||  // general punctuation
             (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation
             (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
             (c >= 0xFF5B && c <= 0xFF65) || c == 0xFFFD);
}

std::string asciiLower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return s;
}

// ---- what the person typed ----

using Term = QueryTerm;

}  // namespace

std::vector<QueryTerm> parseQuery(std::string_view query) {
    std::vector<Term> terms;
    std::string current;
    bool inPhrase = false;
    auto flush = [&](bool phrase) {
        while (!current.empty() && current.back() == ' ') current.pop_back();
        Term t;
        if (!phrase) {
            while (!current.empty() && current.back() == '*') {
                current.pop_back();
                t.prefix = true;
            }
        }
        bool word = false;
        for (std::size_t i = 0; i < current.size() && !word;) word = isWordChar(nextCodePoint(current, i));
        // A term typed twice asks nothing more; past kMaxQueryTerms the rest is dropped: each short term is one
        // more AND in the substring search's SQL, and SQLite fails an expression deeper than 1,000 (found by
        // fuzz/search_fuzz with a pasted run of two-letter words).
        const auto same = [&](const Term& o) { return o.text == current && o.prefix == t.prefix; };
        if (word && terms.size() < kMaxQueryTerms && std::none_of(terms.begin(), terms.end(), same)) {
            t.text = std::move(current);
            terms.push_back(std::move(t));
        }
        current.clear();
    };
    for (std::size_t i = 0; i < query.size();) {
        const std::size_t at = i;
        const char32_t c = nextCodePoint(query, i);
        if (isQuote(c)) {
            flush(inPhrase);
            inPhrase = !inPhrase;
        } else if (isSpace(c)) {
            if (!inPhrase) flush(false);
            else if (!current.empty() && current.back() != ' ') current += ' ';
        } else {
            current.append(query.substr(at, i - at));
        }
    }
    flush(inPhrase);
    return terms;
}

namespace {

/// Each term as an FTS5 string (so AND, OR, NEAR, ':' or '^' are plain text, never syntax); juxtaposed strings
/// are ANDed; a typed trailing '*' stays a prefix search.
std::string wordIndexQuery(const std::vector<Term>& terms) {
    std::string out;
    for (const Term& t : terms) {
        if (!out.empty()) out += ' ';
        out += '"' + t.text + '"';  // parseQuery split at every quote, so the text holds none
        if (t.prefix) out += '*';
    }
    return out;
}

// ---- matches and snippets ----

/// Removes highlight()'s marks, returning where they were in the unmarked text. Unbalanced marks (the text held
/// the marker characters itself) give no spans rather than wrong ones.
std::vector<Span> marksOf(const std::string& highlighted) {
    constexpr std::size_t kNone = std::string::npos;
    std::vector<Span> spans;
    std::size_t removed = 0;
    std::size_t open = kNone;
    for (std::size_t i = 0; i < highlighted.size(); ++i) {
        if (highlighted[i] == kMatchBegin[0]) {
            if (open != kNone) return {};
            open = i - removed;
            ++removed;
        } else if (highlighted[i] == kMatchEnd[0]) {
            if (open == kNone) return {};
            spans.push_back(Span{open, i - removed});
            open = kNone;
            ++removed;
        }
    }
    return open != kNone ? std::vector<Span>{} : spans;
}

/// A term as the substring search looks for it: ASCII letters folded, as the trigram index does.
struct Needle {
    std::string text;
    bool prefix = false;
};

std::vector<Needle> needlesOf(const std::vector<Term>& terms) {
    std::vector<Needle> out;
    for (const Term& t : terms) out.push_back({asciiLower(t.text), t.prefix});
    return out;
}

bool asciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// Every occurrence of every needle in `text`, sorted, overlaps merged. A needle that begins or ends with a Latin
/// letter or digit must not continue a Latin word there ("ai" is not in "Taiwan"; a prefix may run on), which
/// keeps substring hits of Latin words to words glued to Chinese ("发布了Orion模型"). `each` (optional) says
/// which needles occurred.
std::vector<Span> findTerms(const std::string& text, const std::vector<Needle>& needles, std::vector<bool>* each = nullptr) {
    std::vector<Span> spans;
    if (each) each->assign(needles.size(), false);
    const std::string folded = asciiLower(text);
    for (std::size_t k = 0; k < needles.size(); ++k) {
        const std::string& n = needles[k].text;
        if (n.empty()) continue;
        const bool openStart = !asciiAlnum(n.front());
        const bool openEnd = needles[k].prefix || !asciiAlnum(n.back());
        for (std::size_t at = folded.find(n); at != std::string::npos && spans.size() < 10000; at = folded.find(n, at + 1)) {
            const std::size_t end = at + n.size();
            if (!openStart && at > 0 && asciiAlnum(folded[at - 1])) continue;
            if (!openEnd && end < folded.size() && asciiAlnum(folded[end])) continue;
            spans.push_back(Span{at, end});
            if (each) (*each)[k] = true;
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> merged;
    for (const Span& s : spans) {
        if (!merged.empty() && s.start <= merged.back().end) merged.back().end = std::max(merged.back().end, s.end);
        else merged.push_back(s);
    }
    return merged;
}

std::size_t charStart(const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return std::min(i, s.size());
}

/// About a line of text around the first mark, every mark inside wrapped, cut at word or character boundaries.
std::string snippetAround(const std::string& text, const std::vector<Span>& marks) {
    constexpr std::size_t kBefore = 60, kAfter = 140, kSlack = 20;
    const std::size_t first = marks.empty() ? 0 : marks.front().start;
    const std::size_t firstEnd = marks.empty() ? 0 : marks.front().end;
    std::size_t from = charStart(text, first > kBefore ? first - kBefore : 0);
    if (from > 0) {  // start at a word when there is a space nearby (there is none in Chinese)
        const auto space = text.find_first_of(" \n", from);
        if (space != std::string::npos && space < from + kSlack && space < first) from = space + 1;
    }
    std::size_t to = charStart(text, std::min(text.size(), firstEnd + kAfter));
    if (to < text.size()) {
        const auto space = text.find_first_of(" \n", to);
        if (space != std::string::npos && space < to + kSlack) to = space;
    }
    std::string out = from > 0 ? "…" : "";
    std::size_t pos = from;
    for (const Span& m : marks) {
        if (m.end <= pos || m.start >= to) continue;
        const std::size_t a = std::max(m.start, pos), b = std::min(m.end, to);
        out.append(text, pos, a - pos);
        out.append(kMatchBegin).append(text, a, b - a).append(kMatchEnd);
        pos = b;
    }
    out.append(text, pos, to - pos);
    if (to < text.size()) out += "…";
    // One line: line breaks and runs of spaces (paragraph joins) become a single space.
    std::string line;
    line.reserve(out.size());
    for (char c : out) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
        if (space && !line.empty() && line.back() == ' ') continue;
        line += space ? ' ' : c;
    }
    return line;
}

/// Fills span, matches and snippet of a hit from the marks found in its title and text.
void describe(SearchHit& hit, const std::string& text, std::vector<Span> textMarks, const std::vector<Span>& titleMarks) {
    textMarks.erase(std::remove_if(textMarks.begin(), textMarks.end(),
                                   [&](const Span& s) { return s.end > text.size() || s.start >= s.end; }),
                    textMarks.end());
    if (!textMarks.empty()) {
        hit.span = textMarks.front();
        hit.snippet = snippetAround(text, textMarks);
    } else {
        hit.snippet = snippetAround(hit.title, titleMarks);
    }
    hit.matches = std::move(textMarks);
}

// ---- the two indexes ----

/// Words: documents_fts, bm25 with a title word worth five text words. "ORDER BY rank" (rather than by a bm25()
/// column) lets FTS5 sort before SQLite computes the row, so highlight() runs for the best `limit` rows only.
Result<bool> searchWords(Database& db, const std::vector<Term>& terms, std::size_t limit, std::vector<SearchHit>& out) {
    auto st = db.prepare(
        "SELECT d.article_id, d.path, d.title, f.text, highlight(documents_fts, 0, char(2), char(3)), "
        "highlight(documents_fts, 1, char(2), char(3)), rank "
        "FROM documents_fts f JOIN documents d ON d.id = f.rowid "
        "WHERE documents_fts MATCH ?1 AND rank MATCH 'bm25(5.0, 1.0)' ORDER BY rank LIMIT ?2");
    if (!st) return Error{st.error()};
    st->bind(1, wordIndexQuery(terms)).bind(2, static_cast<std::int64_t>(limit));
    const std::vector<Needle> needles = needlesOf(terms);
    while (true) {
        auto row = st->step();
        if (!row) return Error{"search failed: " + row.error()};
        if (!row.value()) break;
        SearchHit hit;
        hit.articleId = st->columnText(0);
        hit.path = st->columnText(1);
        hit.title = st->columnText(2);
        hit.score = st->columnDouble(6);
        const std::string text = st->columnText(3);
        auto textMarks = marksOf(st->columnText(5));
        // Only the title matched as a word, but in an unspaced script the word may still be in the text,
        // glued to its neighbours ("发布了Orion模型"): point at it there.
        if (textMarks.empty() && hasUnspacedScript(text)) textMarks = findTerms(text, needles);
        describe(hit, text, std::move(textMarks), marksOf(st->columnText(4)));
        out.push_back(std::move(hit));
    }
    return true;
}

/// Substrings: documents_substr. Terms of three characters or more go through the trigram index (and bm25);
/// shorter ones filter by instr() over the rows, which scans the articles in unspaced scripts only. With no long
/// term there is no FTS rank, so the hits are ranked here by the bm25 formula's term-frequency part.
Result<bool> searchSubstrings(Database& db, const std::vector<Term>& terms, std::size_t limit,
                              const std::set<std::string>& skip, std::vector<SearchHit>& out) {
    std::string match;
    const std::vector<Needle> needles = needlesOf(terms);
    std::vector<std::string> shortTerms;
    for (std::size_t k = 0; k < terms.size(); ++k) {
        if (codePointCount(terms[k].text) >= 3) match += (match.empty() ? "\"" : " \"") + terms[k].text + '"';
        else shortTerms.push_back(needles[k].text);
    }
    std::string sql =
        "SELECT d.article_id, d.path, s.title, s.text, " +
        std::string(match.empty() ? "0" : "rank") +
        " AS score FROM documents_substr s JOIN documents d ON d.id = s.rowid WHERE 1";
    int param = 1;
    if (!match.empty())
        sql += " AND documents_substr MATCH ?" + std::to_string(param++) + " AND rank MATCH 'bm25(5.0, 1.0)'";
    // lower() folds ASCII only, like asciiLower(); the concatenation also keeps SQLite 3.40 from handing a short
    // LIKE to the trigram index, which then matches nothing.
    for (std::size_t i = 0; i < shortTerms.size(); ++i)
        sql += " AND instr(lower(s.title || char(10) || s.text), ?" + std::to_string(param++) + ") > 0";
    if (!match.empty()) sql += " ORDER BY rank LIMIT ?" + std::to_string(param);
    auto st = db.prepare(sql);
    if (!st) return Error{st.error()};
    param = 1;
    if (!match.empty()) st->bind(param++, match);
    for (const auto& s : shortTerms) st->bind(param++, s);
    // Room for the rows skipped here: those the word index found, and Latin substrings inside Latin words.
    if (!match.empty()) st->bind(param, static_cast<std::int64_t>(2 * limit + skip.size()));

    std::vector<SearchHit> hits;
    std::vector<double> frequency;  // title occurrences weigh five, as in bm25's column weights
    std::vector<double> length;
    while (true) {
        auto row = st->step();
        if (!row) return Error{"search failed: " + row.error()};
        if (!row.value()) break;
        SearchHit hit;
        hit.articleId = st->columnText(0);
        if (skip.count(hit.articleId)) continue;
        hit.path = st->columnText(1);
        hit.title = st->columnText(2);
        const std::string text = st->columnText(3);
        hit.score = st->columnDouble(4);
        std::vector<bool> inTitle, inText;
        const auto titleMarks = findTerms(hit.title, needles, &inTitle);
        auto textMarks = findTerms(text, needles, &inText);
        bool all = true;  // SQLite matched substrings; a Latin term must also stand as a word (see findTerms)
        for (std::size_t k = 0; k < needles.size(); ++k) all = all && (inTitle[k] || inText[k]);
        if (!all) continue;
        frequency.push_back(5.0 * static_cast<double>(titleMarks.size()) + static_cast<double>(textMarks.size()));
        length.push_back(static_cast<double>(codePointCount(text)));
        describe(hit, text, std::move(textMarks), titleMarks);
        hits.push_back(std::move(hit));
    }
    if (match.empty() && !hits.empty()) {
        // bm25 without the idf factor (every hit holds every term): k1 = 1.2, b = 0.75, negated like FTS5's.
        double average = 0;
        for (double l : length) average += l;
        average = std::max(1.0, average / static_cast<double>(hits.size()));
        for (std::size_t i = 0; i < hits.size(); ++i)
            hits[i].score = -frequency[i] * 2.2 / (frequency[i] + 1.2 * (0.25 + 0.75 * length[i] / average));
        std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score < b.score; });
    }
    for (auto& h : hits) {
        if (out.size() >= limit) break;
        out.push_back(std::move(h));
    }
    return true;
}

struct Indexed {
    std::int64_t row = 0;
    std::string hash, path, title;
};

Result<std::map<std::string, Indexed>> indexedDocuments(Database& db) {
    std::map<std::string, Indexed> indexed;
    auto st = db.prepare("SELECT id, article_id, hash, path, title FROM documents");
    if (!st) return Error{st.error()};
    while (true) {
        auto row = st->step();
        if (!row) return Error{row.error()};
        if (!row.value()) break;
        indexed[st->columnText(1)] = {st->columnInt(0), st->columnText(2), st->columnText(3), st->columnText(4)};
    }
    return indexed;
}

bool sameDocument(const Indexed& old, const Article& a) {
    return old.hash == a.contentHash && old.path == a.path && old.title == a.title;
}

/// True when the index holds exactly `articles`, unchanged. Compared row by row as SQLite hands them out: a warm
/// rescan asks this of every article, and copying the whole table into a map first was most of the store stage.
/// An error reads as "not up to date" (the full sync that follows reports it).
bool upToDate(Database& db, const std::vector<Article>& articles) {
    std::unordered_map<std::string_view, const Article*> byId;
    byId.reserve(articles.size());
    for (const auto& a : articles)
        if (!byId.emplace(a.id, &a).second) return false;  // ids are unique; if not, the full sync sorts it out
    auto st = db.prepare("SELECT article_id, hash, path, title FROM documents");
    if (!st) return false;
    std::size_t rows = 0;
    while (true) {
        auto row = st->step();
        if (!row) return false;
        if (!row.value()) break;
        auto it = byId.find(st->columnBlob(0));
        if (it == byId.end()) return false;
        const Article& a = *it->second;
        if (st->columnBlob(1) != a.contentHash || st->columnBlob(2) != a.path || st->columnBlob(3) != a.title)
            return false;
        ++rows;
    }
    return rows == articles.size();  // article_id is UNIQUE: as many rows as articles means each one once
}

}  // namespace

Result<bool> Library::syncIndex(const std::vector<Article>& articles) {
    std::lock_guard lock(m_impl->mutex);
    auto& db = m_impl->db;
    // A warm rescan changes nothing: check before taking the write lock, which a reader elsewhere would wait for.
    if (upToDate(db, articles)) return true;

    Transaction tx(db);
    if (!tx.active()) return Error{"cannot write to the library database: " + tx.beginError()};
    auto indexed = indexedDocuments(db);
    if (!indexed) return Error{indexed.error()};
    auto delFts = db.prepare("DELETE FROM documents_fts WHERE rowid = ?1");
    auto delSubstr = db.prepare("DELETE FROM documents_substr WHERE rowid = ?1");
    auto delDoc = db.prepare("DELETE FROM documents WHERE id = ?1");
    auto insDoc = db.prepare("INSERT INTO documents(article_id, path, title, hash) VALUES(?1, ?2, ?3, ?4)");
    auto insFts = db.prepare("INSERT INTO documents_fts(rowid, title, text) VALUES(?1, ?2, ?3)");
    auto insSubstr = db.prepare("INSERT INTO documents_substr(rowid, title, text) VALUES(?1, ?2, ?3)");
    for (auto* st : {&delFts, &delSubstr, &delDoc, &insDoc, &insFts, &insSubstr})
        if (!st->ok()) return Error{st->error()};

    auto remove = [&](std::int64_t row) -> Result<bool> {
        for (auto* st : {&delFts, &delSubstr, &delDoc}) {
            (*st)->reset();
            (*st)->bind(1, row);
            if (auto r = (*st)->run(); !r) return r;
        }
        return true;
    };

    std::set<std::string> wanted;
    for (const auto& a : articles) {
        wanted.insert(a.id);
        auto it = indexed->find(a.id);
        if (it != indexed->end()) {
            if (sameDocument(it->second, a)) continue;
            if (auto r = remove(it->second.row); !r) return r;
        }
        insDoc->reset();
        insDoc->bind(1, a.id).bind(2, a.path).bind(3, a.title).bind(4, a.contentHash);
        if (auto r = insDoc->run(); !r) return r;
        const std::int64_t row = db.lastInsertRowId();
        insFts->reset();
        insFts->bind(1, row).bind(2, a.title).bind(3, a.text);
        if (auto r = insFts->run(); !r) return r;
        if (hasUnspacedScript(a.title) || hasUnspacedScript(a.text)) {
            insSubstr->reset();
            insSubstr->bind(1, row).bind(2, a.title).bind(3, a.text);
            if (auto r = insSubstr->run(); !r) return r;
        }
    }
    for (const auto& [id, old] : indexed.value())
        if (!wanted.count(id))
            if (auto r = remove(old.row); !r) return r;
    return tx.commit();
}

Result<std::vector<SearchHit>> Library::search(std::string_view query, std::size_t limit) const {
    std::vector<SearchHit> hits;
    const std::vector<Term> terms = parseQuery(query);
    if (terms.empty() || limit == 0) return hits;
    std::lock_guard lock(m_impl->mutex);
    const bool unspaced = std::any_of(terms.begin(), terms.end(), [](const Term& t) { return hasUnspacedScript(t.text); });
    // A term in an unspaced script can only occur in the substring index's articles, and only it finds it there.
    // Otherwise the word index answers first, and the substring index adds the articles in unspaced scripts
    // where a word is glued to its neighbours ("发布了Orion模型").
    if (!unspaced)
        if (auto r = searchWords(m_impl->db, terms, limit, hits); !r) return Error{r.error()};
    std::set<std::string> found;
    for (const auto& h : hits) found.insert(h.articleId);
    if (hits.size() < limit)
        if (auto r = searchSubstrings(m_impl->db, terms, limit, found, hits); !r) return Error{r.error()};
    return hits;
}

}  // namespace parallax::store
