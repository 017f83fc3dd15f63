#include "ui/views/articlecolumn.h"

#include <QFile>
#include <algorithm>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include "ui/colors.h"

namespace parallax::ui {
namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

// The original file is shown as saved, capped so a huge file cannot stall the GUI thread.
constexpr qint64 kMaxOriginalBytes = 2 * 1024 * 1024;

}  // namespace

ArticleColumn::ArticleColumn(const QString& articleId, const QString& title, const QString& meta, const QString& path,
                             QWidget* parent)
    : QFrame(parent), m_articleId(articleId), m_path(path) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("column:") + articleId);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(title.toHtmlEscaped().prepend(QStringLiteral("<b>")).append(QStringLiteral("</b>")), this);
    m_title->setWordWrap(true);
    m_title->setToolTip(path);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    auto* left = toolButton(QStringLiteral("◀"), tr("Move this column left"), this);
    auto* right = toolButton(QStringLiteral("▶"), tr("Move this column right"), this);
    m_originalButton = toolButton(tr("Original"), tr("Show the file as saved instead of the cleaned text"), this);
    m_originalButton->setCheckable(true);
    auto* hide = toolButton(QStringLiteral("✕"), tr("Hide this column (Columns menu brings it back)"), this);
    for (auto* b : {left, right, m_originalButton, hide}) header->addWidget(b, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_meta = new QLabel(meta, this);
    m_meta->setWordWrap(true);
    layout->addWidget(m_meta);

    m_text = new QTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    m_text->document()->setDocumentMargin(8);
    layout->addWidget(m_text, 1);

    connect(left, &QToolButton::clicked, this, [this] { emit moveRequested(m_articleId, -1); });
    connect(right, &QToolButton::clicked, this, [this] { emit moveRequested(m_articleId, +1); });
    connect(hide, &QToolButton::clicked, this, [this] { emit hideRequested(m_articleId); });
    connect(m_originalButton, &QToolButton::toggled, this, &ArticleColumn::setShowOriginal);
}

QScrollBar* ArticleColumn::verticalScrollBar() const { return m_text->verticalScrollBar(); }

void ArticleColumn::load(std::shared_ptr<const TextMap> map, std::vector<Mark> marks) {
    m_map = std::move(map);
    m_marks = std::move(marks);
    showText();
}

void ArticleColumn::showText() {
    if (m_original) {
        QFile f(m_path);
        QString raw = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(kMaxOriginalBytes))
                                                  : tr("The original file %1 cannot be read.").arg(m_path);
        m_text->setPlainText(raw);
        m_text->setExtraSelections({});
        return;
    }
    m_text->setPlainText(m_map ? m_map->text() : QString());
    applyMarks();
}

void ArticleColumn::setShowOriginal(bool original) {
    if (original == m_original) return;
    m_original = original;
    {
        const QSignalBlocker block(m_originalButton);
        m_originalButton->setChecked(original);
    }
    if (m_map) showText();
}

void ArticleColumn::setActive(const QString& groupId, const QString& conflictId) {
    if (groupId == m_activeGroup && conflictId == m_activeConflict) return;
    m_activeGroup = groupId;
    m_activeConflict = conflictId;
    if (m_map && !m_original) applyMarks();
}

void ArticleColumn::applyMarks() {
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    auto add = [&](int from, int to, const QTextCharFormat& fmt) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(from);
        sel.cursor.setPosition(to, QTextCursor::KeepAnchor);
        sel.format = fmt;
        selections.append(sel);
    };
    // Groups first, conflicts on top: a conflict's underline must survive its passage's background.
    for (const Mark& m : m_marks) {
        if (m.kind != Mark::Kind::Group) continue;
        QTextCharFormat fmt;
        fmt.setBackground(m.colour);
        if (m.id == m_activeGroup) {
            fmt.setFontWeight(QFont::DemiBold);
            fmt.setBackground(m.colour.darker(colors::isDark(pal) ? 70 : 112));
        }
        add(m.from, m.to, fmt);
    }
    for (const Mark& m : m_marks) {
        if (m.kind != Mark::Kind::Conflict) continue;
        QTextCharFormat fmt;
        fmt.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        fmt.setUnderlineColor(colors::conflictUnderline(pal));
        if (m.id == m_activeConflict) {
            fmt.setBackground(m.colour);
            fmt.setFontWeight(QFont::Bold);
        }
        add(m.from, m.to, fmt);
    }
    if (m_flashFrom >= 0) {
        QTextCharFormat fmt;
        fmt.setBackground(pal.color(QPalette::Highlight));
        fmt.setForeground(pal.color(QPalette::HighlightedText));
        add(m_flashFrom, m_flashTo, fmt);
    }
    m_text->setExtraSelections(selections);
}

const Mark* ArticleColumn::markAt(int pos, Mark::Kind kind) const {
    const Mark* best = nullptr;
    for (const Mark& m : m_marks)
        if (m.kind == kind && m.from <= pos && pos < m.to && (!best || m.to - m.from < best->to - best->from)) best = &m;
    return best;
}

bool ArticleColumn::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_text->viewport() || !m_map || m_original) return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(event);
        const int pos = m_text->cursorForPosition(he->pos()).position();
        QStringList tips;
        if (const Mark* c = markAt(pos, Mark::Kind::Conflict)) tips << c->tip;
        if (const Mark* g = markAt(pos, Mark::Kind::Group)) tips << g->tip;
        if (tips.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(he->globalPos(), tips.join(QStringLiteral("\n\n")), m_text->viewport());
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        auto* me = static_cast<QMouseEvent*>(event);
        if (me->button() != Qt::LeftButton || m_text->textCursor().hasSelection()) return false;
        const int pos = m_text->cursorForPosition(me->position().toPoint()).position();
        if (const Mark* c = markAt(pos, Mark::Kind::Conflict)) emit conflictClicked(c->id);
        if (const Mark* g = markAt(pos, Mark::Kind::Group)) emit passageClicked(m_articleId, g->id, me->position().toPoint().y());
    }
    return QFrame::eventFilter(watched, event);
}

QRect ArticleColumn::positionRect(int pos) const {
    QTextCursor c(m_text->document());
    c.setPosition(std::clamp(pos, 0, m_text->document()->characterCount() - 1));
    return m_text->cursorRect(c);
}

void ArticleColumn::scrollToRange(int from, int to, int viewportY) {
    (void)to;
    if (viewportY < 0) viewportY = m_text->viewport()->height() / 4;
    QScrollBar* bar = verticalScrollBar();
    bar->setValue(bar->value() + positionRect(from).top() - viewportY);
}

bool ArticleColumn::isRangeVisible(int from, int to) const {
    const QRect view = m_text->viewport()->rect();
    const QRect a = positionRect(from);
    const QRect b = positionRect(std::max(from, to - 1));
    return view.intersects(a) || view.intersects(b);
}

void ArticleColumn::flashRange(int from, int to) {
    m_flashFrom = from;
    m_flashTo = to;
    if (m_map && !m_original) applyMarks();
}

}  // namespace parallax::ui
