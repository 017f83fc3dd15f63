#pragma once
/// @file search.h  Full-text search over the open folder's articles, behind an interface: the library's
/// FTS5 index when it is available, else a scan of the texts in memory.
#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "ui/analysisdata.h"

namespace parallax::ui {

struct SearchHit {
    std::string article;
    std::size_t start = 0;  ///< byte offsets of the first match in the article text
    std::size_t end = 0;
    QString snippetHtml;    ///< escaped text around the match, matches in <b>
};

class SearchBackend {
public:
    virtual ~SearchBackend() = default;
    [[nodiscard]] virtual std::vector<SearchHit> search(const QString& query, int limit) = 0;
};

/// Case-insensitive (ASCII folding) scan for every word of the query; ranks articles by the number of
/// matches. Fast enough for thousands of articles (a few MB of text).
class MemorySearch : public SearchBackend {
public:
    explicit MemorySearch(AnalysisPtr analysis);
    [[nodiscard]] std::vector<SearchHit> search(const QString& query, int limit) override;

private:
    AnalysisPtr m_data;
};

/// The backend the window uses for the open folder: the library's FTS5 index at `database` when it can be
/// opened (empty = the folder's default library), else a scan of the texts in memory.
[[nodiscard]] std::unique_ptr<SearchBackend> makeSearchBackend(AnalysisPtr analysis, const QString& database);

/// Escaped snippet of `text` around [start, end) with every listed byte range in <b>.
[[nodiscard]] QString snippetHtml(const std::string& text, std::size_t start, std::size_t end,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& marks);

}  // namespace parallax::ui
