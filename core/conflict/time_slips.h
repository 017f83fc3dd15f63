#pragma once
/// @file time_slips.h  Dates and times one article writes that cannot be right whatever the facts: a
/// weekday beside a date it does not fit ("on Tuesday, June 24, 2024", when 24 June 2024 was a Monday),
/// and a time given in two zones that do not convert ("10:54 local time (2:12 GMT)": no zone is 8 h 42 min
/// ahead of GMT). Internal to parallax_conflict.
#include <string>
#include <vector>

#include "core/conflict/rules.h"
#include "core/model/article.h"

namespace parallax::conflict {

struct TimeSlip {
    std::vector<Evidence> evidence;  ///< the words at fault: the weekday with its date, or each of the two times
    std::string text;
    std::string subject;    ///< the event claim the words belong to, else the words themselves
    std::string attribute;  ///< "weekday" or "time zone"
    std::string value;
    Finding finding;
};

/// The slips of one article, from its time values (`ann.times`).
[[nodiscard]] std::vector<TimeSlip> checkWrittenTimes(const Article& article, const Annotations& ann);

}  // namespace parallax::conflict
