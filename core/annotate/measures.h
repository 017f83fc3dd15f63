#pragma once
/// @file measures.h  The measure lexicon (resources/knowledge/measures.tsv) and the dimensions of units
/// (unit-dimensions.tsv): what a figure that is not money is a figure OF, and how units convert.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/claims_lexicon.h"

namespace parallax::annotate {

/// One line of measures.tsv.
struct MeasureInfo {
    std::string name;       ///< "passengers", "depth"
    std::string dimension;  ///< "count", "length", "speed" ...
    bool moves = false;     ///< the value changes over time (a death toll)
    bool spec = false;      ///< a product's specification: only figures that name their product compare
    std::vector<std::string> zh;  ///< Chinese forms, longest first
};

/// A unit's dimension and size in the dimension's base unit ("ft" -> {length, 0.3048}).
struct UnitDimension {
    std::string dimension;
    double factor = 1;
};

struct MeasureLexicon {
    std::vector<MeasureInfo> measures;
    PhraseTable after;   ///< words after a figure; payload: index into measures
    PhraseTable before;  ///< words ending just before a figure; payload: index into measures
    /// The unit's dimension; nullopt for a unit without one (a currency, "%", a count word).
    [[nodiscard]] std::optional<UnitDimension> dimensionOf(std::string_view unit) const;
    /// A measure by name; nullptr when unknown.
    [[nodiscard]] const MeasureInfo* find(std::string_view name) const;

    std::vector<std::pair<std::string, UnitDimension>> units;
};

[[nodiscard]] const MeasureLexicon& measureLexicon();

}  // namespace parallax::annotate
