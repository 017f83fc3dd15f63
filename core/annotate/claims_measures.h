#pragma once
/// @file claims_measures.h  Whose a measurement is, where its sentence does not say it next to the figure
/// (claims_measures.cpp): an opening phrase whose figure belongs to the main clause's subject, a generic noun
/// ("the 2.6-mile bridge") that stands for the named thing of the article, a spec row glued to its label.
/// Internal to parallax_annotate.
#include <optional>
#include <string>

#include "core/annotate/claims_extract.h"
#include "core/annotate/measures.h"

namespace parallax::annotate::claims {

/// "Packing winds of 234 km per hour near its centre, Yagi ...", "With a range of 700 km, the SU7 ...": when the
/// figure at word `at` sits in a phrase that opens the sentence with a participle, "with", "besides", "in addition
/// to" or "on top of" ("In addition to the 40 golds, the Americans won ..."), the index of the
/// comma that ends the phrase; nullopt otherwise.
[[nodiscard]] std::optional<std::size_t> openingPhraseEnd(const SentenceView& s, std::size_t at);

/// The name that opens the main clause after an opening phrase's comma (at most one article word between).
[[nodiscard]] const Mention* mainClauseSubject(const SentenceView& s, std::size_t comma);

/// The named thing of the article a generic noun stands for: "bridge" -> "Francis Scott Key Bridge" (a name
/// ending with the noun), "spacecraft" -> "Chang'e 6" ("the Chang'e 6 spacecraft", "the spacecraft Chang'e 6").
/// Empty when the article names no such thing, or names two that are not one ("Key Bridge" and "Bay Bridge").
[[nodiscard]] std::string namedThingOf(const Context& ctx, const std::string& noun);

/// namedThingOf the first of the (at most three) lower-case words after a compound size that resolves: "the
/// 98,000-ton ship ran aground" -> the ship the article names.
[[nodiscard]] std::string namedThingAfter(const Context& ctx, const SentenceView& s, std::size_t end);

/// "The Chang'e 6 mission was launched on May 3. The 8.35-ton spacecraft was built by ...": a sentence that opens with
/// "the", a size and a generic noun speaks of the thing the sentence before opens with (a product or an unclassified
/// name, not a company, person or place), when that sentence does not itself name such a noun ("The Dali struck a
/// bridge. The 2.6-mile bridge fell" is the bridge's). Empty otherwise.
/// `end` is the word after the size: none of the (at most three) lower-case words from there may be in that sentence.
[[nodiscard]] std::string topicOfPrevious(const Context& ctx, const SentenceView& s, std::size_t end);

/// A spec-table row glued to its label ("Speed22 knots", "Length299.92 m"): the measure its label names, of the
/// unit's dimension, when the figure starts inside word `at`; nullptr otherwise.
[[nodiscard]] const MeasureInfo* gluedRowMeasure(const SentenceView& s, std::size_t at, Span figure, std::string_view text,
                                                 const std::string& dimension);

/// What a spec table describes: the name on the page's first line when that line is a short title ("MV Dali").
[[nodiscard]] std::string tableSubject(const Context& ctx);

/// "a ship that's the length of three football fields ... and weighing 95,000 pounds": the noun a relative clause
/// holding the figure describes (words [clause, at)); empty when there is none.
[[nodiscard]] std::string relativeHead(const SentenceView& s, std::size_t clause, std::size_t at);

/// What a thing can do rather than what it did: "the Dali can cruise around 22 mph", "a top speed of 350 km/h",
/// "designed to reach": a speed that is a specification, which does not move with the story, unlike the speed
/// a ship was making when it struck.
[[nodiscard]] bool capability(const SentenceView& s, std::size_t clause, std::size_t at);

}  // namespace parallax::annotate::claims
