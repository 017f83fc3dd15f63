// Frame agreement. Precision first (DESIGN.md "Judging a conflict"): when a slot is stated on one side and
// could make the two figures different facts, the figures are not compared.
#include "core/conflict/frames.h"

#include "core/annotate/measures.h"

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

/// A quarter ("Q3") or a year named on one side only still compares; "year-earlier" or "next" never does.
bool samePeriod(const std::string& a, const std::string& b) {
    if (a == b) return true;
    auto loose = [](const std::string& p) { return p.size() == 2 && p[0] == 'Q'; };
    if (a.empty()) return loose(b);
    if (b.empty()) return loose(a);
    return false;
}

/// The period without a recent year: in an article of 2025, "2025" or "2024" is what an unstated period most
/// likely means (the latest figures), so "Q3 2024" reads "Q3" and "2024" reads unstated; "2012" stays, a
/// figure from another time.
std::string ownYearDropped(const std::string& period, int year) {
    if (year <= 0) return period;
    for (int y : {year, year - 1}) {
        const std::string ys = std::to_string(y);
        if (period == ys) return {};
        if (period.size() > ys.size() + 1 && period.compare(period.size() - ys.size(), ys.size(), ys) == 0 &&
            period[period.size() - ys.size() - 1] == ' ')
            return period.substr(0, period.size() - ys.size() - 1);
    }
    return period;
}

}  // namespace

bool sameFrame(const Frame& a, const Frame& b, int yearA, int yearB) {
    std::string pa = a.period;
    std::string pb = b.period;
    // Only a period one side states and the other leaves open is read this way; two stated years must be equal.
    if (pa.empty() != pb.empty()) {
        pa = ownYearDropped(pa, yearA);
        pb = ownYearDropped(pb, yearB);
    }
    return a.measure == b.measure && sameKind(a.kind, b.kind) && a.dimension == b.dimension && samePeriod(pa, pb) &&
           a.scope == b.scope && a.stage == b.stage;
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
