#pragma once
/// @file amounts.h  Core's normalised amounts ("8.4e+08 USD") as people write them ("840 million USD").
#include <QString>

namespace parallax::ui {

/// A number with an optional unit, scaled to million / billion / trillion with `significantDigits` digits
/// ("1.26e+09 CNY" -> "1.26 billion CNY"); anything else comes back unchanged. Core reads the result back to the
/// same amount when the digits suffice (reference facts keep 12).
[[nodiscard]] QString amountInWords(const QString& value, int significantDigits);

}  // namespace parallax::ui
