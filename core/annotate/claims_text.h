#pragma once
/// @file claims_text.h  What the claim extractors see of one sentence: words with byte spans, the entity
/// mentions and time values inside it, and small helpers (hedges, negation, nearest mention).
/// Internal to parallax_annotate.
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/annotate/claims_lexicon.h"
#include "core/model/annotation.h"

namespace parallax::annotate::claims {

/// A word or a punctuation mark. Possessive "'s" is its own word; curly apostrophes read as "'".
struct Word {
    Span span;
    std::string lower;  ///< lower-case ASCII form ("huawei", "'s", ",", "can't")
    bool capital = false;
    bool digit = false;
    bool punct = false;
};

/// Words of text[range].
[[nodiscard]] std::vector<Word> splitWords(std::string_view text, Span range);

/// An entity mention inside a sentence, located on the sentence's words [first, last).
struct Mention {
    std::size_t first = 0;
    std::size_t last = 0;
    Span span;
    std::string name;  ///< canonical name
    std::string base;
    EntityKind kind = EntityKind::Other;
};

/// A time value inside a sentence, on words [first, last).
struct TimeRef {
    std::size_t first = 0;
    std::size_t last = 0;
    Span span;
    std::string value;  ///< TIMEX-style value; "XXXX-11" when only the month is known
    std::string text;
};

/// One sentence ready for the extractors.
struct SentenceView {
    int index = -1;
    Span span;
    std::vector<Word> words;
    std::vector<std::string> lower;  ///< words[i].lower, for PhraseTable lookups
    std::vector<Mention> mentions;
    std::vector<TimeRef> times;
    bool question = false;  ///< ends with "?": asks, does not state
    int paragraph = 0;
    /// Lookup indexes built once by buildViews, so that the per-word queries below stay logarithmic or constant
    /// in a sentence of many words and mentions (an unbroken table row, a long line): mentionLastMax[k] is the
    /// largest `last` of mentions[0..k]; endingAt[j] is 1 + the first mention with the largest end at or before word j (0: none);
    /// clauseFrom[k] and clauseTo[k] are clauseStart and clauseEnd of word k. Empty when not built.
    std::vector<std::size_t> mentionLastMax;
    std::vector<std::size_t> endingAt;
    std::vector<std::size_t> clauseFrom;
    std::vector<std::size_t> clauseTo;
};

/// Builds the views of every sentence. Uses ann.entities/ann.times when present; when the annotators
/// left them empty (or a time unresolved), falls back on plain heuristics (capitalised names and codes,
/// month names and years) so claims still come out.
/// `weakAnchor`: the publication date is unknown or only a file time, so a year the text does not write
/// ("in November") is a guess; such values lose their year ("XXXX-11") rather than carry a wrong one.
[[nodiscard]] std::vector<SentenceView> buildViews(std::string_view text, const Annotations& ann,
                                                   const ClaimLexicon& lex, bool weakAnchor = false);

/// Text of words [first, last) as written.
[[nodiscard]] std::string wordsText(std::string_view text, const SentenceView& s, std::size_t first, std::size_t last);
[[nodiscard]] Span wordsSpan(const SentenceView& s, std::size_t first, std::size_t last);

/// The mention covering word i, if any.
[[nodiscard]] const Mention* mentionAt(const SentenceView& s, std::size_t i);
/// The nearest mention ending at or before word i (within maxGap words, no clause break in between).
[[nodiscard]] const Mention* mentionBefore(const SentenceView& s, std::size_t i, std::size_t maxGap,
                                           bool crossCommas = true);
/// The nearest mention starting at or after word i (within maxGap words).
[[nodiscard]] const Mention* mentionAfter(const SentenceView& s, std::size_t i, std::size_t maxGap);

/// A hedge among words [first, last).
[[nodiscard]] bool hedgedIn(const SentenceView& s, const ClaimLexicon& lex, std::size_t first, std::size_t last);
/// A negation ("not", "n't", "never", "no", "cannot") among words [first, last).
[[nodiscard]] bool negatedIn(const SentenceView& s, std::size_t first, std::size_t last);
/// Whether the figure at word `at` is denied in its own clause (from `clause`, not past a comma or a relative
/// pronoun); bounds such as "no fewer than" do not deny it.
[[nodiscard]] bool figureNegated(const SentenceView& s, std::size_t clause, std::size_t at);
/// Index of the clause start for word i: after the last ';' or sentence start.
[[nodiscard]] std::size_t clauseStart(const SentenceView& s, std::size_t i);
[[nodiscard]] std::size_t clauseEnd(const SentenceView& s, std::size_t i);

/// The word is one of a short list of cue words ("chip", "processor").
[[nodiscard]] inline bool oneOf(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

/// Month number of a month name or abbreviation ("november", "nov."); 0 when not a month.
[[nodiscard]] int monthNumber(std::string_view lowerWord);

/// Lower-case words joined by single spaces, punctuation dropped: the comparable form of a quote.
[[nodiscard]] std::string normalizeWords(std::string_view text);

}  // namespace parallax::annotate::claims
