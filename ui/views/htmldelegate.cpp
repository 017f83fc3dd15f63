#include "ui/views/htmldelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include "ui/colors.h"

namespace parallax::ui {
namespace {
void setUp(QTextDocument& doc, const QStyleOptionViewItem& option, const QString& html) {
    doc.setDefaultFont(option.font);
    // Matched words get a tint from the palette (bold alone is hard to spot in a long snippet); a selected row
    // keeps the selection colours, on which a tint would be unreadable.
    if (!(option.state & QStyle::State_Selected))
        doc.setDefaultStyleSheet(
            QStringLiteral("b { background-color: %1; }").arg(colors::matchBackground(option.palette).name()));
    doc.setDocumentMargin(3);
    doc.setHtml(html);
    doc.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 400);
}
}  // namespace

HtmlDelegate::HtmlDelegate(int role, QObject* parent) : QStyledItemDelegate(parent), m_role(role) {}

void HtmlDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString html = index.data(m_role).toString();
    if (html.isEmpty()) return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* w = opt.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    QTextDocument doc;
    setUp(doc, opt, html);
    QAbstractTextDocumentLayout::PaintContext ctx;
    const bool selected = opt.state & QStyle::State_Selected;
    ctx.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize HtmlDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString html = index.data(m_role).toString();
    if (html.isEmpty()) return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    setUp(doc, option, html);
    return {static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height())};
}

}  // namespace parallax::ui
