#pragma once
/// @file name_spellings.h  One person, two spellings, in one article: "communications manager Dan Hut said"
/// and later "… Hoot added". Internal to parallax_conflict.
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

struct NameSlip {
    Span introduced;   ///< the sentence that introduces the full name
    Span variant;      ///< the sentence with the other spelling
    std::string full;  ///< "Dan Hut"
    std::string other; ///< "Hoot"
    Finding finding;
};

/// People whose surname is later written in a form that is one or two letters away from the introduced one
/// ("Hut" / "Hoot", "Kowalski" / "Kowalsky") while no person of the article bears that other form. News
/// introduces a person by full name and then uses the surname, so a surname that matches nobody introduced
/// but nearly matches exactly one person is a misspelling (or a second name the article never introduces).
[[nodiscard]] std::vector<NameSlip> checkNameSpellings(const Article& article, const Annotations& ann);

/// Damerau-Levenshtein distance of two short ASCII words, capped at 3.
[[nodiscard]] int spellingDistance(std::string_view a, std::string_view b);

}  // namespace parallax::conflict
