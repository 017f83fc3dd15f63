#include "ui/views/articlecolumn.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/ingest/decode.h"
#include "ui/analysisdata.h"
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

// The file as saved, decoded with the encoding the pipeline recorded for it (ingest::decodeToUtf8 re-checks
// it against the bytes exactly as the readers did), so a windows-1252 or GB18030 file reads as it was read.
QString readOriginal(const QString& path, const QString& encoding) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return ArticleColumn::tr("The original file %1 cannot be read.").arg(path);
    QByteArray bytes = f.read(kMaxOriginalBytes);
    const bool truncated = !f.atEnd();
    const bool wide = encoding.startsWith(QStringLiteral("UTF-16")) || encoding.startsWith(QStringLiteral("UTF-32"));
    if (truncated && !wide) {
        // Cut at a line end so the cap never splits a multi-byte character (and fails a strict decode).
        const qsizetype eol = bytes.lastIndexOf('\n');
        if (eol > 0) bytes.truncate(eol + 1);
    }
    if (bytes.isEmpty()) return {};
    const std::optional<std::string> declared =
        encoding.isEmpty() ? std::nullopt : std::optional<std::string>(encoding.toStdString());
    auto decoded = ingest::decodeToUtf8(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), declared);
    if (!decoded) return ArticleColumn::tr("The original file %1 cannot be shown as text: %2.").arg(path, qs(decoded.error()));
    QString text = qs(decoded->text);
    if (truncated)
        text += QStringLiteral("\n\n") + ArticleColumn::tr("[Only the first %1 MiB of the file are shown.]").arg(kMaxOriginalBytes >> 20);
    return text;
}

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
    // Any relayout (width, font, text) moves the passages: measure them again on the next linked scroll.
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticleColumn::invalidateGeometry);
}

void ArticleColumn::setOriginalEncoding(const QString& encoding, bool text) {
    m_encoding = encoding;
    m_originalIsText = text;
    if (m_map && m_original) showText();
}

void ArticleColumn::invalidateGeometry() {
    m_passagesValid = false;
    ++m_generation;
}

void ArticleColumn::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) invalidateGeometry();
    QFrame::changeEvent(event);
}

const std::vector<PassageY>& ArticleColumn::passages() const {
    if (m_passagesValid) return m_passages;
    m_passages.clear();
    if (m_map && !m_original) {
        QTextDocument* doc = m_text->document();
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        // Document y of the top (or bottom) of the line holding `pos`; blockBoundingRect lays out up to there.
        auto lineY = [&](int pos, bool bottom) {
            const QTextBlock block = doc->findBlock(pos);
            if (!block.isValid()) return 0;
            const QRectF box = layout->blockBoundingRect(block);
            const QTextLine line = block.layout() ? block.layout()->lineForTextPosition(pos - block.position()) : QTextLine();
            if (!line.isValid()) return qRound(bottom ? box.bottom() : box.top());
            return qRound(box.top() + line.y() + (bottom ? line.height() : 0.0));
        };
        for (const Mark& m : m_marks)
            if (m.kind == Mark::Kind::Group)
                m_passages.push_back({m.id, lineY(m.from, false), lineY(std::max(m.from, m.to - 1), true)});
        std::stable_sort(m_passages.begin(), m_passages.end(),
                         [](const PassageY& a, const PassageY& b) { return a.top < b.top; });
    }
    // Measuring may have finished a lazy layout (and so invalidated): what was measured is current now.
    m_passagesValid = true;
    return m_passages;
}

QScrollBar* ArticleColumn::verticalScrollBar() const { return m_text->verticalScrollBar(); }

void ArticleColumn::setMeta(const QString& meta) { m_meta->setText(meta); }

void ArticleColumn::setMarks(std::vector<Mark> marks) {
    m_marks = std::move(marks);
    invalidateGeometry();
    if (!m_original) applyMarks();
}

void ArticleColumn::load(std::shared_ptr<const TextMap> map, std::vector<Mark> marks) {
    m_map = std::move(map);
    m_marks = std::move(marks);
    showText();
}

void ArticleColumn::showText() {
    invalidateGeometry();
    // Scroll changes while the text is swapped are not the user's: ScrollLinker ignores them (replacingText()).
    m_replacing = true;
    if (m_original) {
        m_text->setPlainText(m_originalIsText ? readOriginal(m_path, m_encoding)
                                              : tr("The original file %1 is not a text file; the cleaned text is what "
                                                   "Parallax read from it.").arg(m_path));
        m_text->setExtraSelections({});
    } else {
        m_text->setPlainText(m_map ? m_map->text() : QString());
        applyMarks();
        if (m_cleanScroll > 0) {
            // Back from the original: lay the text out now so the old position exists, and return to it.
            QTextDocument* doc = m_text->document();
            (void)doc->documentLayout()->blockBoundingRect(doc->lastBlock());
            verticalScrollBar()->setValue(m_cleanScroll);
        }
    }
    m_replacing = false;
    emit textReplaced(m_articleId);
}

void ArticleColumn::setShowOriginal(bool original) {
    if (original == m_original) return;
    m_cleanScroll = original ? verticalScrollBar()->value() : m_cleanScroll;
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
            fmt.setBackground(colors::emphasised(pal, m.colour));  // keeps 4.5:1 with the text on either palette
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

QString ArticleColumn::toolTipAt(const QPoint& viewportPos) const {
    if (!m_map || m_original) return {};
    const int pos = m_text->cursorForPosition(viewportPos).position();
    QStringList tips;
    if (const Mark* c = markAt(pos, Mark::Kind::Conflict)) tips << c->tip;
    if (const Mark* g = markAt(pos, Mark::Kind::Group)) tips << g->tip;
    return tips.join(QStringLiteral("\n\n"));
}

bool ArticleColumn::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text->viewport() && event->type() == QEvent::Resize) invalidateGeometry();
    if (watched != m_text->viewport() || !m_map || m_original) return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        auto* he = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(he->pos());
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(he->globalPos(), tip, m_text->viewport());
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
