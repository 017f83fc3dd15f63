// Amount comparison. Intervals come from the annotate stage (rounding and hedges); two figures clash
// only when their intervals do not overlap at all, so "roughly $600 billion" and "$593 billion" agree
// while "$5.5 million" and "$5.6 million" (which merely touch at 5.55) do not.
#include "core/conflict/amounts.h"
#include "core/conflict/internal_restatement.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/frames.h"
#include "core/conflict/period.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {

namespace {

std::string symbolFor(const std::string& code) {
    if (code == "USD") return "US$";
    if (code == "HKD") return "HK$";
    if (code == "EUR") return "\u20AC";
    if (code == "GBP") return "\u00A3";
    if (code == "CNY") return "RMB ";
    if (code == "JPY") return "\u00A5";
    return code + " ";
}

/// The side's figure is converted, in its own article, into `unit` (or is itself the conversion of one).
bool hasConversionInto(const Side& s, const std::string& unit) {
    if (s.ann == nullptr) return false;
    const auto& qs = s.ann->quantities;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        if (qs[i].span != s.claim.valueSpan) continue;
        for (const Quantity& other : qs) {
            if (other.convertedFrom == i && other.unit == unit) return true;
        }
        if (qs[i].convertedFrom && *qs[i].convertedFrom < qs.size() && qs[*qs[i].convertedFrom].unit == unit) return true;
    }
    return false;
}

int yearOf(const std::string& iso) { return iso.size() >= 4 ? std::atoi(iso.substr(0, 4).c_str()) : 0; }

/// Overlap of positive length: touching intervals ("5.5" up to 5.55, "5.6" from 5.55) do not overlap.
bool overlap(double lowA, double highA, double lowB, double highB) {
    // The tolerance scales with the finite bounds only: an open end ("more than 100") would make it infinite and
    // every interval overlap every other.
    auto finite = [](double v) { return std::isfinite(v) ? std::fabs(v) : 0.0; };
    double eps = 1e-9 * std::max({finite(highA), finite(highB), finite(lowA), finite(lowB), 1.0});
    if (highA - lowA < eps || highB - lowB < eps) return lowA <= highB + eps && lowB <= highA + eps;
    return std::min(highA, highB) - std::max(lowA, lowB) > eps;
}

/// Content words near a figure (English words of four letters or more, Chinese character pairs), the figure
/// itself left out: what a writer repeats when restating one fact.
std::set<std::string> contextWords(const Side& s) {
    std::set<std::string> out;
    if (s.source == nullptr) return out;
    const std::string& text = s.source->text;
    const Span around = s.claim.span;
    const std::size_t from = std::max(around.start, s.claim.valueSpan.start > 80 ? s.claim.valueSpan.start - 80 : 0);
    const std::size_t to = std::min({around.end, s.claim.valueSpan.end + 80, text.size()});
    std::string word;
    auto flush = [&] {
        if (word.size() >= 4) out.insert(word);
        word.clear();
    };
    std::string prevHan;
    for (std::size_t i = from; i < to;) {
        if (i >= s.claim.valueSpan.start && i < s.claim.valueSpan.end) {
            flush();
            prevHan.clear();
            i = s.claim.valueSpan.end;
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            prevHan.clear();
            if (std::isalpha(c) != 0) word.push_back(static_cast<char>(std::tolower(c)));
            else flush();
            ++i;
            continue;
        }
        flush();
        std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        std::string ch = text.substr(i, len);
        if (len == 3 && !prevHan.empty()) out.insert(prevHan + ch);
        prevHan = len == 3 ? ch : std::string{};
        i += len;
    }
    flush();
    return out;
}

/// Whether `s`'s article writes `year` in a sentence that names `subject`: "since 2014, when Typhoon Rammasun
/// slammed into the island" dates the typhoon, so that article's toll of Rammasun is the 2014 toll although its
/// own sentence writes no year.
bool datesSubject(const Side& s, const std::string& subject, const std::string& year) {
    if (s.ann == nullptr || s.source == nullptr) return false;
    for (const Sentence& sentence : s.ann->sentences) {
        bool named = false;
        for (const Entity& e : s.ann->entities)
            named = named || (sentence.span.contains(e.span) && sameSubject(e.canonical.empty() ? e.text : e.canonical, subject));
        if (!named) continue;
        for (const TimeValue& t : s.ann->times)
            if (sentence.span.contains(t.span) && t.value.rfind(year, 0) == 0 && t.text.find(year) != std::string::npos) return true;
    }
    return false;
}

/// A named subject's count whose year one side writes and the other leaves to its context: the unstated side
/// takes the year when its own article dates that subject in it (a past storm's toll, a past event's crowd).
void impliedYear(const Side& a, const Side& b, Frame& fa, Frame& fb) {
    if (fa.dimension != "count" || a.claim.subject.empty() || b.claim.subject.empty() ||
        !sameSubject(a.claim.subject, b.claim.subject))
        return;
    auto isYear = [](const std::string& p) {
        return p.size() == 4 && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (isYear(fa.period) && fb.period.empty() && datesSubject(b, b.claim.subject, fa.period)) fb.period = fa.period;
    else if (isYear(fb.period) && fa.period.empty() && datesSubject(a, a.claim.subject, fb.period)) fa.period = fb.period;
}

}  // namespace

bool restated(const Side& a, const Side& b) {
    std::set<std::string> wa = contextWords(a);
    std::set<std::string> wb = contextWords(b);
    std::size_t common = 0;
    for (const std::string& w : wa) common += wb.count(w);
    const std::size_t smaller = std::min(wa.size(), wb.size());
    return common >= 4 && smaller > 0 && common * 5 >= smaller * 3;
}

std::string describeMoney(double value, const std::string& unit) {
    const char* scale = "";
    double v = value;
    if (std::fabs(value) >= 1e12) { v = value / 1e12; scale = " trillion"; }
    else if (std::fabs(value) >= 1e9) { v = value / 1e9; scale = " billion"; }
    else if (std::fabs(value) >= 1e6) { v = value / 1e6; scale = " million"; }
    char buf[64];
    std::snprintf(buf, sizeof buf, v >= 100 ? "%.0f" : "%.3g", v);
    if (!isCurrencyUnit(unit)) return std::string(buf) + scale + (unit.empty() ? "" : " " + unit);
    return symbolFor(unit) + buf + scale;
}

std::optional<Amount> parseAmount(std::string_view text) {
    std::string t(text);
    std::string unit;
    auto eat = [&](std::string_view prefix, const char* code) {
        if (t.rfind(prefix, 0) == 0) { unit = code; t.erase(0, prefix.size()); return true; }
        return false;
    };
    (void)(eat("HK$", "HKD") || eat("US$", "USD") || eat("$", "USD") || eat("\u20AC", "EUR") || eat("\u00A3", "GBP") ||
           eat("RMB", "CNY"));
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (end == t.c_str()) return std::nullopt;
    std::string number(t.c_str(), static_cast<std::size_t>(end - t.c_str()));
    std::size_t dot = number.find('.');
    double place = dot == std::string::npos ? 1.0 : std::pow(10.0, -static_cast<double>(number.size() - dot - 1));
    std::vector<std::string> rest = annotate::splitList(std::string(end), ' ');
    double scale = 1;
    for (const std::string& w : rest) {
        std::string l = annotate::lowerAscii(w);
        if (l == "thousand") scale = 1e3;
        else if (l == "million" || l == "m") scale = 1e6;
        else if (l == "billion" || l == "bn") scale = 1e9;
        else if (l == "trillion") scale = 1e12;
        else if (l == "%" || l == "percent") unit = "%";
        else if (w.size() == 3 && isCurrencyUnit(w)) unit = w;
    }
    Amount a;
    a.value = v * scale;
    a.low = (v - place / 2) * scale;
    a.high = (v + place / 2) * scale;
    a.unit = unit;
    return a;
}

/// A round figure given loosely ("nearly 200", "about 3,000", "some 50 million") is a reader's order of magnitude:
/// writers round 177 to "nearly 200". Its interval is widened to 15% of it on each side it leaves open.
void widenRound(Amount& a) {
    if (!a.approximate || a.value <= 0) return;
    const double magnitude = std::pow(10.0, std::floor(std::log10(a.value)));
    const double lead = a.value / magnitude;
    if (std::fabs(lead - std::round(lead)) > 1e-9) return;  // more than one significant digit: "nearly 187"
    if (a.low < a.value) a.low = std::min(a.low, a.value * 0.85);                          // open below: "nearly", "about"
    if (a.high > a.value && std::isfinite(a.high)) a.high = std::max(a.high, a.value * 1.15);  // open above: "about"
}

/// A physical measurement (a length, a mass, a speed) given as "over 1.6 miles" or "more than 8,000 tonnes": writers
/// round a size down to say "over", so the figure says the size is a little more, not any size at all; nobody
/// writes "over 1.6 miles" of a 2.6-mile bridge. The open upper end is closed at half as much again. Counts, money
/// and percentages keep their open end ("more than 60 dead" may be 200 by the next day).
void boundOver(Amount& a, const std::string& dimension) {
    if (dimension.empty() || dimension == "count" || dimension == "currency" || dimension == "%") return;
    if (a.value > 0 && !std::isfinite(a.high) && a.low >= a.value * 0.999) a.high = a.value * 1.5;
}

/// The place of the last significant digit of the first figure in `written`, scaled to `value` ("around 8,200 kg"
/// -> 100, "8.35 tons" -> 0.01); 0 for a figure of one significant digit ("about 200"), which widenRound reads.
double lastDigitPlace(std::string_view written, double value) {
    const std::size_t from = written.find_first_of("0123456789");
    if (from == std::string_view::npos) return 0;
    std::string digits;
    int decimals = -1;
    for (std::size_t i = from; i < written.size(); ++i) {
        const char c = written[i];
        if (c == ',' && i + 1 < written.size() && std::isdigit(static_cast<unsigned char>(written[i + 1])) != 0) continue;
        if (c == '.' && decimals < 0 && i + 1 < written.size() && std::isdigit(static_cast<unsigned char>(written[i + 1])) != 0) {
            decimals = 0;
            continue;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) break;
        digits.push_back(c);
        if (decimals >= 0) ++decimals;
    }
    const double figure = std::strtod(digits.c_str(), nullptr) / std::pow(10.0, std::max(decimals, 0));
    if (figure <= 0 || value <= 0) return 0;
    std::size_t first = digits.find_first_not_of('0');
    std::size_t last = decimals > 0 ? digits.size() - 1 : digits.find_last_not_of('0');
    if (first == std::string::npos || last == std::string::npos || last <= first) return 0;  // one significant digit
    const double place = std::pow(10.0, static_cast<double>(digits.size() - 1 - last)) / std::pow(10.0, std::max(decimals, 0));
    return place * value / figure;
}

/// A physical size said to be "about" a figure of two or more significant digits ("around 8,200 kg", "about 234
/// km/h") was rounded at its last digit: it may be one step off there (8,100 to 8,300), not any 5%. A writer with
/// 8,350 kg in hand writes "about 8,300" or "about 8,400", never "about 8,200". Counts, money and percentages keep
/// their wider reading (a toll moves, a conversion has its rate).
void aboutToItsDigit(Amount& a, const std::string& dimension) {
    if (!a.about || a.lastDigit <= 0 || dimension.empty() || dimension == "count" || dimension == "currency" || dimension == "%")
        return;
    if (!std::isfinite(a.low) || !std::isfinite(a.high)) return;
    a.low = std::max(a.low, a.value - a.lastDigit);
    a.high = std::min(a.high, a.value + a.lastDigit);
}

std::optional<Amount> amountOf(const Side& s) {
    if (s.ann == nullptr) return parseAmount(s.claim.value);
    for (const Quantity& q : s.ann->quantities) {
        if (q.span != s.claim.valueSpan) continue;
        Amount a;
        a.value = q.value;
        a.low = q.low;
        a.high = q.high;
        if (a.low == 0 && a.high == 0) a.low = a.high = q.value;
        a.unit = q.unit;
        a.approximate = q.approximate;
        a.about = q.qualifier == "about";
        a.lastDigit = lastDigitPlace(q.text, q.value);
        a.qualifier = q.qualifier;
        return a;
    }
    // A count written as an ordinal ("its eighth straight title") is no quantity: its value is the claim's.
    if (s.claim.frame.dimension == "count") return parseAmount(s.claim.value);
    return std::nullopt;
}

std::optional<Finding> judgeAmounts(const Side& a, const Side& b, const RuleContext& ctx) {
    auto qa = amountOf(a);
    auto qb = amountOf(b);
    if (!qa || !qb) return std::nullopt;
    widenRound(*qa);
    widenRound(*qb);
    Frame fa = a.claim.frame;
    Frame fb = b.claim.frame;
    impliedYear(a, b, fa, fb);
    // A figure from an article is compared only within its frame; a reference fact has none and takes the
    // article's.
    const bool bothArticles = !a.reference() && !b.reference();
    if (bothArticles && (fa.empty() || fb.empty() || !sameFrame(fa, fb, yearOf(a.published), yearOf(b.published))))
        return std::nullopt;
    const Frame& frame = fa.empty() ? fb : fa;
    aboutToItsDigit(*qa, frame.dimension);
    aboutToItsDigit(*qb, frame.dimension);
    boundOver(*qa, frame.dimension);
    boundOver(*qb, frame.dimension);
    const bool internal = bothArticles && a.article == b.article;
    // Two figures of one sentence are a contrast or a list ("126 medals, compared to China's 91"), never
    // one fact told twice.
    if (internal && (a.claim.sentence == b.claim.sentence || !(restated(a, b) || sameWordsAround(a, b) || sameOfferingState(a, b) || sameMoment(a, b)))) return std::nullopt;
    // One fact told twice in the same words is told with the precision it is written in.
    if (internal) {
        tightenNearly(*qa, qa->qualifier);
        tightenNearly(*qb, qb->qualifier);
    }
    double lowB = qb->low;
    double highB = qb->high;
    bool converted = false;
    const bool counted = frame.dimension == "count";
    const double factorA = unitFactor(qa->unit, frame.dimension);
    const double factorB = unitFactor(qb->unit, frame.dimension);
    if (qa->unit != qb->unit && !counted && factorA > 0 && factorB > 0) {
        lowB = lowB * factorB / factorA;
        highB = highB * factorB / factorA;
        converted = true;
    } else if (qa->unit != qb->unit && !counted) {
        if (!isCurrencyUnit(qa->unit) || !isCurrencyUnit(qb->unit)) return std::nullopt;
        // Like with like: when either article also gives the figure in the other's currency, that pair is
        // the one to compare.
        if (hasConversionInto(b, qa->unit) || hasConversionInto(a, qb->unit)) return std::nullopt;
        auto f = ctx.currencies.factor(qb->unit, qa->unit, yearOf(b.published));
        if (!f) return std::nullopt;
        lowB *= f->first;
        highB *= f->second;
        converted = true;
    }
    if (overlap(qa->low, qa->high, lowB, highB)) return std::nullopt;
    Finding f;
    f.type = isCurrencyUnit(qa->unit) ? ConflictType::Money : ConflictType::Number;
    f.severity = (qa->approximate || qb->approximate || a.claim.hedged || b.claim.hedged || converted) ? Severity::Medium
                                                                                                       : Severity::High;
    // A story-level figure with no named subject, or one article restating itself, is worth a look, no more
    // sure than that.
    if (a.claim.subject.empty() || internal) f.severity = std::min(f.severity, Severity::Medium);
    // A figure that moves (a toll, orders so far) may simply be from another moment.
    const bool sameDay = !a.published.empty() && a.published == b.published;
    const bool moving = frame.moves && !sameDay && !internal;
    // A moving figure whose moment one side leaves unsaid ("fell 0.6%" against "closed up 1.15%") may be from
    // another hour of the same day.
    const bool momentUnsaid = frame.moves && bothArticles && fa.stage != fb.stage;
    if (moving || momentUnsaid) f.severity = Severity::Low;
    // Even from one day, a moving figure may be from another hour: never a certain clash.
    if (frame.moves) f.severity = std::min(f.severity, Severity::Medium);
    const std::string what = frame.empty() ? readableMeasure(a.claim.attribute, b.claim.attribute) : describeFrame(frame);
    const std::string whose = a.claim.subject.empty() ? std::string{} : a.claim.subject + " ";
    f.reason = whereOf(a) + " gives " + whose + what + " as " + a.claim.text +
               (internal ? " and, telling the same figure again, as " : ", " + whereOf(b) + " as ") + b.claim.text +
               ": the figures differ beyond rounding" +
               (converted ? (isCurrencyUnit(qa->unit) ? " (compared at reference exchange rates)" : " (converted to one unit)")
                          : std::string{});
    if (moving) f.reason += "; the figure changes over time and the articles are from different days";
    else if (momentUnsaid) f.reason += "; one of them does not say at what moment of trading";
    return f;
}

std::vector<ConversionSlip> checkConversions(const Article& article, const Annotations& ann, const CurrencyTable& currencies) {
    std::vector<ConversionSlip> out;
    if (currencies.empty()) return out;
    int year = article.published ? article.published->date.year : 0;
    for (std::size_t i = 0; i < ann.quantities.size(); ++i) {
        const Quantity& conv = ann.quantities[i];
        std::optional<std::size_t> from = conv.convertedFrom;
        // Without the annotator's link, a currency figure followed by "(" and another currency figure.
        if (!from && i > 0) {
            const Quantity& prev = ann.quantities[i - 1];
            if (prev.span.end <= conv.span.start && conv.span.start - prev.span.end <= 3 &&
                article.text.substr(prev.span.end, conv.span.start - prev.span.end).find('(') != std::string::npos)
                from = i - 1;
        }
        if (!from || *from >= ann.quantities.size()) continue;
        const Quantity& orig = ann.quantities[*from];
        if (!isCurrencyUnit(orig.unit) || !isCurrencyUnit(conv.unit) || orig.unit == conv.unit) continue;
        auto f = currencies.factor(orig.unit, conv.unit, year);
        auto ro = currencies.rate(orig.unit, year);
        auto rc = currencies.rate(conv.unit, year);
        if (!f || !ro || !rc) continue;
        bool bounded = orig.low != 0 || orig.high != 0;
        double lowO = (bounded ? orig.low : orig.value) * f->first;
        double highO = (bounded ? orig.high : orig.value) * f->second;
        double lowC = conv.low != 0 || conv.high != 0 ? conv.low : conv.value;
        double highC = conv.low != 0 || conv.high != 0 ? conv.high : conv.value;
        if (overlap(lowO, highO, lowC, highC)) continue;
        double mid = (f->first + f->second) / 2;
        double expected = orig.value * mid;
        double off = expected > 0 ? conv.value / expected : 0;
        double tol = (f->second - f->first) / mid;
        ConversionSlip slip;
        slip.span = {std::min(orig.span.start, conv.span.start), std::max(orig.span.end, conv.span.end)};
        if (slip.span.end < article.text.size() && article.text[slip.span.end] == ')') ++slip.span.end;
        slip.text = article.text.substr(slip.span.start, slip.span.size());
        slip.value = describeMoney(expected, conv.unit);
        slip.finding.type = ConflictType::Money;
        bool far = off > 1 + 3 * tol + 0.05 || off < 1 - 3 * tol - 0.05;
        slip.finding.severity = far ? Severity::High : Severity::Medium;
        char rate[64];
        std::snprintf(rate, sizeof rate, "%.4g", mid);
        slip.finding.reason = orig.text + " is about " + slip.value + " at the " + (ro->pegged && rc->pegged ? "pegged" : "reference") +
                              " rate (" + rate + " " + conv.unit + " per " + orig.unit + "), not " + conv.text;
        // A slip by a round factor is a unit slip, not a rate question.
        for (double scale : {1e3, 1e-3, 10.0, 0.1}) {
            if (std::fabs(off / scale - 1) < tol + 0.02) {
                slip.finding.cause = "the converted figure is off by a factor of " + describeMoney(scale, "") + ": a scale slip";
                break;
            }
        }
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
