#pragma once
/// @file search.h  Full-text search over the open folder's articles, behind an interface: the library's
/// FTS5 index when it is available, else a scan of the texts in memory.
#include <QString>

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ui/analysisdata.h"

namespace parallax::store {
class Library;
}

namespace parallax::ui {

struct SearchHit {
    std::string article;
    std::size_t start = 0;  ///< byte offsets of the first match in the article text (0, 0: only the title matched)
    std::size_t end = 0;
    QString snippetHtml;    ///< escaped text around the match, matches in <b>
};

/// Searches one analysis. search() may run on a worker thread (the panel keeps the GUI thread free), so an
/// implementation must be safe to call from any one thread at a time while notice() is read on another.
class SearchBackend {
public:
    virtual ~SearchBackend() = default;
    /// Best hits first, at most `limit`.
    [[nodiscard]] virtual std::vector<SearchHit> search(const QString& query, int limit) = 0;
    /// What the panel should say about how it searches (e.g. why the index is not used); empty when all is well.
    [[nodiscard]] virtual QString notice() const { return {}; }
};

/// Case-insensitive (ASCII folding) scan for every word of the query; ranks articles by the number of
/// matches. The fallback when the library cannot be opened.
class MemorySearch : public SearchBackend {
public:
    explicit MemorySearch(AnalysisPtr analysis, QString notice = {});
    [[nodiscard]] std::vector<SearchHit> search(const QString& query, int limit) override;
    [[nodiscard]] QString notice() const override { return m_notice; }

private:
    AnalysisPtr m_data;
    QString m_notice;
};

/// The library's FTS5 index (store::Library::search: words ANDed, "phrases", bm25 ranking, Chinese and Japanese
/// by substring). Hits of articles the analysis does not hold are dropped; the first search makes sure the index
/// holds the analysis's articles (a no-op after the pipeline indexed them). When a query fails in SQLite the texts
/// are scanned in memory instead, and notice() says so.
class LibrarySearch : public SearchBackend {
public:
    LibrarySearch(AnalysisPtr analysis, std::unique_ptr<store::Library> library);
    ~LibrarySearch() override;
    [[nodiscard]] std::vector<SearchHit> search(const QString& query, int limit) override;
    [[nodiscard]] QString notice() const override;

private:
    AnalysisPtr m_data;
    std::unique_ptr<store::Library> m_library;
    MemorySearch m_fallback;
    mutable std::mutex m_mutex;  // guards m_synced and m_notice
    bool m_synced = false;
    QString m_notice;
};

/// The backend the window uses for the open folder: the library's FTS5 index at `database` when it can be
/// opened (empty = the folder's default library), else a scan of the texts in memory whose notice() says why.
[[nodiscard]] std::unique_ptr<SearchBackend> makeSearchBackend(AnalysisPtr analysis, const QString& database);

/// Escaped snippet of `text` around [start, end) with every listed byte range in <b>.
[[nodiscard]] QString snippetHtml(const std::string& text, std::size_t start, std::size_t end,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& marks);

/// A snippet marked by the store (store::kMatchBegin / kMatchEnd) as escaped HTML with the matches in <b>.
[[nodiscard]] QString markedSnippetHtml(const std::string& marked);

}  // namespace parallax::ui
