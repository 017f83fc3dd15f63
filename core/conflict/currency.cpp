// The currency table (written with the annotate stage, which reads its symbols and names) gives, per
// period, the range a currency moved in against the dollar. A conversion is checked against that range,
// widened a little: a peg barely moves, a floating rate is quoted loosely in news copy.
#include "core/conflict/currency.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/annotate/claims_lexicon.h"
#include "core/knowledge/resources.h"

namespace parallax::conflict {

namespace {

constexpr double kPeggedTolerance = 0.01;
constexpr double kFloatingTolerance = 0.05;

std::optional<double> number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || v <= 0) return std::nullopt;
    return v;
}

}  // namespace

void CurrencyTable::load(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        std::vector<std::string> cols = knowledge::splitTabs(line);
        if (cols.size() < 6) continue;
        CurrencyRate r;
        r.code = cols[0];
        if (r.code.size() != 3) continue;
        auto low = number(cols[3]);
        auto high = number(cols[4]);
        if (!low || !high) continue;
        r.perUsdLow = std::min(*low, *high);
        r.perUsdHigh = std::max(*low, *high);
        r.pegged = annotate::lowerAscii(cols[5]).find("peg") != std::string::npos;
        if (cols.size() > 6 && !cols[6].empty()) {
            const std::string& years = cols[6];
            std::size_t dash = years.find('-');
            r.fromYear = std::atoi(years.substr(0, dash).c_str());
            r.toYear = dash == std::string::npos ? r.fromYear : std::atoi(years.substr(dash + 1).c_str());
        }
        m_rates[r.code].push_back(r);
    }
}

const CurrencyTable& CurrencyTable::bundled() {
    static const CurrencyTable table = [] {
        CurrencyTable t;
        t.load(knowledge::dataLines("currencies.tsv"));
        return t;
    }();
    return table;
}

std::optional<CurrencyRate> CurrencyTable::rate(std::string_view code, int year) const {
    auto it = m_rates.find(code);
    if (it == m_rates.end() || it->second.empty()) return std::nullopt;
    const CurrencyRate* latest = nullptr;
    for (const CurrencyRate& r : it->second) {
        bool covers = (r.fromYear == 0 || r.fromYear <= year) && (r.toYear == 0 || year <= r.toYear);
        if (year != 0 && covers) return r;
        auto end = [](const CurrencyRate& x) { return x.toYear == 0 ? 9999 : x.toYear; };
        if (latest == nullptr || end(r) > end(*latest)) latest = &r;
    }
    return *latest;
}

std::optional<std::pair<double, double>> CurrencyTable::factor(std::string_view from, std::string_view to, int year) const {
    auto f = rate(from, year);
    auto t = rate(to, year);
    if (!f || !t) return std::nullopt;
    double tol = (f->pegged && t->pegged) ? kPeggedTolerance : kFloatingTolerance;
    // 1 `from` = (to per USD) / (from per USD) units of `to`.
    double low = t->perUsdLow / f->perUsdHigh;
    double high = t->perUsdHigh / f->perUsdLow;
    return std::make_pair(low * (1 - tol), high * (1 + tol));
}

}  // namespace parallax::conflict
