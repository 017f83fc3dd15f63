// Collapsed table borders redrawn as separate ones; why in tableborders.h.
#include "ui/pdf/tableborders.h"

#include <QTextTable>

namespace parallax::pdf {
namespace {

void drawTableBordersSeparately(QTextTable* table) {
    QTextTableFormat format = table->format();
    if (!format.borderCollapse() || format.border() > 0) return;  // a table's own grid: left as Qt draws it
    format.setBorderCollapse(false);
    format.setCellSpacing(0);
    table->setFormat(format);
    for (int r = 0; r < table->rows(); ++r) {
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            if (cell.row() != r || cell.column() != c) continue;  // the rest of a spanning cell
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            if (c > 0) {
                cellFormat.setLeftBorder(0);
                cellFormat.setLeftBorderStyle(QTextFrameFormat::BorderStyle_None);
            }
            if (r > 0) {
                cellFormat.setTopBorder(0);
                cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_None);
            }
            cell.setFormat(cellFormat);
        }
    }
}

}  // namespace

void drawBordersSeparately(QTextFrame* frame) {
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) drawTableBordersSeparately(table);
        drawBordersSeparately(child);
    }
}

}  // namespace parallax::pdf
