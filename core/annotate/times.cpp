#include "core/annotate/times.h"

#include "core/annotate/scan.h"
#include "core/annotate/time_rules.h"

namespace parallax::annotate {
namespace {

bool isLeadingPreposition(const std::string& w) {
    return w == "in" || w == "on" || w == "at" || w == "since" || w == "by" || w == "during" || w == "as" ||
           w == "of" || w == "from" || w == "until" || w == "before" || w == "after" || w == "around" || w == "the";
}

bool futureMarker(const std::vector<Tok>& t, std::size_t i) {
    const std::string& w = t[i].lower;
    const std::string next = i + 1 < t.size() ? t[i + 1].lower : std::string();
    if (w == "will" || w == "shall" || w == "upcoming" || w == "scheduled" || w == "forthcoming") return true;
    // "may rise", "might open": a modal before a verb speaks of what is to come ("may have" looks back)
    if ((w == "may" || w == "might") && t[i].text[0] == 'm' && next != "have" && next != "be" && i + 1 < t.size() &&
        t[i + 1].kind == TokKind::Word)
        return true;
    if (isApostrophe(t[i].text) && next == "ll") return true;
    // Chinese (one character a token): 将于 / 拟于 "will", 计划 "plans", 预计 "expected", 定于 "scheduled for"
    if ((w == "将" || w == "拟") && (next == "于" || next == "在")) return true;
    if ((w == "计" && next == "划") || (w == "预" && next == "计") || (w == "定" && next == "于")) return true;
    return (w == "plans" || w == "plan" || w == "planning" || w == "expected" || w == "expects" || w == "set" ||
            w == "due" || w == "aims" || w == "intends" || w == "going") &&
           next == "to";
}

// Past forms: auxiliaries, common irregular verbs, and "-ed" words ("announced", "debuted").
bool pastMarker(const std::vector<Tok>& t, std::size_t i) {
    const std::string& w = t[i].lower;
    static const char* const irregular[] = {"was", "were", "had", "did", "said", "told", "went", "came", "made",
                                            "took", "began", "rose", "fell", "grew", "won", "led", "saw", "got",
                                            "gave", "held", "sold", "bought", "built", "paid", "spent", "hit",
                                            "ago", "brought", "chose", "drew", "met", "ran", "sent", "shut",
                                            "unveiled", "set"};
    for (const char* x : irregular)
        if (w == x) return !(w == "set" && i + 1 < t.size() && t[i + 1].lower == "to");
    return t[i].kind == TokKind::Word && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

bool clauseBreak(const Tok& t) {
    return t.text == ";" || t.text == ":" || t.text == "\u2014" || t.lower == "but" || t.lower == "while" ||
           t.lower == "whereas" || t.lower == "after" || t.lower == "before" || t.lower == "when" ||
           t.lower == "because" || t.lower == "although" || t.lower == "though" || t.lower == "until";
}

// The tense of the clause around tokens [b, e): the nearest tense marker wins, past when there is none.
Tense tenseAround(const std::vector<Tok>& t, std::size_t b, std::size_t e) {
    std::size_t left = b, right = e;
    bool leftOpen = true, rightOpen = true;
    while (leftOpen || rightOpen) {
        if (rightOpen) {
            if (right >= t.size() || clauseBreak(t[right])) {
                rightOpen = false;
            } else {
                if (futureMarker(t, right)) return Tense::Future;
                if (pastMarker(t, right)) return Tense::Past;
                ++right;
            }
        }
        if (leftOpen) {
            if (left == 0 || clauseBreak(t[left - 1])) {
                leftOpen = false;
            } else {
                --left;
                if (futureMarker(t, left)) return Tense::Future;
                if (pastMarker(t, left)) return Tense::Past;
            }
        }
    }
    return Tense::Past;
}

// "the quarter ending April 27", "the year that ends 31 March": the date closes a reporting period.
bool periodEndBefore(const std::vector<Tok>& t, std::size_t i) {
    if (i == 0) return false;
    const std::string& w = t[i - 1].lower;
    return w == "ending" || w == "ends" || (w == "on" && i >= 2 && (t[i - 2].lower == "ending" || t[i - 2].lower == "ends"));
}

// A period that is still ending is the current or coming one, or the one that has just closed: whichever
// reading (past or future) lies nearer the publication date, whatever the tense of the verb around it
// ("expects to record charges in the quarter ending April 27" written on 16 April is this April).
TimeMatch nearestReading(const std::vector<Tok>& toks, std::size_t i, const std::optional<Date>& anchor,
                         const TimeMatch& current) {
    if (!anchor || anchor->precision != DatePrecision::Day) return current;
    auto past = matchTimeAt(toks, i, anchor, Tense::Past);
    auto future = matchTimeAt(toks, i, anchor, Tense::Future);
    if (!past || !future || past->end != current.end || future->end != current.end) return current;
    auto p = Date::parseIso(past->norm.value);
    auto f = Date::parseIso(future->norm.value);
    if (!p || !f || p->precision != DatePrecision::Day || f->precision != DatePrecision::Day) return current;
    long a = anchor->daysSinceEpoch();
    long dp = a - p->daysSinceEpoch();
    long df = f->daysSinceEpoch() - a;
    return df < dp ? *future : *past;
}

}  // namespace

TimeNorm normalizeTime(std::string_view expression, const std::optional<Date>& anchor, Tense tense) {
    std::vector<Tok> toks = scanTokens(expression);
    // Trailing sentence punctuation is not part of the expression.
    while (!toks.empty() && (toks.back().text == "." || toks.back().text == "," || toks.back().text == ";"))
        toks.pop_back();
    if (toks.empty()) return {};
    // Try from the first token, then after up to two leading prepositions ("as of November").
    for (std::size_t start = 0; start < 3 && start < toks.size(); ++start) {
        if (start > 0 && !isLeadingPreposition(toks[start - 1].lower)) break;
        auto m = matchTimeAt(toks, start, anchor, tense);
        if (m && m->end == toks.size()) return m->norm;
    }
    return {};
}

Tense sentenceTense(std::string_view sentence) {
    std::vector<Tok> toks = scanTokens(sentence);
    for (std::size_t i = 0; i < toks.size(); ++i)
        if (futureMarker(toks, i)) return Tense::Future;
    return Tense::Past;
}

std::vector<TimeValue> findTimes(std::string_view text, const std::vector<Sentence>& sentences,
                                 const std::optional<Date>& anchor) {
    std::vector<TimeValue> out;
    std::vector<Sentence> spans = sentences;
    if (spans.empty()) spans.push_back(Sentence{Span{0, text.size()}, 0});
    for (const Sentence& s : spans) {
        if (s.span.end > text.size() || s.span.empty()) continue;
        std::string_view sv = text.substr(s.span.start, s.span.size());
        std::vector<Tok> toks = scanTokens(sv, s.span.start);
        std::size_t i = 0;
        while (i < toks.size()) {
            // The tense only matters for expressions that leave the year or week open; it is read near them.
            auto m = matchTimeAt(toks, i, anchor, Tense::Past);
            if (m && m->end > i && tenseAround(toks, i, m->end) == Tense::Future)
                m = matchTimeAt(toks, i, anchor, Tense::Future);
            if (m && m->end > i && periodEndBefore(toks, i)) m = nearestReading(toks, i, anchor, *m);
            if (!m || m->end <= i) {
                ++i;
                continue;
            }
            TimeValue tv;
            tv.span = Span{toks[i].start, toks[m->end - 1].end};
            tv.text = std::string(text.substr(tv.span.start, tv.span.size()));
            tv.value = m->norm.value;
            tv.resolved = m->norm.resolved;
            tv.note = m->norm.note;
            out.push_back(std::move(tv));
            i = m->end;
        }
    }
    return out;
}

}  // namespace parallax::annotate
