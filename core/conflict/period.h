#pragma once
/// @file period.h  The reporting period an amount's attribute may carry: "revenue [2024]". A figure for 2023
/// and one for 2024 are two measures, not a clash; a figure that names no period may be either.
#include <string>
#include <string_view>

namespace parallax::conflict {

/// The attribute without its period tag: "revenue (annual) [2024]" -> "revenue (annual)".
[[nodiscard]] std::string attributeBase(std::string_view attribute);
/// The period tag ("2024", "prior"), empty when there is none.
[[nodiscard]] std::string attributePeriod(std::string_view attribute);
/// Two attributes name one measure: equal bases (case aside) and periods that can be the same: equal, or
/// one of them unstated while the other is a year.
[[nodiscard]] bool sameMeasure(std::string_view a, std::string_view b);

/// The measure as a reader sees it in a reason: "revenue", or "revenue for 2024" when both sides name that year.
[[nodiscard]] std::string readableMeasure(std::string_view a, std::string_view b);

}  // namespace parallax::conflict
