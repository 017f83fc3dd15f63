#pragma once
/// @file internal_members.h  One article saying a whole set shares one chip, and elsewhere that a member of the
/// set runs on another chip of the same family: "all four phones use the A18 chip" and "the Pro Max uses the A18
/// Pro"; "这四款手机都搭载了A18芯片" and "16 Pro Max则搭载的是A18 Pro芯片". Internal to parallax_conflict.
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

struct MemberSlip {
    Evidence set;        ///< the sentence that gives the whole set one chip
    Evidence member;     ///< the sentence that gives a member another one
    std::string shared;  ///< "A18"
    std::string other;   ///< "A18 Pro"
    Finding finding;
};

/// A statement about the whole set carries a quantifier before its verb ("all", "every", "each"; "都", "均",
/// "全部", "全系") and names one chip in the singular ("the A18 chip", not "A18 chips" nor "the A18 family",
/// "A18系列"): a lineup's tiers are told apart by the tier word after the chip's code (Pro, Max, Ultra, Plus, mini,
/// Lite), so another tier of the same code given to a device is another chip. Only a set said without a tier or
/// a restricting word ("all Pro models", "both standard models", "标准版都") is the whole lineup: a subset may
/// well run on another chip than the rest. Chips of another family ("A17 Pro") are other generations, not
/// compared; a member sentence that negates its verb, and a set sentence that itself names another tier, are
/// left alone.
[[nodiscard]] std::vector<MemberSlip> checkSetMembers(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
