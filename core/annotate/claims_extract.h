#pragma once
/// @file claims_extract.h  The individual claim extractors (internal to parallax_annotate).
#include <string_view>
#include <vector>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/model/annotation.h"

namespace parallax::annotate::claims {

struct Context {
    std::string_view text;
    const Annotations& ann;
    const ClaimLexicon& lex;
    /// The organisation the article is mostly about (most mentioned, at least twice), for "the company",
    /// "its" and subject-less figures ("Revenue rose 41 per cent"); empty when there is none.
    std::string mainOrg;
    /// The article's title: what a spec table on a page of one thing describes ("MV Dali").
    std::string_view title;
};

/// "the company", "the Shenzhen firm", "its", "it" among words [first, last): a reference to mainOrg.
[[nodiscard]] bool companyAnaphor(const SentenceView& s, std::size_t first, std::size_t last);

/// Indexes [first, last) of the quantities inside sentence s: quantities come in text order, so a sentence's are
/// found by binary search rather than by scanning them all for every sentence.
[[nodiscard]] std::pair<std::size_t, std::size_t> quantitiesIn(const Annotations& ann, Span sentence);

/// A claim of `kind` stated by sentence s, with the defaults every extractor sets.
[[nodiscard]] Claim makeClaim(ClaimKind kind, const SentenceView& s);

/// The object of a verb or preposition at word i: the first mention after it, skipping possessors
/// ("Nvidia's A100" -> A100).
[[nodiscard]] const Mention* objectAfter(const SentenceView& s, std::size_t i, std::size_t maxGap);
/// Who says sentence s ("X said", "said X", "according to X"); empty for the outlet's own voice.
[[nodiscard]] std::string speakerOf(const SentenceView& s);

void extractEvents(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractRankings(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// Milestones timed from the start of a flight ("splashdown 65 minutes after launch"; claims_elapsed.cpp).
void extractElapsed(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The day of the story's accident with its year written ("the incident occurred on January 5, 2024";
/// claims_accidents.cpp).
void extractAccidents(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The same in Chinese ("事故发生于2024年1月5日"), on the simplified text.
void extractAccidentsChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// Vehicles named by family and number in a dated lift-off ("Ship 30 and Booster 12 lifted off on Oct 13").
void extractLiftOffSerials(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The model of a story's aircraft and of a grounding ("the plane, a Boeing 737"; claims_models.cpp).
void extractAircraftModels(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The chip a device runs on ("X is powered by the A18 chip", "X搭载A18芯片"; claims_components.cpp), English
/// and Chinese (on the simplified text).
void extractChips(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// What a named craft hit in a dated accident ("In 2019 the Maren Star struck a quay"; claims_struck.cpp).
void extractStruck(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The same in Chinese ("发射约7分钟后，助推器被捕获"), on the simplified text.
void extractElapsedChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractCategories(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractRoles(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractComparisons(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractStances(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractAmounts(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// The organisation or thing the sentence before `s` names first (an organisation before an unclassified name; a
/// short all-capital code like "EV" is none): what "the company" of `s` most likely refers to. With `thing`, a
/// product or an unclassified name, never an organisation: what a measured "it" ("it is 300 metres long") is.
[[nodiscard]] std::string previousSubject(const Context& ctx, const SentenceView& s, bool thing = false);

/// The dimension a money-measure figure is given in ("currency", "%", "count"); empty when the unit does not
/// fit the measure (a bare "81" for a profit), so that no claim is made of it.
[[nodiscard]] std::string moneyDimension(const std::string& measure, const std::string& unit);
/// Counts and measurements with their measure from measures.tsv (claims_figures.cpp), English and Chinese.
void extractFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// Claims of a Chinese sentence (events, amounts, categories, titles, quotes; claims_zh*.cpp); does nothing
/// for a sentence without Han characters.
void extractChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractChineseCategories(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractChineseRoles(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractChineseQuotes(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractChineseStances(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
void extractChineseRankings(const Context& ctx, const SentenceView& s, std::vector<Claim>& out);
/// Quotes can run over several sentences, so this one sees them all.
void extractQuotes(const Context& ctx, const std::vector<SentenceView>& views, std::vector<Claim>& out);

/// Splits a versioned product name into family and version: "Qwen 2.5" -> {"Qwen", "2.5"},
/// "GPT-4o" -> {"GPT", "4o"}; the version is empty when the name carries none.
struct FamilyVersion {
    std::string family;
    std::string version;
};
[[nodiscard]] FamilyVersion splitVersion(std::string_view name);

}  // namespace parallax::annotate::claims
