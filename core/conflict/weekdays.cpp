// A weekday that does not fit its date. The time annotator notes the mismatch ("weekday mismatch: written
// Tuesday, the date is a Monday", only for a date whose year is written); this turns the note into an
// internal conflict.
#include "core/conflict/weekdays.h"

#include "core/conflict/dates.h"

namespace parallax::conflict {

std::vector<WeekdaySlip> checkWeekdays(const Article& article, const Annotations& ann) {
    std::vector<WeekdaySlip> out;
    for (const TimeValue& t : ann.times) {
        if (t.note.rfind("weekday mismatch", 0) != 0) continue;
        auto date = parseDateValue(t.value);
        if (!date || date->first != date->last || date->anyYearMonth != 0) continue;
        WeekdaySlip slip;
        slip.span = t.span;
        slip.text = t.text;
        slip.value = t.value;
        slip.subject = t.text;
        for (const Claim& c : ann.claims) {
            if (c.kind == ClaimKind::Event && c.valueSpan.start <= t.span.start && t.span.end <= c.valueSpan.end) slip.subject = c.subject;
        }
        slip.finding.type = ConflictType::Date;
        slip.finding.severity = Severity::High;
        Side side;
        side.source = &article;
        side.article = article.id;
        slip.finding.reason = whereOf(side) + " writes \u201C" + t.text + "\u201D, but " + describeDate(t.value) + " was a " +
                              weekdayName(weekdayOf(date->first)) + ": the weekday and the date cannot both be right";
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
