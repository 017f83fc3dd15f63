// Within one article, short mentions take the name of the full mention they refer to.
#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/annotate/canonical.h"
#include "core/annotate/entity_mention.h"
#include "core/annotate/gazetteer.h"

namespace parallax::annotate {
namespace {

// For each token, the index of the first token of its sentence (a rough cut on ". ! ?" is enough here).
std::vector<std::size_t> sentenceBegins(const std::vector<Tok>& toks) {
    std::vector<std::size_t> begins(toks.size(), 0);
    for (std::size_t i = 1; i < toks.size(); ++i) {
        const auto& p = toks[i - 1].text;
        begins[i] = (p == "." || p == "!" || p == "?" || p == "\u3002") ? i : begins[i - 1];
    }
    return begins;
}

std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    for (const Tok& t : scanTokens(name))
        if (t.kind == TokKind::Word) out.emplace_back(t.text);
    return out;
}

// The mentions arrive in text order without overlaps (the finder appends them so), hence their ends rise
// strictly and "the mentions ending after token t" are a tail of the list, found by binary search. This and
// the indexes below replace walks over all earlier or later mentions for each mention (quadratic on long
// articles) and give the same answers.
class MakerFinder {
public:
    MakerFinder(const std::vector<Tok>& toks, const std::vector<Mention>& ms)
        : m_toks(toks), m_ms(ms), m_sentenceBegin(sentenceBegins(toks)), m_lastOrganization(ms.size()) {
        std::optional<std::size_t> last;
        for (std::size_t k = 0; k < ms.size(); ++k) {
            m_lastOrganization[k] = last;  // kinds do not change while codes are resolved
            if (ms[k].kind == EntityKind::Organization) last = k;
        }
    }

    // The maker named just before a code: "DeepSeek's R1", "its R1" (the organisation earlier in the sentence).
    const Mention* makerOf(std::size_t idx) const {
        const Mention& m = m_ms[idx];
        if (m.begin >= 2 && m_toks[m.begin - 1].lower == "s" && isApostrophe(m_toks[m.begin - 2].text)) {
            const std::size_t k = firstEndingAtOrAfter(idx, m.begin - 2);
            if (k < idx && m_ms[k].end == m.begin - 2)
                return m_ms[k].kind == EntityKind::Organization ? &m_ms[k] : nullptr;
            return nullptr;
        }
        if (m.begin >= 1 && m_toks[m.begin - 1].lower == "its") {
            const std::size_t from = m_sentenceBegin[m.begin];
            const auto org = m_lastOrganization[idx];
            if (org && *org >= firstEndingAtOrAfter(idx, from + 1)) return &m_ms[*org];
        }
        return nullptr;
    }

private:
    /// The first of the mentions before `idx` that ends at or after token boundary `end`, or idx when none does.
    std::size_t firstEndingAtOrAfter(std::size_t idx, std::size_t end) const {
        const auto it = std::partition_point(m_ms.begin(), m_ms.begin() + static_cast<std::ptrdiff_t>(idx),
                                             [&](const Mention& e) { return e.end < end; });
        return static_cast<std::size_t>(it - m_ms.begin());
    }

    const std::vector<Tok>& m_toks;
    const std::vector<Mention>& m_ms;
    std::vector<std::size_t> m_sentenceBegin;
    std::vector<std::optional<std::size_t>> m_lastOrganization;  ///< per mention, the last organisation before it
};

/// The proper endings of `key` of the lengths some code asked about ("910b" finds "huawei ascend 910b"); only
/// those lengths are kept, so a name costs a few entries rather than one per character.
std::vector<std::string> endingsOf(const std::string& key, const std::set<std::size_t>& lengths) {
    std::vector<std::string> out;
    for (std::size_t len : lengths) {
        if (len >= key.size()) break;
        out.push_back(key.substr(key.size() - len));
    }
    return out;
}

/// The later mentions that match, in order, with whether all from a position on share one name.
struct LaterMatches {
    std::vector<std::size_t> mentions;  ///< ascending
    std::vector<std::string> keys;      ///< canonicalKey of each
    std::vector<bool> sameFrom;         ///< sameFrom[j]: keys[j..] are all equal

    void add(std::size_t k, std::string key) {
        mentions.push_back(k);
        keys.push_back(std::move(key));
    }
    void seal() {
        sameFrom.assign(keys.size(), true);
        for (std::size_t j = keys.size(); j-- > 1;) sameFrom[j - 1] = sameFrom[j] && keys[j - 1] == keys[j];
    }
    /// The last match after mention `idx` when every match after it has the same name, else nullopt.
    [[nodiscard]] std::optional<std::size_t> uniqueAfter(std::size_t idx) const {
        const auto it = std::upper_bound(mentions.begin(), mentions.end(), idx);
        if (it == mentions.end() || !sameFrom[static_cast<std::size_t>(it - mentions.begin())]) return std::nullopt;
        return mentions.back();
    }
};

const LaterMatches* find(const std::unordered_map<std::string, LaterMatches>& index, const std::string& key) {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &it->second;
}

}  // namespace

std::string deriveBase(const Mention& m) {
    if (m.kind != EntityKind::Product) return {};
    if (m.variant) return m.variantBase;
    // "910B" / "910C": the letter names a variant of the numbered line
    const std::string& c = m.canonical;
    std::size_t cut = c.find_last_of(" -");
    std::string_view last = std::string_view(c).substr(cut == std::string::npos ? 0 : cut + 1);
    if (last.size() >= 4 && last.back() >= 'A' && last.back() <= 'Z') {
        bool digits = true;
        for (std::size_t k = 0; k + 1 < last.size(); ++k)
            if (last[k] < '0' || last[k] > '9') digits = false;
        if (digits) return c.substr(0, c.size() - 1);
    }
    if (!m.family.empty() && !sameName(m.family, m.canonical)) return m.family;
    if (!m.parent.empty()) {
        // only a product line is a base; a maker is not ("Nvidia" is not the base of "Nvidia A100")
        const GazEntry* p = Gazetteer::instance().byKey(canonicalKey(m.parent));
        if (p && p->kind == EntityKind::Product) return p->canonical;
    }
    return {};
}

std::vector<Entity> resolveMentions(std::string_view text, const std::vector<Tok>& toks,
                                    std::vector<Mention>& ms) {
    // pass 1: codes take the maker named before them or the nearest earlier full name ending in them
    {
        const MakerFinder makers(toks, ms);
        auto codeKey = [](const Mention& m) { return canonicalKey(m.variant ? m.variantBase : m.canonical); };
        std::set<std::size_t> lengths;
        for (const Mention& m : ms)
            if (m.kind == EntityKind::Product && m.codeOnly) lengths.insert(codeKey(m).size());
        std::unordered_map<std::string, std::size_t> lastEndingIn;  // ending -> last full name with it so far
        for (std::size_t idx = 0; idx < ms.size(); ++idx) {
            Mention& m = ms[idx];
            if (m.kind == EntityKind::Product && m.codeOnly) {
                if (const Mention* maker = makers.makerOf(idx)) {
                    m.canonical = maker->canonical + " " + m.canonical;
                    m.codeOnly = false;
                    if (m.variant) m.variantBase = maker->canonical + " " + m.variantBase;
                } else if (auto it = lastEndingIn.find(codeKey(m)); it != lastEndingIn.end()) {
                    const Mention& e = ms[it->second];
                    std::string full = e.variant ? e.variantBase : e.canonical;
                    if (m.variant) {
                        m.canonical = full + m.canonical.substr(m.variantBase.size());
                        m.variantBase = full;
                    } else {
                        m.canonical = full;
                    }
                    m.family = e.family;
                    m.parent = e.parent;
                    m.codeOnly = false;
                }
            }
            // a full name (or a code just resolved to one) answers the codes after it
            if (m.kind == EntityKind::Product && !m.codeOnly)
                for (std::string& ending : endingsOf(codeKey(m), lengths)) lastEndingIn[std::move(ending)] = idx;
        }
    }
    // pass 2: a code met before its full name takes the one later full name that ends in it
    {
        std::set<std::size_t> lengths;
        for (const Mention& m : ms)
            if (m.kind == EntityKind::Product && m.codeOnly) lengths.insert(canonicalKey(m.canonical).size());
        std::unordered_map<std::string, LaterMatches> byEnding;  // the full names (no variants) by ending
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const Mention& e = ms[k];
            if (e.kind != EntityKind::Product || e.codeOnly || e.variant) continue;
            const std::string key = canonicalKey(e.canonical);
            for (std::string& ending : endingsOf(key, lengths)) byEnding[std::move(ending)].add(k, key);
        }
        for (auto& [ending, matches] : byEnding) matches.seal();
        for (std::size_t idx = 0; idx < ms.size(); ++idx) {
            Mention& m = ms[idx];
            if (m.kind != EntityKind::Product || !m.codeOnly) continue;
            const LaterMatches* later = find(byEnding, canonicalKey(m.canonical));
            if (auto k = later ? later->uniqueAfter(idx) : std::nullopt) {
                m.canonical = ms[*k].canonical;
                m.family = ms[*k].family;
                m.parent = ms[*k].parent;
            }
        }
    }
    // pass 3: people and organisations named in full once, then by one word ("Tang", "Zhipu"). Only one-word
    // mentions change here, and only names of two words or more are looked up, so the indexes stay true.
    {
        auto fullName = [](const Mention& e) { return e.end - e.begin >= 2; };
        std::unordered_map<std::string, LaterMatches> organizationsByFirstWord;
        std::vector<std::vector<std::string>> wordsOf(ms.size());
        for (std::size_t k = 0; k < ms.size(); ++k) {
            const Mention& e = ms[k];
            if (!fullName(e) || (e.kind != EntityKind::Person && e.kind != EntityKind::Organization &&
                                 e.kind != EntityKind::Other))
                continue;
            wordsOf[k] = words(e.canonical);
            if (e.kind == EntityKind::Organization && !wordsOf[k].empty())
                organizationsByFirstWord[wordsOf[k].front()].add(k, canonicalKey(e.canonical));
        }
        for (auto& [word, matches] : organizationsByFirstWord) matches.seal();
        // earlier names so far: a person by any of its words, an organisation or other name by its first word
        std::unordered_map<std::string, std::size_t> lastPersonWith, lastNameOpeningWith;
        for (std::size_t idx = 0; idx < ms.size(); ++idx) {
            Mention& m = ms[idx];
            if (!m.known && m.kind != EntityKind::Product && m.end - m.begin == 1) {
                std::optional<std::size_t> earlier;
                if (auto it = lastPersonWith.find(m.canonical); it != lastPersonWith.end()) earlier = it->second;
                if (auto it = lastNameOpeningWith.find(m.canonical); it != lastNameOpeningWith.end())
                    earlier = std::max(earlier.value_or(0), it->second);
                if (earlier) {
                    m.canonical = ms[*earlier].canonical;
                    m.kind = ms[*earlier].kind;
                } else if (const LaterMatches* later = find(organizationsByFirstWord, m.canonical)) {
                    // A headline or lead may name the company by one word before the full name appears: take the
                    // one later organisation name starting with that word, when there is exactly one.
                    if (auto k = later->uniqueAfter(idx)) {
                        m.canonical = ms[*k].canonical;
                        m.kind = ms[*k].kind;
                    }
                }
            }
            if (wordsOf[idx].empty()) continue;
            if (ms[idx].kind == EntityKind::Person)
                for (const std::string& w : wordsOf[idx]) lastPersonWith[w] = idx;
            else
                lastNameOpeningWith[wordsOf[idx].front()] = idx;
        }
    }
    // One name, one kind throughout the article: the alias file decides when it knows the name; otherwise a
    // name said to be a person often enough ("Comey said", "FBI Director Comey") is a person everywhere.
    {
        struct Votes {
            int person = 0, total = 0;
            const Mention* known = nullptr;
            EntityKind organization = EntityKind::Other;
        };
        std::unordered_map<std::string, Votes> votes;
        for (const Mention& m : ms) {
            Votes& v = votes[canonicalKey(m.canonical)];
            ++v.total;
            if (m.kind == EntityKind::Person) ++v.person;
            if (m.known && !v.known) v.known = &m;
            if (m.kind == EntityKind::Organization) v.organization = EntityKind::Organization;
        }
        for (Mention& m : ms) {
            if (m.kind == EntityKind::Product) continue;
            const Votes& v = votes[canonicalKey(m.canonical)];
            if (v.known) m.kind = v.known->kind;
            else if (v.person * 3 >= v.total) m.kind = EntityKind::Person;
            else if (m.kind == EntityKind::Person) m.kind = v.organization;
            else if (v.organization == EntityKind::Organization) m.kind = EntityKind::Organization;
        }
    }

    std::vector<Entity> out;
    out.reserve(ms.size());
    for (const Mention& m : ms) {
        Entity e;
        e.span = Span{toks[m.begin].start, toks[m.end - 1].end};
        e.text = std::string(text.substr(e.span.start, e.span.size()));
        e.canonical = m.canonical;
        e.kind = m.kind;
        e.base = deriveBase(m);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace parallax::annotate
