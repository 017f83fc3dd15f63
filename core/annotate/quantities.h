#pragma once
/// @file quantities.h  Numbers, money, percentages, ranges and approximations, with the interval each allows.
///
/// A quantity's [low, high] is what its wording allows: an exact figure covers its rounding
/// ("4.35 billion" is 4.345-4.355 billion), "about 560" about ±5%, "more than 12%" is (12, +inf),
/// "nearly 18%" is [16.2, 18], a range "10-15%" is [10, 15]. A conversion written beside a figure
/// ("HK$4.35 billion ($840 million)") points back at the figure through Quantity::convertedFrom.
#include <string_view>
#include <vector>

#include "core/annotate/scan.h"
#include "core/model/annotation.h"

namespace parallax::annotate {

/// All quantities in `text`; numbers inside `exclude` spans (dates, product names) are skipped.
[[nodiscard]] std::vector<Quantity> findQuantities(std::string_view text, const std::vector<Span>& exclude = {});
/// The same, on `toks` = scanTokens(text), which the annotator scans once for entities and quantities.
[[nodiscard]] std::vector<Quantity> findQuantities(std::string_view text, const std::vector<Tok>& toks,
                                                   const std::vector<Span>& exclude);

}  // namespace parallax::annotate
