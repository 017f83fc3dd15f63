#include "ui/views/searchpanel.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "ui/models/searchmodel.h"
#include "ui/roles.h"
#include "ui/views/htmldelegate.h"

namespace parallax::ui {
namespace {

constexpr int kMaxHits = 100;
constexpr int kTypingPauseMs = 250;

struct Answer {
    std::vector<SearchHit> hits;
    double milliseconds = 0;
};

Answer ask(SearchBackend& backend, const QString& query) {
    QElapsedTimer clock;
    clock.start();
    Answer a;
    a.hits = backend.search(query, kMaxHits);
    a.milliseconds = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return a;
}

}  // namespace

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Search all articles: words, \"a phrase\", 芯片…"));
    m_query->setToolTip(tr("Every word must occur; quotes make a phrase; a trailing * a prefix. Down goes to the hits."));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_model = new SearchModel(this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HtmlDelegate(SnippetHtmlRole, m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    layout->addWidget(m_results, 1);
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(1);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);

    connect(m_typing, &QTimer::timeout, this, [this] { startQuery(m_query->text()); });
    connect(m_query, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_typing->stop();
            nextGeneration();
            clearResults();
        } else {
            m_typing->start();
        }
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        startQuery(m_query->text());
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& i) {
        emit hitActivated(i.data(StoryRole).toString(), i.data(ArticleRole).toString(), i.data(ByteStartRole).toULongLong(),
                          i.data(ByteEndRole).toULongLong());
    });
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
}

void SearchPanel::setBackend(AnalysisPtr analysis, std::unique_ptr<SearchBackend> backend) {
    nextGeneration();  // hits of the previous analysis must not land on this one
    m_data = std::move(analysis);
    m_backend = std::move(backend);
    const QString notice = m_backend ? m_backend->notice() : QString();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    const QString again = m_shownQuery;
    clearResults();
    if (!again.isEmpty()) startQuery(again);
}

void SearchPanel::focusQuery() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::startQuery(const QString& query) {
    if (m_query->text() != query) m_query->setText(query);
    const std::uint64_t generation = nextGeneration();
    if (!m_backend || query.trimmed().isEmpty()) {
        clearResults();
        return;
    }
    m_status->setText(tr("Searching…"));
    ++m_pending;
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation, query] {
        --m_pending;
        watcher->deleteLater();
        if (generation != m_generation) return;  // overtaken by a newer query or analysis
        Answer a = watcher->result();
        showResults(query, std::move(a.hits), a.milliseconds);
    });
    // The worker holds the backend (and through it the analysis) until it is done, whatever the panel does.
    std::shared_ptr<SearchBackend> backend = m_backend;
    watcher->setFuture(QtConcurrent::run(m_pool, [backend, query, generation, latest = m_latest] {
        return latest->load() == generation ? ask(*backend, query) : Answer{};
    }));
}

void SearchPanel::runQuery(const QString& query) {
    m_typing->stop();
    if (m_query->text() != query) m_query->setText(query);
    nextGeneration();
    if (!m_backend || query.trimmed().isEmpty()) {
        clearResults();
        return;
    }
    Answer a = ask(*m_backend, query);
    showResults(query, std::move(a.hits), a.milliseconds);
}

void SearchPanel::showResults(const QString& query, std::vector<SearchHit> hits, double milliseconds) {
    const int n = static_cast<int>(hits.size());
    m_status->setText(n == 0 ? tr("No article holds every word of “%1”.").arg(query)
                             : tr("%n article(s) found", "", n) + tr(" in %1 ms").arg(milliseconds, 0, 'f', 1) +
                                   (n >= kMaxHits ? tr(" (the best %1 shown)").arg(kMaxHits) : QString()));
    const QString notice = m_backend ? m_backend->notice() : QString();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_model->setResults(m_data, std::move(hits));
    m_shownQuery = query;
    emit resultsShown(query);
}

void SearchPanel::clearResults() {
    m_model->setResults(m_data, {});
    m_status->clear();
    m_shownQuery.clear();
}

std::uint64_t SearchPanel::nextGeneration() {
    m_latest->store(++m_generation);
    return m_generation;
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_results->setFocus(Qt::TabFocusReason);
        m_results->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace parallax::ui
