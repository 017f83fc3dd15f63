#include "ui/views/conflictspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "core/conflict/dates.h"
#include "core/model/amount_text.h"
#include "ui/models/conflictfilter.h"
#include "ui/models/conflictmodel.h"
#include "ui/roles.h"
#include "ui/verdictbook.h"

namespace parallax::ui {

ConflictsPanel::ConflictsPanel(VerdictBook* verdicts, QWidget* parent) : QWidget(parent), m_verdicts(verdicts) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    auto* filters = new QGridLayout;
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Any severity"), -1);
    m_severity->addItem(tr("Medium and high"), static_cast<int>(Severity::Medium));
    m_severity->addItem(tr("High only"), static_cast<int>(Severity::High));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Any type"), -1);
    for (ConflictType t : {ConflictType::Date, ConflictType::Number, ConflictType::Money, ConflictType::Category,
                           ConflictType::Version, ConflictType::Role, ConflictType::Speaker, ConflictType::Stance})
        m_type->addItem(typeName(t), static_cast<int>(t));
    m_verdict = new QComboBox(this);
    m_verdict->addItem(tr("Any verdict"), -1);
    for (Verdict v : {Verdict::Open, Verdict::Confirmed, Verdict::Dismissed}) m_verdict->addItem(verdictName(v), static_cast<int>(v));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter subject, reason…"));
    m_text->setClearButtonEnabled(true);
    m_allStories = new QCheckBox(tr("All stories"), this);
    m_allStories->setToolTip(tr("List the conflicts of every story, not only the selected one"));
    filters->addWidget(m_severity, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(m_verdict, 0, 2);
    filters->addWidget(m_text, 1, 0, 1, 2);
    filters->addWidget(m_allStories, 1, 2);
    layout->addLayout(filters);

    m_model = new ConflictModel(m_verdicts, this);
    m_filter = new ConflictFilter(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);  // engine ranking (high first) until the user sorts
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ConflictModel::ReasonCol, QHeaderView::Stretch);

    m_tools = new QToolBar(this);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_evidence = new QTextBrowser(this);
    m_evidence->setOpenLinks(false);
    m_evidence->setPlaceholderText(tr("Select a conflict to see what each side says."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("conflictsSplitter"));
    split->addWidget(m_view);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_tools);
    lowerLayout->addWidget(m_evidence, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto intFilter = [](QComboBox* box, void (ConflictFilter::*set)(int), ConflictFilter* f) {
        connect(box, &QComboBox::currentIndexChanged, f, [box, set, f] { (f->*set)(box->currentData().toInt()); });
    };
    intFilter(m_severity, &ConflictFilter::setMinSeverity, m_filter);
    intFilter(m_type, &ConflictFilter::setType, m_filter);
    intFilter(m_verdict, &ConflictFilter::setVerdict, m_filter);
    connect(m_text, &QLineEdit::textChanged, m_filter, &ConflictFilter::setText);
    connect(m_allStories, &QCheckBox::toggled, this, [this](bool all) { m_filter->setStory(all ? QString() : m_story); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showEvidence();
        const QString id = currentConflict();
        if (!id.isEmpty()) emit conflictSelected(id);
    });
    connect(m_evidence, &QTextBrowser::anchorClicked, this, &ConflictsPanel::anchorClicked);
    connect(m_verdicts, &VerdictBook::changed, this, [this](const QString& id) {
        if (id == currentConflict()) showEvidence();
    });
}

void ConflictsPanel::addVerdictActions(const QList<QAction*>& actions) { m_tools->addActions(actions); }

void ConflictsPanel::setAnalysis(AnalysisPtr analysis) {
    m_data = analysis;
    m_model->setAnalysis(std::move(analysis));
    for (int c : {ConflictModel::SeverityCol, ConflictModel::TypeCol, ConflictModel::VerdictCol}) m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(ConflictModel::SubjectCol, 96);
    m_view->setColumnWidth(ConflictModel::ValuesCol, m_view->fontMetrics().horizontalAdvance(QStringLiteral("2025-03-14 ≠ 2025-03-13")) + 24);
    showEvidence();
}

void ConflictsPanel::setStory(const QString& storyId) {
    m_story = storyId;
    if (!m_allStories->isChecked()) m_filter->setStory(storyId);
}

QString ConflictsPanel::currentConflict() const { return m_view->currentIndex().data(IdRole).toString(); }

bool ConflictsPanel::selectConflict(const QString& conflictId) {
    QModelIndex src = m_model->indexOfConflict(conflictId);
    if (!src.isValid()) return false;
    QModelIndex idx = m_filter->mapFromSource(src);
    if (!idx.isValid()) {  // hidden by a filter: widen to all stories and no filters rather than refuse
        m_allStories->setChecked(true);
        m_severity->setCurrentIndex(0);
        m_type->setCurrentIndex(0);
        m_verdict->setCurrentIndex(0);
        m_text->clear();
        idx = m_filter->mapFromSource(src);
    }
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return idx.isValid();
}

bool ConflictsPanel::step(int direction) {
    const int rows = m_filter->rowCount();
    if (rows == 0) return false;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (direction > 0 ? -1 : rows);
    for (int i = 1; i <= rows; ++i) {
        const int r = ((current + direction * i) % rows + rows) % rows;
        const QModelIndex idx = m_filter->index(r, 0);
        if (idx.data(VerdictRole).toInt() == static_cast<int>(Verdict::Open)) {
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx);
            return true;
        }
    }
    return false;
}

void ConflictsPanel::showEvidence() {
    const Conflict* c = m_data ? m_data->conflict(ss(currentConflict())) : nullptr;
    if (!c) {
        m_evidence->clear();
        return;
    }
    const UserVerdict v = m_verdicts->verdict(c->id);
    QString html = QStringLiteral("<p><b>%1 · %2 · %3</b></p><p>%4</p>")
                       .arg(severityName(c->severity).toHtmlEscaped(), typeName(c->type).toHtmlEscaped(),
                            qs(c->subject).toHtmlEscaped(), qs(c->reason).toHtmlEscaped());
    if (!c->cause.empty()) html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Likely cause: %1").arg(qs(c->cause)).toHtmlEscaped());
    for (int i = 0; i < static_cast<int>(c->evidence.size()); ++i) {
        const Evidence& e = c->evidence[static_cast<std::size_t>(i)];
        const QString date = m_data->dateOf(e.article);
        html += QStringLiteral("<hr><p><b>%1</b>%2</p><blockquote>“%3”</blockquote>")
                    .arg(m_data->outletOf(e.article).toHtmlEscaped(), date.isEmpty() ? QString() : QStringLiteral(" · ") + date,
                         qs(e.text).toHtmlEscaped());
        // A normalised amount as people write it ("21 million USD", not "2.1e+07 USD").
        const std::string shown = c->type == ConflictType::Date ? conflict::describeDate(e.value) : amountInWords(e.value, 6);
        if (!e.value.empty()) html += QStringLiteral("<p>%1 <b>%2</b></p>").arg(tr("Value:"), qs(shown).toHtmlEscaped());
        QStringList links;
        if (m_data->article(e.article))
            links << QStringLiteral("<a href=\"show:%1\">%2</a>").arg(i).arg(tr("Show in text"));
        links << QStringLiteral("<a href=\"ref:%1\">%2</a>").arg(i).arg(tr("Use this as the reference"));
        html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
    }
    html += QStringLiteral("<hr><p>%1 <b>%2</b></p>").arg(tr("Verdict:"), verdictName(v.verdict));
    if (!v.note.empty()) html += QStringLiteral("<p>%1 %2</p>").arg(tr("Note:"), qs(v.note).toHtmlEscaped());
    m_evidence->setHtml(html);
}

void ConflictsPanel::anchorClicked(const QUrl& url) {
    const Conflict* c = m_data ? m_data->conflict(ss(currentConflict())) : nullptr;
    const QString s = url.toString();
    const int colon = s.indexOf(QLatin1Char(':'));
    const int i = s.mid(colon + 1).toInt();
    if (!c || colon < 0 || i < 0 || i >= static_cast<int>(c->evidence.size())) return;
    const Evidence& e = c->evidence[static_cast<std::size_t>(i)];
    if (s.startsWith(QLatin1String("show:"))) emit evidenceActivated(qs(e.article), e.span.start, e.span.end);
    if (s.startsWith(QLatin1String("ref:"))) emit referenceRequested(qs(c->id), i);
}

}  // namespace parallax::ui
