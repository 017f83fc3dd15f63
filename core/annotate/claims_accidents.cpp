// The day of a story's accident: "the incident occurred on January 5, 2024", "the blowout aboard a Vexa 12 jet on
// January 5, 2024". Accident news dates its one accident again and again; the slip it is prone to is the year (the
// year of writing put for the year of the accident). Chinese writes it "事故发生于2024年1月5日". The claim is an event claim with the subject "the accident"
// (like "the flight" of claims_elapsed.cpp: the story's own), attribute "happened", value the day. Only a day with
// its year written is taken: a year the reader infers says nothing of which year the writer meant.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

/// Nouns that name an accident or a failure that is news by itself.
bool accidentNoun(const std::string& w) {
    return w == "accident" || w == "incident" || w == "crash" || w == "blowout" || w == "explosion" ||
           w == "derailment" || w == "collapse" || w == "mishap" || w == "disaster" || w == "collision" || w == "blast";
}

/// "occurred", "happened", "took place" at word i: the words it takes, 0 when none.
std::size_t happenedAt(const SentenceView& s, std::size_t i) {
    if (i >= s.words.size()) return 0;
    const std::string& w = s.lower[i];
    if (w == "occurred" || w == "happened") return 1;
    if (w == "took" && i + 1 < s.words.size() && s.lower[i + 1] == "place") return 2;
    return 0;
}

/// Words that open another clause or carry another verb: a date past them is not the accident's.
bool breaks(const Word& w) {
    const std::string& x = w.lower;
    return (w.punct && x != "-" && x != "'s") || x == "and" || x == "but" || x == "which" || x == "that" || x == "who" ||
           x == "when" || x == "after" || x == "before" || x == "was" || x == "were" || x == "is" || x == "are" ||
           x == "has" || x == "have" || x == "had" || x == "since" || x == "until" || x == "by";
}

/// "January 5, 2024" and "5 January 2024" write their year; "January 5" (a year the reader infers) does not.
bool yearWritten(const TimeRef& t) {
    if (t.value.size() != 10 || t.value[4] != '-' || t.value[7] != '-') return false;
    return t.text.find(t.value.substr(0, 4)) != std::string::npos;
}

Claim accidentClaim(const SentenceView& s, const TimeRef& day) {
    Claim c = makeClaim(ClaimKind::Event, s);
    c.subject = "the accident";
    c.attribute = "happened";
    c.value = day.value;
    c.text = day.text;
    c.valueSpan = day.span;
    return c;
}

}  // namespace

void extractAccidentsChinese(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    if (s.span.end > ctx.text.size()) return;
    for (const TimeRef& t : s.times) {
        if (!yearWritten(t) || t.span.start < s.span.start || t.span.end > s.span.end) continue;
        // "(这起)事故发生于2024年1月5日": the noun, then 发生 (于/在), then the day.
        std::string_view before = ctx.text.substr(s.span.start, t.span.start - s.span.start);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        for (std::string_view to : {"于", "在"})
            if (before.ends_with(to)) {
                before.remove_suffix(to.size());
                break;
            }
        if (!before.ends_with("发生")) continue;
        before.remove_suffix(std::string_view("发生").size());
        bool noun = false;
        for (std::string_view n : {"事故", "空难", "坠机", "爆炸", "坍塌", "事件"}) noun = noun || before.ends_with(n);
        if (!noun) continue;
        // The day closes its clause: "事故发生于2024年1月5日，…", not "发生于2024年1月5日的事故调查".
        std::string_view after = ctx.text.substr(t.span.end, s.span.end - t.span.end);
        bool closes = after.empty();
        for (std::string_view p : {"，", "。", "；", ",", ".", " "}) closes = closes || after.rfind(p, 0) == 0;
        if (!closes) continue;
        out.push_back(accidentClaim(s, t));
        return;
    }
}

void extractAccidents(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (!accidentNoun(s.lower[i])) continue;
        // "the incident occurred on", "the blowout aboard ... on": the day follows "on" after the noun.
        std::size_t k = i + 1;
        if (std::size_t v = happenedAt(s, k)) {
            k += v;
        } else {
            // A phrase after the noun says which accident it was ("aboard a Vexa 12 jet", "of flight 88"),
            // ending with the day; another clause or verb in between and the day is something else's.
            if (k >= s.words.size()) continue;
            const std::string& p = s.lower[k];
            if (p != "aboard" && p != "on" && p != "of" && p != "involving" && p != "at" && p != "in") continue;
            std::size_t end = std::min(s.words.size(), k + 12);
            std::size_t on = k + 1;
            for (; on < end; ++on) {
                if (s.lower[on] == "on" && on + 1 < s.words.size()) break;
                if (breaks(s.words[on])) {
                    on = end;
                    break;
                }
            }
            if (on >= end) continue;
            k = on;
        }
        if (k >= s.words.size() || s.lower[k] != "on") continue;
        const TimeRef* day = nullptr;
        for (const TimeRef& t : s.times)
            if (t.first == k + 1) day = &t;
        if (day == nullptr || !yearWritten(*day)) continue;
        // "the crash on 5 January 2024 was the second": only a day that closes its clause is the accident's alone.
        if (day->last < s.words.size() && !s.words[day->last].punct) continue;
        Claim c = accidentClaim(s, *day);
        c.negated = negatedIn(s, i, k);
        c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, i), k);
        out.push_back(std::move(c));
        return;
    }
}

}  // namespace parallax::annotate::claims
