#pragma once
/// @file widetables.h  Splits an HTML table with too many columns for a page into tables of fewer columns.
#include <string>
#include <string_view>

namespace parallax::pdf {

/// Returns `html` with every table of more than `maxColumns` columns replaced by tables of at most `maxColumns`
/// columns, one after the other: each repeats the first column (what a row is about) and takes the next group of
/// the other columns, the groups as even as can be. Only the first keeps the caption; the first column of a
/// split table is given a quarter of the width. Cells are copied as they are
/// (their text stays escaped as written). A table this cannot split plainly is left as it is: cells spanning
/// rows or columns, rows of different lengths, a <colgroup> or <tfoot>, a table inside a table.
[[nodiscard]] std::string splitWideTables(std::string_view html, int maxColumns);

}  // namespace parallax::pdf
