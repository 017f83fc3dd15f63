#pragma once
/// @file assemble.h  Turning findings into the conflicts a reader sees: one per subject, attribute and pair
/// of values (evidence merged), a stable id, a scope, and severity order. Internal to parallax_conflict.
#include <map>
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

class ConflictSet {
public:
    explicit ConflictSet(std::string story) : m_story(std::move(story)) {}
    /// Adds (or merges into an existing conflict) a finding about two sides.
    void add(const Finding& finding, const Side& a, const Side& b);
    /// Adds a finding with explicit evidence (conversion slips: one side only).
    void add(const Finding& finding, const std::string& subject, const std::string& attribute,
             const std::vector<Evidence>& evidence, const std::string& valueKey);
    /// Shows, on every flag between sources, the sentences in which the story's articles state one of its values
    /// without a claim (corroborate.h): every article that says a value, copies of one wire story once, and at
    /// most kMaxSentencesPerArticle sentences of one article per value. An article that would take both values
    /// this way is left out (it is unclear which it says); one that already holds a value keeps to that value.
    void corroborate(const std::vector<const Article*>& articles, const std::map<std::string, Annotations>& annotations,
                     const std::vector<std::vector<std::string>>& duplicates);
    /// The conflicts with ids and scopes, ranked: high severity first. The id hashes the evidence of the
    /// judged claims only, so that showing more sentences does not detach a verdict.
    [[nodiscard]] std::vector<Conflict> take();

private:
    struct Entry {
        Conflict conflict;
        std::string valueKey;
        Scope scope = Scope::CrossSource;
        std::map<std::string, Side> sides;  ///< per value, the first side that gave it (what corroborate looks for)
        std::vector<Evidence> also;         ///< sentences that state a value without a claim (not in the id)
    };
    /// Adds (or merges) and returns the entry's index.
    std::size_t put(const Finding& finding, const std::string& subject, const std::string& attribute,
                    const std::vector<Evidence>& evidence, const std::string& valueKey);
    std::string m_story;
    std::vector<Entry> m_entries;
    /// Entries by type, lower-case attribute, value key and scope, in order: a finding is compared only with the
    /// entries it could merge into (comparing it with every entry was quadratic in the findings of a story).
    std::map<std::string, std::vector<std::size_t>> m_byKey;
};

/// Sentences of one article shown per value of a flag at most (its claims first, then sentences that state the value
/// without a claim).
inline constexpr std::size_t kMaxSentencesPerArticle = 3;

/// Evidence for one side: the claim's sentence (or the reference fact line) and its value.
[[nodiscard]] Evidence evidenceOf(const Side& s);

/// 16 hex digits of FNV-1a 64: stable across runs and platforms (std::hash is neither).
[[nodiscard]] std::string stableHash(std::string_view text);

}  // namespace parallax::conflict
