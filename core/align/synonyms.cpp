#include "core/align/synonyms.h"

#include <algorithm>
#include <map>

#include "core/knowledge/resources.h"

namespace parallax::align {
namespace {

constexpr std::size_t kMaxGap = 2;  // other tokens allowed between the words of a form

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

}  // namespace

SynonymTable::SynonymTable(const std::vector<std::string>& lines) {
    std::map<std::string, std::size_t> setIndex;
    for (const auto& line : lines) {
        auto cols = knowledge::splitTabs(line);
        if (cols.size() < 2) continue;
        std::string name = trim(cols[0]);
        if (name.empty()) continue;
        auto [it, fresh] = setIndex.emplace(name, m_sets.size());
        if (fresh) m_sets.push_back(name);
        std::string_view forms = cols[1];
        std::size_t start = 0;
        while (start <= forms.size()) {
            std::size_t comma = forms.find(',', start);
            std::string form = trim(forms.substr(start, comma == std::string_view::npos ? forms.npos : comma - start));
            start = comma == std::string_view::npos ? forms.size() + 1 : comma + 1;
            if (form.empty()) continue;
            Form f;
            f.set = it->second;
            for (const auto& t : text::tokens(form)) f.stems.push_back(t.stem);
            // A single stop word ("up") would match everywhere: such forms are ignored.
            if (f.stems.empty() || (f.stems.size() == 1 && text::tokens(form).front().stop)) continue;
            m_byFirst[f.stems.front()].push_back(m_forms.size());
            m_forms.push_back(std::move(f));
        }
    }
}

const SynonymTable& SynonymTable::shared() {
    static const SynonymTable table(knowledge::dataLines("synonyms.txt"));
    return table;
}

std::vector<std::string> SynonymTable::matches(std::span<const text::Token> tokens) const {
    std::vector<bool> hit(m_sets.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto found = m_byFirst.find(tokens[i].stem);
        if (found == m_byFirst.end()) continue;
        for (std::size_t formIndex : found->second) {
            const Form& f = m_forms[formIndex];
            if (hit[f.set]) continue;
            std::size_t pos = i;
            bool ok = true;
            for (std::size_t k = 1; k < f.stems.size() && ok; ++k) {
                ok = false;
                for (std::size_t j = pos + 1; j < tokens.size() && j <= pos + 1 + kMaxGap; ++j)
                    if (tokens[j].stem == f.stems[k]) {
                        pos = j;
                        ok = true;
                        break;
                    }
            }
            if (ok) hit[f.set] = true;
        }
    }
    std::vector<std::string> out;
    for (std::size_t s = 0; s < m_sets.size(); ++s)
        if (hit[s]) out.push_back(m_sets[s]);
    return out;
}

}  // namespace parallax::align
