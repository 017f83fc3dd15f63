// Amounts attached to a subject and a measure: "Zhipu AI raised HK$4.35 billion in its IPO" ->
// {Zhipu AI, raised (ipo), 4.35e9 HKD}. Qualifiers (planned, closing, upsized ...) stay in the attribute so
// that different measures are never compared as one figure.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/annotate/claims_extract.h"
#include "core/annotate/claims_frame.h"

namespace parallax::annotate::claims {

namespace {

std::string formatNumber(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

/// The mention sits in ", the ... ," / ", which ... ," between its sentence's subject and word `before`.
/// Another figure of the clause around quantity `qi` counts things ("1.79 million units", "40,000 cars").
bool unitsInClause(const Annotations& ann, const SentenceView& s, std::size_t qi, std::size_t clause) {
    const std::size_t from = clause < s.words.size() ? s.words[clause].span.start : s.span.start;
    const std::size_t end = clauseEnd(s, clause);
    const std::size_t to = end < s.words.size() ? s.words[end].span.start : s.span.end;
    const auto [first, last] = quantitiesIn(ann, Span{from, to});
    for (std::size_t k = first; k < last; ++k) {
        const Quantity& q = ann.quantities[k];
        if (k == qi || q.unit.empty() || q.unit == "%" || q.unit == "pp") continue;
        if (!isCurrencyUnit(q.unit)) return true;
    }
    return false;
}

/// "shares", "stock" in the words up to a figure: a price that is a share price.
bool sharePrice(const SentenceView& s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < s.lower.size(); ++k)
        if (s.lower[k] == "shares" || s.lower[k] == "stock" || s.lower[k] == "stocks" || s.lower[k] == "share")
            return true;
    return false;
}

/// "offer price", "issue price", "IPO price" in the words up to a figure: the price of an offering, which is the
/// company's own whether or not its shares are named.
bool offerPrice(const SentenceView& s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k + 1 < to && k + 1 < s.lower.size(); ++k)
        if ((s.lower[k] == "offer" || s.lower[k] == "issue" || s.lower[k] == "ipo" || s.lower[k] == "listing") &&
            s.lower[k + 1] == "price")
            return true;
    return false;
}

/// A name in brackets right after another is that name's ticker or short form: "Nvidia (NVDA)".
bool bracketedAlias(const SentenceView& s, const Mention& m) {
    if (m.first < 2 || m.last >= s.lower.size() || s.lower[m.first - 1] != "(" || s.lower[m.last] != ")") return false;
    const Mention* before = mentionAt(s, m.first - 2);
    return before != nullptr && before->last == m.first - 1;
}

bool insideApposition(const SentenceView& s, const Mention& m, std::size_t before) {
    std::size_t open = m.first;
    while (open > 0 && s.lower[open - 1] != "," && !s.words[open - 1].punct) --open;
    if (open == 0 || s.lower[open - 1] != ",") return false;
    const std::string& next = s.lower[open];
    // "V3, the base model on which ...", "Nvidia, listed on Nasdaq, closed ...": a noun phrase, a relative clause or
    // a participle ("listed", "based", "known") set off by commas.
    const bool participle = next.size() > 4 && next.compare(next.size() - 2, 2, "ed") == 0 && !s.words[open].capital;
    bool appositive = next == "the" || next == "a" || next == "an" || next == "which" || next == "who" ||
                      next == "whose" || participle;
    if (!appositive || open < 2) return false;
    // An apposition follows a name: "V3, the base model ..."; "According to the company, the run" is no apposition.
    // A ticker in brackets may stand between the name and the comma: "Nvidia (NVDA), listed on Nasdaq, ...".
    std::size_t headEnd = open - 1;
    if (s.lower[headEnd - 1] == ")") {
        std::size_t k = headEnd - 1;
        while (k > 0 && s.lower[k] != "(") --k;
        if (k == 0) return false;
        headEnd = k;
    }
    const Mention* head = headEnd >= 1 ? mentionAt(s, headEnd - 1) : nullptr;
    if (head == nullptr || head->last != headEnd) return false;
    for (std::size_t k = m.last; k < before; ++k) {
        if (s.lower[k] == ",") return true;
    }
    return false;
}

/// The year a financial figure is for, when its clause writes one near it ("revenue of $5 billion in 2024",
/// "2023 revenue"): " [2024]"; empty otherwise. conflict/period.h keeps figures for different years apart.
std::string periodOf(const SentenceView& s, const std::string& measure, std::size_t clause, std::size_t clauseEnd,
                     std::size_t at, std::size_t qEnd) {
    static constexpr std::string_view periodic[] = {"revenue",   "profit",   "loss",      "users",
                                                    "employees", "spending", "investment"};
    bool financial = false;
    for (std::string_view m : periodic) financial = financial || measure == m;
    if (!financial) return {};
    std::string year;
    for (const TimeRef& t : s.times) {
        if (t.first < clause || t.last > clauseEnd || t.value.size() < 4) continue;
        if (t.last + 6 < at || t.first > qEnd + 6) continue;
        bool writesYear = false;
        for (std::size_t k = t.first; k < t.last && k < s.words.size(); ++k) {
            const std::string& w = s.lower[k];
            writesYear = writesYear || (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
        }
        if (!writesYear || t.value[0] < '0' || t.value[0] > '9') continue;
        year = t.value.substr(0, 4);
    }
    return year.empty() ? std::string{} : " [" + year + "]";
}

/// "net income of $19.3 billion or 78 cents per share, up from $9.24 billion or 67 cents per share a year earlier",
/// "EPS came in at $0.78, up from $0.37": a figure right after "from", "compared with", "versus" or "or" is the same
/// measure as the figure of the sentence before it (its earlier value or another form of it). The amount claim of
/// sentence s whose figure ends last before word `at`, at most 14 words back; nullptr when the words before `at` do
/// not compare or restate.
const Claim* comparedWith(const SentenceView& s, std::size_t at, const std::vector<Claim>& out) {
    if (at == 0) return nullptr;
    const std::string& w = s.lower[at - 1];
    const bool compares = w == "from" || w == "versus" || w == "vs" || w == "or" ||
                          (at >= 2 && (w == "with" || w == "to") && s.lower[at - 2] == "compared");
    if (!compares) return nullptr;
    const std::size_t reach = s.words[at > 14 ? at - 14 : 0].span.start;
    const Claim* best = nullptr;
    for (auto it = out.rbegin(); it != out.rend() && best == nullptr; ++it) {
        if (it->kind != ClaimKind::Amount || it->span.start != s.span.start || it->frame.empty()) continue;
        if (it->valueSpan.end <= s.words[at - 1].span.start && it->valueSpan.start >= reach) best = &*it;
    }
    return best;
}

}  // namespace

std::string previousSubject(const Context& ctx, const SentenceView& s, bool thing) {
    if (s.index <= 0 || static_cast<std::size_t>(s.index) > ctx.ann.sentences.size()) return {};
    const Span prev = ctx.ann.sentences[static_cast<std::size_t>(s.index) - 1].span;
    const Entity* other = nullptr;
    for (const Entity& e : ctx.ann.entities) {
        if (e.span.start < prev.start || e.span.end > prev.end) continue;
        if (e.kind == EntityKind::Organization && !thing) return e.canonical.empty() ? e.text : e.canonical;
        if (e.kind == EntityKind::Product && thing) return e.canonical.empty() ? e.text : e.canonical;
        const bool code = e.text.size() <= 3 && std::all_of(e.text.begin(), e.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (e.kind == EntityKind::Other && other == nullptr && !code) other = &e;
    }
    return other != nullptr ? (other->canonical.empty() ? other->text : other->canonical) : std::string{};
}

std::string moneyDimension(const std::string& measure, const std::string& unit) {
    static constexpr std::string_view counted[] = {"users", "employees"};
    bool isCount =
        std::any_of(std::begin(counted), std::end(counted), [&](std::string_view m) { return measure == m; });
    if (unit == "%" || unit == "pp") return "%";
    if (isCurrencyUnit(unit))
        return isCount ? std::string{} : "currency";
    if (isCount) return "count";
    // A money measure given as a bare number ("profit of 81") is not read: the figure's unit is unknown.
    if (measure == "energy density" || measure == "capacity") return unit.empty() ? std::string{} : unit;
    return {};
}

void extractAmounts(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const auto [qFirst, qLast] = quantitiesIn(ctx.ann, s.span);
    for (std::size_t qi = qFirst; qi < qLast; ++qi) {
        const Quantity& q = ctx.ann.quantities[qi];
        if (!s.span.contains(q.span)) continue;
        std::size_t at = 0;
        while (at < s.words.size() && s.words[at].span.end <= q.span.start) ++at;
        std::size_t qEnd = at;
        while (qEnd < s.words.size() && s.words[qEnd].span.start < q.span.end) ++qEnd;
        std::size_t clause = clauseStart(s, at);
        // The measure: the nearest measure phrase before the amount (within 6 words), else right after it
        // ("$5 billion in revenue").
        std::string measure;
        std::size_t measureAt = at;
        for (std::size_t k = at; k-- > clause && k + 11 > at;) {
            if (auto m = ctx.lex.measures.match(s.lower, k); m && k + m->length <= at) {
                measure = ctx.lex.measureNames[static_cast<std::size_t>(m->payload)];
                measureAt = k;
                break;
            }
        }
        // "$5 billion in revenue": only through "in"/"of", so that "HK$21.75, raising ..." is not a raise.
        if (measure.empty() && qEnd + 1 < s.words.size() && (s.lower[qEnd] == "in" || s.lower[qEnd] == "of")) {
            if (auto m = ctx.lex.measures.match(s.lower, qEnd + 1))
                measure = ctx.lex.measureNames[static_cast<std::size_t>(m->payload)];
        }
        // "The offer price was 1.5 per cent lower than Friday's close": a price below another by a percentage is a
        // discount to it, as "a discount of 1.5%" says.
        if (measure == "price" && q.unit == "%" && qEnd + 1 < s.lower.size() &&
            ((s.lower[qEnd] == "lower" && s.lower[qEnd + 1] == "than") || s.lower[qEnd] == "below"))
            measure = "discount";
        const Claim* compared = nullptr;
        if (measure.empty() && (compared = comparedWith(s, at, out)) != nullptr) measure = compared->frame.measure;
        if (measure.empty()) continue;
        // "Sales fell 1.1% to 1.79 million units": sales counted in units are no revenue.
        if (measure == "revenue" && q.unit == "%" && measureAt < s.lower.size() && s.lower[measureAt] == "sales" &&
            unitsInClause(ctx.ann, s, qi, clause))
            continue;
        // Whose: the nearest organisation or product before the measure, not one inside an apposition
        // ("the run of V3, the base model on which R1 is built, cost $5.6 million" is about V3).
        const Mention* subject = nullptr;
        for (const Mention& m : s.mentions) {
            if (m.last <= measureAt && m.first >= clause && measureAt - m.last <= 16 && m.kind != EntityKind::Person &&
                m.kind != EntityKind::Place && !insideApposition(s, m, measureAt) && !bracketedAlias(s, m))
                subject = &m;
        }
        std::string name = subject != nullptr ? subject->name : compared != nullptr ? compared->subject : std::string{};
        if (subject == nullptr && !ctx.mainOrg.empty()) {
            // "The company reported revenue of ...", or a figure with no name in its sentence at all.
            bool anyName = std::any_of(s.mentions.begin(), s.mentions.end(), [](const Mention& m) {
                return m.kind == EntityKind::Organization || m.kind == EntityKind::Product || m.kind == EntityKind::Other;
            });
            if (companyAnaphor(s, clause, std::max(measureAt, at))) {
                // "The company's revenue ...": the company the previous sentence opened with, when it named one;
                // the article's main organisation otherwise.
                name = ctx.mainOrg;
                if (std::string previous = previousSubject(ctx, s); !previous.empty()) name = previous;
            } else if (!anyName && ((measure != "price" && measure != "discount") || sharePrice(s, clause, qEnd) ||
                                    (measure == "discount" && offerPrice(s, clause, at)))) {
                // A price with no name is the company's only when it is its shares' ("prices range from $719" are
                // a product's, sold by whoever the article is about).
                name = ctx.mainOrg;
            }
        }
        if (name.empty()) continue;
        // Qualifiers anywhere in the clause around the amount, plus "in its IPO"-style events after it.
        std::vector<std::string> quals;
        std::size_t to = clauseEnd(s, qEnd);
        for (std::size_t k = std::min(subject != nullptr ? subject->last : clause, measureAt); k < std::min(to, qEnd + 8); ++k) {
            if (auto m = ctx.lex.qualifiers.match(s.lower, k)) {
                const std::string& qual = ctx.lex.qualifierNames[static_cast<std::size_t>(m->payload)];
                if (std::find(quals.begin(), quals.end(), qual) == quals.end()) quals.push_back(qual);
                k += m->length - 1;
            }
            if (s.lower[k] == "ipo" || s.lower[k] == "listing" || s.lower[k] == "offering") {
                if (std::find(quals.begin(), quals.end(), "ipo") == quals.end()) quals.push_back("ipo");
            }
        }
        std::sort(quals.begin(), quals.end());
        std::string attribute = measure;
        if (!quals.empty()) attribute += " (" + joinList(quals) + ")";
        attribute += periodOf(s, measure, clause, to, at, qEnd);
        const std::string dimension = moneyDimension(measure, q.unit);
        if (dimension.empty()) continue;
        Claim c = makeClaim(ClaimKind::Amount, s);
        c.subject = name;
        c.attribute = attribute;
        c.frame.measure = measure;
        c.frame.dimension = dimension;
        c.frame.moves = measure == "price" || measure == "market value" || measure == "valuation";
        readFrameSlots(s, FigurePlace{at, qEnd, measureAt, measureAt == at ? at : measureAt + 1, clause, to}, q.unit, c.frame);
        stageFromQualifiers(c.attribute, c.frame);
        // A discount is a level whatever verb says it ("lower", "below"), and of the offering, not of a segment.
        if (measure == "discount") {
            c.frame.kind = "level";
            c.frame.scope.clear();
        }
        // "$0.78 a share, up from $0.37": the earlier value of a per-share figure is per share too (a figure of the
        // same order; "$19.3 billion or 78 cents, up from $9.24 billion" keeps the billions a level).
        if (compared != nullptr && compared->frame.kind == "per-unit" && c.frame.kind == "level" && q.value > 0) {
            const double ratio = q.value / std::max(1e-9, std::strtod(compared->value.c_str(), nullptr));
            if (ratio > 0.1 && ratio < 10) c.frame.kind = "per-unit";
        }
        c.value = formatNumber(q.value) + (q.unit.empty() ? "" : " " + q.unit);
        c.text = q.text;
        c.valueSpan = q.span;
        c.negated = figureNegated(s, clause, at);
        c.hedged = q.approximate || hedgedIn(s, ctx.lex, clause, qEnd);
        out.push_back(std::move(c));
    }
}

}  // namespace parallax::annotate::claims
