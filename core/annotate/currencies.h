#pragma once
/// @file currencies.h  Currency symbols, names and reference rates from resources/knowledge/currencies.tsv.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::annotate {

/// A range of units-per-USD that held over some years, and whether a central bank pegs it.
struct CurrencyRate {
    double perUsdLow = 0;
    double perUsdHigh = 0;
    bool peg = false;
    int fromYear = 0;
    int toYear = 9999;
};

struct Currency {
    std::string code;                  ///< ISO 4217 ("HKD")
    std::vector<std::string> symbols;  ///< written before a figure ("HK$", "HKD")
    std::vector<std::string> names;    ///< written after a figure, lower case ("hong kong dollars", "港元")
    std::vector<CurrencyRate> rates;
};

/// The currency table: the bundled file plus the user's additions. Immutable once built.
class CurrencyTable {
public:
    /// Builds the table from data lines (see currencies.tsv for the columns); bad lines are skipped.
    explicit CurrencyTable(const std::vector<std::string>& lines);
    /// The table read from resources/knowledge/currencies.tsv once per process.
    [[nodiscard]] static const CurrencyTable& instance();

    [[nodiscard]] const Currency* byCode(std::string_view code) const;
    /// The reference rate for a year (the nearest period when none covers the year), if the code is known.
    [[nodiscard]] std::optional<CurrencyRate> rateFor(std::string_view code, int year) const;

    /// A symbol written at text[pos] ("HK$", "RMB", "€"): the longest match, its code and byte length.
    struct Hit {
        std::string code;
        std::size_t length = 0;
    };
    [[nodiscard]] std::optional<Hit> symbolAt(std::string_view text, std::size_t pos) const;
    /// A currency name or code written at text[pos] after a figure ("Hong Kong dollars", "yuan", "元", "USD").
    [[nodiscard]] std::optional<Hit> nameAt(std::string_view text, std::size_t pos) const;

    [[nodiscard]] const std::vector<Currency>& all() const { return m_currencies; }

private:
    static std::string asciiLowerCopy(std::string_view s);

    std::vector<Currency> m_currencies;
    std::vector<std::pair<std::string, std::string>> m_symbols;  ///< (symbol, code), longest first
    std::vector<std::pair<std::string, std::string>> m_names;    ///< (name, code), longest first
    /// Indexes into m_symbols and m_names by first byte, longest first: symbolAt runs at every token of every
    /// article, and most bytes start no symbol, so it looks only at the few that could match.
    std::array<std::vector<std::size_t>, 256> m_symbolsByFirst;
    std::array<std::vector<std::size_t>, 256> m_namesByFirst;
};

/// US dollars per unit of `code` at the middle of its reference range for `year`, if known.
[[nodiscard]] std::optional<double> usdPerUnit(std::string_view code, int year);

}  // namespace parallax::annotate
