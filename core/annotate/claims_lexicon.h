#pragma once
/// @file claims_lexicon.h  The knowledge the claim extractors and the conflict detector share: category
/// taxonomy, event verbs, direction pairs, hedges and job titles (resources/knowledge, extended by the user).
#include <bitset>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::annotate {

/// Longest-match lookup of lower-case word sequences ("chief ai scientist") in a list of words.
class PhraseTable {
public:
    /// Adds a comma-free phrase (split on spaces) with a payload index.
    void add(std::string_view phrase, int payload);
    struct Match {
        int payload = -1;
        std::size_t length = 0;  ///< words matched
    };
    /// The longest phrase starting at words[at], if any.
    [[nodiscard]] std::optional<Match> match(const std::vector<std::string>& words, std::size_t at) const;
    [[nodiscard]] bool empty() const { return m_byFirst.empty(); }

private:
    /// The (first byte, length) pairs of the first words, so that most words are turned away before hashing.
    [[nodiscard]] static std::size_t shapeOf(const std::string& word);
    /// Phrases by their first word. Hashed: match runs at every word of every sentence, several tables each.
    std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, int>>> m_byFirst;
    std::bitset<256 * 32> m_firstShapes;
};

/// A taxonomy of what things are (categories.tsv): parents and terms that exclude each other.
class Taxonomy {
public:
    /// Parses the lines of categories.tsv (comments already dropped).
    void load(const std::vector<std::string>& lines);
    [[nodiscard]] const PhraseTable& phrases() const { return m_phrases; }
    [[nodiscard]] const std::string& term(int index) const { return m_terms[static_cast<std::size_t>(index)]; }
    [[nodiscard]] bool known(std::string_view term) const;
    /// The term and every broader term above it.
    [[nodiscard]] std::vector<std::string> lineage(std::string_view term) const;
    /// True when nothing can be both: some term above (or equal to) one is declared disjoint from some term
    /// above (or equal to) the other. A broader term is never disjoint from a narrower one.
    [[nodiscard]] bool disjoint(std::string_view a, std::string_view b) const;
    /// A term given in any written form ("neural processing unit" -> "NPU"); empty when unknown.
    [[nodiscard]] std::string canonical(std::string_view written) const;

private:
    std::vector<std::string> m_terms;
    std::map<std::string, std::string, std::less<>> m_parent;
    std::map<std::string, std::string, std::less<>> m_byWritten;  ///< lower-case written form -> term
    std::vector<std::vector<std::string>> m_disjointSets;
    PhraseTable m_phrases;
};

/// A job title from roles.txt.
struct RoleTitle {
    std::string title;
    bool office = false;  ///< one holder per organisation at a time
};

/// Direction of a stance (antonyms.txt): e.g. {dimension "gap", direction "narrowing"}.
struct Direction {
    std::string dimension;
    std::string direction;
};

/// Every lexicon the claim extractors use, loaded once.
struct ClaimLexicon {
    Taxonomy taxonomy;
    PhraseTable eventVerbs;  ///< payload: index into eventClasses ("released", "founded", ...)
    std::vector<std::string> eventClasses;
    PhraseTable measures;  ///< "amount:" lines of event-verbs.txt; payload: index into measureNames
    std::vector<std::string> measureNames;
    PhraseTable qualifiers;  ///< "qualifier:" lines; payload: index into qualifierNames
    std::vector<std::string> qualifierNames;
    PhraseTable rankings;  ///< "rank:" lines; payload: index into rankNames
    std::vector<std::string> rankNames;
    PhraseTable directions;  ///< stances; payload: index into directionList
    std::vector<Direction> directionList;
    PhraseTable comparisons;  ///< dimension "performance" of antonyms.txt; payload: index into comparisonValues
    std::vector<std::string> comparisonValues;
    PhraseTable hedges;
    PhraseTable roles;
    std::vector<RoleTitle> roleList;
};

/// The lexicons from resources/knowledge (and the user's knowledge folder), read on first use.
[[nodiscard]] const ClaimLexicon& claimLexicon();

/// Lower-case ASCII, leaves other bytes alone.
[[nodiscard]] std::string lowerAscii(std::string_view s);
/// Splits on a delimiter and trims spaces; drops empty items.
[[nodiscard]] std::vector<std::string> splitList(std::string_view s, char delimiter);
/// The items joined with ", ": the form of a frame slot that holds several ("close, intraday") and of qualifiers.
[[nodiscard]] std::string joinList(const std::vector<std::string>& items);

}  // namespace parallax::annotate
