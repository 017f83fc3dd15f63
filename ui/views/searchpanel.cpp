#include "ui/views/searchpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include "ui/models/searchmodel.h"
#include "ui/roles.h"
#include "ui/views/htmldelegate.h"

namespace parallax::ui {
namespace {
constexpr int kMaxHits = 200;
}

SearchPanel::SearchPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Search all articles (Enter)"));
    m_query->setClearButtonEnabled(true);
    layout->addWidget(m_query);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    m_model = new SearchModel(this);
    m_results = new QListView(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HtmlDelegate(SnippetHtmlRole, m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { runQuery(m_query->text()); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& i) {
        emit hitActivated(i.data(StoryRole).toString(), i.data(ArticleRole).toString(), i.data(ByteStartRole).toULongLong(),
                          i.data(ByteEndRole).toULongLong());
    });
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
}

void SearchPanel::setBackend(AnalysisPtr analysis, std::unique_ptr<SearchBackend> backend) {
    m_data = std::move(analysis);
    m_backend = std::move(backend);
    m_model->setResults(m_data, {});
    m_status->clear();
}

void SearchPanel::focusQuery() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPanel::runQuery(const QString& query) {
    if (m_query->text() != query) m_query->setText(query);
    if (!m_backend) return;
    auto hits = m_backend->search(query, kMaxHits);
    m_status->setText(tr("%n article(s) found", "", static_cast<int>(hits.size())));
    m_model->setResults(m_data, std::move(hits));
}

}  // namespace parallax::ui
