// Loading the claim lexicons. Each file is a plain list a user can extend; a malformed line is skipped
// rather than failing the analysis, because a typo in a user's file must not stop Parallax.
#include "core/annotate/claims_lexicon.h"

#include <algorithm>
#include <cctype>

#include "core/annotate/claims_text.h"
#include "core/knowledge/resources.h"

namespace parallax::annotate {

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) out += (k ? ", " : "") + items[k];
    return out;
}

std::vector<std::string> splitList(std::string_view s, char delimiter) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(delimiter, start);
        if (end == std::string_view::npos) end = s.size();
        std::string_view item = s.substr(start, end - start);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t' || item.back() == '\r')) item.remove_suffix(1);
        if (!item.empty()) out.emplace_back(item);
        start = end + 1;
    }
    return out;
}

void PhraseTable::add(std::string_view phrase, int payload) {
    // Phrases are split exactly as sentences are, so "no. 1" or "open-source" match what the text gives.
    std::vector<std::string> words;
    for (const claims::Word& w : claims::splitWords(phrase, Span{0, phrase.size()})) {
        // "{day}" is split like text into "{", "day", "}": put the placeholder back together.
        if (w.lower == "}" && words.size() >= 2 && words[words.size() - 2] == "{" && words.back() == "day") {
            words.resize(words.size() - 2);
            words.emplace_back("{day}");
            continue;
        }
        words.push_back(w.lower);
    }
    if (words.empty()) return;
    m_firstShapes.set(shapeOf(words.front()));
    auto& list = m_byFirst[words.front()];
    list.emplace_back(std::move(words), payload);
    // Longest first, so the first hit is the longest match ("ai chip" before "ai").
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

namespace {

/// "{day}" in a phrase stands for a day word: "closed {day} at" reads "closed yesterday at", "closed Friday at".
bool samePhraseWord(const std::string& pattern, const std::string& word) {
    if (pattern != "{day}") return pattern == word;
    static constexpr std::string_view days[] = {"yesterday", "today",  "monday",   "tuesday", "wednesday",
                                                "thursday",  "friday", "saturday", "sunday"};
    return std::any_of(std::begin(days), std::end(days), [&](std::string_view d) { return word == d; });
}

}  // namespace

std::size_t PhraseTable::shapeOf(const std::string& word) {
    const std::size_t first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    return first * 32 + std::min<std::size_t>(word.size(), 31);
}

std::optional<PhraseTable::Match> PhraseTable::match(const std::vector<std::string>& words, std::size_t at) const {
    if (at >= words.size() || !m_firstShapes.test(shapeOf(words[at]))) return std::nullopt;
    auto it = m_byFirst.find(words[at]);
    if (it == m_byFirst.end()) return std::nullopt;
    for (const auto& [phrase, payload] : it->second) {
        if (at + phrase.size() > words.size()) continue;
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(at), samePhraseWord))
            return Match{payload, phrase.size()};
    }
    return std::nullopt;
}

void Taxonomy::load(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        std::vector<std::string> cols = knowledge::splitTabs(line);
        if (cols.empty() || cols[0].empty()) continue;
        if (cols[0] == "disjoint") {
            std::vector<std::string> set(cols.begin() + 1, cols.end());
            set.erase(std::remove(set.begin(), set.end(), std::string{}), set.end());
            if (set.size() >= 2) m_disjointSets.push_back(std::move(set));
            continue;
        }
        const std::string& term = cols[0];
        if (m_parent.find(term) == m_parent.end()) m_terms.push_back(term);
        m_parent[term] = cols.size() > 1 ? cols[1] : std::string{};
        int index = static_cast<int>(std::find(m_terms.begin(), m_terms.end(), term) - m_terms.begin());
        std::vector<std::string> forms = cols.size() > 2 ? splitList(cols[2], ',') : std::vector<std::string>{};
        forms.push_back(term);
        for (const std::string& form : forms) {
            m_byWritten[lowerAscii(form)] = term;
            m_phrases.add(form, index);
        }
    }
}

bool Taxonomy::known(std::string_view term) const { return m_parent.find(term) != m_parent.end(); }

std::vector<std::string> Taxonomy::lineage(std::string_view term) const {
    std::vector<std::string> out;
    std::string current(term);
    // The guard stops a cycle in a user's file from looping forever.
    while (!current.empty() && out.size() < 32) {
        if (std::find(out.begin(), out.end(), current) != out.end()) break;
        out.push_back(current);
        auto it = m_parent.find(current);
        if (it == m_parent.end()) break;
        current = it->second;
    }
    return out;
}

bool Taxonomy::disjoint(std::string_view a, std::string_view b) const {
    std::vector<std::string> la = lineage(a);
    std::vector<std::string> lb = lineage(b);
    auto has = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    // One above the other: a broader term, compatible by definition.
    if (has(la, std::string(b)) || has(lb, std::string(a))) return false;
    for (const auto& set : m_disjointSets) {
        for (std::size_t i = 0; i < set.size(); ++i) {
            for (std::size_t j = 0; j < set.size(); ++j) {
                if (i != j && has(la, set[i]) && has(lb, set[j])) return true;
            }
        }
    }
    return false;
}

std::string Taxonomy::canonical(std::string_view written) const {
    auto it = m_byWritten.find(lowerAscii(written));
    return it == m_byWritten.end() ? std::string{} : it->second;
}

namespace {

ClaimLexicon loadLexicon() {
    ClaimLexicon lex;
    lex.taxonomy.load(knowledge::dataLines("categories.tsv"));
    auto addClass = [](PhraseTable& table, std::vector<std::string>& names, const std::string& name,
                       const std::string& forms) {
        int index = static_cast<int>(names.size());
        names.push_back(name);
        for (const std::string& form : splitList(forms, ',')) table.add(form, index);
    };
    for (const std::string& line : knowledge::dataLines("event-verbs.txt")) {
        std::vector<std::string> cols = knowledge::splitTabs(line);
        if (cols.size() < 2 || cols[0].empty()) continue;
        const std::string& cls = cols[0];
        auto prefixed = [&cls](std::string_view prefix) { return cls.rfind(prefix, 0) == 0; };
        if (prefixed("amount:")) addClass(lex.measures, lex.measureNames, cls.substr(7), cols[1]);
        else if (prefixed("qualifier:")) addClass(lex.qualifiers, lex.qualifierNames, cls.substr(10), cols[1]);
        else if (prefixed("rank:")) addClass(lex.rankings, lex.rankNames, "rank " + cls.substr(5), cols[1]);
        else addClass(lex.eventVerbs, lex.eventClasses, cls, cols[1]);
    }
    for (const std::string& line : knowledge::dataLines("antonyms.txt")) {
        std::vector<std::string> cols = knowledge::splitTabs(line);
        if (cols.size() < 3 || cols[0].empty() || cols[1].empty()) continue;
        if (cols[0] == "performance") {
            addClass(lex.comparisons, lex.comparisonValues, cols[1], cols[2]);
            continue;
        }
        int index = static_cast<int>(lex.directionList.size());
        lex.directionList.push_back({cols[0], cols[1]});
        for (const std::string& form : splitList(cols[2], ',')) lex.directions.add(form, index);
    }
    for (const std::string& line : knowledge::dataLines("hedges.txt")) lex.hedges.add(line, 0);
    for (const std::string& line : knowledge::dataLines("roles.txt")) {
        std::vector<std::string> cols = knowledge::splitTabs(line);
        if (cols.size() < 2 || cols[0].empty()) continue;
        int index = static_cast<int>(lex.roleList.size());
        lex.roleList.push_back({cols[0], cols.size() > 2 && cols[2] == "office"});
        for (const std::string& form : splitList(cols[1], ',')) lex.roles.add(form, index);
        lex.roles.add(cols[0], index);
    }
    return lex;
}

}  // namespace

const ClaimLexicon& claimLexicon() {
    static const ClaimLexicon lex = loadLexicon();  // thread-safe initialisation (C++11 statics)
    return lex;
}

}  // namespace parallax::annotate
