#include "core/annotate/currencies.h"

#include <algorithm>
#include <cstdlib>
#include <cmath>

#include "core/knowledge/resources.h"

namespace parallax::annotate {
namespace {

std::vector<std::string> splitBars(const std::string& s) {
    std::vector<std::string> out;
    if (s.empty() || s == "-") return out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t bar = s.find('|', start);
        std::string part = s.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
        if (!part.empty()) out.push_back(part);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool equalsIgnoreAsciiCase(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
        char a = text[pos + k];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != word[k]) return false;
    }
    return true;
}

void sortLongestFirst(std::vector<std::pair<std::string, std::string>>& v) {
    std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

}  // namespace

CurrencyTable::CurrencyTable(const std::vector<std::string>& lines) {
    for (const auto& line : lines) {
        auto f = knowledge::splitTabs(line);
        if (f.size() < 7 || f[0].empty()) continue;
        auto it = std::find_if(m_currencies.begin(), m_currencies.end(), [&](const Currency& c) { return c.code == f[0]; });
        if (it == m_currencies.end()) {
            m_currencies.push_back(Currency{f[0], {}, {}, {}});
            it = m_currencies.end() - 1;
        }
        for (auto& s : splitBars(f[1])) {
            it->symbols.push_back(s);
            m_symbols.emplace_back(s, f[0]);
        }
        for (auto& n : splitBars(f[2])) {
            it->names.push_back(n);
            m_names.emplace_back(n, f[0]);
        }
        CurrencyRate r;
        r.perUsdLow = std::strtod(f[3].c_str(), nullptr);
        r.perUsdHigh = std::strtod(f[4].c_str(), nullptr);
        r.peg = f[5] == "peg";
        std::size_t dash = f[6].find('-');
        r.fromYear = std::atoi(f[6].substr(0, dash).c_str());
        if (dash != std::string::npos && dash + 1 < f[6].size()) r.toYear = std::atoi(f[6].substr(dash + 1).c_str());
        if (r.perUsdLow > 0 && r.perUsdHigh >= r.perUsdLow) it->rates.push_back(r);
    }
    // A symbol's own code is also a name after the figure ("10 billion USD").
    for (const auto& c : m_currencies) m_names.emplace_back(asciiLowerCopy(c.code), c.code);
    sortLongestFirst(m_symbols);
    sortLongestFirst(m_names);
    for (std::size_t k = 0; k < m_symbols.size(); ++k)
        m_symbolsByFirst[static_cast<unsigned char>(m_symbols[k].first.front())].push_back(k);
    for (std::size_t k = 0; k < m_names.size(); ++k)
        m_namesByFirst[static_cast<unsigned char>(m_names[k].first.front())].push_back(k);
}

std::string CurrencyTable::asciiLowerCopy(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

const CurrencyTable& CurrencyTable::instance() {
    static const CurrencyTable table(knowledge::dataLines("currencies.tsv"));
    return table;
}

const Currency* CurrencyTable::byCode(std::string_view code) const {
    for (const auto& c : m_currencies)
        if (c.code == code) return &c;
    return nullptr;
}

std::optional<CurrencyRate> CurrencyTable::rateFor(std::string_view code, int year) const {
    const Currency* c = byCode(code);
    if (!c || c->rates.empty()) return std::nullopt;
    const CurrencyRate* best = nullptr;
    int bestDistance = 1 << 30;
    for (const auto& r : c->rates) {
        int d = year < r.fromYear ? r.fromYear - year : (year > r.toYear ? year - r.toYear : 0);
        if (d < bestDistance) {
            bestDistance = d;
            best = &r;
        }
    }
    return *best;
}

std::optional<CurrencyTable::Hit> CurrencyTable::symbolAt(std::string_view text, std::size_t pos) const {
    if (pos >= text.size() || (pos > 0 && isAsciiLetter(text[pos - 1]))) return std::nullopt;
    for (std::size_t k : m_symbolsByFirst[static_cast<unsigned char>(text[pos])]) {
        const auto& [sym, code] = m_symbols[k];
        if (text.compare(pos, sym.size(), sym) != 0) continue;
        // An alphabetic symbol ("RMB", "Rs") must end at a word boundary.
        if (isAsciiLetter(sym.back()) && pos + sym.size() < text.size() && isAsciiLetter(text[pos + sym.size()]))
            continue;
        return Hit{code, sym.size()};
    }
    return std::nullopt;
}

std::optional<CurrencyTable::Hit> CurrencyTable::nameAt(std::string_view text, std::size_t pos) const {
    if (pos >= text.size()) return std::nullopt;
    char first = text[pos];
    if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');  // names are matched lower-cased
    for (std::size_t k : m_namesByFirst[static_cast<unsigned char>(first)]) {
        const auto& [name, code] = m_names[k];
        if (!equalsIgnoreAsciiCase(text, pos, name)) continue;
        if (isAsciiLetter(name.back()) && pos + name.size() < text.size() && isAsciiLetter(text[pos + name.size()]))
            continue;
        return Hit{code, name.size()};
    }
    return std::nullopt;
}

std::optional<double> usdPerUnit(std::string_view code, int year) {
    auto r = CurrencyTable::instance().rateFor(code, year);
    if (!r) return std::nullopt;
    return 2.0 / (r->perUsdLow + r->perUsdHigh);
}

}  // namespace parallax::annotate
