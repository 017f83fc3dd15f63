#include "ui/pdf/pdfprinter.h"

#include "ui/pdf/tableborders.h"
#include "ui/pdf/widetables.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cstdlib>
#include <memory>

namespace parallax::pdf {
namespace {

/// Qt repeats a table's header rows at the top of every page the table spans (a <thead>). That helps while the
/// header is a line or two. A table with a column per source squeezes each name into a narrow column, and its
/// header wrapped into a block that filled most of every page: one data row per page, the same header drawn
/// again on each (1,281 pages and 82 CPU seconds for 1,000 articles). So the header is repeated only when every
/// column can be at least kMinHeaderChars characters wide; a wider table shows its header once, where it starts.
void keepRepeatedHeadersShort(QTextFrame* frame, qreal bodyWidth, qreal charWidth) {
    constexpr qreal kMinHeaderChars = 12;
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            QTextTableFormat format = table->format();
            if (format.headerRowCount() > 0 && bodyWidth / table->columns() < kMinHeaderChars * charWidth) {
                format.setHeaderRowCount(0);
                table->setFormat(format);
            }
        }
        keepRepeatedHeadersShort(child, bodyWidth, charWidth);
    }
}

/// How many columns a table may have before splitWideTables splits it: the first column (what a row is about)
/// gets a quarter of the width, each other one at least kMinColumnChars characters, enough for "contradicts" on
/// two lines and a source's name in a few.
int maxColumnsAcross(qreal bodyWidth, qreal charWidth) {
    constexpr qreal kMinColumnChars = 9;
    return 1 + static_cast<int>(0.75 * bodyWidth / (kMinColumnChars * charWidth));
}

}  // namespace

std::string printHtmlToPdf(const std::string& html, const std::string& outPath, const std::string& title) {
    QPdfWriter writer(QString::fromStdString(outPath));
    writer.setTitle(QString::fromStdString(title));
    writer.setCreator(QStringLiteral("Parallax"));
    writer.setResolution(144);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 20),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) return "cannot write " + outPath;

    QTextDocument doc;
    // Noto CJK carries the Chinese and Japanese glyphs; DejaVu the rest. Qt falls back between them per glyph.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&writer);

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.35;  // room for "Page n of m"
    const QSizeF body(page.width(), page.height() - footer);
    const qreal charWidth = QFontMetricsF(font, &writer).averageCharWidth();
    doc.setHtml(QString::fromStdString(splitWideTables(html, maxColumnsAcross(body.width(), charWidth))));
    {
        // One edit block: each table format change outside one made Qt lay out the document up to that table
        // again (a whole extra layout, a fifth of the printing time for 1,000 articles).
        QTextCursor edit(&doc);
        edit.beginEditBlock();
        keepRepeatedHeadersShort(doc.rootFrame(), body.width(), charWidth);
        drawBordersSeparately(doc.rootFrame());
        edit.endEditBlock();
    }
    // Laid out once, for pages of the body's size; each page then draws only what its clip rectangle holds.
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0) writer.newPage();
        painter.save();
        painter.translate(0, -body.height() * i);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, body.height() * i, body.width(), body.height());
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 8));
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end()) return "cannot finish " + outPath;
    return {};
}

std::string printHtmlToPdfHeadless(const std::string& html, const std::string& outPath) {
    std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        if (!std::getenv("QT_QPA_PLATFORM") && !std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static int argc = 1;
        static char name[] = "parallax-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    return printHtmlToPdf(html, outPath);
}

}  // namespace parallax::pdf
