#pragma once
/// @file internal_nicknames.h  One nickname, two spellings, in one article: the arms "nicknamed “Mechazilla”"
/// and, in the headline, "Mechagodzilla claws". Internal to parallax_conflict.
#include <vector>

#include "core/conflict/name_spellings.h"

namespace parallax::conflict {

struct NicknameSlip {
    Evidence introduced;  ///< the sentence that introduces the nickname
    Evidence variant;     ///< the sentence (or the headline) with the other spelling
    std::string full;     ///< "Mechazilla"
    std::string other;    ///< "Mechagodzilla"
    Finding finding;
};

/// Nicknames the article introduces with a naming cue ("nicknamed", "dubbed", "known as", "so-called"; in Chinese
/// "被称为", "昵称", "绰号" before a Latin-script name), written
/// elsewhere in the article as a capitalised word a few letters away that keeps the nickname's first and last
/// letters ("Mechazilla" / "Mechagodzilla", "Starhopper" / "Starhoper"). News coins or quotes a nickname once and
/// repeats it; a near form that the article never introduces is the same name misspelt. Only Latin-script words
/// of six letters or more are compared: shorter words are too often two different words. The headline is read
/// too: it is where a nickname is most often played with.
[[nodiscard]] std::vector<NicknameSlip> checkNicknameSpellings(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
