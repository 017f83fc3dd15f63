#pragma once
/// @file demonyms.h  Countries and the words for their people (resources/knowledge/demonyms.tsv): "the
/// Americans" won what the United States won; "American" alone is an adjective, never a name.
#include <cstddef>
#include <string>
#include <vector>

namespace parallax::annotate {

class Demonyms {
public:
    /// One written form, as lower-case words ("south", "koreans"), and the country it stands for.
    struct Form {
        std::vector<std::string> words;
        std::string country;
        bool adjectiveToo = false;  ///< the people are written as the adjective is ("the Chinese", "the French")
    };

    /// demonyms.tsv data lines: country TAB adjectives TAB people.
    explicit Demonyms(const std::vector<std::string>& lines);
    [[nodiscard]] static const Demonyms& instance();

    /// The longest people form starting at lower[i], or null.
    [[nodiscard]] const Form* peopleAt(const std::vector<std::string>& lower, std::size_t i) const;
    /// The longest adjective starting at lower[i], or null.
    [[nodiscard]] const Form* adjectiveAt(const std::vector<std::string>& lower, std::size_t i) const;
    /// The last word of every form as written ("American", "Americans", "Zealander"): no name by itself.
    [[nodiscard]] const std::vector<std::string>& nonNames() const { return m_nonNames; }

private:
    std::vector<Form> m_people, m_adjectives;  ///< longest first
    std::vector<std::string> m_nonNames;
};

}  // namespace parallax::annotate
