// One person, two spellings. Only Latin-script person names are read (a romanised Chinese name has
// legitimate variants: Wade-Giles, pinyin), and only a surname that nobody in the article bears, so that
// two relatives or two people with near names ("Li" and "Lee", both introduced) are never confused.
#include "core/conflict/name_spellings.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/annotate/claims_lexicon.h"

namespace parallax::conflict {
namespace {

bool latinWord(std::string_view w) {
    return w.size() >= 3 && std::isupper(static_cast<unsigned char>(w.front())) != 0 &&
           std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '-'; });
}

/// The words of a name: "Dan Hut" -> {"Dan", "Hut"}.
std::vector<std::string> nameWords(std::string_view name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : name) {
        if (c == ' ') {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

/// Near enough to be a misspelling of one another: one edit, or two between words of four letters or more
/// on the longer side that keep their first and last letters ("Hut" / "Hoot").
bool nearSpelling(const std::string& a, const std::string& b) {
    if (a == b) return false;
    const int d = spellingDistance(a, b);
    // The first letter is kept: a slip of the ear or the keyboard rarely changes it, while two different
    // names often differ only there ("Hoon" / "Moon").
    if (a.front() != b.front()) return false;
    if (d == 1) return true;
    return d == 2 && std::max(a.size(), b.size()) >= 4 && a.back() == b.back();
}

/// The clause of `sent` around `name`: between the punctuation that closes a clause or a quotation, so that
/// two spellings in one sentence ("… Dan Hut said on the webcast,” Hoot added") are two pieces of evidence.
Span clauseOf(std::string_view text, Span sent, Span name) {
    auto isBreak = [](unsigned char c) { return c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')'; };
    auto isQuote = [&](std::size_t i) {  // the curly quotation marks, three bytes each
        return i + 3 <= text.size() && (text.compare(i, 3, "\u201C") == 0 || text.compare(i, 3, "\u201D") == 0);
    };
    std::size_t start = name.start;
    while (start > sent.start && !isBreak(static_cast<unsigned char>(text[start - 1])) &&
           !(start >= sent.start + 3 && isQuote(start - 3)))
        --start;
    std::size_t end = name.end;
    while (end < sent.end && !isBreak(static_cast<unsigned char>(text[end])) && !isQuote(end)) ++end;
    while (start < end && text[start] == ' ') ++start;
    while (end > start && (text[end - 1] == ' ' || text[end - 1] == '.')) --end;
    return {start, end};
}

}  // namespace

int spellingDistance(std::string_view a, std::string_view b) {
    if (a.size() > 40 || b.size() > 40) return 3;
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return std::min(d[n][m], 3);
}

std::vector<NameSlip> checkNameSpellings(const Article& article, const Annotations& ann) {
    std::vector<NameSlip> out;
    // Every surname written in the article (of full names and of lone mentions), and the full names by surname.
    std::set<std::string> surnames;
    std::map<std::string, const Entity*> introducedBy;  // lower surname -> first full-name mention
    std::vector<const Entity*> people;
    for (const Entity& e : ann.entities) {
        if (e.kind != EntityKind::Person) continue;
        const std::vector<std::string> words = nameWords(e.text);
        if (words.empty() || !std::all_of(words.begin(), words.end(), [](const std::string& w) { return latinWord(w) || w.size() < 3; }))
            continue;
        if (!latinWord(words.back())) continue;
        people.push_back(&e);
        const std::string last = annotate::lowerAscii(words.back());
        surnames.insert(last);
        if (words.size() >= 2) introducedBy.emplace(last, &e);
    }
    // First names: a lone "Dana" next to "Dan Hut" is Dana, not a misspelt Hut.
    std::set<std::string> firstNames;
    for (const Entity* e : people) {
        const std::vector<std::string> words = nameWords(e->text);
        for (std::size_t i = 0; i + 1 < words.size(); ++i) firstNames.insert(annotate::lowerAscii(words[i]));
    }
    // A name of any kind ending in the other spelling (a person the tagger took for an organisation, a
    // place) bears it: only a spelling that nothing in the article is called can be a slip.
    std::set<std::string> borne;
    for (const Entity& e : ann.entities) {
        const std::vector<std::string> words = nameWords(e.text);
        if (words.size() >= 2) borne.insert(annotate::lowerAscii(words.back()));
    }
    std::set<std::string> reported;
    for (const Entity* e : people) {
        const std::vector<std::string> words = nameWords(e->text);
        const std::string last = annotate::lowerAscii(words.back());
        if (words.size() >= 2 && introducedBy.at(last) == e) continue;  // the introduction itself
        if (introducedBy.count(last) || borne.count(last)) continue;    // a surname somebody bears
        const Entity* match = nullptr;
        int matches = 0;
        for (const auto& [surname, intro] : introducedBy) {
            if (!nearSpelling(last, surname)) continue;
            // A full-name variant must keep the first name ("Dan Hut" / "Dan Hoot").
            if (words.size() >= 2 &&
                annotate::lowerAscii(nameWords(intro->text).front()) != annotate::lowerAscii(words.front()))
                continue;
            match = intro;
            ++matches;
        }
        if (matches != 1 || !reported.insert(last).second) continue;
        if (words.size() == 1 && firstNames.count(last)) continue;
        NameSlip slip;
        slip.introduced = sentenceAt(ann, match->span.start);
        slip.variant = sentenceAt(ann, e->span.start);
        if (slip.introduced == slip.variant) {
            slip.introduced = clauseOf(article.text, slip.introduced, match->span);
            slip.variant = clauseOf(article.text, slip.variant, e->span);
        }
        slip.full = match->text;
        slip.other = e->text;
        slip.finding.type = ConflictType::Speaker;
        slip.finding.severity = Severity::Low;
        slip.finding.reason = "The article introduces " + match->text + " and later writes \"" + e->text +
                              "\": one name spelled two ways, or a person it never introduces";
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
