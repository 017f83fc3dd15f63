#include "core/annotate/quantities.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "core/annotate/currencies.h"
#include "core/annotate/numbers.h"
#include "core/annotate/scan.h"
#include "core/knowledge/resources.h"

namespace parallax::annotate {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Qual { None, About, MoreThan, AtMost, Nearly, AtLeast, JustOver, JustUnder, Between };

struct QualWord {
    std::string_view phrase;  // lower case, words separated by one space
    Qual kind;
    std::string_view name;    // as reported in Quantity::qualifier
};

// Longer phrases first so "just over" wins over "over".
constexpr QualWord kQualifiers[] = {
    {"more than", Qual::MoreThan, "more than"},  {"greater than", Qual::MoreThan, "more than"},
    {"upwards of", Qual::MoreThan, "more than"}, {"in excess of", Qual::MoreThan, "more than"},
    {"just over", Qual::JustOver, "just over"},  {"just above", Qual::JustOver, "just over"},
    {"just under", Qual::JustUnder, "just under"}, {"just below", Qual::JustUnder, "just under"},
    {"less than", Qual::AtMost, "less than"},    {"fewer than", Qual::AtMost, "less than"},
    {"up to", Qual::AtMost, "up to"},            {"as much as", Qual::AtMost, "up to"},
    {"as many as", Qual::AtMost, "up to"},       {"at most", Qual::AtMost, "up to"},
    {"no more than", Qual::AtMost, "up to"},     {"at least", Qual::AtLeast, "at least"},
    {"close to", Qual::Nearly, "nearly"},        {"an estimated", Qual::About, "about"},
    {"about", Qual::About, "about"},             {"around", Qual::About, "about"},
    {"roughly", Qual::About, "about"},           {"approximately", Qual::About, "about"},
    {"approx.", Qual::About, "about"},           {"some", Qual::About, "about"},
    {"estimated", Qual::About, "about"},         {"nearly", Qual::Nearly, "nearly"},
    {"almost", Qual::Nearly, "nearly"},          {"over", Qual::MoreThan, "more than"},
    {"above", Qual::MoreThan, "more than"},      {"exceeding", Qual::MoreThan, "more than"},
    {"under", Qual::AtMost, "less than"},        {"below", Qual::AtMost, "less than"},
    {"between", Qual::Between, "between"},       {"~", Qual::About, "about"},
    // Chinese prefixes
    {"约", Qual::About, "about"},                {"大约", Qual::About, "about"},
    {"近", Qual::Nearly, "nearly"},              {"超过", Qual::MoreThan, "more than"},
    {"逾", Qual::MoreThan, "more than"},         {"至少", Qual::AtLeast, "at least"},
    {"超", Qual::MoreThan, "more than"},  // "发行超1.35亿股": after 超过, which it begins
};

struct UnitTable {
    std::vector<std::pair<std::string, std::string>> forms;  // (written lower, unit), longest first
};

const UnitTable& units() {
    static const UnitTable table = [] {
        UnitTable t;
        for (const auto& line : knowledge::dataLines("units.tsv")) {
            auto f = knowledge::splitTabs(line);
            if (f.size() >= 2 && !f[0].empty() && !f[1].empty()) t.forms.emplace_back(f[0], f[1]);
        }
        std::stable_sort(t.forms.begin(), t.forms.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        return t;
    }();
    return table;
}

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Case-insensitive phrase at text[pos] ending at a word boundary; returns its length or 0.
std::size_t phraseAt(std::string_view text, std::size_t pos, std::string_view phrase) {
    if (pos + phrase.size() > text.size()) return 0;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
        char a = text[pos + k];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != phrase[k]) return 0;
    }
    if (isLetter(phrase.back()) && pos + phrase.size() < text.size() && isLetter(text[pos + phrase.size()])) return 0;
    return phrase.size();
}

std::size_t skipSpaces(std::string_view text, std::size_t pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    // a no-break space (U+00A0) between a symbol and its figure
    while (pos + 1 < text.size() && static_cast<unsigned char>(text[pos]) == 0xC2 &&
           static_cast<unsigned char>(text[pos + 1]) == 0xA0)
        pos += 2;
    return pos;
}

std::size_t tokenAt(const std::vector<Tok>& toks, std::size_t from, std::size_t byte) {
    for (std::size_t k = from; k < toks.size() && toks[k].start <= byte; ++k)
        if (toks[k].start == byte) return k;
    return toks.size();
}

std::size_t firstTokenFrom(const std::vector<Tok>& toks, std::size_t from, std::size_t byte) {
    std::size_t k = from;
    while (k < toks.size() && toks[k].start < byte) ++k;
    return k;
}

std::string unitAt(std::string_view text, std::size_t pos, std::size_t& len) {
    for (const auto& [form, unit] : units().forms)
        if (std::size_t n = phraseAt(text, pos, form)) {
            len = n;
            return unit;
        }
    len = 0;
    return {};
}

std::string unitOfSuffix(const std::string& suffix) {
    std::string low = asciiLower(suffix);
    for (const auto& [form, unit] : units().forms)
        if (form == low) return unit;
    return {};
}

/// Excluded spans sorted by start, with the largest end among each prefix: "does any span overlap s" is then one
/// binary search (a span starting before s ends and reaching past its start), not a scan of every span per token.
class SpanIndex {
public:
    explicit SpanIndex(const std::vector<Span>& spans) : m_spans(spans) {
        std::sort(m_spans.begin(), m_spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        m_maxEnd.reserve(m_spans.size());
        std::size_t best = 0;
        for (const Span& x : m_spans) {
            best = std::max(best, x.end);
            m_maxEnd.push_back(best);
        }
    }
    [[nodiscard]] bool overlaps(Span s) const {
        auto it = std::lower_bound(m_spans.begin(), m_spans.end(), s.end, [](const Span& x, std::size_t at) { return x.start < at; });
        if (it == m_spans.begin()) return false;
        return m_maxEnd[static_cast<std::size_t>(it - m_spans.begin()) - 1] > s.start;
    }

private:
    std::vector<Span> m_spans;
    std::vector<std::size_t> m_maxEnd;
};

bool overlapsAny(const SpanIndex& spans, Span s) { return spans.overlaps(s); }

// The sentence around pos speaks of Japan: "¥" is then yen rather than yuan.
bool yenContext(std::string_view text, std::size_t pos) {
    std::size_t from = pos > 200 ? pos - 200 : 0;
    std::string window = asciiLower(text.substr(from, std::min<std::size_t>(400, text.size() - from)));
    return window.find(" yen") != std::string::npos || window.find("japan") != std::string::npos;
}

/// The words just before a figure say it is a weight ("weighing", "weighs", "a weight of", "tipped the scales
/// at"): "pounds" after it are then pounds of mass, not sterling.
bool weighed(std::string_view text, std::size_t pos) {
    const std::size_t from = pos > 40 ? pos - 40 : 0;
    std::string window = asciiLower(text.substr(from, pos - from));
    if (std::size_t stop = window.find_last_of(".;:!?"); stop != std::string::npos) window.erase(0, stop + 1);
    return window.find("weigh") != std::string::npos || window.find("scales at") != std::string::npos;
}

struct Reading {
    double value = 0, half = 0.5;
    double value2 = 0, half2 = 0;  // upper end of a range
    bool range = false;
    std::string unit;
    Qual qual = Qual::None;
    std::string qualName;
    std::size_t end = 0;  // byte end
};

void interval(const Reading& r, Quantity& q) {
    double lo = r.value - r.half, hi = (r.range ? r.value2 + r.half2 : r.value + r.half);
    double v = r.value;
    switch (r.qual) {
        case Qual::None:
        case Qual::Between: break;
        case Qual::About:
            lo = std::min(lo, v * 0.95);
            hi = std::max(hi, (r.range ? r.value2 : v) * 1.05);
            break;
        case Qual::MoreThan: lo = v; hi = kInf; break;
        case Qual::AtLeast: lo = v; hi = kInf; break;
        case Qual::JustOver: lo = v; hi = v * 1.05 + r.half; break;
        case Qual::AtMost: lo = 0; hi = v; break;
        case Qual::Nearly:
        case Qual::JustUnder: lo = v * 0.9; hi = v; break;
    }
    q.low = lo;
    q.high = hi;
    q.value = r.range ? (r.value + r.value2) / 2 : v;
}

// Reads qualifier, currency symbol, figure, range and unit starting at token i. Returns false if no quantity.
bool readQuantity(std::string_view text, const std::vector<Tok>& toks, std::size_t i, const SpanIndex& exclude,
                  Reading& r) {
    std::size_t pos = toks[i].start;
    // qualifier: only those starting with the token's first byte can match (this runs at every token), tried in
    // the list's order
    static const std::array<std::vector<const QualWord*>, 256> qualifiersByFirst = [] {
        std::array<std::vector<const QualWord*>, 256> byFirst;
        for (const auto& qw : kQualifiers) byFirst[static_cast<unsigned char>(qw.phrase.front())].push_back(&qw);
        return byFirst;
    }();
    char opening = pos < text.size() ? text[pos] : '\0';
    if (opening >= 'A' && opening <= 'Z') opening = static_cast<char>(opening - 'A' + 'a');  // phraseAt's folding
    for (const QualWord* qualifier : qualifiersByFirst[static_cast<unsigned char>(opening)]) {
        const QualWord& qw = *qualifier;
        if (std::size_t n = phraseAt(text, pos, qw.phrase)) {
            r.qual = qw.kind;
            r.qualName = std::string(qw.name);
            pos = skipSpaces(text, pos + n);
            break;
        }
    }
    const CurrencyTable& table = CurrencyTable::instance();
    std::size_t numTok = 0;
    auto readOne = [&](std::size_t at, std::string& currency, NumberMatch& num, std::size_t& tokEnd) -> bool {
        currency.clear();
        if (auto sym = table.symbolAt(text, at)) {
            currency = sym->code;
            if (currency == "CNY" && text.compare(at, sym->length, "RMB") != 0 &&
                text.compare(at, sym->length, "CNY") != 0 && yenContext(text, at))
                currency = "JPY";
            at = skipSpaces(text, at + sym->length);
        }
        std::size_t k = tokenAt(toks, i, at);
        if (k >= toks.size()) return false;
        auto m = parseNumberAt(toks, k, !currency.empty());
        if (!m) return false;
        if (overlapsAny(exclude, Span{toks[k].start, toks[m->end - 1].end})) return false;
        num = *m;
        tokEnd = m->end;
        numTok = k;
        return true;
    };
    std::string currency;
    NumberMatch num;
    std::size_t tokEnd = 0;
    if (!readOne(pos, currency, num, tokEnd)) return false;
    // "12:01 a.m.", "1/6/17", "3:2": clock times, dates and ratios written with separators are not amounts
    {
        auto glued = [&](std::size_t a, std::size_t b) { return b < toks.size() && adjacent(toks[a], toks[b]); };
        auto separator = [&](std::size_t k) { return toks[k].text == ":" || toks[k].text == "/"; };
        std::size_t first = numTok, last = tokEnd - 1;
        if (glued(last, last + 1) && separator(last + 1) && glued(last + 1, last + 2) &&
            toks[last + 2].kind == TokKind::Number)
            return false;
        if (first >= 2 && glued(first - 1, first) && separator(first - 1) && glued(first - 2, first - 1) &&
            toks[first - 2].kind == TokKind::Number)
            return false;
    }
    r.value = num.value;
    r.half = num.halfUnit;
    std::size_t end = toks[tokEnd - 1].end;
    std::string suffixUnit;
    if (!num.suffix.empty()) {
        std::string low = asciiLower(num.suffix);
        if (low == "st" || low == "nd" || low == "rd" || low == "th") return false;  // ordinals
        suffixUnit = unitOfSuffix(num.suffix);
        if (suffixUnit.empty() && end >= num.suffix.size()) {
            // A glued compound unit that runs past the token: "350Wh/kg"
            std::size_t len = 0;
            std::string longer = unitAt(text, end - num.suffix.size(), len);
            if (!longer.empty() && len > num.suffix.size()) {
                suffixUnit = longer;
                end = end - num.suffix.size() + len;
            }
        }
        if (suffixUnit.empty()) return false;  // "4o", "7B": a code, not a quantity
    }
    // range: "10-15%", "$5-6 billion", "between 5 and 10", "10 to 15"
    {
        std::size_t p = skipSpaces(text, end);
        std::size_t n = 0;
        if (r.qual == Qual::Between) n = phraseAt(text, p, "and");
        else if (suffixUnit.empty() && (text.compare(p, 1, "-") == 0)) n = 1;
        else if (suffixUnit.empty() && text.compare(p, 3, "\u2013") == 0) n = 3;
        else if (suffixUnit.empty()) n = phraseAt(text, p, "to");
        if (n > 0) {
            std::string cur2;
            NumberMatch num2;
            std::size_t tokEnd2 = 0;
            if (readOne(skipSpaces(text, p + n), cur2, num2, tokEnd2) && (cur2.empty() || cur2 == currency) &&
                num2.suffix.empty()) {
                // "$5-6 billion": the scale written once applies to both ends
                if (num2.scaled && !num.scaled) {
                    r.value *= num2.factor;
                    r.half *= num2.factor;
                }
                if (num2.value > r.value) {
                    r.range = true;
                    r.value2 = num2.value;
                    r.half2 = num2.halfUnit;
                    end = toks[tokEnd2 - 1].end;
                    tokEnd = tokEnd2;
                }
            }
        }
    }
    if (r.qual == Qual::Between && !r.range) return false;
    // unit after the figure: %, per cent, currency name, unit word
    std::size_t p = skipSpaces(text, end);
    std::string unit = suffixUnit;
    if (unit.empty() && currency.empty()) {
        std::size_t n = 0;
        if (text.compare(end, 1, "%") == 0) {
            unit = "%";
            end += 1;
        } else if (p == end + 1 && text[end] == ' ' && text.compare(p, 1, "%") == 0) {
            unit = "%";  // "11 %": French typography, and many hurried pages
            end = p + 1;
        } else if (text.compare(end, 3, "\uFF05") == 0) {
            unit = "%";
            end += 3;
        } else if ((n = phraseAt(text, p, "per cent")) || (n = phraseAt(text, p, "percent")) ||
                   (n = phraseAt(text, p, "pct"))) {
            std::size_t after = skipSpaces(text, p + n);
            if (std::size_t m = phraseAt(text, after, "points") ? 6 : phraseAt(text, after, "point")) {
                unit = "pp";
                end = after + m;
            } else {
                unit = "%";
                end = p + n;
            }
        } else if (std::size_t lbLen = 0; weighed(text, toks[i].start) && unitAt(text, p, lbLen) == "lb") {
            unit = "lb";  // "weighing 95,000 pounds": a weight, not sterling
            end = p + lbLen;
        } else if (auto name = table.nameAt(text, p); name && (p == end || text[p - 1] == ' ')) {
            currency = name->code;
            end = p + name->length;
        } else if (std::size_t len = 0; p > end && !(unit = unitAt(text, p, len)).empty()) {
            end = p + len;
        } else if (p == end && p < text.size() && static_cast<unsigned char>(text[p]) >= 0x80 &&
                   !(unit = unitAt(text, p, len)).empty()) {
            end = p + len;  // a Chinese unit glued to its figure: "30公里", "8.35吨"
        } else if (p == end && text.compare(p, 1, "-") == 0 && p + 1 < text.size() && isLetter(text[p + 1]) &&
                   !(unit = unitAt(text, p + 1, len)).empty()) {
            end = p + 1 + len;  // a compound adjective: "a 948-foot vessel", "the 2.6-mile bridge"
        }
    }
    if (!currency.empty()) unit = currency;
    // Chinese suffix qualifiers: 3万多 (more than), 100元左右 (about)
    if (text.compare(end, 3, "多") == 0 || text.compare(end, 3, "余") == 0) {
        if (r.qual == Qual::None) {
            r.qual = Qual::MoreThan;
            r.qualName = "more than";
        }
        end += 3;
    } else if (text.compare(end, 6, "左右") == 0) {
        if (r.qual == Qual::None) {
            r.qual = Qual::About;
            r.qualName = "about";
        }
        end += 6;
    }
    r.unit = unit;
    r.end = end;
    // Bare figures that are not worth reporting: "one" alone, a year-like integer, a Chinese numeral alone.
    if (unit.empty() && !num.scaled) {
        const Tok& first = toks[numTok];
        if (num.words && (r.value == 1 || first.kind == TokKind::Cjk)) return false;
        if (!num.words && r.value >= 1900 && r.value <= 2100 && std::floor(r.value) == r.value &&
            first.text.find(',') == std::string_view::npos)
            return false;
    }
    return true;
}

}  // namespace

/// "78 cents per share": a hundredth of the currency the text last named ("net income of $19.3 billion, or 78
/// cents"), of US dollars when it named none, so that it meets "$0.78" elsewhere.
void centsInCurrency(std::vector<Quantity>& out) {
    std::string currency;
    for (Quantity& q : out) {
        if (q.unit.size() == 3 && CurrencyTable::instance().byCode(q.unit)) currency = q.unit;
        if (q.unit != "cents") continue;
        q.unit = currency.empty() ? "USD" : currency;
        q.value /= 100;
        q.low /= 100;
        q.high /= 100;
    }
}

/// A spec-table row whose label and value lost the cell between them ("Speed22 knots (41 km/h; 25 mph)",
/// "Length299.92 m"), as pages copied from an infobox read: the byte where the value starts when token `t` opens a
/// line with a capitalised word of letters only glued to digits; 0 otherwise.
std::size_t gluedRowValue(std::string_view text, const Tok& t) {
    if (t.kind != TokKind::Alnum || (t.start > 0 && text[t.start - 1] != '\n')) return 0;
    std::size_t k = 0;
    while (k < t.text.size() && isLetter(t.text[k])) ++k;
    if (k < 3 || t.text[0] < 'A' || t.text[0] > 'Z' || k >= t.text.size() || t.text[k] < '0' || t.text[k] > '9') return 0;
    for (std::size_t j = 1; j < k; ++j)
        if (t.text[j] < 'a' || t.text[j] > 'z') return 0;  // "iPhone16", "RTX4090": codes, not labels
    for (std::size_t j = k; j < t.text.size(); ++j)
        if (isLetter(t.text[j])) return 0;  // "Model3X": a code
    return t.start + k;
}

/// "6.1/6.5 英寸", "6.3/6.7-inch": decimals glued by slashes before one unit are a list of values in that unit
/// (tech news gives the sizes of a range of models so). The token indexes of the numbers, else empty. Only
/// decimals: "1/6/17" is a date and "3/4" a fraction.
std::vector<std::size_t> slashList(const std::vector<Tok>& toks, std::size_t i) {
    auto decimal = [&](std::size_t k) {
        return k < toks.size() && toks[k].kind == TokKind::Number && toks[k].text.find('.') != std::string_view::npos &&
               toks[k].text.find_first_not_of("0123456789.") == std::string_view::npos;
    };
    std::vector<std::size_t> out;
    if (!decimal(i) || (i > 0 && adjacent(toks[i - 1], toks[i]) && toks[i - 1].text == "/")) return out;
    out.push_back(i);
    for (std::size_t k = i; k + 2 < toks.size() && toks[k + 1].text == "/" && adjacent(toks[k], toks[k + 1]) &&
                            adjacent(toks[k + 1], toks[k + 2]) && decimal(k + 2);
         k += 2)
        out.push_back(k + 2);
    if (out.size() < 2) out.clear();
    return out;
}

std::vector<Quantity> findQuantities(std::string_view text, const std::vector<Span>& excluded) {
    return findQuantities(text, scanTokens(text), excluded);
}

std::vector<Quantity> findQuantities(std::string_view text, const std::vector<Tok>& toks, const std::vector<Span>& excluded) {
    const SpanIndex exclude(excluded);
    std::vector<Quantity> out;
    auto emit = [&](std::size_t start, const Reading& r) {
        Quantity q;
        q.span = Span{start, r.end};
        q.text = std::string(text.substr(q.span.start, q.span.size()));
        q.unit = r.unit;
        q.qualifier = r.qualName;
        q.approximate = r.qual != Qual::None && r.qual != Qual::Between;
        interval(r, q);
        out.push_back(std::move(q));
    };
    std::size_t i = 0;
    while (i < toks.size()) {
        if (std::size_t value = gluedRowValue(text, toks[i]); value > 0) {
            // Read the row's value on tokens of its own; kept only with a unit, the row's measure being its label.
            const std::size_t lineEnd = std::min(text.find('\n', value), text.size());
            std::vector<Tok> row = scanTokens(text.substr(value, lineEnd - value), value);
            // The glued token may have been taken for a product code ("Length299.92"): the row's own reading
            // decides, and a date in a row ("Launched27 December 2014") has no unit, so it is not kept.
            static const SpanIndex kNone(std::vector<Span>{});
            Reading r;
            if (!row.empty() && readQuantity(text, row, 0, kNone, r) && !r.unit.empty()) {
                emit(value, r);
                i = firstTokenFrom(toks, i + 1, r.end);
                continue;
            }
        }
        if (overlapsAny(exclude, Span{toks[i].start, toks[i].end})) {
            ++i;
            continue;
        }
        if (const std::vector<std::size_t> list = slashList(toks, i); !list.empty()) {
            // The last value is read with its unit on tokens of its own (no slash before it); each other value takes
            // that unit. Without a unit the slashes are no list of measures.
            const std::size_t last = list.back();
            const std::size_t lineEnd = std::min(text.find('\n', toks[last].start), text.size());
            std::vector<Tok> tail = scanTokens(text.substr(toks[last].start, lineEnd - toks[last].start), toks[last].start);
            static const SpanIndex kNoneList(std::vector<Span>{});
            Reading lastReading;
            if (!tail.empty() && readQuantity(text, tail, 0, kNoneList, lastReading) && !lastReading.unit.empty() &&
                !lastReading.range && lastReading.qual == Qual::None) {
                for (std::size_t k : list) {
                    if (k == last) break;
                    auto m = parseNumberAt(toks, k);
                    if (!m || m->end != k + 1) continue;
                    Reading each;
                    each.value = m->value;
                    each.half = m->halfUnit;
                    each.unit = lastReading.unit;
                    each.end = toks[k].end;
                    emit(toks[k].start, each);
                }
                emit(toks[last].start, lastReading);
                i = firstTokenFrom(toks, last + 1, lastReading.end);
                continue;
            }
        }
        Reading r;
        if (!readQuantity(text, toks, i, exclude, r)) {
            ++i;
            continue;
        }
        emit(toks[i].start, r);
        i = firstTokenFrom(toks, i + 1, r.end);
    }
    // Conversions written beside a figure: "HK$4.35 billion ($840 million)", "RMB 10 billion, or $1.4 billion".
    static constexpr std::string_view kGlue[] = {"(", "[", ",", "or", "\u2014", "\u2013", "-", ":", "about",
                                                 "around", "roughly", "approximately", "some", "nearly", "almost",
                                                 "equivalent", "equal", "to", "worth", "which", "is", "i.e.",
                                                 // Chinese: "43.5亿港元（约5.59亿美元）", "折合", "合"
                                                 "\uFF08", "\uFF0C", "\u7EA6", "\u6298", "\u5408", "\u6216"};
    for (std::size_t b = 1; b < out.size(); ++b) {
        const Quantity& a = out[b - 1];
        Quantity& q = out[b];
        if (a.unit.size() != 3 || q.unit.size() != 3 || a.unit == q.unit || a.unit == "x" || q.unit == "x") continue;
        if (!CurrencyTable::instance().byCode(a.unit) || !CurrencyTable::instance().byCode(q.unit)) continue;
        if (q.span.start < a.span.end || q.span.start - a.span.end > 40) continue;
        auto gap = scanTokens(text.substr(a.span.end, q.span.start - a.span.end));
        bool glue = !gap.empty() || a.span.end == q.span.start;
        for (const auto& g : gap)
            if (std::find(std::begin(kGlue), std::end(kGlue), g.lower) == std::end(kGlue)) glue = false;
        if (glue) q.convertedFrom = b - 1;
    }
    centsInCurrency(out);
    return out;
}

}  // namespace parallax::annotate
