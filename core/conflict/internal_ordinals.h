#pragma once
/// @file internal_ordinals.h  One article calling one thing the first to have something and elsewhere the second
/// (or third...) to have it: "First phone with a native satellite modem" and "the Nova 9 will be the second model
/// to feature this modem". Internal to parallax_conflict.
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

struct OrdinalSlip {
    Evidence lower;   ///< the sentence with the smaller ordinal ("first")
    Evidence higher;  ///< the sentence with the larger one ("second")
    std::string subject;
    std::string feature;  ///< the feature as the first sentence writes it ("native satellite modem")
    Finding finding;
};

/// English "[the] first|second|...|2nd <up to three words> with <feature>" or "... to <verb> <feature>" after
/// "<subject> is/was/will be/became". The subject is the one before the copula; a sentence that opens with the
/// ordinal (a list item, a headline: "First phone with ...") is about the thing the article names most. Two
/// ordinals clash when their subjects are one and their features one: the same last word ("modem"), and the
/// first's qualifying words ("satellite") named in the other sentence, so "this modem" refers back to it. Ordinals
/// of time ("the second time", "the third quarter"), ranks in a group ("one of the first"), negated ordinals and
/// pronoun subjects are not read.
[[nodiscard]] std::vector<OrdinalSlip> checkOrdinals(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
