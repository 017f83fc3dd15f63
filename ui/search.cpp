#include "ui/search.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/store/library.h"
#include "core/store/query.h"

namespace parallax::ui {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::size_t findFolded(const std::string& hay, const std::string& needle, std::size_t from) {
    auto it = std::search(hay.begin() + static_cast<std::ptrdiff_t>(from), hay.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return lower(a) == b; });
    return it == hay.end() ? std::string::npos : static_cast<std::size_t>(it - hay.begin());
}

// Moves an offset back to the start of a UTF-8 character.
std::size_t charStart(const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

}  // namespace

QString snippetHtml(const std::string& text, std::size_t start, std::size_t end,
                    const std::vector<std::pair<std::size_t, std::size_t>>& marks) {
    const std::size_t from = charStart(text, start > 80 ? start - 80 : 0);
    const std::size_t to = charStart(text, std::min(text.size(), end + 120));
    QString html;
    if (from > 0) html += QStringLiteral("…");
    std::size_t pos = from;
    for (const auto& [a, b] : marks) {
        if (b <= pos || a >= to) continue;
        const std::size_t ma = std::max(a, pos);
        const std::size_t mb = std::min(b, to);
        html += qs(text.substr(pos, ma - pos)).toHtmlEscaped();
        html += QStringLiteral("<b>") + qs(text.substr(ma, mb - ma)).toHtmlEscaped() + QStringLiteral("</b>");
        pos = mb;
    }
    html += qs(text.substr(pos, to - pos)).toHtmlEscaped();
    if (to < text.size()) html += QStringLiteral("…");
    return html.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString markedSnippetHtml(const std::string& marked) {
    QString html;
    bool inside = false;
    std::size_t pos = 0;
    while (pos <= marked.size()) {
        const std::size_t next = marked.find(inside ? store::kMatchEnd : store::kMatchBegin, pos);
        const std::size_t stop = next == std::string::npos ? marked.size() : next;
        const QString piece = qs(marked.substr(pos, stop - pos)).toHtmlEscaped();
        html += inside ? QStringLiteral("<b>") + piece + QStringLiteral("</b>") : piece;
        if (next == std::string::npos) break;
        inside = !inside;
        pos = next + 1;
    }
    return html;
}

MemorySearch::MemorySearch(AnalysisPtr analysis, QString notice) : m_data(std::move(analysis)), m_notice(std::move(notice)) {}

std::vector<SearchHit> MemorySearch::search(const QString& query, int limit) {
    std::vector<std::string> words;
    // Read as the index reads it (every term is a substring here, so a prefix '*' changes nothing).
    for (const store::QueryTerm& t : store::parseQuery(ss(query))) {
        std::string s = t.text;
        std::transform(s.begin(), s.end(), s.begin(), lower);
        words.push_back(std::move(s));
    }
    if (!m_data || words.empty()) return {};
    std::vector<std::pair<int, SearchHit>> ranked;
    for (const Article& a : m_data->result().articles) {
        std::vector<std::pair<std::size_t, std::size_t>> marks;
        int score = 0;
        bool all = true;
        for (const auto& w : words) {
            std::size_t at = findFolded(a.text, w, 0);
            if (at == std::string::npos) {
                all = false;
                break;
            }
            for (; at != std::string::npos && score < 1000; at = findFolded(a.text, w, at + w.size())) {
                marks.emplace_back(at, at + w.size());
                ++score;
            }
        }
        if (!all) continue;
        std::sort(marks.begin(), marks.end());
        SearchHit hit;
        hit.article = a.id;
        hit.start = marks.front().first;
        hit.end = marks.front().second;
        hit.snippetHtml = snippetHtml(a.text, hit.start, hit.end, marks);
        ranked.emplace_back(score, std::move(hit));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    std::vector<SearchHit> out;
    for (auto& [score, hit] : ranked) {
        if (static_cast<int>(out.size()) >= limit) break;
        out.push_back(std::move(hit));
    }
    return out;
}

namespace {
QString trSearch(const char* text) { return QCoreApplication::translate("parallax::ui::SearchPanel", text); }
}  // namespace

LibrarySearch::LibrarySearch(AnalysisPtr analysis, std::unique_ptr<store::Library> library)
    : m_data(analysis), m_library(std::move(library)), m_fallback(std::move(analysis)) {}

LibrarySearch::~LibrarySearch() = default;

QString LibrarySearch::notice() const {
    std::lock_guard lock(m_mutex);
    return m_notice;
}

std::vector<SearchHit> LibrarySearch::search(const QString& query, int limit) {
    if (!m_data || limit <= 0) return {};
    {
        // The pipeline indexed these articles already (then this only reads the index's list); an analysis that
        // did not come through it, or whose indexing failed, is indexed here, once, off the GUI thread.
        std::lock_guard lock(m_mutex);
        if (!m_synced) {
            m_synced = true;
            if (auto r = m_library->syncIndex(m_data->result().articles); !r)
                m_notice = trSearch("The search index could not be updated (%1).").arg(qs(r.error()));
        }
    }
    auto found = m_library->search(ss(query), static_cast<std::size_t>(limit));
    if (!found) {
        {
            std::lock_guard lock(m_mutex);
            m_notice = trSearch("The library index failed (%1); searched the texts in memory.").arg(qs(found.error()));
        }
        return m_fallback.search(query, limit);
    }
    std::vector<SearchHit> hits;
    for (const store::SearchHit& h : found.value()) {
        const Article* a = m_data->article(h.articleId);
        if (!a || a->path != h.path) continue;  // the index moved on (a rescan): this analysis has no such text
        SearchHit hit;
        hit.article = h.articleId;
        std::vector<std::pair<std::size_t, std::size_t>> marks;
        for (const Span& m : h.matches)
            if (m.end <= a->text.size()) marks.emplace_back(m.start, m.end);
        if (h.span && h.span->end <= a->text.size() && !marks.empty()) {
            hit.start = h.span->start;
            hit.end = h.span->end;
            hit.snippetHtml = snippetHtml(a->text, hit.start, hit.end, marks);
        } else {
            hit.snippetHtml = markedSnippetHtml(h.snippet);
        }
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::unique_ptr<SearchBackend> makeSearchBackend(AnalysisPtr analysis, const QString& database) {
    if (!analysis) return std::make_unique<MemorySearch>(std::move(analysis));
    const std::string path = database.isEmpty()
                                 ? store::Library::defaultPathFor(std::filesystem::path(analysis->result().folder)).string()
                                 : ss(database);
    if (path == ":memory:")
        return std::make_unique<MemorySearch>(
            std::move(analysis), trSearch("The library is kept in memory only: searching the texts in memory."));
    auto library = store::Library::open(path);
    if (!library)
        return std::make_unique<MemorySearch>(
            std::move(analysis),
            trSearch("The library index cannot be opened (%1): searching the texts in memory.").arg(qs(library.error())));
    return std::make_unique<LibrarySearch>(std::move(analysis),
                                           std::make_unique<store::Library>(std::move(library).value()));
}

}  // namespace parallax::ui
