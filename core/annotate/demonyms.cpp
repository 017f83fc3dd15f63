#include "core/annotate/demonyms.h"

#include <algorithm>

#include "core/annotate/scan.h"
#include "core/knowledge/resources.h"

namespace parallax::annotate {
namespace {

std::vector<std::string> splitOn(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t at = s.find(sep, start);
        std::string part = s.substr(start, at == std::string::npos ? std::string::npos : at - start);
        if (!part.empty()) out.push_back(std::move(part));
        if (at == std::string::npos) break;
        start = at + 1;
    }
    return out;
}

std::vector<std::string> lowerWords(const std::string& form) {
    std::vector<std::string> words = splitOn(form, ' ');
    for (std::string& w : words) w = asciiLower(w);
    return words;
}

const Demonyms::Form* longestAt(const std::vector<Demonyms::Form>& forms, const std::vector<std::string>& lower,
                                std::size_t i) {
    for (const Demonyms::Form& f : forms) {
        if (i + f.words.size() > lower.size()) continue;
        if (std::equal(f.words.begin(), f.words.end(), lower.begin() + static_cast<std::ptrdiff_t>(i))) return &f;
    }
    return nullptr;
}

}  // namespace

Demonyms::Demonyms(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        const std::vector<std::string> f = knowledge::splitTabs(line);
        if (f.size() < 3 || f[0].empty()) continue;
        const std::vector<std::string> adjectives = splitOn(f[1], '|');
        for (const std::string& a : adjectives) m_adjectives.push_back(Form{lowerWords(a), f[0], false});
        for (const std::string& p : splitOn(f[2], '|'))
            m_people.push_back(Form{lowerWords(p), f[0], std::find(adjectives.begin(), adjectives.end(), p) != adjectives.end()});
        for (const std::string& form : adjectives) m_nonNames.push_back(splitOn(form, ' ').back());
        for (const std::string& form : splitOn(f[2], '|')) m_nonNames.push_back(splitOn(form, ' ').back());
    }
    auto longestFirst = [](const Form& a, const Form& b) { return a.words.size() > b.words.size(); };
    std::stable_sort(m_people.begin(), m_people.end(), longestFirst);
    std::stable_sort(m_adjectives.begin(), m_adjectives.end(), longestFirst);
}

const Demonyms& Demonyms::instance() {
    static const Demonyms d(knowledge::dataLines("demonyms.tsv"));
    return d;
}

const Demonyms::Form* Demonyms::peopleAt(const std::vector<std::string>& lower, std::size_t i) const {
    return longestAt(m_people, lower, i);
}

const Demonyms::Form* Demonyms::adjectiveAt(const std::vector<std::string>& lower, std::size_t i) const {
    return longestAt(m_adjectives, lower, i);
}

}  // namespace parallax::annotate
