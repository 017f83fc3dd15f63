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
    // "the landing page", "touched a high": no landing
    const std::string next = i + 1 < s.words.size() ? s.lower[i + 1] : std::string{};
    if (w == "landing" && (next == "page" || next == "pages")) return {};
    if (w == "landed" || w == "landing" || w == "touchdown" || (w == "touched" && next == "down")) return "landing";
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

// Chinese: "发射约7分钟后，助推器被捕获", "飞行1小时5分40秒后溅落", "起飞后约20分钟".
bool startsWith(std::string_view text, std::size_t at, std::string_view cue) { return text.compare(at, cue.size(), cue) == 0; }

/// A run of figures or Chinese numerals at `at`; its value, or negative; `at` moves past it.
double chineseNumberAt(std::string_view text, std::size_t& at) {
    std::size_t end = at;
    bool digits = false;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) != 0 || text[end] == '.')) {
        ++end;
        digits = true;
    }
    if (digits) {
        double v = std::strtod(std::string(text.substr(at, end - at)).c_str(), nullptr);
        at = end;
        return v;
    }
    static const char* const numerals[] = {"零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百"};
    for (bool more = true; more && end < text.size();) {
        more = false;
        for (const char* n : numerals)
            if (startsWith(text, end, n)) {
                end += std::string_view(n).size();
                more = true;
            }
    }
    if (end == at) return -1;
    double v = chineseNumeral(text.substr(at, end - at));
    if (v >= 0) at = end;
    return v;
}

/// The milestone a Chinese sentence names, empty for none.
std::string chineseMilestone(std::string_view sentence) {
    if (sentence.find("溅落") != std::string_view::npos) return "splashdown";
    if (sentence.find("分离") != std::string_view::npos) return "stage separation";
    if (sentence.find("捕获") != std::string_view::npos || sentence.find("夹住") != std::string_view::npos ||
        sentence.find("筷子夹") != std::string_view::npos)
        return "booster catch";
    if (sentence.find("着陆") != std::string_view::npos || sentence.find("降落") != std::string_view::npos) return "landing";
    return {};
}

}  // namespace

void extractElapsedChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    if (s.span.end > ctx.text.size()) return;
    const std::string_view sentence = ctx.text.substr(s.span.start, s.span.size());
    const std::string milestone = chineseMilestone(sentence);
    if (milestone.empty()) return;
    for (std::string_view cue : {"发射", "起飞", "升空", "飞行"}) {
        for (std::size_t at = sentence.find(cue); at != std::string_view::npos; at = sentence.find(cue, at + 1)) {
            std::size_t p = at + cue.size();
            if (startsWith(sentence, p, "后")) p += std::string_view("后").size();
            const std::size_t from = p;
            for (std::string_view hedge : {"大约", "约", "近", "逾", "超过"})
                if (startsWith(sentence, p, hedge)) {
                    p += hedge.size();
                    break;
                }
            double seconds = 0;
            bool any = false;
            for (;;) {
                std::size_t q = p;
                double n = chineseNumberAt(sentence, q);
                if (n < 0) break;
                int unit = 0;
                for (auto [word, secs] : {std::pair<std::string_view, int>{"小时", 3600}, {"分钟", 60}, {"分", 60}, {"秒", 1}})
                    if (startsWith(sentence, q, word)) {
                        q += word.size();
                        unit = secs;
                        break;
                    }
                if (unit == 0) break;
                seconds += n * unit;
                any = true;
                p = q;
            }
            if (!any || seconds <= 0) continue;
            for (std::string_view tail : {"左右", "多"})
                if (startsWith(sentence, p, tail)) p += tail.size();
            if (startsWith(sentence, p, "后")) p += std::string_view("后").size();
            Claim c = makeClaim(ClaimKind::Event, s);
            c.subject = "the flight";
            c.attribute = milestone + " after launch";
            c.value = "+" + std::to_string(static_cast<long>(seconds + 0.5)) + "s";
            // The hedge ("约", "左右") stays in the text: it tells the judge how far the time may be off.
            c.text = std::string(sentence.substr(from, p - from));
            c.valueSpan = Span{s.span.start + from, s.span.start + p};
            out.push_back(std::move(c));
            return;
        }
    }
}

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
