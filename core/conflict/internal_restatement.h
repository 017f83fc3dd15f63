#pragma once
/// @file internal_restatement.h  One article telling one fact twice: "agreed to pay nearly $102 million to resolve
/// a civil claim" and two paragraphs later "have agreed to pay $101 million to resolve a civil claim". Such a pair
/// is compared even when the claim readers gave the two sentences different subjects, and a precise "nearly"
/// figure is read as precisely as it is written. Internal to parallax_conflict.
#include "core/conflict/amounts.h"
#include "core/conflict/side.h"

namespace parallax::conflict {

/// The same words right around two figures: the three before and the four after, in one run with no
/// punctuation between them and the figure ("agreed to pay [nearly $102 million] to resolve a civil claim" and
/// "have agreed to pay [$101 million] to resolve a civil claim"). Chinese is read a character a word.
[[nodiscard]] bool sameWordsAround(const Side& a, const Side& b);

/// Two figures of one article for one subject and measure that both name the same definite state of an offering:
/// the deal after the over-allotment ("upsized": "若行使超额配售权，总募资额最高可扩大至410亿港元" and "若全额触发超额
/// 配售，融资额将攀升至46亿美元"), or before it ("base"). A deal has one size in each state, so the article tells one
/// figure twice, whatever its words.
[[nodiscard]] bool sameOfferingState(const Side& a, const Side& b);

/// Two figures of one article for one measure, both told at one named moment of their subject: a storm's wind
/// "at landfall" ("登陆时风力在17级以上(约234公里/小时)" and "登陆时中心附近最大风力62米/秒"). The moment happens once, so
/// the article tells one figure twice. The subject may be named by only one claim when the other's sentence
/// names it too (the storm two clauses before its wind). A second landfall ("再次登陆", "made landfall again") is
/// another moment (its frame's scope says so), and two sentences placing the moment at different clock times or
/// in different places tell of two landfalls.
[[nodiscard]] bool sameMoment(const Side& a, const Side& b);

/// Two figures of one article, in two sentences told in largely the same words (restated() or
/// sameWordsAround()), each sentence
/// naming the subject the other was given: "Acme and Beta, owners of the ship Gamma, agreed to pay ..." read
/// with subject Gamma once and Beta once is one payer told twice.
[[nodiscard]] bool restatedFact(const Side& a, const Side& b);

/// "nearly $102 million" written with three significant digits or more says the figure rounds to 102 and
/// falls short of it: [101.5, 102]. A rounder figure ("nearly 200", "nearly 2,500") keeps the looser reading
/// of the annotator, since writers round 177 to "nearly 200".
void tightenNearly(Amount& amount, const std::string& qualifier);

}  // namespace parallax::conflict
