#pragma once
/// @file amount_text.h  Core's normalised amounts ("8.4e+08 USD") as people write them ("840 million USD").
/// The value stays the data (JSON `value`, comparisons); this is the text shown in the reader and the reports.
#include <string>
#include <string_view>

namespace parallax {

/// A number with an optional unit, scaled to million / billion / trillion with `significantDigits` digits
/// ("1.26e+09 CNY" -> "1.26 billion CNY", "2.1e+07 USD" -> "21 million USD"); a smaller number is written out
/// in full ("2.5e+05" -> "250000"); anything else comes back unchanged. Read back, the text gives the same
/// amount when the digits suffice (reference facts keep 12).
[[nodiscard]] std::string amountInWords(std::string_view value, int significantDigits);

}  // namespace parallax
