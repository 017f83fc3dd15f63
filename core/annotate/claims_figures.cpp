// Figures that are not money: counts ("174 passengers", "254人死亡") and measurements ("a depth of 16 km",
// "续航里程为700公里"), each with its fact frame. The measure comes from measures.tsv: the counted noun right
// after the number, or the measure words just before a figure with a unit of the measure's dimension. A
// figure without a known measure makes no claim: a number is not a fact until we know what it is of.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <set>

#include "core/annotate/claims_extract.h"
#include "core/annotate/claims_frame.h"
#include "core/annotate/claims_measures.h"
#include "core/annotate/claims_tolls.h"
#include "core/annotate/claims_waves.h"
#include "core/annotate/claims_zh_lists.h"
#include "core/annotate/measures.h"
#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {
namespace {

/// The claim's value: a count is a bare number ("171 people" and "171" are one value), a measurement keeps
/// its unit.
std::string formatValue(double v, const std::string& unit, const std::string& dimension) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return std::string(buf) + (unit.empty() || dimension == "count" ? "" : " " + unit);
}

/// The measure named by the words after the figure: "passengers", "crew members", "people dead"; for a
/// compound adjective the words after its hyphen ("21-member crew", "a seven-story building").
std::optional<PhraseTable::Match> countedAfter(const SentenceView& s, std::size_t numberWord, const MeasureLexicon& lex) {
    const std::string& w = s.lower[numberWord];
    if (std::size_t dash = w.find('-'); dash != std::string::npos && dash + 1 < w.size()) {
        std::vector<std::string> tail{w.substr(dash + 1)};
        for (std::size_t k = numberWord + 1; k < s.lower.size() && tail.size() < 4; ++k) tail.push_back(s.lower[k]);
        if (auto m = lex.after.match(tail, 0)) return m;
        return std::nullopt;
    }
    return lex.after.match(s.lower, numberWord + 1);
}

/// The first word of the figure that carries its number (the quantity's span may start with "about").
std::size_t numberWordOf(const SentenceView& s, std::size_t at, std::size_t end) {
    for (std::size_t k = at; k < end; ++k)
        if (s.words[k].digit) return k;
    return end > at ? end - 1 : at;
}

bool anyWord(const std::string& w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

/// The noun a compound adjective describes: "a 948-foot cargo vessel" -> "vessel", "the 2.6-mile bridge" ->
/// "bridge" (the last of at most three words before a verb, preposition or punctuation).
std::string describedNoun(const SentenceView& s, std::size_t end) {
    std::string noun;
    for (std::size_t k = end; k < s.words.size() && k < end + 3; ++k) {
        const Word& w = s.words[k];
        if (w.punct || w.digit || w.capital) break;
        if (anyWord(s.lower[k], {"of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "that", "which",
                                 "was", "is", "were", "are", "has", "had", "have", "known", "called", "named"}))
            break;
        noun = s.lower[k];
    }
    return noun;
}

/// Whether the count after words[numberWord] stands for the whole: not a noun that modifies another noun
/// ("220 passenger seats"), not followed by what happened to some of them ("seven passengers were injured").
bool subsetCount(const SentenceView& s, std::size_t numberWord) {
    for (std::size_t j = numberWord + 1; j < s.words.size() && j < numberWord + 6 && !s.words[j].punct; ++j) {
        const std::string& w = s.lower[j];
        if (j <= numberWord + 3 && anyWord(w, {"seats", "seat", "jets", "planes", "aircraft", "vehicles", "flights", "centres",
                                               "centers", "stations", "routes", "quarters", "cabins"}))
            return false;
        if (w.rfind("injur", 0) == 0 || w.rfind("sustain", 0) == 0 || w.rfind("hospital", 0) == 0 || w == "hurt" ||
            w == "wounded" || w == "died" || w == "killed" || w == "dead" || w == "missing" || w == "rescued" ||
            w == "evacuated" || w == "treated")
            return false;
    }
    return true;
}

/// Words before `first` up to a preposition are only lower-case modifiers ("with the Danish shipping major").
bool afterPreposition(const SentenceView& s, std::size_t first) {
    for (std::size_t k = first, seen = 0; k-- > 0 && seen < 5; ++seen) {
        const std::string& w = s.lower[k];
        if (anyWord(w, {"of", "in", "into", "at", "near", "from", "by", "for", "with", "under", "off", "onto", "across",
                        "toward", "towards", "outside", "inside", "against"}))
            return true;
        if (s.words[k].punct || s.words[k].digit || anyWord(w, {"'s", "was", "is", "were", "are", "had", "has", "have"})) return false;
    }
    return false;
}

/// The noun phrase a figure counts, lower case: the words after it up to punctuation, a verb-like word or a
/// preposition (at most three): "EVs", "plug-in hybrid cars".
std::string countedNoun(const SentenceView& s, std::size_t end) {
    std::string out;
    std::size_t k = end;
    for (; k < s.words.size() && k < end + 3; ++k) {
        const Word& w = s.words[k];
        if (w.punct || w.digit) break;
        if (anyWord(s.lower[k], {"of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "that", "which", "was",
                                 "is", "were", "are", "has", "had", "have", "during", "through", "last", "this", "while",
                                 "sold", "delivered", "shipped"}))
            break;
        out += (out.empty() ? "" : " ") + s.lower[k];
    }
    // "battery electric vehicles (BEVs)": the short form the article then uses names the same things.
    if (!out.empty() && k + 2 < s.words.size() && s.lower[k] == "(" && s.lower[k + 2] == ")" && s.words[k + 1].capital &&
        s.lower[k + 1].size() >= 2 && std::all_of(s.lower[k + 1].begin(), s.lower[k + 1].end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return s.lower[k + 1];
    return out;
}

/// "the 595,413 BEVs sold by BYD": a count of things a name after it sold or delivered. The word index of that
/// name's first word and of the verb, or nothing.
std::optional<std::pair<std::size_t, std::size_t>> soldBy(const SentenceView& s, std::size_t end) {
    for (std::size_t k = end; k < s.words.size() && k < end + 4; ++k) {
        if (s.words[k].punct || s.words[k].digit) return std::nullopt;
        if (!anyWord(s.lower[k], {"sold", "delivered", "shipped"})) continue;
        if (k == end || k + 2 >= s.words.size() || s.lower[k + 1] != "by") return std::nullopt;
        for (const Mention& m : s.mentions)
            if (m.first == k + 2 || (m.first == k + 3 && s.lower[k + 2] == "the")) return std::make_pair(m.first, k);
        return std::nullopt;
    }
    return std::nullopt;
}

bool differenceAfter(const SentenceView& s, std::size_t numberWord) {
    for (std::size_t j = numberWord + 1; j < s.words.size() && j < numberWord + 4 && !s.words[j].punct; ++j)
        if (anyWord(s.lower[j], {"lead", "advantage", "margin", "deficit", "gap", "majority", "more", "fewer", "less"}))
            return true;
    return false;
}

/// The figure's subject: the nearest name before it in its clause, else one just after it. `ambiguous` is
/// set when two different names of one kind precede it ("the United States surpassed China with 126
/// medals"): whose figure it is cannot be read from word order.
/// A capitalised word opening the sentence is no name ("There were 22 crew members").
bool openingWord(const Mention& m) {
    return anyWord(lowerAscii(m.name), {"there", "the", "this", "that", "these", "those", "it", "its", "they", "we", "he",
                                        "she", "a", "an", "in", "on", "at", "but", "and", "as", "after", "before", "while",
                                        "when", "of", "for", "with", "by"});
}

/// "5.5 on the Richter scale", "a category 4 storm on the Saffir-Simpson scale": the name of a scale measures
/// figures, it owns none.
bool namesAScale(const SentenceView& s, const Mention& m) {
    return m.last < s.lower.size() && (s.lower[m.last] == "scale" || s.lower[m.last] == "scales");
}

/// The name a sentence opens with, when it is the only name before the figure: "France, the host nation,
/// finished fifth with 16 gold medals and a total of 64 medals". Far from the figure, but nothing else is there
/// to own it.
const Mention* sentenceSubject(const SentenceView& s, std::size_t clause, std::size_t at, bool measurement) {
    const Mention* first = nullptr;
    for (const Mention& m : s.mentions) {
        if (m.last > at) break;
        if (openingWord(m) || namesAScale(s, m)) continue;
        if (first != nullptr) return nullptr;  // a second name: whose figure it is needs a reading we do not make
        first = &m;
    }
    if (first == nullptr || first->first < clause) return nullptr;
    const std::size_t opens = first->first == 0 || (first->first == 1 && s.lower[0] == "the") ? first->first : s.words.size();
    if (opens == s.words.size() || (measurement && first->kind == EntityKind::Place)) return nullptr;
    // The name is the subject: a verb or an apposition follows it, not a possessive or another noun.
    if (first->last >= s.words.size() || s.lower[first->last] == "'s") return nullptr;
    return first;
}

/// "the Texas-based automaker", "a Shenzhen-headquartered firm": the name says where its owner is, it owns nothing.
bool basedIn(const SentenceView& s, const Mention& m) {
    auto based = [](const std::string& w) {
        for (std::string_view tail : {"-based", "-headquartered"})
            if (w.size() >= tail.size() && w.compare(w.size() - tail.size(), tail.size(), tail) == 0) return true;
        return false;
    };
    if (m.last > 0 && m.last <= s.lower.size() && based(s.lower[m.last - 1])) return true;
    return m.last < s.lower.size() && (based(s.lower[m.last]) ||
                                       (s.lower[m.last] == "-" && m.last + 1 < s.lower.size() && s.lower[m.last + 1] == "based"));
}

const Mention* subjectOf(const SentenceView& s, std::size_t clause, std::size_t clauseEnd, std::size_t at, std::size_t end,
                         bool measurement, bool compound, bool& ambiguous) {
    // "..., since Rammasun in 2014, which left 46 people dead": a relative clause's figure belongs to the name
    // nearest before its comma.
    for (std::size_t k = at; k-- > clause + 1 && k + 12 > at;) {
        if (s.lower[k] != "which" && s.lower[k] != "who") continue;
        if (s.lower[k - 1] != ",") break;
        const Mention* antecedent = nullptr;
        for (const Mention& m : s.mentions)
            if (m.last <= k - 1 && k - 1 - m.last <= 4 && m.first >= clause && !openingWord(m) &&
                !(measurement && m.kind == EntityKind::Place))
                antecedent = &m;
        if (antecedent != nullptr) {
            ambiguous = false;
            return antecedent;
        }
        break;
    }
    const Mention* best = nullptr;
    ambiguous = false;
    bool comparedWith = false;
    for (const Mention& m : s.mentions) {
        if (m.last > at || m.first < clause || at - m.last > 12) continue;
        if (openingWord(m) || basedIn(s, m) || namesAScale(s, m)) continue;
        // A place is where a quake struck or a ship sailed, not what has the depth or the length.
        if (measurement && m.kind == EntityKind::Place) continue;
        // A name after a preposition is a complement ("chartered by the shipping major Maersk", "east of Wajima
        // Port", "slammed into Wenchang city"), not whose figure it is.
        // "with USA finishing on 41 golds": "with" opens a clause whose subject the name is.
        const bool clauseSubject = m.first > 0 && s.lower[m.first - 1] == "with" && m.last < s.lower.size() &&
                                   s.lower[m.last].size() > 4 &&
                                   s.lower[m.last].compare(s.lower[m.last].size() - 3, 3, "ing") == 0;
        if (!clauseSubject && afterPreposition(s, m.first)) continue;
        // The object of a comparison is not the figure's subject: "surpassed China with 126 medals", "41 golds to
        // China's 40", "ahead of Tesla with 1.76 million".
        if (!clauseSubject && m.first > 0 &&
            anyWord(s.lower[m.first - 1], {"surpassed", "surpassing", "beat", "beating", "overtook", "overtaking",
                                           "than", "to", "over", "behind", "trailed", "trailing", "versus", "vs",
                                           "against", "past", "edged", "outpaced", "ahead", "with"})) {
            comparedWith = true;
            continue;
        }
        const bool product = m.kind == EntityKind::Product || (best != nullptr && best->kind == EntityKind::Product);
        if (best != nullptr && best->name != m.name && (best->kind == m.kind || !product)) ambiguous = true;
        best = &m;
        // A name after the compared one, nearer the figure, is the figure's own: "edged past China, with USA
        // finishing on 41 golds".
        comparedWith = false;
    }
    ambiguous = ambiguous || comparedWith;
    if (best == nullptr && !ambiguous && !compound) best = sentenceSubject(s, clause, at, measurement);
    if (best != nullptr || !compound) return best;
    // "A 948-foot cargo vessel known as the Dali": the name comes after the figure.
    for (const Mention& m : s.mentions)
        if (m.first >= end && m.last <= clauseEnd && m.first - end <= 5) return &m;
    return nullptr;
}

/// The one product sentence s names, when it names it before word `at` and names no other product.
std::string onlyProductBefore(const SentenceView& s, std::size_t at) {
    std::string found;
    for (const Mention& m : s.mentions) {
        if (m.kind != EntityKind::Product) continue;
        if (!found.empty() && m.name != found) return {};
        if (m.last > at) return {};
        found = m.name;
    }
    return found;
}

/// The model a Chinese specification with no name in its clause is of: the first product of the sentence, when
/// every product the sentence names is that one or a version of it ("小米SU7共推出3个版本，分别为SU7、SU7 Pro和SU7
/// Max，最低续航里程为700公里": the range is the SU7's, the lowest of its versions).
const Entity* zhModelOfSentence(Span sentence, std::size_t at, const Annotations& ann) {
    const Entity* model = nullptr;
    for (const Entity& e : ann.entities) {
        if (e.span.start < sentence.start || e.kind != EntityKind::Product) continue;
        if (e.span.end > sentence.end) break;
        if (model == nullptr) {
            if (e.span.end > at) return nullptr;
            model = &e;
            continue;
        }
        const std::string& first = model->canonical.empty() ? model->text : model->canonical;
        const std::string& name = e.canonical.empty() ? e.text : e.canonical;
        if (name != first && e.base != first && name.rfind(first + " ", 0) != 0) return nullptr;
    }
    return model;
}

/// An ordinal written as a word or with a suffix ("eighth", "8th"), else 0.
int ordinalNumber(const std::string& w) {
    static constexpr std::string_view words[] = {"first",     "second",      "third",      "fourth",     "fifth",
                                                 "sixth",     "seventh",     "eighth",     "ninth",      "tenth",
                                                 "eleventh",  "twelfth",     "thirteenth", "fourteenth", "fifteenth",
                                                 "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; ++i)
        if (w == words[i]) return i + 1;
    std::size_t digits = 0;
    while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits])) != 0) ++digits;
    if (digits == 0 || digits > 3 || digits + 2 != w.size()) return 0;
    const std::string suffix = w.substr(digits);
    return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ? std::stoi(w.substr(0, digits)) : 0;
}

/// "its seventh straight title", "an eighth successive gold medal", "a third consecutive term": how many wins in a
/// row a streak has reached. The ordinal is the count; what it owns is the clause's name, or for "its"/"their" the
/// first name of the clause, the possessor.
void streakFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const MeasureInfo* measure = measureLexicon().find("consecutive titles");
    if (measure == nullptr) return;
    for (std::size_t k = 1; k + 2 < s.lower.size(); ++k) {
        // The rare streak word first: the ordinal test is the dearer one and runs at every word otherwise.
        if (!anyWord(s.lower[k + 1], {"straight", "successive", "consecutive"})) continue;
        const int n = ordinalNumber(s.lower[k]);
        if (n < 2) continue;
        std::size_t noun = k + 2;
        if (s.lower[noun] == "olympic" || s.lower[noun] == "world" || s.lower[noun] == "league") ++noun;
        if (noun >= s.lower.size() ||
            !anyWord(s.lower[noun], {"title", "gold", "championship", "crown", "term", "win", "victory", "pennant"}))
            continue;
        const std::size_t clause = clauseStart(s, k);
        const std::size_t clauseTo = clauseEnd(s, noun + 1);
        bool ambiguous = false;
        const Mention* subject = subjectOf(s, clause, clauseTo, k, noun + 1, false, false, ambiguous);
        if (subject == nullptr && !ambiguous && anyWord(s.lower[k - 1], {"its", "their"})) {
            for (const Mention& m : s.mentions) {
                if (m.first < clause || m.last > k) continue;
                if (openingWord(m) || afterPreposition(s, m.first)) continue;
                subject = &m;
                break;
            }
        }
        if (ambiguous || subject == nullptr) continue;  // a streak of no one named is no fact to compare
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = subject->name;
        c.attribute = measure->name;
        c.value = std::to_string(n);
        c.text = std::string(ctx.text.substr(s.words[k].span.start, s.words[k].span.size()));
        c.valueSpan = s.words[k].span;
        c.negated = figureNegated(s, clause, k);
        c.hedged = hedgedIn(s, ctx.lex, clause, noun + 1);
        c.frame.measure = measure->name;
        c.frame.dimension = "count";
        c.frame.moves = measure->moves;
        FigurePlace place{k, k + 1, k, k + 1, clause, clauseTo};
        readFrameSlots(s, place, std::string{}, c.frame);
        // The ordinal names which title it is, sought ("seeking its seventh") or won: an aim is no other figure.
        std::vector<std::string> stages = splitList(c.frame.stage, ',');
        stages.erase(std::remove(stages.begin(), stages.end(), std::string("forecast")), stages.end());
        c.frame.stage = joinList(stages);
        out.push_back(std::move(c));
    }
}

/// The two names "both nations" or "the two companies" stand for: the only two distinct names, of one kind, of the
/// sentence before (an unclassified name fits any kind). Empty when the clause says no such thing or that sentence names other than two.
std::vector<std::string> bothOf(const Context& ctx, const SentenceView& s, std::size_t clause, std::size_t at) {
    bool both = false;
    for (std::size_t k = clause; k + 1 < at && k + 1 < s.lower.size() && !both; ++k) {
        const bool opener = s.lower[k] == "both" || (s.lower[k] == "two" && k > 0 && s.lower[k - 1] == "the");
        both = opener && anyWord(s.lower[k + 1], {"nations", "countries", "teams", "companies", "firms", "sides", "carmakers",
                                                  "automakers", "delegations"});
    }
    if (!both || s.index <= 0 || static_cast<std::size_t>(s.index) > ctx.ann.sentences.size()) return {};
    const Span before = ctx.ann.sentences[static_cast<std::size_t>(s.index) - 1].span;
    std::vector<std::string> names;
    std::optional<EntityKind> kind;
    for (const Entity& e : ctx.ann.entities) {
        if (!before.contains(e.span)) continue;
        const std::string name = e.canonical.empty() ? e.text : e.canonical;
        if (std::find(names.begin(), names.end(), name) != names.end()) continue;
        // Unclassified names go with any kind ("Kenya" a place, "Ethiopia" not in the gazetteer); a person and a
        // country do not make "both nations".
        if (kind && *kind != e.kind && *kind != EntityKind::Other && e.kind != EntityKind::Other) return {};
        if (!kind || *kind == EntityKind::Other) kind = e.kind;
        names.push_back(name);
    }
    return names.size() == 2 ? names : std::vector<std::string>{};
}

/// "the company", "the Texas-based automaker" before word `at`, in a sentence naming no one else before it (a
/// "-based" place says where the company is): "its" alone may be any name's.
bool companyNoun(const SentenceView& s, std::size_t at) {
    for (const Mention& m : s.mentions)
        if (m.first < at && !openingWord(m) && !basedIn(s, m)) return false;
    // "the company" or "the Texas-based automaker", not "the Chinese firm": a described company may be another one.
    for (std::size_t i = 1; i < at && i < s.lower.size(); ++i) {
        if (!anyWord(s.lower[i], {"company", "firm", "automaker", "carmaker", "chipmaker", "group"})) continue;
        if (s.lower[i - 1] == "the") return true;
        const std::string& w = s.lower[i - 1];
        const bool based = w.size() > 6 && w.compare(w.size() - 6, 6, "-based") == 0;
        if (based && i >= 2 && s.lower[i - 2] == "the") return true;
    }
    return false;
}

/// The organisation that opens the sentence before, when this sentence opens with "the <description> firm" (or
/// company, automaker, carmaker) and names no one before word `at`; else empty.
std::string describedCompany(const Context& ctx, const SentenceView& s, std::size_t at) {
    if (s.lower.size() < 3 || s.lower[0] != "the" || s.index <= 0 || static_cast<std::size_t>(s.index) > ctx.ann.sentences.size())
        return {};
    std::size_t noun = 1;
    while (noun < 4 && noun < at && !anyWord(s.lower[noun], {"firm", "company", "automaker", "carmaker", "chipmaker"})) ++noun;
    if (noun >= 4 || noun >= at) return {};
    for (const Mention& m : s.mentions)
        if (m.first < at && !openingWord(m) && !basedIn(s, m)) return {};
    const Span before = ctx.ann.sentences[static_cast<std::size_t>(s.index) - 1].span;
    for (const Entity& e : ctx.ann.entities) {
        if (!before.contains(e.span)) continue;
        // The first name, at the very start of that sentence (its subject), and a company.
        const std::string_view lead = ctx.text.substr(before.start, e.span.start - before.start);
        const bool opens = lead.find_first_not_of(" \t\r\n") == std::string_view::npos;
        if (!opens || e.kind != EntityKind::Organization) return {};
        return e.canonical.empty() ? e.text : e.canonical;
    }
    return {};
}

/// The deliveries measure for a percentage of "sales" whose clause then gives the level in units or vehicles ("sales
/// fell by 1.1 percent to 1.79 million units"); null otherwise (plain sales are money).
const MeasureInfo* salesInUnits(const Context& ctx, const SentenceView& s, std::size_t qi, std::size_t qLast, std::size_t clause,
                                std::size_t at, std::size_t clauseTo, std::size_t& measureAt, std::size_t& measureEnd) {
    std::size_t sales = at;
    for (std::size_t k = at; k-- > clause && k + 8 > at;)
        if (s.lower[k] == "sales") {
            sales = k;
            break;
        }
    if (sales == at || clauseTo == 0 || clauseTo > s.words.size()) return nullptr;
    const std::size_t clauseBytes = s.words[clauseTo - 1].span.end;
    for (std::size_t qj = qi + 1; qj < qLast; ++qj) {
        const Quantity& n = ctx.ann.quantities[qj];
        if (n.span.start >= clauseBytes) break;
        if (n.unit == "units" || n.unit == "vehicles" || n.unit == "cars" || n.unit == "evs") {
            measureAt = sales;
            measureEnd = sales + 1;
            return measureLexicon().find("deliveries");
        }
    }
    return nullptr;
}

/// What happened to the people a stable count counts, when its own clause says it: "Two crew members, a man and
/// a woman, were rescued". Such a figure counts those it happened to, a part of the crew or of the passengers,
/// never the crew or the passengers on board. Empty when no such verb follows the count before the clause
/// moves on ("and", "which", "according"), when it is denied ("none were injured"), and when the count is a
/// whole group ("All 171 passengers and 6 crew members survived": everyone on board did).
std::string fateOf(const SentenceView& s, std::size_t figureAt, std::size_t from, std::size_t to) {
    static const std::set<std::string, std::less<>> kFates = {
        "rescued", "killed", "died", "dead", "injured", "hurt", "wounded", "missing", "survived", "evacuated",
        "hospitalised", "hospitalized", "arrested", "detained", "trapped", "saved", "freed", "released", "treated"};
    static const std::set<std::string, std::less<>> kClauseMoves = {"and", "but", "while", "which", "who", "whom",
                                                                    "according", "after", "before", "when", ";"};
    static const std::set<std::string, std::less<>> kDenials = {"none", "no", "not", "nobody", "never", "neither"};
    for (std::size_t k = figureAt >= 3 ? figureAt - 3 : 0; k < figureAt && k < s.lower.size(); ++k)
        if (s.lower[k] == "all" || s.lower[k] == "every" || s.lower[k] == "both") return {};
    for (std::size_t i = from; i < to && i < s.lower.size(); ++i) {
        // An aside between commas ("Two crew members, a man and a woman, were rescued") is passed over.
        if (s.lower[i] == ",") {
            std::size_t close = i + 1;
            while (close < to && close < s.lower.size() && close <= i + 7 && s.lower[close] != ",") ++close;
            if (close < to && close < s.lower.size() && s.lower[close] == ",") i = close;
            continue;
        }
        if (kClauseMoves.contains(s.lower[i])) break;
        if (!kFates.contains(s.lower[i])) continue;
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < i; ++k)
            if (kDenials.contains(s.lower[k])) return {};
        return s.lower[i];
    }
    return {};
}

/// "Crew" is the people who work a ship, an aircraft or a spacecraft only where the sentence says so: "22 crew
/// members on board", "the ship had a 21-member crew", "143 passengers and five crew members". Without such
/// a word it may be a road, film or rescue crew ("the six-man crew was assigned to patch potholes"), which is
/// another frame: such a figure is compared only with figures that are just as unplaced.
bool crewOfACraft(const SentenceView& s) {
    for (const std::string& w : s.lower)
        if (anyWord(w, {"ship", "ships", "vessel", "boat", "freighter", "tanker", "ferry", "tug", "barge", "carrier",
                        "plane", "jet", "aircraft", "airliner", "flight", "helicopter", "spacecraft", "capsule",
                        "board", "aboard", "onboard", "passengers", "passenger", "sailors", "seafarers", "pilots",
                        "pilot", "captain"}))
            return true;
    return false;
}

void englishFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    streakFigures(ctx, s, out);
    const MeasureLexicon& lex = measureLexicon();
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
    // A list of tolls by place ("31 people died in Wajima, 22 in Suzu"): the measure of its first item and the
    // word after the place of the item last read.
    const MeasureInfo* tollList = nullptr;
    std::size_t tollListEnd = s.words.size();
    for (std::size_t qi = qFirst; qi < qLast; ++qi) {
        const Quantity& q = ctx.ann.quantities[qi];
        if (!s.span.contains(q.span) || isCurrencyUnit(q.unit) || q.unit == "pp") continue;
        std::size_t at = 0;
        while (at < s.words.size() && s.words[at].span.end <= q.span.start) ++at;
        std::size_t end = at;
        while (end < s.words.size() && s.words[end].span.start < q.span.end) ++end;
        if (at >= end) continue;
        const std::size_t numberWord = numberWordOf(s, at, end);
        const std::size_t clause = clauseStart(s, at);
        // A figure in an opening phrase ("Packing winds of 234 km/h, Yagi ...") is the main clause's subject's, and
        // the main clause's words ("so far in 2024") are no slots of its frame.
        const std::optional<std::size_t> opening = openingPhraseEnd(s, at);
        const std::size_t clauseTo = opening ? std::min(*opening, clauseEnd(s, end)) : clauseEnd(s, end);
        const auto dim = lex.dimensionOf(q.unit);
        const MeasureInfo* measure = nullptr;
        std::size_t measureAt = at;
        std::size_t measureEnd = at;
        std::size_t countedWords = 0;
        bool namedAfter = false;  // the words after the figure name its measure ("a 6.9-inch screen")
        std::size_t owner = s.words.size();  // the first word of a name the measure's verb names after the figure
        std::optional<std::size_t> warnedFrom;  // the word opening a warning whose waves the figure sizes
        if (q.unit == "%") {
            // "Tesla's deliveries slid 1.1%": a rate of change of a counted measure named just before it.
            for (std::size_t k = at; k-- > clause && k + 6 > at;) {
                if (auto m = lex.after.match(s.lower, k); m && k + m->length <= at) {
                    const MeasureInfo& info = lex.measures[static_cast<std::size_t>(m->payload)];
                    if (info.dimension != "count") continue;
                    measure = &info;
                    measureAt = k;
                    measureEnd = k + m->length;
                    break;
                }
            }
            // "sales fell by 1.1 percent to 1.79 million units": sales told in units are the counted deliveries.
            if (measure == nullptr) measure = salesInUnits(ctx, s, qi, qLast, clause, at, clauseTo, measureAt, measureEnd);
            if (measure == nullptr) continue;
        } else if (!dim) {
            // A count: the counted noun follows the number (a unit word like "people" is part of it).
            if (auto m = countedAfter(s, numberWord, lex)) {
                measure = &lex.measures[static_cast<std::size_t>(m->payload)];
                countedWords = m->length;
            } else if (!q.unit.empty() && end < s.lower.size()) {
                if (auto m2 = lex.after.match(s.lower, end)) measure = &lex.measures[static_cast<std::size_t>(m2->payload)];
            }
            if (measure == nullptr) {
                if (auto by = soldBy(s, end)) {
                    measure = lex.find("deliveries");
                    owner = by->first;
                    measureAt = by->second;
                    measureEnd = by->second + 1;
                }
            }
            // "killed 88 people", "a death toll of 64": the measure before a figure of people or of nothing.
            if (measure == nullptr) {
                for (std::size_t k = at; k-- > clause && k + 4 > at;) {
                    if (auto m = lex.before.match(s.lower, k); m && k + m->length == at &&
                        lex.measures[static_cast<std::size_t>(m->payload)].dimension == "count") {
                        measure = &lex.measures[static_cast<std::size_t>(m->payload)];
                        measureAt = k;
                        measureEnd = k + m->length;
                        break;
                    }
                }
            }
            if (measure != nullptr && measure->dimension != "count") measure = nullptr;
            // "220 passenger seats" counts seats; "seven passengers sustained injuries" counts the injured: the
            // counted noun is a modifier, or the count is of those the sentence then harms.
            // The last word of the counted noun: the compound's tail is inside the number's own word.
            const bool hyphened = s.lower[numberWord].find('-') != std::string::npos;
            const std::size_t lastCounted = numberWord + (hyphened && countedWords > 0 ? countedWords - 1 : countedWords);
            if (measure != nullptr && !subsetCount(s, lastCounted)) measure = nullptr;
            // "a four-gold lead", "a two-seat majority": a difference between two tallies, not a tally.
            if (measure != nullptr && differenceAfter(s, numberWord)) measure = nullptr;
        } else {
            // A measurement: the measure words before the figure ("a depth of", "winds of") or after its unit
            // ("300 metres long"), of the unit's dimension; a spec row's label glued to it ("Speed22 knots").
            measure = gluedRowMeasure(s, at, q.span, ctx.text, dim->dimension);
            for (std::size_t k = at; measure == nullptr && k-- > clause && k + 5 > at;) {
                if (auto m = lex.before.match(s.lower, k); m && k + m->length <= at && k + m->length + 2 >= at) {
                    const MeasureInfo& info = lex.measures[static_cast<std::size_t>(m->payload)];
                    if (info.dimension != dim->dimension) continue;
                    measure = &info;
                    measureAt = k;
                    measureEnd = k + m->length;
                    break;
                }
            }
            if (measure == nullptr && end < s.lower.size()) {
                if (auto m = lex.after.match(s.lower, end);
                    m && lex.measures[static_cast<std::size_t>(m->payload)].dimension == dim->dimension) {
                    measure = &lex.measures[static_cast<std::size_t>(m->payload)];
                    namedAfter = measure->spec;  // "6.9-inch screen"; not "984-foot-long ship", whose noun is the thing
                }
            }
            // "a 948-foot vessel", "the 2.6-mile bridge": a compound adjective gives the thing's size.
            if (measure == nullptr && q.text.find('-') != std::string::npos && dim->dimension == "length")
                measure = lex.find("length");
            if (measure == nullptr && q.text.find('-') != std::string::npos && dim->dimension == "mass")
                measure = lex.find("mass");
            // "warnings for waves as high as 10 feet": the height a warning announces, not any wave's.
            if (dim->dimension == "length" && (measure == nullptr || measure->name == "height"))
                if (auto w = warnedWavesAt(s, clause, at); w && lex.find("wave height") != nullptr) {
                    measure = lex.find("wave height");
                    warnedFrom = *w;
                }
        }
        // "..., 22 in Suzu": a bare figure continuing a list of tolls by place has the list's measure.
        const Mention* tollAt = nullptr;
        if (measure == nullptr && !dim && q.unit.empty() && tollList != nullptr)
            if ((tollAt = tollListItem(s, numberWord, end, tollListEnd, clauseTo)) != nullptr) measure = tollList;
        if (measure == nullptr) continue;
        // "31 people died in Wajima": a toll counted in one place is that place's.
        if (tollAt == nullptr && !dim && tollMeasure(*measure)) tollAt = tollPlace(s, end, clauseTo);
        // "... 6.1 and 6.7 inches respectively": which figure is whose is in the order of a list, not read here; a
        // toll that names its own place needs no such order.
        bool respectively = false;
        for (std::size_t k = clause; k < clauseTo && k < s.lower.size(); ++k) respectively = respectively || s.lower[k] == "respectively";
        if (respectively && tollAt == nullptr) continue;
        // A figure in parentheses right after another is its conversion ("300 metres long (985 feet)").
        if (at > 0 && s.lower[at - 1] == "(") continue;
        bool ambiguous = false;
        const bool compound = dim && q.text.find('-') != std::string::npos;
        const Mention* subject = subjectOf(s, clause, clauseTo, measureAt, end, dim.has_value(), compound, ambiguous);
        if (owner < s.words.size()) {
            ambiguous = false;
            for (const Mention& m : s.mentions)
                if (m.first == owner) subject = &m;
        }
        // "Wajima and Suzu each have 24 deaths": the figure is each name's, whose order no longer matters.
        const std::vector<std::string> eachNames = dim ? std::vector<std::string>{} : eachOf(s, clause, std::min(at, measureAt), end, clauseTo);
        if (!eachNames.empty() || warnedFrom) ambiguous = false;
        if (ambiguous) continue;
        const bool row = dim && gluedRowMeasure(s, at, q.span, ctx.text, dim->dimension) != nullptr;
        if (subject == nullptr && opening) {
            subject = mainClauseSubject(s, *opening);
            if (subject != nullptr && dim && subject->kind == EntityKind::Place) subject = nullptr;
        }
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = subject != nullptr ? subject->name : std::string{};
        // A spec row is the table's, and the table is the page's title thing.
        if (row) c.subject = tableSubject(ctx);
        // "a ship that's ... weighing 95,000 pounds": the ship the article names.
        if (c.subject.empty() && dim && !compound)
            if (std::string head = relativeHead(s, clause, at); !head.empty()) c.subject = namedThingOf(ctx, head);
        // "the 2.6-mile bridge": unnamed, but a bridge, not the ship of the same story.
        // "It was built in 2015 and is 300 metres long": "it" is what the sentence before named first.
        if (c.subject.empty() && dim && !s.lower.empty() && (s.lower[0] == "it" || s.lower[0] == "its"))
            c.subject = previousSubject(ctx, s, true);
        // "the Texas-based automaker ceding its title after deliveries slid 11%": a count or its change told of "the
        // company" in a sentence that names nothing else is the company the article is about.
        if (c.subject.empty() && !dim && subject == nullptr && !ctx.mainOrg.empty() && companyNoun(s, measureAt))
            c.subject = ctx.mainOrg;
        // "BYD, based in Shenzhen, outpaced Tesla. The Chinese firm delivered 595,412 BEVs": a described company
        // opening a sentence that names no one is the company that opened the sentence before.
        if (c.subject.empty() && !dim && subject == nullptr) c.subject = describedCompany(ctx, s, measureAt);
        // "The technical specifications of the SU7, such as ... a range of 668 kilometers": a specification told in a
        // sentence that names one product, before the figure, is that product's, a preposition before it or not.
        if (c.subject.empty() && measure->spec && !compound && !ambiguous) c.subject = onlyProductBefore(s, at);
        if (compound) {
            // The size belongs to the noun it describes, or to a name set beside that noun: "the Orla, a 900-foot
            // vessel" (apposition before) or "a 948-foot vessel known as the Dali" (a name just after).
            const bool apposition = subject != nullptr && subject->last <= at && at - subject->last <= 3 &&
                                    subject->last < s.lower.size() && s.lower[subject->last] == ",";
            const bool after = subject != nullptr && subject->first >= end;
            // "the X9 has a 6.9-inch screen": the noun is the measure itself, the size still the X9's.
            if (!apposition && !after && !(namedAfter && subject != nullptr)) {
                c.subject = describedNoun(s, end);
                // "the 2.6-mile bridge" in an article about the Francis Scott Key Bridge is that bridge's length.
                if (std::string named = namedThingAfter(ctx, s, end); !named.empty()) c.subject = named;
                // "The Chang'e 6 mission was launched ... The 8.35-ton spacecraft was built by ...": the thing the
                // sentence before opens with.
                else if (at == 1 && s.lower[0] == "the" && !c.subject.empty())
                    if (std::string topic = topicOfPrevious(ctx, s, end); !topic.empty()) c.subject = topic;
            }
        }
        // A toll's place is its subject when the sentence names no other; else it narrows the figure to that place
        // ("Yagi killed 12 people in Hanoi" is not Yagi's whole toll).
        const bool tollElsewhere = tollAt != nullptr && !c.subject.empty() && c.subject != tollAt->name;
        if (tollAt != nullptr) {
            if (c.subject.empty()) c.subject = tollAt->name;
            tollList = measure;
            tollListEnd = tollAt->last;
        }
        c.attribute = measure->name;
        c.value = formatValue(q.value, q.unit, measure->dimension);
        c.text = q.text;
        c.valueSpan = q.span;
        c.negated = figureNegated(s, clause, at);
        c.hedged = q.approximate || hedgedIn(s, ctx.lex, clause, end);
        c.frame.measure = measure->name;
        c.frame.dimension = q.unit == "%" ? "%" : measure->dimension;
        // A ship's or a car's speed as a specification (a spec row, "can cruise at", "a top speed of") does not move
        // with the story; the speed it was making when something happened does.
        c.frame.moves = measure->moves && !(measure->name == "speed" && (row || capability(s, clause, at)));
        // The waves a warning announces are the story's, whatever port or coast the sentence names; the warning is
        // the figure's clause, and a forecast.
        if (warnedFrom) c.subject.clear();
        FigurePlace place{at, end, measureAt, measureEnd, warnedFrom.value_or(clause), clauseTo};
        readFrameSlots(s, place, q.unit, c.frame);
        if (warnedFrom) c.frame.stage = "forecast";
        if (tollElsewhere) c.frame.scope += (c.frame.scope.empty() ? "in " : ", in ") + tollAt->name;
        if (measure->dimension == "count" && !measure->moves)
            if (std::string fate = fateOf(s, at, end, clauseTo); !fate.empty())
                c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + fate;
        if (measure->name == "crew" && c.subject.empty() && !crewOfACraft(s))
            c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + std::string("no craft named");
        // A percentage of a count is a rate of change or a share, never a level to compare with a count.
        if (q.unit == "%" && c.frame.kind == "level") continue;
        // "delivered 1.76 million EVs" / "delivered 918,556 plug-in hybrid cars": a measure read from the verb
        // counts what the noun after the figure names.
        if ((measureEnd == at && measureAt < at && !dim) || owner < s.words.size()) {
            if (std::string counted = countedNoun(s, end); !counted.empty())
                c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + counted;
        }
        if (!eachNames.empty()) {
            for (const std::string& name : eachNames) {
                Claim one = c;
                one.subject = name;
                out.push_back(std::move(one));
            }
            continue;
        }
        // "Both nations finished with over 100 medals": the figure is each of the two the sentence before named.
        if (c.subject.empty() && !dim) {
            const std::vector<std::string> pair = bothOf(ctx, s, clause, measureAt);
            for (const std::string& name : pair) {
                Claim each = c;
                each.subject = name;
                out.push_back(std::move(each));
            }
            if (!pair.empty()) continue;
        }
        out.push_back(std::move(c));
    }
}

/// A Chinese measure form right after the figure, or after one counter ("254人死亡", "6名机组人员", "28城"), or
/// ending at most four characters before it ("续航里程为700公里", "震源深度30公里"). A form after the figure wins:
/// in "175名乘客和6名机组人员" the 6 is the crew's, and 乘客 before it belongs to the item before 和.
const MeasureInfo* zhMeasure(std::string_view text, std::size_t clause, std::size_t qStart, std::size_t qEnd,
                             std::size_t clauseEnd, const std::optional<UnitDimension>& dim, const MeasureLexicon& lex) {
    const std::string wanted = dim ? dim->dimension : std::string("count");
    const MeasureInfo* afterFound = nullptr;
    const MeasureInfo* beforeFound = nullptr;
    std::size_t afterLen = 0;
    std::size_t beforeLen = 0;
    // A counter between a count and its noun: 名, 人, 位, 个 (people and things), 艘, 架, 辆 (craft).
    std::size_t counted = qEnd;
    if (!dim)
        for (std::string_view counter : {"名", "位", "个", "艘", "架", "辆"})
            if (text.compare(qEnd, counter.size(), counter) == 0) counted = qEnd + counter.size();
    for (const MeasureInfo& m : lex.measures) {
        if (m.dimension != wanted) continue;
        for (const std::string& form : m.zh) {
            // after: "人死亡" at the figure's end, or after one counter ("名机组人员")
            const bool after = (text.compare(qEnd, form.size(), form) == 0 && qEnd + form.size() <= clauseEnd) ||
                               (counted > qEnd && text.compare(counted, form.size(), form) == 0 &&
                                counted + form.size() <= clauseEnd);
            if (after && form.size() > afterLen) {
                afterFound = &m;
                afterLen = form.size();
            }
            // Count forms of one character ("城", "金") only right after the figure.
            if (after || (!dim && form.size() <= 3) || form.size() <= beforeLen) continue;
            // before: the form ends at most four characters (12 bytes) before the figure, inside the clause, and
            // no list mark (和, 与, 及, 、) parts it from the figure
            const std::size_t lo = std::max(clause, qStart >= form.size() + 12 ? qStart - form.size() - 12 : std::size_t{0});
            if (lo >= qStart) continue;
            const std::string_view window = text.substr(lo, qStart - lo);
            const std::size_t at = window.rfind(form);
            if (at == std::string_view::npos) continue;
            const std::string_view between = window.substr(at + form.size());
            bool listed = false;
            for (std::string_view mark : {"和", "与", "及", "、", "以及", "並", "并"})
                listed = listed || between.find(mark) != std::string_view::npos;
            if (listed) continue;
            beforeFound = &m;
            beforeLen = form.size();
        }
    }
    return afterFound != nullptr ? afterFound : beforeFound;
}

/// The part of a whole a Chinese figure is about: "乒乓球项目中国队收获4金" (table tennis), "中国田径队获得1金"
/// (athletics): a discipline before 项目/赛场/比赛, or a team word before 队 that is not the subject's name
/// ("中国队" is China itself).
std::string zhPartOf(std::string_view text, std::size_t sentence, std::size_t at, const Entity* subject) {
    auto hanBefore = [&](std::size_t end, std::size_t maxChars) {
        std::size_t start = end;
        for (std::size_t n = 0; n < maxChars && start >= sentence + 3 && start >= 3; ++n) {
            std::size_t len = 0;
            char32_t c = zh::decodeAt(text, start - 3, len);
            if (len != 3 || !zh::isHan(c)) break;
            start -= 3;
        }
        return std::string(text.substr(start, end - start));
    };
    std::string_view window = text.substr(sentence, at - sentence);
    for (std::string_view marker : {"项目", "項目", "赛场", "賽場", "比赛", "比賽"}) {
        std::size_t p = window.rfind(marker);
        if (p == std::string_view::npos) continue;
        std::string part = hanBefore(sentence + p, 3);
        if (!part.empty()) return part;
    }
    for (std::string_view marker : {"队", "隊"}) {
        std::size_t p = window.rfind(marker);
        if (p == std::string_view::npos) continue;
        std::string part = hanBefore(sentence + p, 4);
        // The subject as the (folded) text writes it: "中國" is "中国" here.
        const std::string_view name = subject != nullptr ? text.substr(subject->span.start, subject->span.size()) : std::string_view{};
        if (!name.empty() && part.rfind(name, 0) == 0) part.erase(0, name.size());
        if (!part.empty() && part != "代表" && part.find("国") == std::string::npos && part.find("國") == std::string::npos)
            return part;
    }
    return {};
}

/// The discipline of a national team named between `from` and `to`: "中国田径队" -> "田径", "中國舉重隊" -> "举重" (the
/// text is folded to simplified): one to three Han characters between a place's name and 队.
std::string teamDiscipline(std::string_view text, std::size_t from, std::size_t to, const Annotations& ann) {
    for (const Entity& e : ann.entities) {
        if (e.span.start < from || e.span.end > to || e.kind != EntityKind::Place) continue;
        std::size_t k = e.span.end;
        for (int n = 0; n < 3 && k + 3 <= to; ++n) {
            std::size_t len = 0;
            if (char32_t c = zh::decodeAt(text, k, len); len != 3 || !zh::isHan(c)) break;
            k += 3;
            if (text.compare(k, 3, "队") == 0) return std::string(text.substr(e.span.end, k - e.span.end));
        }
    }
    return {};
}

/// Who owns a Chinese figure whose own clause names no one. "获得14枚金牌的美国队成为该项目的霸主": the team after
/// the figure's 的 (the relative clause describes it); "举重赛场中国队表现抢眼，共收获6枚金牌": the team the sentence
/// opens with, the topic of every clause after it.
const Entity* zhOwner(std::string_view text, const SentenceView& s, std::size_t qStart, std::size_t qEnd, std::size_t clauseTo,
                      const Annotations& ann) {
    auto teamAfter = [&](const Entity& e) {
        for (std::size_t k = e.span.end, n = 0; n < 4 && k + 3 <= s.span.end; ++n, k += 3)
            if (text.compare(k, 3, "队") == 0) return true;
        return false;
    };
    for (const Entity& e : ann.entities) {
        if (e.span.start < qEnd) continue;
        // "14枚金牌的美国队": at most a measure word and the measure between the figure and 的.
        if (e.span.end <= clauseTo && e.span.start >= 3 && e.span.start - qEnd <= 15 &&
            text.compare(e.span.start - 3, 3, "的") == 0 && teamAfter(e))
            return &e;
        break;
    }
    for (const Entity& e : ann.entities) {
        if (e.span.start < s.span.start) continue;
        if (e.span.end > qStart) break;
        // The first name of the sentence, a team, in the sentence's first clause.
        if (teamAfter(e) && zh::clauseBegin(text, s.span.start, e.span.start) == s.span.start) return &e;
        break;
    }
    return nullptr;
}

/// Whether the figure at `at` is part of a 分别 list: 分别 in the figure's clause (a list's 、 not ending it), before
/// or after it. "共推出3个版本，分别为A、B和C，最低续航里程为700公里": the range is in a clause of its own.
bool respectiveClause(std::string_view text, std::size_t sentence, std::size_t end, std::size_t at) {
    std::size_t from = sentence;
    std::size_t to = std::min(end, text.size());
    for (std::size_t i = sentence; i < to;) {
        std::size_t len = 1;
        const char32_t c = zh::decodeAt(text, i, len);
        if (c != U'、' && zh::isClauseBreak(c)) {
            if (i < at) from = i + len;
            else {
                to = i;
                break;
            }
        }
        i += len;
    }
    const std::string_view clause = text.substr(from, to - from);
    return clause.find("分别") != std::string_view::npos || clause.find("分別") != std::string_view::npos;
}

/// The measure of a figure in a list of products, read at the list's head: what the words before 分别 name ("的
/// 屏幕尺寸分别为"), or for a size in inches said of a device ("的尺寸从6.1/6.5英寸"), its screen: devices are sized
/// in inches by their screen's diagonal.
const MeasureInfo* listedMeasure(std::string_view text, std::size_t sentence, std::size_t head, const std::string& unit,
                                 const std::optional<UnitDimension>& dim, const MeasureLexicon& lex) {
    const std::size_t clause = zh::clauseBegin(text, sentence, head);
    if (const MeasureInfo* m = zhMeasure(text, clause, head, head, head, dim, lex)) return m;
    const std::string_view lead = text.substr(clause, head - clause);
    if (unit == "in" && (lead.find("尺寸") != std::string_view::npos || lead.find("屏") != std::string_view::npos))
        return lex.find("screen size");
    return nullptr;
}

/// Where the figure `qi` is measured: its own start, or, for a figure in brackets right after another figure and at
/// most four characters of its words ("17级以上（约234公里/小时）"), the start of the figure it restates.
std::size_t restatedFrom(std::string_view text, const Annotations& ann, std::size_t first, std::size_t qi, std::size_t sentence) {
    const Quantity& q = ann.quantities[qi];
    std::size_t open = q.span.start;
    if (open > sentence && text[open - 1] == '(') open -= 1;
    else if (open >= sentence + 3 && text.compare(open - 3, 3, "\uFF08") == 0) open -= 3;  // full-width （
    if (open == q.span.start || qi == first) return q.span.start;
    const Quantity& before = ann.quantities[qi - 1];
    if (before.span.end > open || before.span.start < sentence) return q.span.start;
    // Only Han characters between the two ("级以上"): a clause between them would part them.
    std::size_t chars = 0;
    for (std::size_t i = before.span.end; i < open; i += 3, ++chars)
        if (static_cast<unsigned char>(text[i]) < 0xE3 || static_cast<unsigned char>(text[i]) > 0xE9 || chars >= 4) return q.span.start;
    return before.span.start;
}

void chineseFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    std::string_view text = ctx.text;
    std::string_view sentence = text.substr(s.span.start, std::min(s.span.end, text.size()) - s.span.start);
    if (!zh::hasHan(sentence)) return;
    const MeasureLexicon& lex = measureLexicon();
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
    // Figures of a list of models ("A和B分别为…", "A系列…6.1/6.5英寸"): each goes with its model, in order.
    std::vector<ListedFigure> listed = zhRespectiveFigures(text, s.span, ctx.ann);
    for (ListedFigure& f : zhSeriesFigures(text, s.span, ctx.ann)) listed.push_back(std::move(f));
    for (std::size_t qi = qFirst; qi < qLast; ++qi) {
        const Quantity& q = ctx.ann.quantities[qi];
        if (!s.span.contains(q.span) || isCurrencyUnit(q.unit) || q.unit == "%" || q.unit == "pp") continue;
        // "风力在17级以上（约234公里/小时）": a figure in brackets right after another is that figure in another unit,
        // and is measured where the figure it restates is.
        const std::size_t anchor = restatedFrom(text, ctx.ann, qFirst, qi, s.span.start);
        const std::size_t clause = zh::clauseBegin(text, s.span.start, anchor);
        const std::size_t clauseTo = zh::clauseFinish(text, q.span.end, s.span.end);
        const auto dim = lex.dimensionOf(q.unit);
        const auto inList = std::find_if(listed.begin(), listed.end(), [&](const ListedFigure& f) { return f.quantity == qi; });
        const ListedFigure* item = inList == listed.end() ? nullptr : &*inList;
        // Only figures written in Chinese context: the byte before or after is not ASCII text.
        bool hanNear = (q.span.end < text.size() && static_cast<unsigned char>(text[q.span.end]) >= 0x80) ||
                       (anchor > 0 && static_cast<unsigned char>(text[anchor - 1]) >= 0x80);
        if (!hanNear && item == nullptr) continue;
        const MeasureInfo* measure = anchor < q.span.start ? zhMeasure(text, clause, anchor, anchor, clauseTo, dim, lex)
                                                           : zhMeasure(text, clause, q.span.start, q.span.end, clauseTo, dim, lex);
        if (measure == nullptr && item != nullptr) measure = listedMeasure(text, s.span.start, item->head, q.unit, dim, lex);
        // "发布海啸警报，指出可能出现最高达5米的海啸": the height the warning announces.
        const bool warnedWaves = dim && dim->dimension == "length" && (measure == nullptr || measure->name == "height") &&
                                 lex.find("wave height") != nullptr && zhWarnedWaves(text, s.span.start, q.span.start, q.span.end);
        if (warnedWaves) measure = lex.find("wave height");
        if (measure == nullptr) continue;
        // "分别为6.1英寸和6.7英寸" pairs figures and names by the order of the list: a figure it leaves unpaired is
        // no one's. "领先4枚金牌" is a lead, not a tally.
        const std::string_view whole = text.substr(s.span.start, std::min(s.span.end, text.size()) - s.span.start);
        if (item == nullptr && respectiveClause(text, s.span.start, s.span.end, q.span.start)) continue;
        const std::size_t lead = clause < q.span.start ? text.substr(clause, q.span.start - clause).find("领先") : std::string_view::npos;
        if (lead != std::string_view::npos) continue;
        // Shares offered are counted in 股 ("发行1.18亿股H股"); 发行 before other things (bonds, cards) counts them.
        const bool offering = measure->name == "shares offered";
        if (offering && text.compare(q.span.end, 3, "股") != 0) continue;
        const Entity* subject = nullptr;
        for (const Entity& e : ctx.ann.entities) {
            if (e.span.end > q.span.start || e.span.start < clause) continue;
            // The measure's own word is no name ("发售股份数目约1.36亿股" read 发售 as one).
            const std::string_view written = text.substr(e.span.start, e.span.size());
            if (std::find(measure->zh.begin(), measure->zh.end(), written) != measure->zh.end()) continue;
            subject = &e;
        }
        if (subject == nullptr) subject = zhOwner(text, s, q.span.start, q.span.end, clauseTo, ctx.ann);
        if (subject == nullptr && measure->spec) subject = zhModelOfSentence(s.span, q.span.start, ctx.ann);
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = subject != nullptr ? (subject->canonical.empty() ? subject->text : subject->canonical) : std::string{};
        if (item != nullptr) c.subject = item->subject;
        // "发售股份数目约1.36亿股": an offering names no one when it is the issuer's, the company the article is about.
        if (offering && c.subject.empty()) c.subject = ctx.mainOrg;
        c.attribute = measure->name;
        c.value = formatValue(q.value, q.unit, measure->dimension);
        c.text = q.text;
        c.valueSpan = q.span;
        c.hedged = q.approximate;
        c.frame.measure = measure->name;
        c.frame.dimension = measure->dimension;
        c.frame.moves = measure->moves;
        readChineseFrameSlots(text, s.span.start, clause, clauseTo, q.span.start, q.span.end, q.unit, c.frame);
        if (warnedWaves) {
            c.subject.clear();
            c.frame.stage = "forecast";
        }
        // A listed figure is earlier or current by its half of "从…至…", not by the word just before it.
        if (item != nullptr) {
            std::vector<std::string> stages = splitList(c.frame.stage, ',');
            stages.erase(std::remove(stages.begin(), stages.end(), "previous"), stages.end());
            if (item->earlier) stages.emplace_back("previous");
            std::sort(stages.begin(), stages.end());
            c.frame.stage = joinList(stages);
        }
        std::string part = zhPartOf(text, s.span.start, q.span.start, subject);
        // "该项目" (that event) is the discipline of the team the sentence before named: "中国田径队获得1金。获得14枚金牌
        // 的美国队成为该项目的霸主".
        if (part.empty() && whole.find("该项目") != std::string_view::npos && s.index > 0 &&
            static_cast<std::size_t>(s.index) <= ctx.ann.sentences.size()) {
            const Span before = ctx.ann.sentences[static_cast<std::size_t>(s.index) - 1].span;
            part = teamDiscipline(text, before.start, std::min(before.end, text.size()), ctx.ann);
        }
        if (!part.empty()) c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + part;
        out.push_back(std::move(c));
    }
}

}  // namespace

void extractFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    std::string_view sentence = ctx.text.substr(s.span.start, std::min(s.span.end, ctx.text.size()) - s.span.start);
    if (zh::hasHan(sentence)) chineseFigures(ctx, s, out);
    else englishFigures(ctx, s, out);
}

}  // namespace parallax::annotate::claims
