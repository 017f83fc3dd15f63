#pragma once
/// @file lexicon.h  The boilerplate phrase lexicon (resources/knowledge/boilerplate.txt plus the user's file).
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax::extract {

/// What a lexicon phrase says about the block it matches (bit flags: one phrase may carry several).
enum BoilerKind : std::uint8_t {
    kNone = 0,
    kLine = 1,      ///< the block is this phrase: drop it
    kContains = 2,  ///< a short block containing the phrase: drop it
    kList = 4,      ///< heading of a link list: drop it and the headlines after it
    kEnd = 8,       ///< the body is over: drop the rest (when far enough down)
    kFaq = 16,      ///< heading of a questions-and-answers block
    kLabel = 32,    ///< a short "Label: ..." block ("Tags: ...", "Photo: ...")
};

class BoilerplateLexicon {
public:
    /// Parses "KIND<TAB>PHRASE" lines (see the data file's header).
    explicit BoilerplateLexicon(const std::vector<std::string>& lines);

    /// The bundled lexicon plus the user's additions, loaded once per process.
    [[nodiscard]] static const BoilerplateLexicon& standard();

    /// Kinds whose phrases match `text` (a block's text as written), as a bit set of BoilerKind.
    [[nodiscard]] unsigned match(std::string_view text) const;

private:
    struct Phrase {
        std::vector<std::string> words;  ///< "*" = up to three words
        unsigned kind = kNone;
    };
    /// Calls `test(phrase)` for each phrase that can match at the word `first`: those that start with that word,
    /// then those that start with "*". Testing only these instead of every phrase at every word keeps a block's
    /// test cheap (the lexicon has hundreds of phrases and is asked about every block of every page).
    template <class Test>
    void forCandidates(std::string_view first, Test test) const;
    std::vector<Phrase> m_phrases;
    /// Hashes a word given as a string or a view (the lookups come with views into the normalized text).
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> m_byFirst;  ///< first word -> phrases
    std::vector<std::size_t> m_anyFirst;                                    ///< phrases starting with "*"
    std::map<std::vector<std::string>, unsigned> m_labels;                   ///< label words -> kinds
    /// Blocks of more words than this match no rule (see match): the longest a phrase can take plus the
    /// words it may leave over, or the length up to which "contains" and label rules apply.
    std::size_t m_longestMatch = 0;
};

}  // namespace parallax::extract
