#include "ui/views/comparisonview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/colors.h"
#include "ui/models/conflictmodel.h"

namespace parallax::ui {
namespace {
constexpr int kMinColumnWidth = 360;
constexpr int kMaxColumns = 40;
}

ComparisonView::ComparisonView(QWidget* parent) : QWidget(parent), m_linker(new ScrollLinker(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Show or hide the articles of this story"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu = new QMenu(m_columnsButton);
    m_columnsButton->setMenu(m_columnsMenu);
    top->addWidget(m_columnsButton);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_strip = new QWidget(m_scroll);
    m_stripLayout = new QHBoxLayout(m_strip);
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout->setSpacing(4);
    m_placeholder = new QLabel(tr("Pick a story on the left to compare its articles side by side."), m_strip);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stripLayout->addWidget(m_placeholder);
    m_scroll->setWidget(m_strip);
    layout->addWidget(m_scroll, 1);
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ComparisonView::loadVisibleColumns);
    m_strip->installEventFilter(this);
}

void ComparisonView::setAnalysis(AnalysisPtr analysis) {
    m_data = std::move(analysis);
    // The finished analysis usually follows the provisional one for the same story: rebuilding and laying out
    // tens of columns again would stall the GUI thread for ~100 ms, so the columns stay and get new marks.
    if (refreshColumns()) return;
    m_maps.clear();
    const QString keep = m_story;
    m_story.clear();
    setStory(keep);
}

bool ComparisonView::refreshColumns() {
    const Story* story = m_data && !m_story.isEmpty() ? m_data->story(ss(m_story)) : nullptr;
    if (!story || m_columns.empty()) return false;
    std::vector<QString> wanted;
    for (const auto& id : story->articles) {
        if (static_cast<int>(wanted.size()) >= kMaxColumns) break;
        if (m_data->article(id)) wanted.push_back(qs(id));
    }
    // Columns still waiting to be made count as had: a finished analysis that comes while they are being added
    // keeps the columns already shown (rebuilding them raced with the batches and replaced every widget).
    std::vector<QString> have;
    for (ArticleColumn* c : m_columns) have.push_back(c->articleId());
    for (const std::string& id : m_pending) have.push_back(qs(id));
    std::sort(wanted.begin(), wanted.end());
    std::sort(have.begin(), have.end());
    if (wanted != have) return false;
    flushPendingColumns();
    for (ArticleColumn* c : m_columns) {
        const Article* a = m_data->article(ss(c->articleId()));
        if (!a || (c->textMap() && c->textMap()->text() != qs(a->text))) return false;  // the text itself changed
    }
    m_title->setText(titleOf(*story));
    for (ArticleColumn* c : m_columns) {
        const std::string id = ss(c->articleId());
        c->setMeta(metaOf(id));
        if (!c->loaded()) continue;
        c->setMarks(marksFor(id, *c->textMap()));  // same text, so the same position map
        c->setActive(m_activeGroup, m_activeConflict);
    }
    rebuildColumnsMenu();
    return true;
}

QString ComparisonView::titleOf(const Story& story) const {
    const int conflicts = static_cast<int>(m_data->conflictsOfStory(story.id).size());
    const QString count = m_data->provisional() ? tr("comparing…") : tr("%n conflict(s)", "", conflicts);
    return QStringLiteral("<b>%1</b> — %2, %3")
        .arg(qs(story.label).toHtmlEscaped(), tr("%n article(s)", "", static_cast<int>(story.articles.size())), count);
}

QString ComparisonView::metaOf(const std::string& id) const {
    const Article* a = m_data->article(id);
    QStringList meta{m_data->outletOf(id)};
    if (!m_data->dateOf(id).isEmpty()) meta << m_data->dateOf(id);
    if (a && !a->byline.empty()) meta << qs(a->byline);
    const int n = m_data->conflictCountOfArticle(id);
    if (n > 0) meta << tr("%n conflict(s)", "", n);
    return meta.join(QStringLiteral(" · "));
}

void ComparisonView::bringIntoView(ArticleColumn* column) {
    QScrollBar* bar = m_scroll->horizontalScrollBar();
    const int left = bar->value();
    const int width = m_scroll->viewport()->width();
    if (column->x() >= left && column->x() + column->width() <= left + width) return;
    int target = column->x();
    if (column->x() > left) {
        // Right of the view: the first column edge from which the whole column shows (or the column itself).
        for (ArticleColumn* c : m_columns)
            if (!c->isHidden() && c->x() <= column->x() && c->x() + width >= column->x() + column->width()) {
                target = c->x();
                break;
            }
    }
    bar->setValue(std::clamp(target, bar->minimum(), bar->maximum()));
}

void ComparisonView::setLinkedScrolling(bool linked) { m_linker->setEnabled(linked); }

void ComparisonView::clearColumns() {
    m_pending.clear();
    ++m_batch;
    m_linker->setColumns({});
    for (ArticleColumn* c : m_columns) {
        m_stripLayout->removeWidget(c);
        c->deleteLater();
    }
    m_columns.clear();
    m_activeGroup.clear();
    m_activeConflict.clear();
}

void ComparisonView::setStory(const QString& storyId) {
    if (storyId == m_story && !m_columns.empty()) return;
    clearColumns();
    m_story = storyId;
    const Story* story = m_data && !storyId.isEmpty() ? m_data->story(ss(storyId)) : nullptr;
    m_placeholder->setVisible(!story);
    m_strip->setMinimumWidth(0);
    if (!story) {
        m_title->clear();
        rebuildColumnsMenu();
        return;
    }
    m_title->setText(titleOf(*story));
    // Columns are shells whose text is set only when they become visible (see loadVisibleColumns). Still,
    // creating and laying out tens of them costs ~4 ms each, so the ones that fill the view are made now and
    // the rest a few per event-loop turn. A story of hundreds of articles shows its first kMaxColumns.
    std::vector<std::string> ids;
    for (const auto& id : story->articles) {
        if (static_cast<int>(ids.size()) >= kMaxColumns) break;
        if (m_data->article(id)) ids.push_back(id);
    }
    const std::size_t now = std::min(ids.size(), static_cast<std::size_t>(m_scroll->viewport()->width() / kMinColumnWidth + 2));
    for (std::size_t i = 0; i < now; ++i) addColumn(ids[i]);
    m_pending.assign(ids.begin() + static_cast<std::ptrdiff_t>(now), ids.end());
    m_linker->setColumns(m_columns);
    rebuildColumnsMenu();
    m_scroll->horizontalScrollBar()->setValue(0);
    layoutNow();
    loadVisibleColumns();
    if (!m_pending.empty()) QTimer::singleShot(0, this, [this, gen = m_batch] { addPendingColumns(gen, 4); });
}

void ComparisonView::addColumn(const std::string& id) {
    const Article* a = m_data->article(id);
    auto* col = new ArticleColumn(qs(id), a->title.empty() ? qs(id) : qs(a->title), metaOf(id), qs(a->path), m_strip);
    col->setMinimumWidth(kMinColumnWidth);  // fitted to the view by fitColumnWidths()
    col->setShowOriginal(m_original);
    col->setOriginalEncoding(qs(a->encoding), a->format != SourceFormat::Pdf);
    connect(col, &ArticleColumn::passageClicked, this,
            [this](const QString& article, const QString& group, int y) { showGroup(group, article, y); });
    connect(col, &ArticleColumn::conflictClicked, this, &ComparisonView::conflictActivated);
    connect(col, &ArticleColumn::moveRequested, this, &ComparisonView::moveColumn);
    connect(col, &ArticleColumn::textReplaced, this, [this, col] { m_linker->follow(col); });
    connect(col, &ArticleColumn::hideRequested, this, [this](const QString& article) { setColumnHidden(article, true); });
    m_stripLayout->addWidget(col, 1);
    m_columns.push_back(col);
}

void ComparisonView::addPendingColumns(quint64 batch, std::size_t count) {
    if (batch != m_batch || m_pending.empty()) return;  // another story was shown meanwhile
    const std::size_t n = std::min(count, m_pending.size());
    for (std::size_t i = 0; i < n; ++i) addColumn(m_pending[i]);
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(n));
    m_linker->setColumns(m_columns);
    rebuildColumnsMenu();
    layoutNow();
    if (!m_pending.empty()) QTimer::singleShot(0, this, [this, batch] { addPendingColumns(batch, 4); });
}

void ComparisonView::flushPendingColumns() {
    if (!m_pending.empty()) addPendingColumns(m_batch, m_pending.size());
}

void ComparisonView::layoutNow() {
    // New columns would only get their size on the next layout pass; scrolling to a passage needs real
    // geometry now (a conflict is often selected right after its story), so lay the strip out at once.
    for (ArticleColumn* c : m_columns)
        if (!c->isHidden() || !c->testAttribute(Qt::WA_WState_ExplicitShowHide)) c->setVisible(true);
    fitColumnWidths();
    const QSize view = m_scroll->viewport()->size();
    m_strip->resize(std::max(view.width(), m_stripLayout->minimumSize().width()), view.height());
    m_stripLayout->activate();
}

bool ComparisonView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_strip && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        QTimer::singleShot(0, this, &ComparisonView::loadVisibleColumns);
    return QWidget::eventFilter(watched, event);
}

std::vector<Mark> ComparisonView::marksFor(const std::string& articleId, const TextMap& map) const {
    std::vector<Mark> marks;
    const std::string story = ss(m_story);
    const int groupCount = static_cast<int>(m_data->groupsOfStory(story).size());
    for (int gi : m_data->groupsOfStory(story)) {
        const Group& g = m_data->result().groups[static_cast<std::size_t>(gi)];
        for (const auto& m : g.members) {
            if (m.article != articleId) continue;
            auto [from, to] = map.range(m.span);
            const int idx = m_data->groupIndexInStory(g.id);
            const QString label = qs(g.label.empty() ? m.text : g.label);
            marks.push_back({Mark::Kind::Group, from, to, qs(g.id),
                             tr("Passage %1 of %2, said by %n source(s): %3", "", static_cast<int>(g.members.size()))
                                 .arg(idx + 1)
                                 .arg(groupCount)
                                 .arg(label.left(160)),
                             colors::groupBackground(palette(), idx)});
        }
    }
    for (int ci : m_data->conflictsOfStory(story)) {
        const Conflict& c = m_data->result().conflicts[static_cast<std::size_t>(ci)];
        for (const auto& e : c.evidence) {
            if (e.article != articleId) continue;
            auto [from, to] = map.range(e.span);
            QString tip = QStringLiteral("%1 %2 conflict: %3").arg(severityName(c.severity), typeName(c.type).toLower(), qs(c.reason));
            if (!c.cause.empty()) tip += QStringLiteral("\n") + tr("Likely cause: %1").arg(qs(c.cause));
            marks.push_back({Mark::Kind::Conflict, from, to, qs(c.id), tip, colors::severityBackground(palette(), c.severity)});
        }
    }
    return marks;
}

void ComparisonView::ensureLoaded(ArticleColumn* column) {
    if (column->loaded() || !m_data) return;
    const Article* a = m_data->article(ss(column->articleId()));
    if (!a) return;
    auto& map = m_maps[column->articleId()];
    if (!map) map = std::make_shared<const TextMap>(a->text);
    column->load(map, marksFor(a->id, *map));
    column->setActive(m_activeGroup, m_activeConflict);
    // load() emitted textReplaced: a column scrolled into view has joined the others' linked position.
}

std::pair<int, int> ComparisonView::rangeOf(const QString& articleId, const Span& span) {
    flushPendingColumns();
    ArticleColumn* c = column(articleId);
    if (!c) return {0, 0};
    ensureLoaded(c);
    return c->textMap() ? c->textMap()->range(span) : std::pair<int, int>{0, 0};
}

void ComparisonView::loadVisibleColumns() {
    // Only the horizontal extent matters: before the first layout pass the strip may still be 0 px high.
    const int left = m_scroll->horizontalScrollBar()->value();
    const int right = left + std::max(1, m_scroll->viewport()->width());
    for (ArticleColumn* c : m_columns)
        if (!c->isHidden() && c->x() < right && c->x() + std::max(1, c->width()) > left) ensureLoaded(c);
}

void ComparisonView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumnWidths();
    loadVisibleColumns();
}

void ComparisonView::fitColumnWidths() {
    // When the columns do not all fit, k of them fill the view exactly, so every sideways position a column
    // can be brought to (including the far end) starts at a column's edge and no column shows cut in half.
    const int spacing = m_stripLayout->spacing();
    const int view = m_scroll->viewport()->width();
    const int visible = static_cast<int>(std::count_if(m_columns.begin(), m_columns.end(), [](ArticleColumn* c) {
        return !c->isHidden() || !c->testAttribute(Qt::WA_WState_ExplicitShowHide);
    }));
    const int k = std::max(1, (view + spacing) / (kMinColumnWidth + spacing));
    const int width = visible > k ? std::max(kMinColumnWidth, (view - spacing * (k - 1)) / k) : kMinColumnWidth;
    for (ArticleColumn* c : m_columns)
        if (c->minimumWidth() != width) c->setMinimumWidth(width);
}

ArticleColumn* ComparisonView::column(const QString& articleId) const {
    for (ArticleColumn* c : m_columns)
        if (c->articleId() == articleId) return c;
    return nullptr;
}

void ComparisonView::setShowOriginal(bool original) {
    m_original = original;
    for (ArticleColumn* c : m_columns) c->setShowOriginal(original);
}

void ComparisonView::setColumnHidden(const QString& articleId, bool hidden) {
    ArticleColumn* c = column(articleId);
    if (!c) return;
    const bool reappears = c->isHidden() && !hidden;
    c->setVisible(!hidden);
    layoutNow();  // the other columns change width now, so a linked column can be aligned at once
    // Update the menu entry in place: this may run inside that entry's own toggled() signal, where
    // rebuilding the menu would delete the action that is still emitting.
    if (auto it = m_columnActions.find(articleId); it != m_columnActions.end()) {
        const QSignalBlocker block(it->second);
        it->second->setChecked(!hidden);
    }
    loadVisibleColumns();
    if (reappears) m_linker->follow(c);
}

void ComparisonView::moveColumn(const QString& articleId, int delta) {
    auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](ArticleColumn* c) { return c->articleId() == articleId; });
    if (it == m_columns.end()) return;
    const int from = static_cast<int>(it - m_columns.begin());
    const int to = std::clamp(from + delta, 0, static_cast<int>(m_columns.size()) - 1);
    if (from == to) return;
    ArticleColumn* c = *it;
    m_columns.erase(it);
    m_columns.insert(m_columns.begin() + to, c);
    m_stripLayout->removeWidget(c);
    m_stripLayout->insertWidget(to + 1, c, 1);  // +1: the placeholder label stays first
    rebuildColumnsMenu();
    loadVisibleColumns();
}

void ComparisonView::rebuildColumnsMenu() {
    m_columnsMenu->clear();
    m_columnActions.clear();
    for (ArticleColumn* c : m_columns) {
        const QString id = c->articleId();
        QAction* act = m_columnsMenu->addAction(m_data ? m_data->outletOf(ss(id)) + QStringLiteral(" — ") + id : id);
        act->setCheckable(true);
        act->setChecked(!c->isHidden());
        connect(act, &QAction::toggled, this, [this, id](bool on) { setColumnHidden(id, !on); });
        m_columnActions[id] = act;
    }
    m_columnsButton->setEnabled(!m_columns.empty());
}

void ComparisonView::showGroup(const QString& groupId, const QString& fromArticle, int viewportY) {
    const Group* g = m_data ? m_data->group(ss(groupId)) : nullptr;
    if (!g) return;
    flushPendingColumns();
    m_activeGroup = groupId;
    const ScrollLinker::Suspend jump(*m_linker);  // aligning counterparts is a jump, not a linked scroll
    // Line the counterparts up with the top of the clicked passage (rather than the click's y) when it is in view.
    if (ArticleColumn* source = column(fromArticle); source && source->loaded())
        for (const auto& m : g->members)
            if (qs(m.article) == fromArticle) {
                const int top = source->positionRect(source->textMap()->range(m.span).first).top();
                if (top >= 0 && top < source->editor()->viewport()->height()) viewportY = top;
                break;
            }
    for (ArticleColumn* c : m_columns) {
        if (c->loaded()) c->setActive(m_activeGroup, m_activeConflict);
        if (c->articleId() == fromArticle || c->isHidden()) continue;
        for (const auto& m : g->members)
            if (qs(m.article) == c->articleId()) {
                ensureLoaded(c);
                auto [from, to] = c->textMap()->range(m.span);
                c->scrollToRange(from, to, viewportY);
            }
    }
    emit groupActivated(groupId);
}

void ComparisonView::showConflict(const QString& conflictId) {
    const Conflict* conflict = m_data ? m_data->conflict(ss(conflictId)) : nullptr;
    if (!conflict) return;
    if (qs(conflict->story) != m_story) setStory(qs(conflict->story));
    flushPendingColumns();  // its evidence may sit in a column not made yet
    m_activeConflict = conflictId;
    for (ArticleColumn* c : m_columns)
        if (c->loaded()) c->setActive(m_activeGroup, m_activeConflict);
    const ScrollLinker::Suspend jump(*m_linker);
    bool first = true;
    QSet<QString> shown;  // an article's first evidence is its most specific: later sentences must not scroll it away
    for (const auto& e : conflict->evidence) {
        ArticleColumn* c = column(qs(e.article));
        if (!c || c->isHidden() || shown.contains(qs(e.article))) continue;
        shown.insert(qs(e.article));
        ensureLoaded(c);
        if (first) bringIntoView(c);
        first = false;
        auto [from, to] = c->textMap()->range(e.span);
        c->setActive(m_activeGroup, m_activeConflict);
        c->scrollToRange(from, to);
    }
}

void ComparisonView::showPassage(const QString& articleId, std::size_t byteStart, std::size_t byteEnd) {
    flushPendingColumns();
    ArticleColumn* c = column(articleId);
    if (!c) return;
    if (c->isHidden()) setColumnHidden(articleId, false);
    bringIntoView(c);
    ensureLoaded(c);
    auto [from, to] = c->textMap()->range(Span{byteStart, byteEnd});
    c->flashRange(from, to);
    c->scrollToRange(from, to);
}

}  // namespace parallax::ui
