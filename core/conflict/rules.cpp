// Pairwise judgement of claims. Each kind has its own notion of "cannot both hold"; everything that is
// not clearly a clash returns nothing, because a flag the reader has to dismiss costs trust.
#include "core/conflict/rules.h"
#include "core/conflict/period.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/annotate/measures.h"
#include "core/conflict/amounts.h"
#include "core/conflict/clock.h"
#include "core/conflict/dates.h"
#include "core/conflict/frames.h"
#include "core/conflict/models.h"
#include "core/conflict/internal_restatement.h"
#include "core/conflict/moments.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {

namespace {

Severity lower(Severity s) { return s == Severity::High ? Severity::Medium : Severity::Low; }

std::string quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

std::string article(std::string_view noun) {
    if (noun.empty()) return "a";
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(noun[0])));
    bool vowelSound = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || noun.rfind("LLM", 0) == 0 ||
                      noun.rfind("NPU", 0) == 0 || noun.rfind("HBM", 0) == 0 || noun.rfind("FPGA", 0) == 0;
    if (noun.rfind("GPU", 0) == 0 || noun.rfind("CPU", 0) == 0 || noun.rfind("TPU", 0) == 0) vowelSound = false;
    return vowelSound ? "an" : "a";
}

std::string onOrIn(std::string_view value) {
    std::string d = describeDate(value);
    auto r = parseDateValue(value);
    if (r && r->anyDate) return "at " + d;  // a time of day alone
    bool day = !d.empty() && std::isdigit(static_cast<unsigned char>(d[0])) != 0 && d.size() > 4;
    return (day ? "on " : "in ") + d;
}

bool opposite(const std::string& a, const std::string& b) {
    auto pair = [&](std::string_view x, std::string_view y) { return (a == x && b == y) || (a == y && b == x); };
    return pair("better", "worse") || pair("better", "not better") || pair("worse", "not worse") ||
           pair("equal", "worse");
}

std::string invert(const std::string& v) {
    if (v == "better") return "worse";
    if (v == "worse") return "better";
    if (v == "not better") return "not worse";
    if (v == "not worse") return "not better";
    return v;
}

/// Direction claims clash only in one voice: the same speaker, or both the outlets' own voice.
bool sameVoice(const Side& a, const Side& b) {
    if (a.claim.speaker.empty() && b.claim.speaker.empty()) return true;
    if (a.claim.speaker.empty() || b.claim.speaker.empty()) return false;
    return couldBeSamePerson(a.claim.speaker, b.claim.speaker);
}

std::set<std::string> wordSet(const std::string& s) {
    std::set<std::string> out;
    for (const std::string& w : annotate::splitList(s, ' ')) out.insert(w);
    return out;
}

bool sameWords(const std::string& a, const std::string& b) {
    if (a == b) return true;
    std::set<std::string> wa = wordSet(a);
    std::set<std::string> wb = wordSet(b);
    if (wa.size() < 6 || wb.size() < 6) return false;
    std::size_t common = 0;
    for (const std::string& w : wa) common += wb.count(w);
    std::size_t all = wa.size() + wb.size() - common;
    return static_cast<double>(common) / static_cast<double>(all) >= 0.8;
}

bool titleWithin(const std::string& a, const std::string& b) {
    std::set<std::string> wa = wordSet(annotate::lowerAscii(a));
    std::set<std::string> wb = wordSet(annotate::lowerAscii(b));
    return std::includes(wb.begin(), wb.end(), wa.begin(), wa.end()) ||
           std::includes(wa.begin(), wa.end(), wb.begin(), wb.end());
}

bool isOffice(const std::string& title) {
    for (const annotate::RoleTitle& r : annotate::claimLexicon().roleList) {
        if (r.title == title) return r.office;
    }
    return false;
}

std::string pastTense(const std::string& attribute) { return attribute; }

/// A related event with the conflicting date, the likely cause of the slip: a variant of the subject with a
/// dated event ("R1-Lite-Preview was released in November 2024"), or another event of the same subject
/// ("V2 was announced in November 2023").
std::string variantCause(const Side& wrong, const Side& right, const RuleContext& ctx) {
    auto date = parseDateValue(wrong.claim.value);
    if (!date || date->anyDate) return {};
    for (const Side& s : ctx.all) {
        if (s.claim.kind != ClaimKind::Event || s.claim.negated) continue;
        bool variant = isVariantOf(s.claim.subject, wrong.claim.subject) || isVariantOf(s.claim.subject, right.claim.subject);
        bool otherEvent = !variant && s.claim.attribute != wrong.claim.attribute &&
                          (sameSubject(s.claim.subject, wrong.claim.subject) || sameSubject(s.claim.subject, right.claim.subject));
        if (!variant && !otherEvent) continue;
        auto theirs = parseDateValue(s.claim.value);
        // A whole year fits too many dates to explain anything.
        if (!theirs || theirs->anyDate || theirs->anyYearMonth != 0 || theirs->last - theirs->first > 31 ||
            !datesCompatible(*theirs, *date))
            continue;
        // Said at the precision of the slip: "in November 2024", not the exact day.
        std::string value(datePart(s.claim.value));
        if (datePart(wrong.claim.value).size() <= 7 && value.size() > 7) value = value.substr(0, 7);
        return s.claim.subject + " was " + pastTense(s.claim.attribute) + " " + onOrIn(value);
    }
    return {};
}

/// A single day a value names, if it names one.
std::optional<long> namedDay(const DateRange& r) {
    if (r.anyDate || r.anyYearMonth != 0 || r.first != r.last) return std::nullopt;
    return r.first;
}

/// The time of day of one side, on the day its claim names or else near its publication day.
std::optional<ClockSide> clockSideOf(const Side& s) {
    auto t = parseClock(s.claim.value);
    if (!t) return std::nullopt;
    ClockSide c;
    c.time = *t;
    auto r = parseDateValue(s.claim.value);
    if (r) c.day = namedDay(*r);
    c.dayStated = c.day.has_value();
    c.zoneDay = c.day;
    std::optional<Date> p = Date::parseIso(s.published);
    if (p && p->precision != DatePrecision::Day) p.reset();
    // A file's modification time says nothing of the day or the season the page speaks of.
    const bool pageDate = p && !s.publishedGuessed;
    if (!c.day && p) {
        c.day = p->daysSinceEpoch();
        c.dayGuessed = s.publishedGuessed;
    }
    if (!c.zoneDay && r && r->anyYearMonth != 0 && r->anyYearDay != 0 && r->anyYearDay == r->anyYearLastDay) {
        // "Oct 13" with no year: daylight saving follows the month and day, in the publication year when the page
        // gives one; away from the weeks the clocks change (early March and November), any year tells.
        const int m = r->anyYearMonth;
        const int d = r->anyYearDay;
        c.month = m;
        c.dayOfMonth = d;
        const bool changeWeek = (m == 3 && d >= 8 && d <= 14) || (m == 11 && d <= 7);
        if (pageDate) c.zoneDay = dayOf(p->year, m, d);
        else if (!changeWeek) c.zoneDay = dayOf(2001, m, d);
    }
    if (!c.zoneDay && pageDate) c.zoneDay = p->daysSinceEpoch();
    c.tolerance = clockTolerance(*t, s.claim.timeText);
    return c;
}

std::string eventVerb(const Claim& c) {
    if (c.attribute == "disclosed") return " disclosed it ";
    // What a thing does itself reads without "was": "the rocket lifted off", "the ship collided".
    if (c.attribute == "lifted off" || c.attribute == "landed" || c.attribute == "collided" || c.attribute == "happened")
        return " " + c.attribute + " ";
    // A release timed to the minute is a launch ("launched Starship at 8:25 am"): "was released at 8:25" misreads it.
    if (c.attribute == "released" && parseClock(c.value)) return " was launched ";
    return " was " + c.attribute + " ";
}

/// Two times of day for one event, on days that agree.
std::optional<Finding> judgeClock(const Side& a, const Side& b) {
    auto ca = clockSideOf(a);
    auto cb = clockSideOf(b);
    if (!ca || !cb) return std::nullopt;
    // Without a stated day on both sides, the same kind of event on two days (a launch, then the next one)
    // looks alike: compare only claims published within two days of each other or of the stated day.
    if (!ca->dayStated || !cb->dayStated) {
        auto near = [](const ClockSide& s, const ClockSide& other) -> std::optional<long> {
            // "Oct 13" with no year is near the other side's day in that side's year.
            if (!s.dayStated && s.month != 0 && other.day)
                return dayOf(Date::fromDaysSinceEpoch(*other.day).year, s.month, s.dayOfMonth);
            return s.day;
        };
        auto na = near(*ca, *cb);
        auto nb = near(*cb, *ca);
        // A side whose day is only a file's date is taken at the story's word (the story is one event), unless the
        // other side states a day: a time of no known day cannot be put beside a dated one.
        const bool unknown = ((ca->dayGuessed && ca->month == 0) || (cb->dayGuessed && cb->month == 0)) &&
                             !ca->dayStated && !cb->dayStated;
        if (!na || !nb || (!unknown && std::labs(*na - *nb) > 2)) return std::nullopt;
    }
    // One event has one day: a side that does not say which season it is takes the other's.
    if (!ca->zoneDay) ca->zoneDay = cb->zoneDay;
    if (!cb->zoneDay) cb->zoneDay = ca->zoneDay;
    auto gap = clockGap(*ca, *cb);
    int allowed = ca->tolerance + cb->tolerance;
    if (!gap || gap->minutes <= allowed) return std::nullopt;
    Finding f;
    f.type = ConflictType::Date;
    bool exact = allowed == 0;
    // Sure only when both zones are known and the gap is more than a rounding of the minute.
    f.severity = gap->zonesKnown && gap->minutes > 1 && (exact || gap->minutes > 2 * allowed) ? Severity::High : Severity::Medium;
    if (a.claim.hedged || b.claim.hedged) f.severity = lower(f.severity);
    auto written = [](const Side& s) {
        std::string t = describeClock(s.claim.value);
        return s.claim.timeText.empty() ? t : t + " (" + quoted(s.claim.timeText) + ")";
    };
    f.reason = whereOf(a) + " says " + a.claim.subject + eventVerb(a.claim) + "at " + written(a) + ", " + whereOf(b) + " at " +
               written(b) + ": " + std::to_string(gap->minutes) + " minutes apart" +
               (allowed > 0 ? ", more than the wording allows" : "") + "; one event has one time";
    if (!gap->zonesKnown) f.reason += " (the time zone is not written on both sides: read as the same zone)";
    if (gap->minutes == 1) f.cause = "a minute apart: one of them may be rounded";
    return f;
}

/// "Monday (24 June 2024, counted from the publication date)" for a weekday alone, else the date.
std::string dateAsWritten(const Side& s) {
    int wd = bareWeekday(s.claim.text);
    if (wd == 0) return onOrIn(s.claim.value);
    return "on " + weekdayName(wd) + " (" + describeDate(datePart(s.claim.value)) + ", counted from the publication date)";
}

std::optional<Finding> judgeDate(const Side& a, const Side& b, const RuleContext& ctx) {
    auto da = parseDateValue(a.claim.value);
    auto db = parseDateValue(b.claim.value);
    if (!da || !db) return std::nullopt;
    if (datesCompatible(*da, *db)) return judgeClock(a, b);
    // One article dating "the release" of a name twice most often tells two releases (Python 3.0 in 2008, 3.5
    // in 2015): a clash only when it says the same thing in the same words, as with figures.
    const bool internal = !a.reference() && !b.reference() && a.article == b.article;
    if (internal && (a.claim.sentence == b.claim.sentence || !restated(a, b))) return std::nullopt;
    // Two days that are one moment in two zones: "22:23 UTC on 1 June" and "6:23 Beijing time on 2 June".
    auto ca = clockSideOf(a);
    auto cb = clockSideOf(b);
    if (ca && cb && ca->dayStated && cb->dayStated) {
        auto gap = clockGap(*ca, *cb);
        if (gap && gap->zonesKnown && gap->minutes <= ca->tolerance + cb->tolerance) return std::nullopt;
    }
    // A weekday alone was counted from the publication date: the same weekday written twice, or a weekday
    // that fits the other side's date, says the same thing (the publication dates are what differ).
    int wa = bareWeekday(a.claim.text);
    int wb = bareWeekday(b.claim.text);
    if (wa != 0 && wb != 0 && wa == wb) return std::nullopt;
    auto dayA = namedDay(*da);
    auto dayB = namedDay(*db);
    // A company lists on several exchanges (a secondary listing years after the first): listings years apart
    // are two events unless a venue says otherwise, which the claims do not carry.
    if (a.claim.attribute == "listed" && da->anyYearMonth == 0 && db->anyYearMonth == 0 &&
        std::labs(Date::fromDaysSinceEpoch(da->first).year - Date::fromDaysSinceEpoch(db->first).year) >= 2)
        return std::nullopt;
    // A ship collides more than once, and a story of an accident dates earlier ones too (moments.h).
    if (a.claim.attribute == "collided" && twoCollisions(*da, *db)) return std::nullopt;
    if (a.claim.attribute == "happened" && !yearSlip(*da, *db)) return std::nullopt;
    if (wa != 0 && wb == 0 && dayB && weekdayOf(*dayB) == wa) return std::nullopt;
    if (wb != 0 && wa == 0 && dayA && weekdayOf(*dayA) == wb) return std::nullopt;
    Finding f;
    f.type = ConflictType::Date;
    f.severity = Severity::High;
    if (a.claim.hedged || b.claim.hedged) f.severity = lower(f.severity);
    // An unknown year ("in November" with no anchor) is a weaker statement.
    if (da->anyYearMonth != 0 || db->anyYearMonth != 0) f.severity = lower(f.severity);
    // A company announces and discloses many things: two dates may be two announcements
    if (a.claim.attribute == "announced" || a.claim.attribute == "disclosed") f.severity = lower(f.severity);
    // Consecutive days can be one moment seen from two time zones.
    bool nextDay = dayA && dayB && std::labs(*dayA - *dayB) == 1;
    if (nextDay && f.severity == Severity::High) f.severity = Severity::Medium;
    f.reason = whereOf(a) + " says " + a.claim.subject + eventVerb(a.claim) + dateAsWritten(a) + ", " + whereOf(b) + " " +
               dateAsWritten(b) + ": one event cannot have both dates";
    f.cause = variantCause(a, b, ctx);
    if (f.cause.empty()) f.cause = variantCause(b, a, ctx);
    if (f.cause.empty() && nextDay) f.cause = "a day apart: one moment can fall on two dates in two time zones";
    if (f.cause.empty() && yearSlip(*da, *db)) f.cause = "the same day in another year: one of the years is likely a slip";
    return f;
}

/// The time of day of a story's one moment named in two ways (moments.h): compared only on days that agree,
/// and less sure than a clash over one name.
std::optional<Finding> judgeStoryMoment(const Side& a, const Side& b) {
    auto da = parseDateValue(a.claim.value);
    auto db = parseDateValue(b.claim.value);
    if (!da || !db) return std::nullopt;
    // Dates a day apart can be one moment in two zones: the minutes, converted, tell.
    auto dayA = namedDay(*da);
    auto dayB = namedDay(*db);
    const bool adjacent = dayA && dayB && std::labs(*dayA - *dayB) == 1;
    if (!datesCompatible(*da, *db) && !adjacent) return std::nullopt;
    auto f = judgeClock(a, b);
    if (!f) return std::nullopt;
    if (f->severity == Severity::High) f->severity = Severity::Medium;
    f->reason += " (" + a.claim.subject + " and " + b.claim.subject + " read as the story's one " +
                 (a.claim.attribute == "collided" ? "collision" : "lift-off") + ")";
    return f;
}

std::optional<Finding> judgeCategory(const Side& a, const Side& b, const RuleContext& ctx) {
    if (a.claim.value == b.claim.value || !ctx.taxonomy.disjoint(a.claim.value, b.claim.value)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Category;
    f.severity = (a.claim.hedged || b.claim.hedged) ? Severity::Medium : Severity::High;
    std::string what = a.article == b.article ? whereOf(a) + " calls " + a.claim.subject + " " + article(a.claim.value) +
                                                    " " + a.claim.value + " and also " + article(b.claim.value) + " " + b.claim.value
                                              : whereOf(a) + " calls " + a.claim.subject + " " + article(a.claim.value) + " " +
                                                    a.claim.value + ", " + whereOf(b) + " " + article(b.claim.value) + " " + b.claim.value;
    f.reason = what + "; nothing is both " + article(a.claim.value) + " " + a.claim.value + " and " +
               article(b.claim.value) + " " + b.claim.value;
    return f;
}

std::optional<Finding> judgeVersion(const Side& a, const Side& b) {
    if (a.claim.value == b.claim.value || a.claim.negated || b.claim.negated) return std::nullopt;
    Finding f;
    f.type = ConflictType::Version;
    f.severity = (a.claim.hedged || b.claim.hedged) ? Severity::Low : Severity::Medium;
    f.reason = whereOf(a) + " names " + a.claim.text + " and " + whereOf(b) + " names " + b.claim.text + " as the " +
               a.claim.subject + " version that is " + a.claim.attribute + ": only one version can hold that rank";
    // A vehicle's serial in a dated lift-off (claims_serials.cpp): one lift-off carries one vehicle of a family.
    if (a.claim.attribute.rfind("serial at lift-off on ", 0) == 0) {
        if (a.article == b.article) return std::nullopt;
        f.reason = whereOf(a) + " names " + quoted(a.claim.text) + " and " + whereOf(b) + " names " + quoted(b.claim.text) +
                   " in the lift-off of " + a.claim.attribute.substr(22) +
                   ": one lift-off carries one " + a.claim.subject;
    }
    return f;
}

/// Days between two ISO dates; -1 when either is unknown.
int daysApart(const std::string& a, const std::string& b) {
    auto da = parseDateValue(a);
    auto db = parseDateValue(b);
    if (a.size() < 10 || b.size() < 10 || !da || !db) return -1;
    return static_cast<int>(da->first > db->first ? da->first - db->first : db->first - da->first);
}

/// "former president Y" against "president Y" in articles of the same fortnight: one of them is wrong about
/// whether Y holds the office now.
std::optional<Finding> judgeFormerTitle(const Side& a, const Side& b) {
    const Side& former = a.claim.attribute == "former title" ? a : b;
    const Side& sitting = a.claim.attribute == "former title" ? b : a;
    if (former.claim.attribute != "former title" || sitting.claim.attribute != "title") return std::nullopt;
    if (former.claim.value != sitting.claim.value || !isOffice(sitting.claim.value)) return std::nullopt;
    const int days = daysApart(former.published, sitting.published);
    if (days < 0 || days > 14) return std::nullopt;
    Finding f;
    f.type = ConflictType::Role;
    f.severity = Severity::Medium;
    f.reason = whereOf(former) + " calls " + former.claim.subject + " a former " + sitting.claim.text + ", " + whereOf(sitting) +
               " the sitting " + sitting.claim.text + ", in articles " + std::to_string(days) +
               (days == 1 ? " day" : " days") + " apart: both cannot be right";
    return f;
}

std::optional<Finding> judgeRole(const Side& a, const Side& b) {
    if (a.claim.attribute != b.claim.attribute) return a.article == b.article ? std::nullopt : judgeFormerTitle(a, b);
    if (a.article == b.article || a.claim.attribute != "title") return std::nullopt;
    if (titleWithin(a.claim.value, b.claim.value)) return std::nullopt;
    if (!isOffice(a.claim.value) || !isOffice(b.claim.value)) return std::nullopt;
    // A chair commonly also runs the company ("chairman and CEO", "董事长兼CEO"): the chair is compatible with
    // any executive office, so only two executive offices can clash.
    if (a.claim.value == "chairman" || b.claim.value == "chairman") return std::nullopt;
    if (!a.claim.object.empty() && !b.claim.object.empty() && !sameSubject(a.claim.object, b.claim.object)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Role;
    f.severity = Severity::Medium;
    f.reason = whereOf(a) + " gives " + a.claim.subject + " the title " + quoted(a.claim.text) + ", " + whereOf(b) + " " +
               quoted(b.claim.text) + ": neither title is part of the other";
    return f;
}

std::optional<Finding> judgeSpeaker(const Side& a, const Side& b) {
    if (!sameWords(a.claim.value, b.claim.value)) return std::nullopt;
    if (couldBeSamePerson(a.claim.speaker, b.claim.speaker)) return std::nullopt;
    bool paraphrase = a.claim.attribute != "said" || b.claim.attribute != "said";
    Finding f;
    f.type = ConflictType::Speaker;
    f.severity = paraphrase ? Severity::Low : Severity::High;
    f.reason = "The same words are attributed to " + a.claim.speaker + " by " + whereOf(a) + " and to " +
               b.claim.speaker + " by " + whereOf(b);
    if (paraphrase) f.reason += " (one side is a paraphrase)";
    return f;
}

/// A comparison between kinds of things, not names ("those chips" / "American chips").
bool generic(const Claim& c) {
    auto lowerOnly = [](const std::string& s) {
        return !s.empty() && std::none_of(s.begin(), s.end(), [](char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; });
    };
    return lowerOnly(c.subject) && lowerOnly(c.object);
}

/// The last taxonomy term in a phrase ("a leading american company chips" -> "chip").
std::string headTerm(const std::string& phrase, const annotate::Taxonomy& taxonomy) {
    std::vector<std::string> words;
    for (const auto& w : annotate::claims::splitWords(phrase, Span{0, phrase.size()})) words.push_back(w.lower);
    std::string head;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (auto m = taxonomy.phrases().match(words, i)) head = taxonomy.term(m->payload);
    }
    return head;
}

/// Whether what the story (or the reference facts) says `name` is falls under `term`; nullopt when
/// nothing is said.
std::optional<bool> fallsUnder(const std::string& name, const std::string& term, const RuleContext& ctx) {
    std::optional<bool> result;
    for (const Side& s : ctx.all) {
        if (s.claim.kind != ClaimKind::Category || s.claim.negated || !sameSubject(s.claim.subject, name)) continue;
        std::vector<std::string> lineage = ctx.taxonomy.lineage(s.claim.value);
        bool under = std::find(lineage.begin(), lineage.end(), term) != lineage.end();
        result = result.value_or(false) || under;
    }
    return result;
}

/// A general statement ("those chips can't do everything American chips can do") against a specific
/// comparison of two named things of those kinds ("the 910B outperforms the A100"): a weak clash, worth
/// a look but no more.
std::optional<Finding> judgeGeneralAgainstSpecific(const Side& general, const Side& specific, const RuleContext& ctx) {
    if (!generic(general.claim) || generic(specific.claim) || general.article == specific.article) return std::nullopt;
    std::string subjectKind = headTerm(general.claim.subject, ctx.taxonomy);
    std::string objectKind = headTerm(general.claim.object, ctx.taxonomy);
    if (subjectKind.empty() || objectKind.empty()) return std::nullopt;
    auto subjectFits = fallsUnder(specific.claim.subject, subjectKind, ctx);
    auto objectFits = fallsUnder(specific.claim.object, objectKind, ctx);
    if (!subjectFits.value_or(false) || !objectFits.value_or(false)) return std::nullopt;
    if (!opposite(general.claim.value, specific.claim.value) || !sameVoice(general, specific)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Stance;
    f.severity = Severity::Low;
    f.reason = whereOf(specific) + " says " + specific.claim.subject + " " + quoted(specific.claim.text) + " " +
               specific.claim.object + ", " + whereOf(general) + " says " + general.claim.subject + " " +
               quoted(general.claim.text) + " " + general.claim.object +
               ": a general claim against a specific comparison of things of those kinds";
    return f;
}

/// The claim's sentence speaks of an earlier moment of a contest or a day ("heading into the final day, the
/// US trailed China", "at one point"): its standing may have changed since.
bool interimMoment(const Side& s) {
    if (s.source == nullptr) return false;
    const Span sp = s.claim.span;
    if (sp.end > s.source->text.size() || sp.start >= sp.end) return false;
    const std::string sentence = annotate::lowerAscii(s.source->text.substr(sp.start, sp.size()));
    for (std::string_view cue : {"heading into", "going into", "entering the", "entered the",
                                 "at one point", "before the final", "ahead of the final", "at the halfway", "so far"})
        if (sentence.find(cue) != std::string::npos) return true;
    return false;
}

std::optional<Finding> judgeComparison(const Side& a, const Side& b, const RuleContext& ctx) {
    // A standing at an earlier moment and one at the end are not opposite claims.
    if (interimMoment(a) != interimMoment(b)) return std::nullopt;
    std::string vb = b.claim.value;
    bool sameOrder = sameSubject(a.claim.subject, b.claim.subject) && sameSubject(a.claim.object, b.claim.object);
    bool swapped = sameSubject(a.claim.subject, b.claim.object) && sameSubject(a.claim.object, b.claim.subject);
    if (!sameOrder && !swapped) {
        if (auto f = judgeGeneralAgainstSpecific(a, b, ctx)) return f;
        return judgeGeneralAgainstSpecific(b, a, ctx);
    }
    if (!sameOrder) vb = invert(vb);
    if (!opposite(a.claim.value, vb) || !sameVoice(a, b)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Stance;
    f.severity = (a.claim.hedged || b.claim.hedged) ? Severity::Low : Severity::Medium;
    f.reason = whereOf(a) + " says " + a.claim.subject + " " + quoted(a.claim.text) + " " + a.claim.object + ", " +
               whereOf(b) + " says " + b.claim.subject + " " + quoted(b.claim.text) + " " + b.claim.object +
               ": opposite comparisons";
    return f;
}

std::optional<Finding> judgeStance(const Side& a, const Side& b) {
    if (!a.claim.object.empty() && !b.claim.object.empty() && !sameSubject(a.claim.object, b.claim.object)) return std::nullopt;
    std::string da = (a.claim.negated ? "not " : "") + a.claim.value;
    std::string db = (b.claim.negated ? "not " : "") + b.claim.value;
    bool clash = (!a.claim.negated && !b.claim.negated && a.claim.value != b.claim.value) ||
                 (a.claim.negated != b.claim.negated && a.claim.value == b.claim.value);
    if (!clash || !sameVoice(a, b)) return std::nullopt;
    Finding f;
    f.type = ConflictType::Stance;
    f.severity = (a.claim.hedged || b.claim.hedged) ? Severity::Low : Severity::Medium;
    auto voice = [](const Side& s) { return s.claim.speaker.empty() ? whereOf(s) : s.claim.speaker + " (" + whereOf(s) + ")"; };
    f.reason = "On " + a.claim.subject + " and the " + a.claim.attribute + ", " + voice(a) + " says " + quoted(a.claim.text) +
               " and " + voice(b) + " says " + quoted(b.claim.text) + ": opposite directions (" + da + " / " + db + ")";
    if (a.claim.hedged || b.claim.hedged) f.reason += ", one of them hedged";
    return f;
}

}  // namespace

std::string whereOf(const Side& s) {
    if (s.reference()) return "the reference facts";
    if (!s.source->outlet.empty()) return s.source->outlet;
    if (!s.source->title.empty()) {
        std::string t = s.source->title;
        if (t.size() > 60) {
            std::size_t cut = 57;
            while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
            t = t.substr(0, cut) + "...";
        }
        return quoted(t);
    }
    return s.article;
}

std::optional<Finding> judge(const Side& a, const Side& b, const RuleContext& ctx) {
    const Claim& ca = a.claim;
    const Claim& cb = b.claim;
    // A title and a former title of one person meet (judgeFormerTitle); other attributes must be one measure.
    const bool titles = ca.kind == ClaimKind::Role && cb.kind == ClaimKind::Role &&
                        (ca.attribute == "title" || ca.attribute == "former title") &&
                        (cb.attribute == "title" || cb.attribute == "former title");
    // Framed figures meet on their measure and the qualifiers the frame does not carry; the frames judge the rest.
    const bool framed = ca.kind == ClaimKind::Amount && cb.kind == ClaimKind::Amount && !ca.frame.empty() && !cb.frame.empty();
    const bool events = ca.kind == ClaimKind::Event && cb.kind == ClaimKind::Event;
    const bool sameAttribute = framed   ? figureKey(ca.attribute) == figureKey(cb.attribute)
                               : events ? eventPairing(ca.attribute) == eventPairing(cb.attribute)
                                        : sameMeasure(ca.attribute, cb.attribute);
    if (ca.kind != cb.kind || (!titles && !sameAttribute)) return std::nullopt;
    if (ca.kind != ClaimKind::Stance && ca.kind != ClaimKind::Comparison && (ca.negated || cb.negated)) return std::nullopt;
    // A figure with no named subject on either side is the story's own ("174 passengers" in a story of one
    // flight, "a depth of 16 km" in a story of one quake).
    // Only a figure that does not move, and not money: an unnamed medal tally or death toll could be anyone's,
    // at any hour; an unnamed revenue anyone's.
    auto notSpec = [](const Frame& f) {
        const annotate::MeasureInfo* info = annotate::measureLexicon().find(f.measure);
        return info == nullptr || !info->spec;
    };
    const bool storyCount = ca.kind == ClaimKind::Amount && !ca.frame.empty() && ca.frame.dimension != "currency" &&
                            ca.frame.dimension != "%" && !ca.frame.moves && !cb.frame.moves && ca.subject.empty() &&
                            cb.subject.empty() && notSpec(ca.frame);
    bool subjectMatch = ca.kind == ClaimKind::Quote || ca.kind == ClaimKind::Comparison || storyCount ||
                        sameSubject(ca.subject, cb.subject);
    // One article telling one figure twice in the same words, or at one named moment, may have its subject read
    // two ways, or once.
    if (!subjectMatch && framed && (restatedFact(a, b) || sameMoment(a, b))) subjectMatch = true;
    if (!subjectMatch) return ctx.oneStory && storyMoment(a, b) ? judgeStoryMoment(a, b) : std::nullopt;
    switch (ca.kind) {
        case ClaimKind::Event:
            if (elapsedValue(ca.value) || elapsedValue(cb.value))
                return elapsedValue(ca.value) && elapsedValue(cb.value) ? judgeElapsed(a, b) : std::nullopt;
            return judgeDate(a, b, ctx);
        case ClaimKind::Category: return judgeCategory(a, b, ctx);
        case ClaimKind::Version: return modelClaim(ca) ? judgeModel(a, b, ctx) : judgeVersion(a, b);
        case ClaimKind::Role: return judgeRole(a, b);
        case ClaimKind::Quote: return judgeSpeaker(a, b);
        case ClaimKind::Comparison: return judgeComparison(a, b, ctx);
        case ClaimKind::Stance: return judgeStance(a, b);
        case ClaimKind::Amount: return judgeAmounts(a, b, ctx);
    }
    return std::nullopt;
}

}  // namespace parallax::conflict
