#pragma once
/// @file claims_tolls.h  Whose a count is when news tells it place by place or name by name (claims_tolls.cpp):
/// "31 people died in Wajima, 22 in Suzu and five in Nanao", "Wajima and Suzu each have 24 deaths".
/// Internal to parallax_annotate.
#include <string>
#include <vector>

#include "core/annotate/claims_text.h"
#include "core/annotate/measures.h"

namespace parallax::annotate::claims {

/// A toll (the dead, the injured, the missing): the counts a disaster's news tells place by place.
[[nodiscard]] bool tollMeasure(const MeasureInfo& m);

/// The place a toll is counted in: "31 people died in Wajima", "killed 12 people in Hanoi": the one name right
/// after "in", past at most four words of the toll itself ("people", "were", "confirmed", "dead") from word `from`
/// on. Null when there is none, or when the name opens a list of places that share the figure ("in Hakui and
/// Shika", "in Wajima, Suzu and Nanao"): such a figure is no one place's.
[[nodiscard]] const Mention* tollPlace(const SentenceView& s, std::size_t from, std::size_t clauseTo);

/// "31 people died in Wajima, 22 in Suzu and five in Nanao": a bare figure at words [numberWord, end) that
/// continues a list of tolls by place, whose measure the first item gave. `prevPlaceEnd` is the word after the
/// place of the item before; the figure must follow it after "," or "and" and have its own place ("22 in Suzu").
/// The place of this item, or null.
[[nodiscard]] const Mention* tollListItem(const SentenceView& s, std::size_t numberWord, std::size_t end,
                                          std::size_t prevPlaceEnd, std::size_t clauseTo);

/// "Wajima and Suzu each have 24 deaths", "Acme and Bolt had 12 stores each": the two names joined by "and" the
/// figure at words [at, end) is each of, with "each" right after them or after the counted noun; empty otherwise.
[[nodiscard]] std::vector<std::string> eachOf(const SentenceView& s, std::size_t clause, std::size_t at, std::size_t end,
                                              std::size_t clauseTo);

}  // namespace parallax::annotate::claims
