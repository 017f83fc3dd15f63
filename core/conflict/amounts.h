#pragma once
/// @file amounts.h  Amounts as intervals: comparing two figures for the same measure, and checking the
/// currency conversions written beside a figure ("HK$4.35 billion ($840 million)"). Internal.
#include <optional>
#include <string>
#include <vector>

#include "core/conflict/rules.h"

namespace parallax::conflict {

/// Interval [low, high] an amount's wording allows, in its unit.
struct Amount {
    double low = 0;
    double high = 0;
    double value = 0;
    std::string unit;
    bool approximate = false;
    bool about = false;  ///< hedged with "about", "around", "roughly", 约
    /// The place of the figure's last significant digit, scaled (8,200 -> 100, 8.35 -> 0.01); 0 when the figure has
    /// fewer than two significant digits or is not read from an article's text.
    double lastDigit = 0;
    std::string qualifier;  ///< "about", "nearly", ... as the annotator read it
};

/// The amount of a claim: the article's quantity at the claim's value span, or read from a fact's value
/// ("560000000 USD", "$560 million", "4.35 billion HKD").
[[nodiscard]] std::optional<Amount> amountOf(const Side& s);
/// Reads an amount as written in a reference fact.
[[nodiscard]] std::optional<Amount> parseAmount(std::string_view text);

/// Two statements in one article are one fact told twice only when their wording around the value is largely
/// the same ("agreed to pay nearly $102 million to resolve a civil claim" / "have agreed to pay $101 million to
/// resolve a civil claim"); otherwise they are most likely two different facts (two versions, two figures).
[[nodiscard]] bool restated(const Side& a, const Side& b);

/// Two amounts for the same subject and measure that cannot both hold after rounding (and conversion).
[[nodiscard]] std::optional<Finding> judgeAmounts(const Side& a, const Side& b, const RuleContext& ctx);

/// A conversion written in an article that does not add up at the reference rate.
struct ConversionSlip {
    Span span;           ///< from the original figure to the end of the conversion
    std::string text;
    std::string subject;
    Finding finding;
    std::string value;   ///< what the conversion should have been, roughly
};
[[nodiscard]] std::vector<ConversionSlip> checkConversions(const Article& article, const Annotations& ann,
                                                           const CurrencyTable& currencies);

/// "US$557 million", "HK$4.35 billion": an amount in words a reader knows.
[[nodiscard]] std::string describeMoney(double value, const std::string& unit);

}  // namespace parallax::conflict
