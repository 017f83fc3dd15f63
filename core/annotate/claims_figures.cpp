// Figures that are not money: counts ("174 passengers", "254人死亡") and measurements ("a depth of 16 km",
// "续航里程为700公里"), each with its fact frame. The measure comes from measures.tsv: the counted noun right
// after the number, or the measure words just before a figure with a unit of the measure's dimension. A
// figure without a known measure makes no claim: a number is not a fact until we know what it is of.
#include <algorithm>
#include <cstdio>

#include "core/annotate/claims_extract.h"
#include "core/annotate/claims_frame.h"
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
                        "toward", "towards", "outside", "inside"}))
            return true;
        if (s.words[k].punct || s.words[k].digit || anyWord(w, {"'s", "was", "is", "were", "are", "had", "has", "have"})) return false;
    }
    return false;
}

/// The noun phrase a figure counts, lower case: the words after it up to punctuation, a verb-like word or a
/// preposition (at most three): "EVs", "plug-in hybrid cars".
std::string countedNoun(const SentenceView& s, std::size_t end) {
    std::string out;
    for (std::size_t k = end; k < s.words.size() && k < end + 3; ++k) {
        const Word& w = s.words[k];
        if (w.punct || w.digit) break;
        if (anyWord(s.lower[k], {"of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "that", "which", "was",
                                 "is", "were", "are", "has", "had", "have", "during", "through", "last", "this", "while"}))
            break;
        out += (out.empty() ? "" : " ") + s.lower[k];
    }
    return out;
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

/// The name a sentence opens with, when it is the only name before the figure: "France, the host nation,
/// finished fifth with 16 gold medals and a total of 64 medals". Far from the figure, but nothing else is there
/// to own it.
const Mention* sentenceSubject(const SentenceView& s, std::size_t clause, std::size_t at, bool measurement) {
    const Mention* first = nullptr;
    for (const Mention& m : s.mentions) {
        if (m.last > at) break;
        if (openingWord(m)) continue;
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
        if (openingWord(m)) continue;
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
    const MeasureLexicon& lex = measureLexicon();
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
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
        const std::size_t clauseTo = clauseEnd(s, end);
        const auto dim = lex.dimensionOf(q.unit);
        const MeasureInfo* measure = nullptr;
        std::size_t measureAt = at;
        std::size_t measureEnd = at;
        std::size_t countedWords = 0;
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
            if (measure == nullptr) continue;
        } else if (!dim) {
            // A count: the counted noun follows the number (a unit word like "people" is part of it).
            if (auto m = countedAfter(s, numberWord, lex)) {
                measure = &lex.measures[static_cast<std::size_t>(m->payload)];
                countedWords = m->length;
            } else if (!q.unit.empty() && end < s.lower.size()) {
                if (auto m2 = lex.after.match(s.lower, end)) measure = &lex.measures[static_cast<std::size_t>(m2->payload)];
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
            // ("300 metres long"), of the unit's dimension.
            for (std::size_t k = at; k-- > clause && k + 5 > at;) {
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
                    m && lex.measures[static_cast<std::size_t>(m->payload)].dimension == dim->dimension)
                    measure = &lex.measures[static_cast<std::size_t>(m->payload)];
            }
            // "a 948-foot vessel", "the 2.6-mile bridge": a compound adjective gives the thing's size.
            if (measure == nullptr && q.text.find('-') != std::string::npos && dim->dimension == "length")
                measure = lex.find("length");
            if (measure == nullptr && q.text.find('-') != std::string::npos && dim->dimension == "mass")
                measure = lex.find("mass");
        }
        if (measure == nullptr) continue;
        // "... 6.1 and 6.7 inches respectively": which figure is whose is in the order of a list, not read here.
        bool respectively = false;
        for (std::size_t k = clause; k < clauseTo && k < s.lower.size(); ++k) respectively = respectively || s.lower[k] == "respectively";
        if (respectively) continue;
        // A figure in parentheses right after another is its conversion ("300 metres long (985 feet)").
        if (at > 0 && s.lower[at - 1] == "(") continue;
        bool ambiguous = false;
        const bool compound = dim && q.text.find('-') != std::string::npos;
        const Mention* subject = subjectOf(s, clause, clauseTo, measureAt, end, dim.has_value(), compound, ambiguous);
        if (ambiguous) continue;
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = subject != nullptr ? subject->name : std::string{};
        // "the 2.6-mile bridge": unnamed, but a bridge, not the ship of the same story.
        // "It was built in 2015 and is 300 metres long": "it" is what the sentence before named first.
        if (c.subject.empty() && dim && !s.lower.empty() && (s.lower[0] == "it" || s.lower[0] == "its"))
            c.subject = previousSubject(ctx, s, true);
        if (compound) {
            // The size belongs to the noun it describes, or to a name set beside that noun: "the Orla, a 900-foot
            // vessel" (apposition before) or "a 948-foot vessel known as the Dali" (a name just after).
            const bool apposition = subject != nullptr && subject->last <= at && at - subject->last <= 3 &&
                                    subject->last < s.lower.size() && s.lower[subject->last] == ",";
            const bool after = subject != nullptr && subject->first >= end;
            if (!apposition && !after) c.subject = describedNoun(s, end);
        }
        c.attribute = measure->name;
        c.value = formatValue(q.value, q.unit, measure->dimension);
        c.text = q.text;
        c.valueSpan = q.span;
        c.negated = figureNegated(s, clause, at);
        c.hedged = q.approximate || hedgedIn(s, ctx.lex, clause, end);
        c.frame.measure = measure->name;
        c.frame.dimension = q.unit == "%" ? "%" : measure->dimension;
        c.frame.moves = measure->moves;
        FigurePlace place{at, end, measureAt, measureEnd, clause, clauseTo};
        readFrameSlots(s, place, q.unit, c.frame);
        if (measure->name == "crew" && !crewOfACraft(s))
            c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + std::string("no craft named");
        // A percentage of a count is a rate of change or a share, never a level to compare with a count.
        if (q.unit == "%" && c.frame.kind == "level") continue;
        // "delivered 1.76 million EVs" / "delivered 918,556 plug-in hybrid cars": a measure read from the verb
        // counts what the noun after the figure names.
        if (measureEnd == at && measureAt < at && !dim) {
            if (std::string counted = countedNoun(s, end); !counted.empty())
                c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + counted;
        }
        out.push_back(std::move(c));
    }
}

/// A Chinese measure form right after the figure (at most one linking character: "254人死亡", "28城") or
/// ending at most four characters before it ("续航里程为700公里", "震源深度30公里").
const MeasureInfo* zhMeasure(std::string_view text, std::size_t clause, std::size_t qStart, std::size_t qEnd,
                             std::size_t clauseEnd, const std::optional<UnitDimension>& dim, const MeasureLexicon& lex) {
    const std::string wanted = dim ? dim->dimension : std::string("count");
    const MeasureInfo* found = nullptr;
    std::size_t bestLen = 0;
    for (const MeasureInfo& m : lex.measures) {
        if (m.dimension != wanted) continue;
        for (const std::string& form : m.zh) {
            if (form.size() <= bestLen) continue;
            // after: "人死亡" at the figure's end, or after one measure word ("枚金牌")
            bool after = text.compare(qEnd, form.size(), form) == 0 && qEnd + form.size() <= clauseEnd;
            // before: the form ends at most four characters (12 bytes) before the figure, inside the clause
            const std::size_t lo = std::max(clause, qStart >= form.size() + 12 ? qStart - form.size() - 12 : std::size_t{0});
            const bool before = lo < qStart && text.substr(lo, qStart - lo).find(form) != std::string_view::npos;
            // Count forms of one character ("城", "金") only right after the figure.
            if (!dim && form.size() <= 3 && !after) continue;
            if (after || before) {
                found = &m;
                bestLen = form.size();
            }
        }
    }
    return found;
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
        if (subject != nullptr && part.rfind(subject->text, 0) == 0) part.erase(0, subject->text.size());
        if (!part.empty() && part != "代表" && part.find("国") == std::string::npos && part.find("國") == std::string::npos)
            return part;
    }
    return {};
}

void chineseFigures(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    std::string_view text = ctx.text;
    std::string_view sentence = text.substr(s.span.start, std::min(s.span.end, text.size()) - s.span.start);
    if (!zh::hasHan(sentence)) return;
    const MeasureLexicon& lex = measureLexicon();
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
    for (std::size_t qi = qFirst; qi < qLast; ++qi) {
        const Quantity& q = ctx.ann.quantities[qi];
        if (!s.span.contains(q.span) || isCurrencyUnit(q.unit) || q.unit == "%" || q.unit == "pp") continue;
        const std::size_t clause = zh::clauseBegin(text, s.span.start, q.span.start);
        const std::size_t clauseTo = zh::clauseFinish(text, q.span.end, s.span.end);
        const auto dim = lex.dimensionOf(q.unit);
        // Only figures written in Chinese context: the byte before or after is not ASCII text.
        bool hanNear = (q.span.end < text.size() && static_cast<unsigned char>(text[q.span.end]) >= 0x80) ||
                       (q.span.start > 0 && static_cast<unsigned char>(text[q.span.start - 1]) >= 0x80);
        if (!hanNear) continue;
        const MeasureInfo* measure = zhMeasure(text, clause, q.span.start, q.span.end, clauseTo, dim, lex);
        if (measure == nullptr) continue;
        // "分别为6.1英寸和6.7英寸": the pairing of figures and names is the order of a list, not read here;
        // "领先4枚金牌" is a lead, not a tally.
        const std::string_view whole = text.substr(s.span.start, std::min(s.span.end, text.size()) - s.span.start);
        if (whole.find("分别") != std::string_view::npos || whole.find("分別") != std::string_view::npos) continue;
        const std::size_t lead = clause < q.span.start ? text.substr(clause, q.span.start - clause).find("领先") : std::string_view::npos;
        if (lead != std::string_view::npos) continue;
        const Entity* subject = nullptr;
        for (const Entity& e : ctx.ann.entities)
            if (e.span.end <= q.span.start && e.span.start >= clause) subject = &e;
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = subject != nullptr ? (subject->canonical.empty() ? subject->text : subject->canonical) : std::string{};
        c.attribute = measure->name;
        c.value = formatValue(q.value, q.unit, measure->dimension);
        c.text = q.text;
        c.valueSpan = q.span;
        c.hedged = q.approximate;
        c.frame.measure = measure->name;
        c.frame.dimension = measure->dimension;
        c.frame.moves = measure->moves;
        readChineseFrameSlots(text, s.span.start, clause, clauseTo, q.span.start, q.span.end, q.unit, c.frame);
        if (std::string part = zhPartOf(text, s.span.start, q.span.start, subject); !part.empty())
            c.frame.scope += (c.frame.scope.empty() ? "" : ", ") + part;
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
