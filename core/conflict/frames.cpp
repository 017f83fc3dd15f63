// Frame agreement. Precision first (DESIGN.md "Judging a conflict"): when a slot is stated on one side and
// could make the two figures different facts, the figures are not compared.
#include "core/conflict/frames.h"

#include <algorithm>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/measures.h"
#include "core/conflict/period.h"

namespace parallax::conflict {
namespace {

/// "change year on year" and "change" may be one kind (most changes are year on year when unstated);
/// "change year on year" and "change quarter on quarter" are not.
bool sameKind(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const bool changeA = a.rfind("change", 0) == 0;
    const bool changeB = b.rfind("change", 0) == 0;
    return changeA && changeB && (a == "change" || b == "change");
}

bool isQuarter(const std::string& p) { return p.size() >= 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4'; }

/// The period without a recent year: in an article of 2025, "2025" or "2024" is what an unstated period most
/// likely means (the latest figures), so "Q3 2024" reads "Q3" and "2024" reads unstated; "2012" stays, a
/// figure from another time.
std::string recentYearDropped(const std::string& period, int year) {
    if (year <= 0) return period;
    // A quarter may carry the next year: fiscal years run ahead of the calendar ("Q3 2025" reported in 2024).
    const bool quarter = isQuarter(period);
    for (int y : {year, year - 1, quarter ? year + 1 : year}) {
        const std::string ys = std::to_string(y);
        if (period == ys) return {};
        if (period.size() > ys.size() + 1 && period.compare(period.size() - ys.size(), ys.size(), ys) == 0 &&
            period[period.size() - ys.size() - 1] == ' ')
            return period.substr(0, period.size() - ys.size() - 1);
    }
    return period;
}

/// A period stated on one side only still compares when it is what the other side most likely means: a quarter
/// (the figures of a results story are the quarter's) or a recent year. "year-earlier", "next" or an old year
/// never do; a quarter never meets a whole year.
bool samePeriod(const std::string& a, const std::string& b, int yearA, int yearB) {
    if (a == b) return true;
    if (a.empty() || b.empty()) {
        const std::string stated = recentYearDropped(a.empty() ? b : a, a.empty() ? yearB : yearA);
        return stated.empty() || (isQuarter(stated) && stated.size() == 2);
    }
    if (isQuarter(a) && isQuarter(b)) return recentYearDropped(a, yearA) == recentYearDropped(b, yearB);
    return false;
}

/// A trading moment stated on one side only ("closed at", "by the midday break") compares with a figure that
/// states none: the slot is filled on one side, not in conflict. Any other stage (a forecast, a previous value,
/// an interim count) makes another fact and must be said on both.
/// A storm's landfall said on one side only compares too: a wind without a moment is most likely the landfall's.
bool sameStage(const std::string& a, const std::string& b) {
    if (a == b) return true;
    auto withoutLandfall = [](const std::string& stage) {
        std::vector<std::string> stages = annotate::splitList(stage, ',');
        std::erase(stages, std::string("landfall"));
        return annotate::joinList(stages);
    };
    const bool landfallA = a.find("landfall") != std::string::npos;
    if (landfallA != (b.find("landfall") != std::string::npos)) return sameStage(withoutLandfall(a), withoutLandfall(b));
    const std::string& stated = a.empty() ? b : b.empty() ? a : std::string{};
    return stated == "close" || stated == "open" || stated == "intraday";
}

/// The stage as compared: "up from $0.37 in the same quarter last year" is "previous" and a year earlier at once;
/// the period already says it, so the stage does not say it twice.
std::string comparedStage(const Frame& f) {
    if (f.period != "year-earlier" || f.stage.find("previous") == std::string::npos) return f.stage;
    std::vector<std::string> stages = annotate::splitList(f.stage, ',');
    stages.erase(std::remove(stages.begin(), stages.end(), std::string("previous")), stages.end());
    return annotate::joinList(stages);
}

/// The scope as compared. A per-share profit is the net profit per diluted share unless a basis is said
/// ("adjusted", "non-GAAP", "basic"): "net income ... or 78 cents per share" and "diluted EPS of $0.78" are one
/// figure, so "net" and "diluted" say nothing more of a per-share figure.
std::string comparedScope(const Frame& f) {
    if (f.kind != "per-unit" || f.scope.empty()) return f.scope;
    std::vector<std::string> parts = annotate::splitList(f.scope, ',');
    std::erase_if(parts, [](const std::string& p) { return p == "net" || p == "diluted"; });
    return annotate::joinList(parts);
}

/// Scopes that agree. A physical size said loosely ("weighing 95,000 tonnes") is most likely the one another page
/// qualifies ("gross tonnage of 95,000 tonnes"): for a length, a mass or a speed, a basis said on one side only still
/// compares; a figure of money or a count keeps its scope strict (net profit is not profit).
bool sameScope(const Frame& a, const Frame& b) {
    const std::string sa = comparedScope(a);
    const std::string sb = comparedScope(b);
    if (sa == sb) return true;
    const bool physical = a.dimension != "currency" && a.dimension != "%" && a.dimension != "count";
    const std::string& stated = sa.empty() ? sb : sb.empty() ? sa : std::string{};
    return physical && (stated == "gross" || stated == "net");
}

}  // namespace

bool sameFrame(const Frame& a, const Frame& b, int yearA, int yearB) {
    // A share price is a price per share whether or not "per share" is written.
    const bool priced = a.measure == "price" && (a.kind == "level" || a.kind == "per-unit") &&
                        (b.kind == "level" || b.kind == "per-unit");
    return a.measure == b.measure && (priced || sameKind(a.kind, b.kind)) && a.dimension == b.dimension &&
           samePeriod(a.period, b.period, yearA, yearB) && sameScope(a, b) && sameStage(comparedStage(a), comparedStage(b));
}

std::string figureKey(std::string_view attribute) {
    std::string base = annotate::lowerAscii(attributeBase(attribute));
    const std::size_t open = base.find(" (");
    if (open == std::string::npos || base.back() != ')') return base;
    std::string kept;
    for (const std::string& q : annotate::splitList(base.substr(open + 2, base.size() - open - 3), ',')) {
        // The period and the trading stage are frame slots, compared there: "price (closing)" meets "price" whose
        // frame says close.
        if (q == "quarterly" || q == "annual" || q == "monthly" || q == "closing" || q == "opening") continue;
        kept += (kept.empty() ? "" : ", ") + q;
    }
    return base.substr(0, open) + (kept.empty() ? "" : " (" + kept + ")");
}

std::string describeFrame(const Frame& f) {
    std::string slots;
    auto add = [&](const std::string& s) {
        if (!s.empty()) slots += (slots.empty() ? "" : ", ") + s;
    };
    add(f.scope);
    if (f.kind != "level") add(f.kind);
    if (f.period == "year-earlier") add("a year earlier");
    else if (f.period == "next") add("next period");
    else add(f.period);
    add(f.stage);
    return f.measure + (slots.empty() ? "" : " (" + slots + ")");
}

double unitFactor(const std::string& unit, const std::string& dimension) {
    auto d = annotate::measureLexicon().dimensionOf(unit);
    if (!d || d->dimension != dimension) return 0;
    return d->factor;
}

}  // namespace parallax::conflict
