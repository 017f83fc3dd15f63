#pragma once
/// @file bridge_terms.h  The terms by which an article can meet one in another script: romanised names
/// and Latin codes ("Hangzhou" / "杭州" -> "hangzhou", "SU7" in either), gathered token by token.
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/align/sparse.h"
#include "core/text/text.h"

namespace parallax::align {

/// A capitalized word that does not open a sentence: a cheap, language-general sign of a name.
[[nodiscard]] bool isInnerCapital(std::string_view text, const text::Token& t);

/// A Latin word that reads as a name or a code rather than a common word: capitalized inside a sentence,
/// a code with letters and digits or inner capitals ("SU7", "iPhone", "NASA"), or a Latin word set inside
/// non-Latin text (Chinese text writes only names and codes in Latin letters).
[[nodiscard]] bool nameLike(std::string_view text, const text::Token& t);

/// Collects the cross-script terms of one article.
class BridgeTerms {
public:
    /// `text` is the article text the tokens' spans point into.
    explicit BridgeTerms(std::string_view text) : m_text(text) {}

    /// The next content token: a Han word of two to four characters gives its pinyin; a Latin name gives
    /// its roman key, and with the name just before it (`adjacent`) the two written together ("Lei Jun"
    /// -> "leijun", as "雷军" romanises).
    void token(const text::Token& t, bool han, bool adjacent);

    /// An entity the annotator found, by its canonical name: pinyin when Chinese, roman key when Latin
    /// ("Typhoon Yagi" -> "typhoonyagi", as the tokens "Typhoon Yagi" make it too).
    void entity(const std::string& name);

    /// The terms with their counts, sorted by term id.
    [[nodiscard]] std::vector<std::pair<TermId, float>> take();

private:
    void add(const std::string& key);

    std::string_view m_text;
    std::unordered_map<TermId, float> m_counts;
    std::string m_previousName;  ///< roman key of the previous token when it was a Latin name
};

}  // namespace parallax::align
