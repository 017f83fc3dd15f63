// Percentage moves against their base. News writes a first-day move as "rose 16.4% to HK$306.6" and elsewhere
// in the same article gives the price it moved from ("the offer price of HK$263", "以每股263港元的价格发行").
// When the article states both, the three figures must agree to the precision each is written with; when
// they do not, one of them is wrong. Nothing is said when the base is not given (the move may be from the
// previous close) or given in another currency.
#include "core/conflict/arithmetic.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/amounts.h"

namespace parallax::conflict {
namespace {

std::string lowerText(std::string_view text, Span span) {
    return annotate::lowerAscii(text.substr(span.start, std::min(span.end, text.size()) - span.start));
}

bool contains(const std::string& hay, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return hay.find(c) != std::string::npos; });
}

/// The clause of sentence `sent` holding byte `at`: between clause marks (，、；, ; and the Latin comma).
Span clauseAt(std::string_view text, Span sent, std::size_t at) {
    auto isBreak = [&](std::size_t i, std::size_t& len) {
        for (std::string_view mark : {"，", "；", "。", ",", ";"}) {
            if (text.compare(i, mark.size(), mark) == 0) {
                len = mark.size();
                return true;
            }
        }
        return false;
    };
    std::size_t start = sent.start;
    for (std::size_t i = sent.start, len = 0; i < at; ++i)
        if (isBreak(i, len)) start = i + len;
    std::size_t end = sent.end;
    for (std::size_t i = at, len = 0; i < sent.end; ++i)
        if (isBreak(i, len)) {
            end = i;
            break;
        }
    return {start, std::max(start, end)};
}

/// The move's direction from the words just before the percentage: -1 for a fall, +1 otherwise.
int direction(const std::string& before) {
    return contains(before, {"fell", "fall", "down", "lower", "drop", "slid", "declin", "lost", "sank", "跌", "下降", "下跌"})
               ? -1
               : 1;
}

}  // namespace

std::vector<ArithmeticSlip> checkPercentMoves(const Article& article, const Annotations& ann) {
    std::vector<ArithmeticSlip> out;
    const std::string& text = article.text;
    // The base: the first figure in a currency named as the offer or issue price right where it stands
    // ("an offer price of HK$50", "priced at $20", "发行价为40港元", "以每股40港元的价格发行").
    const Quantity* base = nullptr;
    Span baseSentence;
    for (const Quantity& q : ann.quantities) {
        if (!isCurrencyUnit(q.unit) || q.approximate) continue;
        const Span sent = sentenceAt(ann, q.span.start);
        const std::string before = lowerText(text, {q.span.start > sent.start + 24 ? q.span.start - 24 : sent.start, q.span.start});
        const std::string after = lowerText(text, {q.span.end, std::min(q.span.end + 24, sent.end)});
        const bool named = contains(before, {"offer price of", "ipo price of", "issue price of", "offering price of",
                                             "priced at", "发行价为", "发行价", "發行價", "招股价", "招股價"}) ||
                           after.rfind("的价格发行", 0) == 0 || after.rfind("的價格發行", 0) == 0;
        if (named) {
            base = &q;
            baseSentence = sent;
            break;
        }
    }
    if (base == nullptr) return out;
    for (std::size_t i = 0; i + 1 < ann.quantities.size(); ++i) {
        const Quantity& pct = ann.quantities[i];
        const Quantity& result = ann.quantities[i + 1];
        if (pct.unit != "%" || result.unit != base->unit || &result == base || pct.approximate || result.approximate) continue;
        // "rose 16.4% to HK$306.6", "收涨16.4%至306.6港元": the result follows its move through "to" / 至.
        if (result.span.start < pct.span.end || result.span.start - pct.span.end > 8) continue;
        const std::string gap = lowerText(text, {pct.span.end, result.span.start});
        if (!contains(gap, {"to", "至", "到"})) continue;
        const Span sent = sentenceAt(ann, pct.span.start);
        const std::string before = lowerText(text, {pct.span.start > sent.start + 30 ? pct.span.start - 30 : sent.start, pct.span.start});
        // A move from the base: the sentence speaks of a first day or of the offer price, and no other price
        // lies between the move and its sentence start ("closed at X, up 2% from Y").
        // Only a move that ends a session (the close) or opens the first one, measured over the whole day: a move
        // "by the midday break" or "at one point" may be from any earlier price.
        const Span clause = clauseAt(text, sent, pct.span.start);
        const std::string moveWords = lowerText(text, clause);
        if (!contains(moveWords, {"closed", "closing", "ended", "finished", "opened", "收涨", "收漲", "收跌", "收报", "收報",
                                  "全天", "开盘", "開盤"}) ||
            contains(moveWords, {"midday", "intraday", "at one point", "morning", "盘中", "盤中", "一度", "午间", "午間"}))
            continue;
        const int sign = direction(before);
        // An offer price is set, not measured: "HK$263" is exactly 263; the percentage carries the rounding.
        const double lo = base->value * (1 + sign * (sign > 0 ? pct.low : pct.high) / 100);
        const double hi = base->value * (1 + sign * (sign > 0 ? pct.high : pct.low) / 100);
        const double expLo = std::min(lo, hi);
        const double expHi = std::max(lo, hi);
        if (result.high > expLo && result.low < expHi) continue;
        ArithmeticSlip slip;
        // Each side's own clause, so that a base and a move in one sentence are two pieces of evidence.
        slip.move = clauseAt(text, sent, pct.span.start);
        slip.base = clauseAt(text, baseSentence, base->span.start);
        slip.written = result.text;
        for (const Claim& c : ann.claims)
            if (c.span.contains(result.span) && !c.subject.empty()) slip.subject = c.subject;
        char buf[96];
        std::snprintf(buf, sizeof buf, "%.2f", base->value * (1 + sign * pct.value / 100));
        slip.expected = buf;
        slip.finding.type = ConflictType::Number;
        slip.finding.severity = Severity::Medium;
        slip.finding.reason = "A move of " + pct.text + " from the offer price of " + base->text + " gives about " +
                              std::string(buf) + " " + base->unit + ", not " + result.text +
                              ": the figures of one article do not add up";
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
