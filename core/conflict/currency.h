#pragma once
/// @file currency.h  Reference exchange rates (resources/knowledge/currencies.tsv) for checking conversions
/// written in the text ("HK$4.35 billion ($840 million)") and for comparing amounts in two currencies.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::conflict {

/// One currency's reference rate over a period: the range it moved in against the US dollar.
struct CurrencyRate {
    std::string code;      ///< ISO 4217 ("HKD")
    double perUsdLow = 0;  ///< units of this currency per 1 USD, lowest over the period
    double perUsdHigh = 0; ///< highest over the period
    bool pegged = false;   ///< held in a band by a central bank: conversions must be close
    int fromYear = 0;      ///< period the range holds for; 0 = open
    int toYear = 0;
};

/// The reference rates of resources/knowledge/currencies.tsv (columns: code, symbols, names, low, high,
/// regime, years), extended by the user's file of the same name.
class CurrencyTable {
public:
    /// Reads the data lines; a line it cannot read is skipped (a typo must not stop the analysis).
    void load(const std::vector<std::string>& lines);
    /// The bundled table; empty (and the conversion check off) when the file is missing.
    [[nodiscard]] static const CurrencyTable& bundled();

    [[nodiscard]] bool empty() const { return m_rates.empty(); }
    /// The rate for `year` (0 = the latest period known).
    [[nodiscard]] std::optional<CurrencyRate> rate(std::string_view code, int year = 0) const;
    /// The range of "units of `to` per unit of `from`" the rates allow, widened by a tolerance that fits
    /// the currencies (tight when both are pegged, wider when either floats).
    [[nodiscard]] std::optional<std::pair<double, double>> factor(std::string_view from, std::string_view to,
                                                                  int year = 0) const;

private:
    std::map<std::string, std::vector<CurrencyRate>, std::less<>> m_rates;
};

}  // namespace parallax::conflict
