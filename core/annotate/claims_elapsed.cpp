// Times into a flight: "splashdown 1 hour, 5 minutes and 40 seconds after launch", "about 90 minutes into flight a
// controlled splashdown", "the booster was caught seven minutes after liftoff". Space and air news times each
// milestone of a flight from its start; two articles that time one milestone differently disagree. The claim is
// an event claim whose value is the elapsed time in seconds ("+3940s"), its attribute the milestone.
#include <algorithm>
#include <cstdlib>

#include "core/annotate/claims_extract.h"
#include "core/annotate/numbers.h"

namespace parallax::annotate::claims {

namespace {

/// Seconds in a unit word, 0 for none.
int unitSeconds(const std::string& w) {
    if (w == "second" || w == "seconds" || w == "sec" || w == "secs") return 1;
    if (w == "minute" || w == "minutes" || w == "min" || w == "mins") return 60;
    if (w == "hour" || w == "hours" || w == "hr" || w == "hrs") return 3600;
    return 0;
}

/// A number word or figure ("seven", "90", "1.5", "an"); negative when none.
double numberOf(const std::string& w) {
    if (w == "a" || w == "an" || w == "one") return 1;
    int small = smallNumberWord(w);
    if (small >= 0) return small;
    if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0])) == 0) return -1;
    char* end = nullptr;
    double v = std::strtod(w.c_str(), &end);
    return end != nullptr && *end == '\0' ? v : -1;
}

/// The start the time is counted from, at word j ("into flight", "into its flight", "after launch",
/// "after liftoff", "after lift-off"); returns the words it takes, 0 when none.
std::size_t startAt(const SentenceView& s, std::size_t j) {
    const std::size_t n = s.words.size();
    if (j >= n) return 0;
    std::size_t k = j + 1;
    if (k < n && (s.lower[k] == "the" || s.lower[k] == "its" || s.lower[k] == "their")) ++k;
    if (k >= n) return 0;
    const std::string& w = s.lower[k];
    if (s.lower[j] == "into") return w == "flight" || w == "the flight" ? k + 1 - j : 0;
    if (s.lower[j] != "after") return 0;
    if (w == "launch" || w == "liftoff" || w == "lift-off" || w == "takeoff" || w == "take-off" || w == "blastoff")
        return k + 1 - j;
    // "lift - off", "lift off", "take off" written as words
    if ((w == "lift" || w == "take") && k + 1 < n && (s.lower[k + 1] == "off" || s.lower[k + 1] == "-")) {
        if (s.lower[k + 1] == "off") return k + 2 - j;
        return k + 2 < n && s.lower[k + 2] == "off" ? k + 3 - j : 0;
    }
    return 0;
}

/// The milestone a word names: "splashdown", "stage separation", "booster catch", "landing"; empty for none.
std::string milestoneOf(const SentenceView& s, std::size_t i) {
    const std::string& w = s.lower[i];
    if (w == "splashdown" || w == "splashed" || w == "splashes" || w == "splash") return "splashdown";
    if (w == "separated" || w == "separation" || w == "separates") return "stage separation";
    if (w == "caught" || w == "catch") return "booster catch";
    if (w == "landed" || w == "landing" || w == "touchdown" || w == "touched") return "landing";
    return {};
}

bool hedgeWord(const std::string& w) {
    return w == "about" || w == "around" || w == "roughly" || w == "approximately" || w == "nearly" || w == "almost" ||
           w == "some" || w == "over" || w == "than" || w == "under" || w == "circa" || w == "approx" || w == "a" ||
           w == "little" || w == "more" || w == "less" || w == "just";
}

/// Hedges before a duration: "about 90 minutes", "a little over 20 minutes", "nearly seven minutes".
bool approximateBefore(const SentenceView& s, std::size_t first) {
    for (std::size_t k = first; k-- > 0 && first - k <= 3;) {
        const std::string& w = s.lower[k];
        if (w == "about" || w == "around" || w == "roughly" || w == "approximately" || w == "nearly" || w == "almost" ||
            w == "some" || w == "over" || w == "than" || w == "under" || w == "circa" || w == "approx")
            return true;
        if (s.words[k].punct) break;
    }
    return false;
}

}  // namespace

void extractElapsed(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t j = 1; j < s.words.size(); ++j) {
        const std::size_t startWords = startAt(s, j);
        if (startWords == 0) continue;
        // The duration before the start: number-unit pairs, joined by "and" or commas ("1 hour, 5 minutes and 40 seconds").
        double seconds = 0;
        int smallest = 0;
        std::size_t first = j;
        std::size_t k = j;
        while (k >= 2) {
            const int unit = unitSeconds(s.lower[k - 1]);
            const double n = unit > 0 ? numberOf(s.lower[k - 2]) : -1;
            if (unit == 0 || n < 0) break;
            // "2-1/2 minutes", "1.5 hours" split into pieces: a number not read whole is not read at all
            if (k >= 3 && (s.lower[k - 3] == "/" || s.lower[k - 3] == "-" || s.lower[k - 3] == ".")) {
                smallest = 0;
                break;
            }
            seconds += n * unit;
            smallest = smallest == 0 ? unit : std::min(smallest, unit);
            first = k - 2;
            k -= 2;
            if (k >= 1 && (s.lower[k - 1] == "and" || s.lower[k - 1] == ",")) --k;
        }
        if (smallest == 0 || seconds <= 0) continue;
        // The milestone: the nearest milestone word of the sentence within twelve words of the duration.
        std::string milestone;
        std::size_t best = 13;
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            std::string m = milestoneOf(s, i);
            if (m.empty()) continue;
            std::size_t d = i < first ? first - i : (i >= j + startWords ? i - (j + startWords) : 0);
            if (d < best) {
                best = d;
                milestone = m;
            }
        }
        if (milestone.empty()) continue;
        // The hedge stays in the claim's text: it tells how far the time may be off (conflict/moments.cpp).
        const bool approximate = approximateBefore(s, first);
        Claim c = makeClaim(ClaimKind::Event, s);
        c.subject = "the flight";
        c.attribute = milestone + " after launch";
        c.value = "+" + std::to_string(static_cast<long>(seconds + 0.5)) + "s";
        std::size_t from = first;
        while (approximate && from > 0 && first - from < 4 && hedgeWord(s.lower[from - 1])) --from;
        c.text = wordsText(ctx.text, s, from, j + startWords);
        c.valueSpan = Span{s.words[from].span.start, s.words[j + startWords - 1].span.end};
        c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, first), j);
        out.push_back(std::move(c));
        j += startWords - 1;
    }
}

}  // namespace parallax::annotate::claims
