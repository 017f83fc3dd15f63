#pragma once
/// @file gazetteer.h  Known names (resources/knowledge/entities.tsv) and the word lists the entity finder
/// uses: organisation suffixes, person titles, capitalised non-names, product variant words.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/annotate/scan.h"
#include "core/model/annotation.h"

namespace parallax::annotate {

struct GazEntry {
    std::string canonical;
    EntityKind kind = EntityKind::Other;
    bool family = false;   ///< a name that carries versions or codes ("Qwen", "Huawei Ascend")
    std::string parent;    ///< product: base; family: maker; organization: parent company
    std::string joiner;    ///< family: "-", " " or "" between the name and a version
};

class Gazetteer {
public:
    /// entities.tsv lines plus the word lists (each a vector of data lines).
    Gazetteer(const std::vector<std::string>& entityLines, const std::vector<std::string>& orgSuffixes,
              const std::vector<std::string>& personTitles, const std::vector<std::string>& stopwords,
              const std::vector<std::string>& variants);
    /// Built once per process from resources/knowledge (entities.tsv, org-suffixes.txt, person-titles.txt,
    /// roles.txt, entity-stopwords.txt, stopwords-en.txt, product-variants.txt).
    [[nodiscard]] static const Gazetteer& instance();

    /// The longest alias starting at toks[i]: its end token and every entry it names (an organisation and a
    /// family may share a name: "DeepSeek"). Hyphens between alias parts are optional in the text.
    struct Hit {
        std::size_t end = 0;
        std::vector<std::size_t> entries;
    };
    [[nodiscard]] std::optional<Hit> matchAt(const std::vector<Tok>& toks, std::size_t i) const;
    [[nodiscard]] const GazEntry& entry(std::size_t index) const { return m_entries[index]; }
    /// The entry whose canonical name has this canonicalKey, if any.
    [[nodiscard]] const GazEntry* byKey(const std::string& key) const;
    /// A family whose single-word alias starts this glued token ("Qwen2.5" -> Qwen), and the alias length.
    [[nodiscard]] const GazEntry* familyPrefix(std::string_view token, std::size_t& aliasLength) const;

    [[nodiscard]] bool isOrgSuffix(std::string_view word) const { return m_orgSuffixes.count(std::string(word)) > 0; }
    [[nodiscard]] bool isPersonTitle(const std::string& lower) const { return m_personTitles.count(lower) > 0; }
    /// Capitalised words that are not names on their own ("AI", "Chinese", "However").
    [[nodiscard]] bool isNonName(std::string_view word) const { return m_nonNames.count(std::string(word)) > 0; }
    /// Function words ("the", "in"), tested on the lower-cased form.
    [[nodiscard]] bool isFunctionWord(const std::string& lower) const { return m_functionWords.count(lower) > 0; }
    /// A word for a country's people or things ("Norwegian", "Americans", demonyms.tsv): no name alone, though it
    /// may open one ("Thai Airways", "Swiss Re").
    [[nodiscard]] bool isDemonym(std::string_view word) const { return m_demonyms.count(std::string(word)) > 0; }
    [[nodiscard]] bool isVariantWord(const std::string& lower) const { return m_variants.count(lower) > 0; }

private:
    struct Alias {
        std::vector<std::string> parts;  ///< token texts without hyphens
        std::size_t entry = 0;
    };
    std::vector<GazEntry> m_entries;
    std::unordered_map<std::string, std::vector<Alias>> m_byFirst;  ///< first part -> aliases, longest first
    std::unordered_map<std::string, std::size_t> m_byKey;
    std::vector<std::pair<std::string, std::size_t>> m_familyWords;  ///< single-word family aliases
    std::unordered_set<std::string> m_orgSuffixes, m_personTitles, m_nonNames, m_functionWords, m_variants, m_demonyms;
};

}  // namespace parallax::annotate
