#pragma once
/// @file weekdays.h  A weekday written beside a date it does not fit ("on Tuesday, June 24, 2024", when
/// 24 June 2024 was a Monday): a slip inside one article. Internal to parallax_conflict.
#include <string>
#include <vector>

#include "core/conflict/rules.h"
#include "core/model/article.h"

namespace parallax::conflict {

struct WeekdaySlip {
    Span span;  ///< the weekday and the date
    std::string text;
    std::string subject;  ///< the event claim the date belongs to, else the date as written
    std::string value;    ///< the date's value
    Finding finding;
};

/// Every weekday in `ann.times` the time annotator found at odds with the date beside it.
[[nodiscard]] std::vector<WeekdaySlip> checkWeekdays(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
