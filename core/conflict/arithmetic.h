#pragma once
/// @file arithmetic.h  Arithmetic inside one article that does not add up: a percentage move against the base
/// it is a move from ("a 16.4% gain on the HK$263 offer price" cannot end at HK$306.6). Internal.
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

/// One slip: the sentence with the move and its result, the base it was measured from, and why.
struct ArithmeticSlip {
    Span move;        ///< the sentence (or clause) with "rose X% to Y"
    Span base;        ///< the sentence giving the base figure
    std::string subject;
    std::string expected;  ///< what the move gives, in words ("about HK$306.1")
    std::string written;   ///< the result as written
    Finding finding;
};

/// Percentage moves "to" a figure checked against the article's offer or issue price in the same currency.
[[nodiscard]] std::vector<ArithmeticSlip> checkPercentMoves(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
