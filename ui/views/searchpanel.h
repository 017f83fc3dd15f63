#pragma once
/// @file searchpanel.h  The search dock: a query box and the hits with highlighted snippets.
#include <QWidget>

#include <atomic>
#include <cstdint>
#include <memory>

#include "ui/search.h"

class QLineEdit;
class QListView;
class QLabel;
class QThreadPool;
class QTimer;

namespace parallax::ui {

class SearchModel;

/// Typing searches as you go (after a short pause; Enter at once). Queries run on a worker thread and each
/// carries a generation: the hits of a query that a newer query or a new analysis overtook are thrown away.
/// Down moves from the box to the hits; Enter or a click on a hit shows the passage.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    /// The backend of a new analysis; a query on screen is run again against it.
    void setBackend(AnalysisPtr analysis, std::unique_ptr<SearchBackend> backend);
    /// Focuses the query box and selects its text.
    void focusQuery();
    /// Runs `query` on a worker thread and shows its hits when they arrive, unless something newer came first.
    void startQuery(const QString& query);
    /// Runs `query` now, on the calling thread, and shows its hits (for scripts and tests).
    void runQuery(const QString& query);
    /// True while a started query has not come back.
    [[nodiscard]] bool searching() const { return m_pending > 0; }
    [[nodiscard]] QLineEdit* queryBox() const { return m_query; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }
    [[nodiscard]] QLabel* noticeLabel() const { return m_notice; }
    [[nodiscard]] QListView* results() const { return m_results; }
    [[nodiscard]] SearchModel* model() const { return m_model; }

signals:
    void hitActivated(const QString& storyId, const QString& articleId, qulonglong byteStart, qulonglong byteEnd);
    /// The hits of `query` are on screen.
    void resultsShown(const QString& query);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showResults(const QString& query, std::vector<SearchHit> hits, double milliseconds);
    void clearResults();
    /// A new generation: whatever runs or waits for an older one is no longer wanted.
    std::uint64_t nextGeneration();

    QLineEdit* m_query;
    QLabel* m_status;
    QLabel* m_notice;
    QListView* m_results;
    SearchModel* m_model;
    QTimer* m_typing;
    AnalysisPtr m_data;
    std::shared_ptr<SearchBackend> m_backend;  // shared with the worker running a query
    // Its own thread: on the global pool a query would wait behind a running analysis.
    QThreadPool* m_pool;
    std::uint64_t m_generation = 0;
    // The newest generation, read by queued queries so that overtaken ones never start.
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest = std::make_shared<std::atomic<std::uint64_t>>(0);
    int m_pending = 0;
    QString m_shownQuery;
};

}  // namespace parallax::ui
