// What a named vessel or vehicle hit in a dated accident: "In 2019 the Maren Star struck a quay in Gdansk", "The
// Maren Star previously collided with a bridge in 2019". Accident reports name what was hit by its kind (a bridge,
// a quay, another ship); one accident has one thing hit first, so two articles that give a named craft's accident
// of one year different kinds of thing disagree (conflict/models.cpp judges them, and abstains when an article
// names two kinds itself). The claim is a version claim: subject the craft, attribute "struck in <year>", value
// the kind ("bridge", "quay", "vessel"). A bridge's pier is part of the bridge, so "pier" is no kind here.
#include <algorithm>
#include <cctype>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

/// The verb of an impact at word i and the number of its words ("hit", "struck", "collided with", "crashed into").
std::size_t impactAt(const SentenceView& s, std::size_t i) {
    // oneOf compares lengths first: this runs at every word of every sentence.
    const std::string& w = s.lower[i];
    if (oneOf(w, {"hit", "hits", "struck", "strikes", "rammed", "rams"})) {
        if (i + 1 < s.words.size() && s.lower[i + 1] == "into") return 2;
        return 1;
    }
    if (i + 1 >= s.words.size()) return 0;
    const std::string& next = s.lower[i + 1];
    if (next == "with" && oneOf(w, {"allided", "collided", "allides", "collides"})) return 2;
    if (next == "into" && oneOf(w, {"crashed", "slammed", "ran", "smashed", "ploughed", "plowed"})) return 2;
    return 0;
}

/// The kind of thing a noun names, empty when it is none of the kinds compared.
std::string kindOf(const std::string& w) {
    static constexpr std::string_view bridges[] = {"bridge", "bridges", "overpass", "viaduct"};
    static constexpr std::string_view quays[] = {"dock",  "docks", "quay",  "quays",   "quayside",
                                                 "wharf", "berth", "jetty", "dockside"};
    static constexpr std::string_view vessels[] = {"ship",  "vessel", "tanker",  "freighter", "boat",
                                                   "barge", "ferry",  "trawler", "tugboat"};
    auto in = [&](const auto& list) {
        return std::any_of(std::begin(list), std::end(list), [&](std::string_view x) { return w == x; });
    };
    if (in(bridges)) return "bridge";
    if (in(quays)) return "quay";
    if (in(vessels)) return "vessel";
    return {};
}

/// The single year the sentence's times name ("2019" of "in 2019", "March 3, 2019"); empty for none or several.
std::string yearOf(const SentenceView& s) {
    std::string year;
    for (const TimeRef& t : s.times) {
        if (t.value.size() < 4 || !std::all_of(t.value.begin(), t.value.begin() + 4, [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
            continue;
        const std::string y = t.value.substr(0, 4);
        if (!year.empty() && year != y) return {};
        year = y;
    }
    return year;
}

}  // namespace

void extractStruck(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    if (s.question) return;
    const std::size_t n = s.words.size();
    for (std::size_t i = 1; i < n; ++i) {
        const std::size_t verb = impactAt(s, i);
        if (verb == 0) continue;
        // The craft: a name right before the verb, over an adverb or two ("previously", "accidentally").
        std::size_t k = i;
        while (k > 0 && k + 2 >= i && (s.lower[k - 1] == "previously" || s.lower[k - 1] == "also" || s.lower[k - 1] == "accidently" ||
                                       (s.lower[k - 1].size() > 4 && s.lower[k - 1].compare(s.lower[k - 1].size() - 2, 2, "ly") == 0)))
            --k;
        const Mention* craft = k > 0 ? mentionAt(s, k - 1) : nullptr;
        if (craft == nullptr || craft->last != k || craft->kind == EntityKind::Person || craft->kind == EntityKind::Place ||
            craft->kind == EntityKind::Organization)
            continue;
        // What it hit: the first kind noun among at most five words after the verb, before any punctuation.
        std::string kind;
        std::size_t at = i + verb;
        for (; at < n && at < i + verb + 5 && !s.words[at].punct; ++at) {
            kind = kindOf(s.lower[at]);
            if (!kind.empty()) break;
        }
        if (kind.empty()) continue;
        // "hit a quay and then a ship": two things hit name no first one.
        bool more = false;
        for (std::size_t j = at + 1; j < n && j < at + 8; ++j) more = more || (!kindOf(s.lower[j]).empty() && kindOf(s.lower[j]) != kind);
        if (more) continue;
        const std::string year = yearOf(s);
        if (year.empty()) continue;
        Claim c = makeClaim(ClaimKind::Version, s);
        c.subject = craft->name;
        c.attribute = "struck in " + year;
        c.value = kind;
        c.text = wordsText(ctx.text, s, i, at + 1);
        c.valueSpan = wordsSpan(s, i, at + 1);
        c.negated = negatedIn(s, craft->first, i);
        c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, craft->first), at + 1);
        out.push_back(std::move(c));
    }
}

}  // namespace parallax::annotate::claims
