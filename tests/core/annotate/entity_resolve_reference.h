#pragma once
// Mention resolution as it was before it became linear (each mention compared with all earlier or later ones),
// kept verbatim as the reference the indexed version must agree with.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/annotate/canonical.h"
#include "core/annotate/entity_mention.h"
#include "core/annotate/gazetteer.h"

namespace parallax::annotate::reference {

inline bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Index of the first token of the sentence holding token i (a rough cut on ". ! ?" is enough here).
inline std::size_t sentenceBegin(const std::vector<Tok>& toks, std::size_t i) {
    while (i > 0) {
        const auto& p = toks[i - 1].text;
        if (p == "." || p == "!" || p == "?" || p == "\u3002") break;
        --i;
    }
    return i;
}

inline std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    for (const Tok& t : scanTokens(name))
        if (t.kind == TokKind::Word) out.emplace_back(t.text);
    return out;
}

// The maker named just before a code: "DeepSeek's R1", "its R1" (the organisation earlier in the sentence).
inline const Mention* makerOf(const std::vector<Tok>& toks, const std::vector<Mention>& ms, std::size_t idx) {
    const Mention& m = ms[idx];
    if (m.begin >= 2 && toks[m.begin - 1].lower == "s" && isApostrophe(toks[m.begin - 2].text)) {
        for (std::size_t k = idx; k-- > 0;)
            if (ms[k].end == m.begin - 2) return ms[k].kind == EntityKind::Organization ? &ms[k] : nullptr;
        return nullptr;
    }
    if (m.begin >= 1 && toks[m.begin - 1].lower == "its") {
        std::size_t from = sentenceBegin(toks, m.begin);
        for (std::size_t k = idx; k-- > 0;) {
            if (ms[k].end <= from) break;
            if (ms[k].kind == EntityKind::Organization) return &ms[k];
        }
    }
    return nullptr;
}

inline std::vector<Entity> referenceResolveMentions(std::string_view text, const std::vector<Tok>& toks,
                                    std::vector<Mention>& ms) {
    // pass 1: codes take the maker named before them or an earlier full name ending in them
    for (std::size_t idx = 0; idx < ms.size(); ++idx) {
        Mention& m = ms[idx];
        if (m.kind != EntityKind::Product || !m.codeOnly) continue;
        std::string code = canonicalKey(m.canonical);
        if (const Mention* maker = makerOf(toks, ms, idx)) {
            m.canonical = maker->canonical + " " + m.canonical;
            m.codeOnly = false;
            if (m.variant) m.variantBase = maker->canonical + " " + m.variantBase;
            continue;
        }
        for (std::size_t k = idx; k-- > 0;) {
            const Mention& e = ms[k];
            if (e.kind != EntityKind::Product || e.codeOnly) continue;
            std::string key = canonicalKey(e.variant ? e.variantBase : e.canonical);
            std::string own = canonicalKey(m.variant ? m.variantBase : m.canonical);
            if (key != own && endsWith(key, own)) {
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
                break;
            }
        }
        (void)code;
    }
    // pass 2: a code met before its full name takes the one later full name that ends in it
    for (std::size_t idx = 0; idx < ms.size(); ++idx) {
        Mention& m = ms[idx];
        if (m.kind != EntityKind::Product || !m.codeOnly) continue;
        std::string own = canonicalKey(m.canonical);
        const Mention* match = nullptr;
        bool unique = true;
        for (std::size_t k = idx + 1; k < ms.size(); ++k) {
            const Mention& e = ms[k];
            if (e.kind != EntityKind::Product || e.codeOnly || e.variant) continue;
            std::string key = canonicalKey(e.canonical);
            if (key == own || !endsWith(key, own)) continue;
            if (match && canonicalKey(match->canonical) != key) unique = false;
            match = &e;
        }
        if (match && unique) {
            m.canonical = match->canonical;
            m.family = match->family;
            m.parent = match->parent;
        }
    }
    // pass 3: people and organisations named in full once, then by one word ("Tang", "Zhipu")
    for (std::size_t idx = 0; idx < ms.size(); ++idx) {
        Mention& m = ms[idx];
        if (m.known || m.kind == EntityKind::Product || m.end - m.begin != 1) continue;
        bool resolvedShort = false;
        for (std::size_t k = idx; k-- > 0;) {
            const Mention& e = ms[k];
            if (e.end - e.begin < 2 || (e.kind != EntityKind::Person && e.kind != EntityKind::Organization &&
                                        e.kind != EntityKind::Other))
                continue;
            auto ws = words(e.canonical);
            bool hit = e.kind == EntityKind::Person ? std::find(ws.begin(), ws.end(), m.canonical) != ws.end()
                                                    : (!ws.empty() && ws.front() == m.canonical);
            if (hit) {
                m.canonical = e.canonical;
                m.kind = e.kind;
                resolvedShort = true;
                break;
            }
        }
        // A headline or lead may name the company by one word before the full name appears: take the one
        // later organisation name starting with that word, when there is exactly one.
        if (resolvedShort) continue;
        const Mention* later = nullptr;
        bool unique = true;
        for (std::size_t k = idx + 1; k < ms.size(); ++k) {
            const Mention& e = ms[k];
            if (e.end - e.begin < 2 || e.kind != EntityKind::Organization) continue;
            auto ws = words(e.canonical);
            if (ws.empty() || ws.front() != m.canonical) continue;
            if (later && canonicalKey(later->canonical) != canonicalKey(e.canonical)) unique = false;
            later = &e;
        }
        if (later && unique) {
            m.canonical = later->canonical;
            m.kind = later->kind;
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

}  // namespace parallax::annotate::reference
