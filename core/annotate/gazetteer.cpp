#include "core/annotate/gazetteer.h"

#include <algorithm>

#include "core/annotate/canonical.h"
#include "core/annotate/demonyms.h"
#include "core/knowledge/resources.h"
#include "core/text/han_fold.h"

namespace parallax::annotate {
namespace {

EntityKind kindOf(const std::string& s) {
    if (s == "organization" || s == "organisation") return EntityKind::Organization;
    if (s == "person") return EntityKind::Person;
    if (s == "product" || s == "family") return EntityKind::Product;
    if (s == "place") return EntityKind::Place;
    return EntityKind::Other;
}

std::vector<std::string> aliasParts(std::string_view alias) {
    std::vector<std::string> parts;
    for (const Tok& t : scanTokens(alias))
        if (!isDash(t.text)) parts.emplace_back(t.text);
    return parts;
}

std::string trimmed(const std::string& s) {
    std::size_t a = s.find_first_not_of(" \t");
    std::size_t b = s.find_last_not_of(" \t");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

}  // namespace

Gazetteer::Gazetteer(const std::vector<std::string>& entityLines, const std::vector<std::string>& orgSuffixes,
                     const std::vector<std::string>& personTitles, const std::vector<std::string>& stopwords,
                     const std::vector<std::string>& variants) {
    for (const auto& line : entityLines) {
        auto f = knowledge::splitTabs(line);
        if (f.size() < 3 || f[0].empty()) continue;
        GazEntry e;
        e.canonical = f[0];
        e.family = f[1] == "family";
        e.kind = kindOf(f[1]);
        if (f.size() > 3) e.parent = f[3];
        std::string joiner = f.size() > 4 ? f[4] : std::string("space");
        if (joiner == "space") e.joiner.assign(1, ' ');
        else if (joiner != "none") e.joiner = joiner;
        std::size_t index = m_entries.size();
        m_entries.push_back(e);
        if (!e.family || !m_byKey.count(canonicalKey(e.canonical))) m_byKey[canonicalKey(e.canonical)] = index;
        std::string aliases = f[2];
        std::size_t start = 0;
        while (start <= aliases.size()) {
            std::size_t bar = aliases.find('|', start);
            std::string a = aliases.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
            if (!a.empty()) {
                auto parts = aliasParts(a);
                for (std::string& part : parts) part = text::simplifiedChinese(part);
                if (!parts.empty()) {
                    if (e.family && parts.size() == 1) m_familyWords.emplace_back(parts[0], index);
                    m_byFirst[parts[0]].push_back(Alias{std::move(parts), index});
                }
            }
            if (bar == std::string::npos) break;
            start = bar + 1;
        }
    }
    for (auto& [first, list] : m_byFirst)
        std::stable_sort(list.begin(), list.end(),
                         [](const Alias& a, const Alias& b) { return a.parts.size() > b.parts.size(); });
    for (const auto& s : orgSuffixes) m_orgSuffixes.insert(trimmed(s));
    for (const auto& s : personTitles) {
        // roles.txt lines are "title <TAB> written forms, comma-separated <TAB> kind": take every written form's
        // last word ("chief executive" -> "executive" is enough to signal a person after it).
        auto f = knowledge::splitTabs(s);
        std::string forms = f.size() > 1 ? f[1] : f[0];
        std::size_t p = 0;
        while (p <= forms.size()) {
            std::size_t comma = forms.find(',', p);
            std::string form = trimmed(forms.substr(p, comma == std::string::npos ? std::string::npos : comma - p));
            // the last word that is not a preposition ("managing director of" -> "director")
            while (!form.empty()) {
                std::size_t sp = form.rfind(' ');
                std::string last = asciiLower(sp == std::string::npos ? form : form.substr(sp + 1));
                if (last != "of" && last != "at" && last != "for" && last != "the" && last != "to") {
                    m_personTitles.insert(last);
                    break;
                }
                form = sp == std::string::npos ? std::string() : form.substr(0, sp);
            }
            if (comma == std::string::npos) break;
            p = comma + 1;
        }
    }
    for (const auto& s : stopwords) {
        std::string w = trimmed(s);
        if (w.empty()) continue;
        // lower-case lines are function words; capitalised ones name the non-name capitalised words
        if (asciiLower(w) == w) m_functionWords.insert(w);
        else m_nonNames.insert(w);
    }
    for (const auto& s : variants) m_variants.insert(asciiLower(trimmed(s)));
    for (const auto& w : Demonyms::instance().nonNames()) m_demonyms.insert(w);
}

const Gazetteer& Gazetteer::instance() {
    static const Gazetteer g = [] {
        auto titles = knowledge::dataLines("person-titles.txt");
        for (auto& r : knowledge::dataLines("roles.txt")) titles.push_back(r);
        auto stop = knowledge::dataLines("entity-stopwords.txt");
        for (auto& w : knowledge::dataLines("stopwords-en.txt")) stop.push_back(asciiLower(w));
        return Gazetteer(knowledge::dataLines("entities.tsv"), knowledge::dataLines("org-suffixes.txt"), titles, stop,
                         knowledge::dataLines("product-variants.txt"));
    }();
    return g;
}

namespace {

/// What a token is matched by: Han characters in their simplified form, so that "寧德時代" finds the alias 宁德时代.
std::string matchKey(const Tok& t) {
    const bool ascii = std::all_of(t.text.begin(), t.text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? std::string(t.text) : text::simplifiedChinese(t.text);
}

}  // namespace

std::optional<Gazetteer::Hit> Gazetteer::matchAt(const std::vector<Tok>& toks, std::size_t i) const {
    auto it = m_byFirst.find(matchKey(toks[i]));
    if (it == m_byFirst.end()) return std::nullopt;
    std::optional<Hit> best;
    for (const Alias& a : it->second) {
        std::size_t j = i + 1;
        bool ok = true;
        for (std::size_t p = 1; p < a.parts.size(); ++p) {
            if (j < toks.size() && isDash(toks[j].text) && adjacent(toks[j - 1], toks[j])) ++j;
            if (j >= toks.size() || matchKey(toks[j]) != a.parts[p]) {
                ok = false;
                break;
            }
            ++j;
        }
        if (!ok) continue;
        // CJK aliases must be contiguous characters; Latin aliases must not continue into a longer word
        if (best && j < best->end) break;
        if (best && j == best->end) {
            best->entries.push_back(a.entry);
            continue;
        }
        best = Hit{j, {a.entry}};
    }
    return best;
}

const GazEntry* Gazetteer::byKey(const std::string& key) const {
    auto it = m_byKey.find(key);
    return it == m_byKey.end() ? nullptr : &m_entries[it->second];
}

const GazEntry* Gazetteer::familyPrefix(std::string_view token, std::size_t& aliasLength) const {
    for (const auto& [word, index] : m_familyWords) {
        if (token.size() > word.size() && token.substr(0, word.size()) == word && token[word.size()] >= '0' &&
            token[word.size()] <= '9') {
            aliasLength = word.size();
            return &m_entries[index];
        }
    }
    return nullptr;
}

}  // namespace parallax::annotate
