// Events with their dates ("DeepSeek debuted R1 in January", "R1, released in January") and ranking
// statements about versioned products ("Qwen 2.5 became the most downloaded model").
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

bool isAuxiliary(const std::string& w) {
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be" ||
           w == "which" || w == "that" || w == "first" || w == "officially" || w == "initially" || w == "," ||
           w == "has" || w == "have" || w == "had";
}

bool isPreposition(const std::string& w) {
    return w == "in" || w == "on" || w == "at" || w == "last" || w == "this" || w == "earlier" || w == "later" ||
           w == "since" || w == "by" || w == "during" || w == "early" || w == "late" || w == "." || w == ",";
}

/// A time value a date can be compared on ("2025-01-20", "2024-11", "XXXX-11", "2026-W02").
bool datable(const std::string& value) {
    if (value.size() < 4) return false;
    if (std::isdigit(static_cast<unsigned char>(value[0])) != 0) return true;
    // A year-less value is usable only with its month: "XXXX-11", not "XXXX-XX" or "XXXX-WXX".
    return value.rfind("XXXX-", 0) == 0 && value.size() >= 7 && std::isdigit(static_cast<unsigned char>(value[5])) != 0 &&
           std::isdigit(static_cast<unsigned char>(value[6])) != 0;
}

/// Listing venues turn a "debut" into a listing: "debuted on the Hong Kong Stock Exchange".
bool listingVenueAfter(const SentenceView& s, std::size_t i) {
    if (i >= s.words.size() || s.lower[i] != "on") return false;
    for (std::size_t k = i + 1; k < std::min(s.words.size(), i + 7); ++k) {
        const std::string& w = s.lower[k];
        if (w == "exchange" || w == "nasdaq" || w == "nyse" || w == "star" || w == "bourse" || w == "board") return true;
    }
    return false;
}

std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

/// A time of day ("T01:28", "T14:06+08:00").
bool clockValue(const std::string& value) { return value.size() >= 6 && value[0] == 'T'; }

/// A date introduced as the start or the bound of a span is not the date of the event: "launched four
/// flights, starting in April 2023", "will ship by 2026", "has been listed since 2019".
bool boundedDate(const SentenceView& s, const TimeRef& t) {
    for (std::size_t back = 1; back <= 2 && back <= t.first; ++back) {
        const std::string& w = s.lower[t.first - back];
        if (w == "since" || w == "until" || w == "till" || w == "by" || w == "starting" || w == "beginning" ||
            w == "from" || w == "through" || w == "before" || w == "after" || w == "between") return true;
        if (w != "in" && w != "on" && w != "at") break;
    }
    return false;
}

/// A time of day with a zone that converts written in brackets right after it ("7:25 am (12:25 GMT)"):
/// the bracketed one says the same moment in a zone every reader can convert.
const TimeRef* convertedClock(const SentenceView& s, const TimeRef* clock) {
    const std::string& v = clock->value;
    bool convertible = v.find('Z') != std::string::npos || v.find('+') != std::string::npos ||
                       v.find('-') != std::string::npos;
    if (convertible) return clock;
    for (const TimeRef& t : s.times) {
        if (!clockValue(t.value) || t.first != clock->last + 1 || clock->last >= s.words.size()) continue;
        if (s.lower[clock->last] != "(") continue;
        bool fixed = t.value.find('Z') != std::string::npos || t.value.find('+') != std::string::npos ||
                     t.value.find('-') != std::string::npos;
        if (fixed) return &t;
    }
    return clock;
}

/// "The Chang'e 6 mission, the first to bring back samples from the far side to Earth, was launched": the
/// subject of a passive verb that follows an appositive between commas stands before the appositive.
const Mention* passiveSubject(const SentenceView& s, std::size_t verb) {
    std::size_t aux = verb;
    while (aux > 0 && s.lower[aux - 1] != "," && isAuxiliary(s.lower[aux - 1])) --aux;
    if (aux > 0 && s.lower[aux - 1] == ",") {
        for (std::size_t k = aux - 1; k-- > 0 && aux - k < 30;) {
            const std::string& w = s.lower[k];
            if (w == ";" || w == ":") break;
            if (w != ",") continue;
            if (const Mention* m = mentionBefore(s, k, 6, false)) return m;
            break;
        }
    }
    return mentionBefore(s, verb, 10);
}

/// Nouns that make a compound with an event word before them: "launch centre", "release date".
bool compoundHead(const std::string& w) {
    return w == "centre" || w == "center" || w == "site" || w == "sites" || w == "pad" || w == "pads" || w == "complex" ||
           w == "vehicle" || w == "vehicles" || w == "window" || w == "facility" || w == "facilities" || w == "tower" ||
           w == "date" || w == "dates" || w == "base" || w == "zone" || w == "area" || w == "schedule" || w == "gear" ||
           w == "event" || w == "events" || w == "notes" || w == "party";
}

/// "hit the bridge", "struck a pier": "hit" and "strike" name a collision only with a thing one can run into
/// ("hit a record", "hit the market" and "struck a deal" are none). Returns the words the verb phrase takes.
std::size_t collisionWithThing(const SentenceView& s, std::size_t i) {
    const std::string& w = s.lower[i];
    if (w != "hit" && w != "hits" && w != "struck" && w != "strikes") return 0;
    if (i + 1 >= s.words.size()) return 0;
    const std::string& det = s.lower[i + 1];
    if (det != "the" && det != "a" && det != "an" && det != "its" && det != "their") return 0;
    // Words that are also figures of speech in business and politics ("a support level", "the House", "the
    // platform") are left out.
    static constexpr std::string_view things[] = {
        "bridge", "pier",      "dock",     "jetty", "quay",   "wharf", "ship",    "vessel", "boat",  "barge",
        "tanker", "freighter", "building", "tower", "pole",   "pylon", "tree",    "car",    "truck", "lorry",
        "bus",    "train",     "barrier",  "crane", "runway", "reef",  "iceberg", "pillar", "span"};
    for (std::size_t k = i + 2; k < std::min(s.words.size(), i + 5); ++k) {
        if (s.words[k].punct) return 0;
        for (std::string_view t : things)
            if (s.lower[k] == t) return 1;
    }
    return 0;
}

/// A sentence that opens with "It" goes on about what an earlier sentence named: "The Vega freighter left port
/// at 1 am. It had a crew of 20. It hit the pier at 1:28 am." Follows the run of such sentences back (three at
/// most) to the one that names the thing, and takes its first product or unclassified name.
std::string itsAntecedent(const Context& ctx, const SentenceView& s) {
    std::size_t at = static_cast<std::size_t>(std::max(s.index, 0));
    for (int steps = 0; steps < 3 && at > 0 && at <= ctx.ann.sentences.size(); ++steps) {
        const Span prev = ctx.ann.sentences[at - 1].span;
        std::string_view text = ctx.text.substr(prev.start, std::min<std::size_t>(prev.size(), 3));
        if (text.rfind("It ", 0) == 0) {
            --at;
            continue;
        }
        for (const Entity& e : ctx.ann.entities) {
            if (e.span.start < prev.start || e.span.end > prev.end) continue;
            const bool code = e.text.size() <= 3 &&
                              std::all_of(e.text.begin(), e.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            if ((e.kind == EntityKind::Product || e.kind == EntityKind::Other) && !code)
                return e.canonical.empty() ? e.text : e.canonical;
        }
        return {};
    }
    return {};
}

/// Words that start another clause or carry another verb: a date beyond them is not the event's.
bool clauseBreak(const std::string& w) {
    return w == "and" || w == "but" || w == "or" || w == "which" || w == "that" || w == "who" || w == "while" ||
           w == "when" || w == "after" || w == "before" || w == "as" || w == "because" || w == "since" || w == "until" ||
           w == "where" || w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" ||
           w == "had" || w == "will" || w == "would" || w == "to" || w == ";" || w == ":" || w == "(" || w == ")";
}

/// "was launched by a Long March 5 rocket from the Wenchang launch centre on the island of Hainan in the
/// second week of May": a date that closes a run of phrases after the verb, with no other clause or verb in
/// between, is the event's however many words the phrases take.
bool phrasesReachDate(const SentenceView& s, std::size_t verbEnd, const TimeRef& t) {
    if (t.first < verbEnd || t.first - verbEnd > 28) return false;
    for (std::size_t k = verbEnd; k < t.first; ++k) {
        if (clauseBreak(s.lower[k]) || s.lower[k] == ",") return false;
    }
    return t.last >= s.words.size() || s.words[t.last].punct;
}

}  // namespace

const Mention* objectAfter(const SentenceView& s, std::size_t i, std::size_t maxGap) {
    const Mention* m = mentionAfter(s, i, maxGap);
    // A possessor is not the object: take what it owns.
    while (m != nullptr && m->last < s.words.size() && s.lower[m->last] == "'s") {
        const Mention* next = mentionAfter(s, m->last + 1, 4);
        if (next == nullptr) break;
        m = next;
    }
    return m;
}

bool companyAnaphor(const SentenceView& s, std::size_t first, std::size_t last) {
    last = std::min(last, s.words.size());
    for (std::size_t i = first; i < last; ++i) {
        const std::string& w = s.lower[i];
        if (w == "its" || (w == "it" && i + 1 == last)) return true;
        bool noun = w == "company" || w == "firm" || w == "group" || w == "startup" || w == "start-up";
        if (!noun) continue;
        for (std::size_t k = i; k-- > first && k + 4 > i;) {
            if (s.lower[k] == "the") return true;
            if (s.words[k].punct) break;
        }
    }
    return false;
}

Claim makeClaim(ClaimKind kind, const SentenceView& s) {
    Claim c;
    c.kind = kind;
    c.span = s.span;
    c.sentence = s.index;
    return c;
}

void extractEvents(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    struct Verb {
        std::size_t at;
        std::size_t end;
        std::string cls;
    };
    std::vector<Verb> verbs;
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (std::size_t n = collisionWithThing(s, i)) {
            verbs.push_back({i, i + n, "collided"});
            continue;
        }
        auto m = ctx.lex.eventVerbs.match(s.lower, i);
        if (!m) continue;
        // "the Wenchang Satellite Launch Center": a capitalised verb between capitalised words is part of a name.
        if (i > 0 && i + m->length < s.words.size() && s.words[i].capital && s.words[i - 1].capital &&
            s.words[i + m->length].capital)
            continue;
        // "SpaceX's launch facility", "the release window": a base form after a determiner or a possessive is a
        // noun, and it names no event unless "of" follows ("the release of Sora").
        if (m->length == 1 && i > 0 && i + 1 < s.words.size() && s.lower[i + 1] != "of" &&
            (s.lower[i - 1] == "'s" || s.lower[i - 1] == "the" || s.lower[i - 1] == "a" || s.lower[i - 1] == "its" ||
             s.lower[i - 1] == "their" || s.lower[i - 1] == "his" || s.lower[i - 1] == "her") &&
            !s.words[i + 1].punct && !isPreposition(s.lower[i + 1])) {
            const std::string& w = s.lower[i];
            bool base = w == "launch" || w == "release" || w == "debut" || w == "listing" || w == "landing";
            if (base) continue;
        }
        // "the launch centre", "a landing site": a base form before a place or a thing of the event is a noun.
        if (m->length == 1 && i + 1 < s.words.size() && compoundHead(s.lower[i + 1])) {
            const std::string& w = s.lower[i];
            if (w == "launch" || w == "release" || w == "landing" || w == "debut" || w == "listing") continue;
        }
        std::string cls = ctx.lex.eventClasses[static_cast<std::size_t>(m->payload)];
        if (cls == "released" && listingVenueAfter(s, i + m->length)) cls = "listed";
        verbs.push_back({i, i + m->length, cls});
        i += m->length - 1;
    }
    for (const Verb& v : verbs) {
        // The date and the time of day: the nearest of each in the clause that is not nearer to another event verb.
        const TimeRef* when = nullptr;
        const TimeRef* clock = nullptr;
        auto gapTo = [&](const TimeRef& t) { return std::min(distance(t.first, v.at), distance(t.last, v.end)); };
        // "On 26 March the ship that hit the jetty was towed away": a relative clause takes no date from before it.
        const bool relative = v.at > 0 && (s.lower[v.at - 1] == "that" || s.lower[v.at - 1] == "which" || s.lower[v.at - 1] == "who");
        for (const TimeRef& t : s.times) {
            if (relative && t.first < v.at) continue;
            bool isClock = clockValue(t.value);
            if (!isClock && (!datable(t.value) || boundedDate(s, t))) continue;
            std::size_t d = gapTo(t);
            if ((d > 12 && (isClock || !phrasesReachDate(s, v.end, t))) || clauseStart(s, t.first) != clauseStart(s, v.at))
                continue;
            bool closerToOther = std::any_of(verbs.begin(), verbs.end(), [&](const Verb& o) {
                return o.at != v.at && std::min(distance(t.first, o.at), distance(t.last, o.end)) < d;
            });
            if (closerToOther) continue;
            const TimeRef*& slot = isClock ? clock : when;
            if (slot == nullptr || d < gapTo(*slot)) slot = &t;
        }
        if (clock != nullptr) clock = convertedClock(s, clock);
        if (when == nullptr && clock == nullptr) continue;
        const TimeRef& anchor = when != nullptr ? *when : *clock;
        // Who or what the event happened to.
        const Mention* subject = nullptr;
        bool passive = v.at > 0 && isAuxiliary(s.lower[v.at - 1]);
        bool intransitive = v.end >= s.words.size() || isPreposition(s.lower[v.end]);
        bool nounOf = v.end < s.words.size() && s.lower[v.end] == "of";  // "the release of Sora"
        // "The freighter Vega collided with the Orla pier", "Typhoon Kai slammed into Tamsui": a collision is told
        // of what moved, named before the verb; what it ran into comes after. The moving thing is the one other
        // reports time ("the Vega hit the bridge at 1:28"), so it is the subject when it is named in the clause.
        const Mention* actor = v.cls == "collided" && !passive ? mentionBefore(s, v.at, 10, false) : nullptr;
        if (actor != nullptr && actor->kind != EntityKind::Person && actor->kind != EntityKind::Place) {
            subject = actor;
        } else if (nounOf) {
            subject = objectAfter(s, v.end + 1, 3);
        } else if (!passive && !intransitive) {
            subject = objectAfter(s, v.end, 4);
        }
        if (subject == nullptr && !nounOf) subject = passive ? passiveSubject(s, v.at) : mentionBefore(s, v.at, 10);
        std::string name = subject != nullptr ? subject->name : std::string{};
        bool organisation = subject != nullptr && subject->kind == EntityKind::Organization;
        // A company does not collide, land or lift off: "it" there is a vehicle an earlier sentence named.
        const bool physical = v.cls == "collided" || v.cls == "landed" || v.cls == "lifted off";
        if (subject == nullptr && physical && v.at == 1 && s.lower[0] == "it") name = itsAntecedent(ctx, s);
        if (subject == nullptr && !physical && !ctx.mainOrg.empty() && companyAnaphor(s, clauseStart(s, v.at), v.at)) {
            name = ctx.mainOrg;  // "its 13 March debut", "the company was founded in 2016"
            organisation = true;
        }
        if (name.empty() || (subject != nullptr && (subject->kind == EntityKind::Person || subject->kind == EntityKind::Place)))
            continue;
        if (subject != nullptr && anchor.first >= subject->first && anchor.first < subject->last) continue;
        std::string cls = v.cls;
        bool debut = s.lower[v.at].rfind("debut", 0) == 0;
        // "Hanxin debuted on Friday": what debuts without being a product is a company going public.
        if (debut && cls == "released" && subject != nullptr && subject->kind != EntityKind::Product &&
            (passive || intransitive))
            organisation = true;
        if (organisation && cls == "released") {
            // A company is not released: its "debut" is a listing; other release verbs need a product.
            if (s.lower[v.at].rfind("debut", 0) != 0) continue;
            cls = "listed";
        }
        Claim c = makeClaim(ClaimKind::Event, s);
        c.subject = name;
        c.attribute = cls;
        // The value: the date, with the time of day after "T" when one is written ("2024-03-26T01:28");
        // a time alone leaves the date unknown ("XXXX-XX-XXT01:28").
        c.value = when != nullptr ? when->value : std::string("XXXX-XX-XX");
        c.text = anchor.text;
        c.valueSpan = anchor.span;
        if (clock != nullptr) {
            c.value += clock->value;
            c.timeText = clock->text;
            if (when != nullptr) c.valueSpan = Span{std::min(when->span.start, clock->span.start), std::max(when->span.end, clock->span.end)};
        }
        std::size_t from = clauseStart(s, subject != nullptr ? std::min(subject->first, v.at) : v.at);
        c.negated = negatedIn(s, v.at >= 3 ? v.at - 3 : 0, v.at);
        c.hedged = hedgedIn(s, ctx.lex, from, v.end);
        out.push_back(std::move(c));
    }
}

FamilyVersion splitVersion(std::string_view name) {
    // The version starts at the first digit; the family is what precedes it, separators trimmed.
    std::size_t digit = 0;
    while (digit < name.size() && std::isdigit(static_cast<unsigned char>(name[digit])) == 0) ++digit;
    if (digit == 0 || digit >= name.size()) return {std::string(name), {}};
    std::string family(name.substr(0, digit));
    while (!family.empty() && (family.back() == ' ' || family.back() == '-' || family.back() == '_')) family.pop_back();
    std::string version(name.substr(digit));
    std::size_t space = version.find(' ');
    if (space != std::string::npos) version.resize(space);
    if (family.empty()) return {std::string(name), {}};
    return {family, lowerAscii(version)};
}

void extractRankings(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        auto m = ctx.lex.rankings.match(s.lower, i);
        if (!m) continue;
        std::size_t end = i + m->length;
        // The ranked product: the nearest versioned mention before the phrase.
        const Mention* subject = nullptr;
        for (const Mention& cand : s.mentions) {
            if (cand.last > i || i - cand.last > 14) continue;
            if (splitVersion(cand.name).version.empty()) continue;
            subject = &cand;
        }
        if (subject == nullptr) continue;
        FamilyVersion fv = splitVersion(subject->name);
        // Where it ranks: "on Hugging Face", "in the App Store".
        std::string where;
        for (std::size_t k = end; k < std::min(s.words.size(), end + 6); ++k) {
            if (s.lower[k] != "on" && s.lower[k] != "in") continue;
            if (const Mention* venue = mentionAfter(s, k + 1, 2)) where = venue->name;
            break;
        }
        Claim c = makeClaim(ClaimKind::Version, s);
        c.subject = fv.family;
        c.attribute = ctx.lex.rankNames[static_cast<std::size_t>(m->payload)] + (where.empty() ? "" : " on " + where);
        c.value = fv.version;
        c.text = wordsText(ctx.text, s, subject->first, subject->last);
        c.valueSpan = subject->span;
        c.negated = negatedIn(s, subject->last, i);
        c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, subject->first), end);
        out.push_back(std::move(c));
        i = end - 1;
    }
}

}  // namespace parallax::annotate::claims
