#include "core/annotate/times.h"

#include "core/annotate/scan.h"
#include "core/annotate/time_rules.h"

namespace parallax::annotate {
namespace {

bool isLeadingPreposition(const std::string& w) {
    return w == "in" || w == "on" || w == "at" || w == "since" || w == "by" || w == "during" || w == "as" ||
           w == "of" || w == "from" || w == "until" || w == "before" || w == "after" || w == "around" || w == "the";
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
    for (std::size_t i = 0; i < toks.size(); ++i) {
        const std::string& w = toks[i].lower;
        const std::string& next = i + 1 < toks.size() ? toks[i + 1].lower : std::string();
        if (w == "will" || w == "shall" || w == "upcoming" || w == "scheduled" || w == "forthcoming") return Tense::Future;
        if (isApostrophe(toks[i].text) && next == "ll") return Tense::Future;
        if ((w == "plans" || w == "plan" || w == "planning" || w == "expected" || w == "expects" || w == "set" ||
             w == "due" || w == "aims" || w == "intends" || w == "going") &&
            next == "to")
            return Tense::Future;
    }
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
        Tense tense = sentenceTense(sv);
        std::size_t i = 0;
        while (i < toks.size()) {
            auto m = matchTimeAt(toks, i, anchor, tense);
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
