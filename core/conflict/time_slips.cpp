// Slips in the dates and times one article writes. The time annotator notes a weekday that does not fit a
// date whose year is written ("weekday mismatch: ..."); a time followed by the same moment in brackets in
// another zone must differ by a real zone offset (a whole quarter of an hour, and the offset of the zone
// when both are named).
#include "core/conflict/time_slips.h"

#include <cstdlib>

#include "core/conflict/clock.h"
#include "core/conflict/dates.h"

namespace parallax::conflict {

namespace {

std::string subjectOf(const Annotations& ann, Span span, const std::string& fallback) {
    for (const Claim& c : ann.claims) {
        if (c.kind == ClaimKind::Event && c.valueSpan.start <= span.start && span.end <= c.valueSpan.end) return c.subject;
    }
    for (const Claim& c : ann.claims) {
        if (c.kind == ClaimKind::Event && c.span.start <= span.start && span.end <= c.span.end) return c.subject;
    }
    return fallback;
}

std::string where(const Article& article) {
    Side side;
    side.source = &article;
    side.article = article.id;
    return whereOf(side);
}

Evidence evidenceOf(const Article& article, Span span, const std::string& value) {
    Evidence e;
    e.article = article.id;
    e.span = span;
    e.text = article.text.substr(span.start, span.size());
    e.value = value;
    return e;
}

/// Only a bracket and spaces between two time values: "10:54 local time (2:12 GMT)".
bool bracketed(std::string_view text, const TimeValue& a, const TimeValue& b) {
    if (b.span.start < a.span.end || b.span.end >= text.size()) return false;
    std::string_view gap = text.substr(a.span.end, b.span.start - a.span.end);
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    bool open = gap == "(" || gap == "\uFF08";
    std::string_view after = text.substr(b.span.end, 3);
    return open && (after.rfind(")", 0) == 0 || after.rfind("\uFF09", 0) == 0);
}

int distanceToQuarter(int minutes) {
    int r = ((minutes % 15) + 15) % 15;
    return std::min(r, 15 - r);
}

std::optional<TimeSlip> zonePairSlip(const Article& article, const Annotations& ann, const TimeValue& a, const TimeValue& b) {
    auto ca = parseClock(a.value);
    auto cb = parseClock(b.value);
    if (!ca || !cb || !cb->offset || !bracketed(article.text, a, b)) return std::nullopt;
    int tolerance = clockTolerance(*ca, a.text) + clockTolerance(*cb, b.text);
    int utcB = cb->minutes - *cb->offset;
    // The offset the pair implies, within a day's turn: -12 h to +14 h.
    int implied = ((ca->minutes - utcB) % 1440 + 1440) % 1440;
    if (implied > 14 * 60) implied -= 1440;
    int off = 0;
    if (ca->offset) {
        off = std::abs(implied - *ca->offset);
    } else if (ca->zone.empty() || ca->zone == "local") {
        off = distanceToQuarter(implied);  // no zone is a few minutes off a quarter of an hour
    } else {
        return std::nullopt;  // a zone whose offset needs the date: the dates are checked elsewhere
    }
    if (off <= tolerance) return std::nullopt;
    TimeSlip slip;
    std::size_t close = article.text.compare(b.span.end, 1, ")") == 0 ? 1 : 3;  // ")" or "）"
    slip.text = article.text.substr(a.span.start, b.span.end + close - a.span.start);
    slip.evidence = {evidenceOf(article, a.span, a.value), evidenceOf(article, b.span, b.value)};
    slip.attribute = "time zone";
    slip.value = a.value + " / " + b.value;
    slip.subject = subjectOf(ann, a.span, slip.text);
    slip.finding.type = ConflictType::Date;
    slip.finding.severity = Severity::High;
    std::string why = ca->offset ? "the two zones are not that far apart"
                                 : "no time zone is that far from the other (zones differ by whole quarters of an hour)";
    slip.finding.reason = where(article) + " gives one moment as " + describeClock(a.value) + " and as " +
                          describeClock(b.value) + ": " + why;
    return slip;
}

}  // namespace

std::vector<TimeSlip> checkWrittenTimes(const Article& article, const Annotations& ann) {
    std::vector<TimeSlip> out;
    for (std::size_t i = 0; i < ann.times.size(); ++i) {
        const TimeValue& t = ann.times[i];
        if (i + 1 < ann.times.size()) {
            if (auto slip = zonePairSlip(article, ann, t, ann.times[i + 1])) out.push_back(std::move(*slip));
        }
        if (t.note.rfind("weekday mismatch", 0) != 0) continue;
        // Only a weekday beside a written calendar date ("Tuesday, 12 March") can be checked; a list of weekdays
        // ("Monday, Thursday") or a weekday counted from the publication day states no date to disagree with.
        if (t.text.find_first_of("0123456789") == std::string::npos) continue;
        auto date = parseDateValue(t.value);
        if (!date || date->first != date->last || date->anyYearMonth != 0) continue;
        TimeSlip slip;
        slip.evidence = {evidenceOf(article, t.span, t.value)};
        slip.text = t.text;
        slip.value = t.value;
        slip.attribute = "weekday";
        slip.subject = subjectOf(ann, t.span, t.text);
        slip.finding.type = ConflictType::Date;
        slip.finding.severity = Severity::High;
        slip.finding.reason = where(article) + " writes \u201C" + t.text + "\u201D, but " + describeDate(t.value) + " was a " +
                              weekdayName(weekdayOf(date->first)) + ": the weekday and the date cannot both be right";
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
