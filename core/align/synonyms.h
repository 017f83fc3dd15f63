#pragma once
/// @file synonyms.h  Paraphrase sets (resources/knowledge/synonyms.txt) matched on stemmed tokens.
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/text.h"

namespace parallax::align {

/// Paraphrase sets: "release" <- debut, launch, unveil; "narrow gap" <- "close the gap", "catch up".
/// Written forms are stemmed once, so an inflection matches its siblings.
class SynonymTable {
public:
    /// Parses lines "set <TAB> form, form, ..." (the format of synonyms.txt).
    explicit SynonymTable(const std::vector<std::string>& lines);

    /// The bundled table plus the user's additions, loaded once (thread-safe).
    [[nodiscard]] static const SynonymTable& shared();

    /// Names of the sets whose forms occur in `tokens` (a sentence, in order), each at most once.
    /// Single-word forms match a token's stem; longer forms match their words in order with at most
    /// two other tokens between consecutive words.
    [[nodiscard]] std::vector<std::string> matches(std::span<const text::Token> tokens) const;

    [[nodiscard]] std::size_t size() const { return m_forms.size(); }

private:
    struct Form {
        std::vector<std::string> stems;
        std::size_t set = 0;
    };
    std::vector<std::string> m_sets;
    std::vector<Form> m_forms;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byFirst;  ///< first stem -> forms
};

}  // namespace parallax::align
