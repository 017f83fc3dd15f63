#pragma once
/// @file tableborders.h  Collapsed table borders drawn as separate ones, the same grid at a fraction of the cost.
#include <QTextFrame>

namespace parallax::pdf {

/// Qt draws a collapsed border (CSS border-collapse, as in the report) by comparing each edge of each cell with
/// those of up to three neighbours, found by searches in the document, on every page: two thirds of the drawing
/// time and a third of the layout time of the 1,000-article report. Separate borders without spacing, each
/// cell keeping its own right and bottom edges and only the first column and row their left and top ones,
/// draw the same grid of single lines (for a table whose cells share one border style, as the report's do)
/// at a fraction of the cost. Done for every table in `frame` and the frames inside it, except a table
/// with a border of its own (the grid Qt draws then is left as it is). Call it inside an edit block: each cell
/// changed outside one has Qt lay the document out again.
void drawBordersSeparately(QTextFrame* frame);

}  // namespace parallax::pdf
