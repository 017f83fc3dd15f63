#include "ui/search.h"

#include <QStringList>

#include <algorithm>
#include <cctype>

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

MemorySearch::MemorySearch(AnalysisPtr analysis) : m_data(std::move(analysis)) {}

std::vector<SearchHit> MemorySearch::search(const QString& query, int limit) {
    std::vector<std::string> words;
    for (const QString& w : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        std::string s = ss(w);
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

std::unique_ptr<SearchBackend> makeSearchBackend(AnalysisPtr analysis, const QString& database) {
    (void)database;  // the FTS5 backend is not wired yet
    return std::make_unique<MemorySearch>(std::move(analysis));
}

}  // namespace parallax::ui
