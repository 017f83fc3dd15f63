// One moment of a story: see moments.h. Only times of day are compared across names, never dates alone: a
// story of a launch often dates the previous flight, but rarely gives its minute without its date, and the
// days must agree (or both articles fall near one publication day) before two minutes are compared.
#include "core/conflict/moments.h"

#include <cmath>
#include <cstdlib>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/clock.h"
#include "core/conflict/dates.h"
#include "core/model/date.h"
#include "core/model/timex_text.h"

namespace parallax::conflict {

std::string eventPairing(std::string_view attribute) {
    if (attribute == "lifted off") return "released";
    return std::string(attribute);
}

bool storyMoment(const Side& a, const Side& b) {
    const Claim& ca = a.claim;
    const Claim& cb = b.claim;
    if (ca.kind != ClaimKind::Event || cb.kind != ClaimKind::Event) return false;
    if (a.reference() || b.reference() || a.article == b.article) return false;
    if (!parseClock(ca.value) || !parseClock(cb.value)) return false;
    const bool liftOff = (ca.attribute == "lifted off" && (cb.attribute == "lifted off" || cb.attribute == "released")) ||
                         (cb.attribute == "lifted off" && ca.attribute == "released");
    const bool collision = ca.attribute == "collided" && cb.attribute == "collided";
    return liftOff || collision;
}

bool timedMoment(const Claim& c) {
    return c.kind == ClaimKind::Event && !c.negated && (c.attribute == "collided" || c.attribute == "lifted off") &&
           parseClock(c.value).has_value();
}

bool momentDaysMeet(const Side& a, const Side& b) {
    auto da = parseDateValue(a.claim.value);
    auto db = parseDateValue(b.claim.value);
    if (!da || !db || !datesCompatible(*da, *db)) return false;
    // A time alone ("at 1:28 am") has its page's day; a month and day with no year ("Oct 13") pins the day well enough.
    auto dayKnown = [](const Side& s, const DateRange& r) {
        return (!r.anyDate && (r.anyYearMonth == 0 || r.anyYearDay != 0)) || (!s.published.empty() && !s.publishedGuessed);
    };
    return dayKnown(a, *da) && dayKnown(b, *db);
}

bool twoCollisions(const DateRange& a, const DateRange& b) {
    if (a.anyDate || b.anyDate || a.anyYearMonth != 0 || b.anyYearMonth != 0) return false;
    const long apart = a.first > b.last ? a.first - b.last : (b.first > a.last ? b.first - a.last : 0);
    return apart > 31 && !yearSlip(a, b);
}

bool yearSlip(const DateRange& a, const DateRange& b) {
    if (a.anyDate || b.anyDate || a.anyYearMonth != 0 || b.anyYearMonth != 0) return false;
    if (a.first != a.last || b.first != b.last || a.first == b.first) return false;
    const Date da = Date::fromDaysSinceEpoch(a.first);
    const Date db = Date::fromDaysSinceEpoch(b.first);
    return da.month == db.month && da.day == db.day;
}

namespace {

long secondsOf(std::string_view value) {
    if (!elapsedValue(value)) return -1;
    return std::strtol(std::string(value.substr(1, value.size() - 2)).c_str(), nullptr, 10);
}

/// Seconds either side the wording allows: a fifth of an approximate time ("about 90 minutes": 18 minutes), half
/// the smallest unit written otherwise ("seven minutes": 30 seconds).
bool approximate(const Claim& c) {
    const std::string t = annotate::lowerAscii(c.text);
    for (std::string_view w : {"about", "around", "roughly", "approximately", "nearly", "almost", "some ", "over ",
                               "than", "under ", "circa", "approx", "约", "近", "逾", "超过", "左右", "多"})
        if (t.find(w) != std::string::npos) return true;
    return false;
}

double slack(const Claim& c, long seconds) {
    if (approximate(c)) return std::max(0.2 * static_cast<double>(seconds), 60.0);
    const std::string t = annotate::lowerAscii(c.text);
    if (t.find("sec") != std::string::npos || t.find("秒") != std::string::npos) return 0.5;
    if (t.find("min") != std::string::npos || t.find("分") != std::string::npos) return 30;
    return 1800;
}

}  // namespace

bool elapsedValue(std::string_view value) {
    return value.size() >= 3 && value.front() == '+' && value.back() == 's';
}

std::optional<Finding> judgeElapsed(const Side& a, const Side& b) {
    if (a.article == b.article) return std::nullopt;
    const long sa = secondsOf(a.claim.value);
    const long sb = secondsOf(b.claim.value);
    if (sa <= 0 || sb <= 0) return std::nullopt;
    const double allowed = slack(a.claim, sa) + slack(b.claim, sb);
    const long apart = std::labs(sa - sb);
    if (static_cast<double>(apart) <= allowed) return std::nullopt;
    Finding f;
    f.type = ConflictType::Date;
    const bool loose = approximate(a.claim) || approximate(b.claim);
    f.severity = loose || a.claim.hedged || b.claim.hedged ? Severity::Medium : Severity::High;
    std::string milestone = a.claim.attribute.substr(0, a.claim.attribute.find(" after launch"));
    f.reason = whereOf(a) + " times the " + milestone + " at \u201C" + a.claim.text + "\u201D, " + whereOf(b) +
               " at \u201C" + b.claim.text + "\u201D: " + elapsedWords(sa) + " against " + elapsedWords(sb) +
               ", further apart than the wording allows; one flight has one " + milestone;
    return f;
}

}  // namespace parallax::conflict
