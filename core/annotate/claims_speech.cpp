// Who says what: direct quotes and paraphrases with their speakers, comparisons ("X outperforms Y",
// "X can't match Y") and stances ("closing the gap" / "widening the gap").
#include <algorithm>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

bool speechVerb(const std::string& w) {
    static const std::vector<std::string> verbs = {"said", "says", "say", "told", "tells", "added", "adds", "noted",
                                                   "notes", "explained", "explains", "wrote", "writes", "argued",
                                                   "argues", "stated", "states", "warned", "warns", "insisted",
                                                   "claimed", "claims", "observes", "observed", "stressed", "stress"};
    return std::find(verbs.begin(), verbs.end(), w) != verbs.end();
}

bool speakerLike(const Mention& m) { return m.kind == EntityKind::Person || m.kind == EntityKind::Organization || m.kind == EntityKind::Other; }

/// "DNC Chairman Tom Perez", "Nvidia CEO Jensen Huang": the person after an organisation and a title.
const Mention* personAfterTitle(const SentenceView& s, const Mention& m) {
    if (m.kind == EntityKind::Person || m.last >= s.words.size()) return &m;
    auto title = claimLexicon().roles.match(s.lower, m.last);
    if (!title) return &m;
    const Mention* person = mentionAt(s, m.last + title->length);
    return person != nullptr && person->first == m.last + title->length && person->kind == EntityKind::Person ? person : &m;
}

/// The speaker around a speech verb at word v: "X said" or "said X".
const Mention* speakerAt(const SentenceView& s, std::size_t v) {
    if (v > 0) {
        if (const Mention* m = mentionAt(s, v - 1); m != nullptr && m->last == v && speakerLike(*m)) return m;
    }
    if (const Mention* m = mentionAt(s, v + 1); m != nullptr && m->first == v + 1 && speakerLike(*m)) return personAfterTitle(s, *m);
    return nullptr;
}

/// A noun phrase standing in for a subject or object when no name is there ("those chips", "American
/// chips"): kept only when it ends in a category word.
std::string categoryPhrase(const Context& ctx, const SentenceView& s, std::size_t from, std::size_t to) {
    while (from < to && (s.lower[from] == "and" || s.lower[from] == "but" || s.lower[from] == "or" || s.lower[from] == "while"))
        ++from;
    for (std::size_t k = from; k < to; ++k) {
        if (ctx.lex.taxonomy.phrases().match(s.lower, k)) return normalizeWords(wordsText(ctx.text, s, from, to));
    }
    return {};
}

}  // namespace

std::string speakerOf(const SentenceView& s) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (speechVerb(s.lower[i])) {
            if (const Mention* m = speakerAt(s, i)) return m->name;
        }
        if (s.lower[i] == "according" && i + 1 < s.words.size() && s.lower[i + 1] == "to") {
            if (const Mention* m = mentionAfter(s, i + 2, 2)) return m->name;
        }
    }
    return {};
}

void extractQuotes(const Context& ctx, const std::vector<SentenceView>& views, std::vector<Claim>& out) {
    // Pair the quotation marks of each sentence run: curly marks say which side they are, straight ones alternate.
    std::size_t consumed = 0;  // bytes up to the last closing mark used: it opens nothing
    for (std::size_t vi = 0; vi < views.size(); ++vi) {
        const SentenceView& s = views[vi];
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            if (s.lower[i] != "\"" || s.words[i].span.start < consumed) continue;
            // Find the closing mark in this or the following sentences (a quote may hold several sentences).
            const SentenceView* closeView = nullptr;
            std::size_t close = 0;
            // Never across a paragraph: a stray mark would pair one paragraph's end with the next one's start.
            for (std::size_t vj = vi; vj < views.size() && vj < vi + 6 && closeView == nullptr &&
                                      views[vj].paragraph == s.paragraph;
                 ++vj) {
                for (std::size_t k = (vj == vi ? i + 1 : 0); k < views[vj].words.size(); ++k) {
                    if (views[vj].lower[k] == "\"") {
                        closeView = &views[vj];
                        close = k;
                        break;
                    }
                }
            }
            if (closeView == nullptr) break;
            consumed = closeView->words[close].span.end;
            Span quote{s.words[i].span.end, closeView->words[close].span.start};
            std::string said(ctx.text.substr(quote.start, quote.size()));
            std::string norm = normalizeWords(said);
            std::size_t wordsInQuote = static_cast<std::size_t>(std::count(norm.begin(), norm.end(), ' ')) + 1;
            const Mention* speaker = nullptr;
            Span claimSpan{s.words[i].span.start, closeView->words[close].span.end};
            // After the quote: ', said X' / '," X said'.
            for (std::size_t k = close + 1; k < std::min(closeView->words.size(), close + 4); ++k) {
                if (speechVerb(closeView->lower[k])) {
                    speaker = speakerAt(*closeView, k);
                    claimSpan.end = closeView->words[std::min(closeView->words.size() - 1, k + 2)].span.end;
                    break;
                }
            }
            // Before the quote: 'X said: "' / 'X said, "'.
            if (speaker == nullptr) {
                for (std::size_t k = i; k-- > 0 && k + 4 > i;) {
                    if (speechVerb(s.lower[k])) {
                        speaker = speakerAt(s, k);
                        claimSpan.start = s.words[k > 0 ? k - 1 : 0].span.start;
                        break;
                    }
                }
            }
            if (speaker != nullptr && wordsInQuote >= 4) {
                Claim c = makeClaim(ClaimKind::Quote, s);
                c.span = claimSpan;
                c.subject = speaker->name;
                c.speaker = speaker->name;
                c.attribute = "said";
                c.value = norm;
                c.text = said;
                c.valueSpan = quote;
                out.push_back(std::move(c));
            }
            // Continue after the closing mark (in a later sentence when the quote ran over several).
            if (closeView != &s) break;
            i = close;
        }
    }
    // Paraphrase: 'X said (that) ...' outside quotation marks.
    for (const SentenceView& s : views) {
        if (std::find(s.lower.begin(), s.lower.end(), "\"") != s.lower.end()) continue;
        for (std::size_t i = 0; i + 1 < s.words.size(); ++i) {
            if (!speechVerb(s.lower[i]) || i == 0) continue;
            const Mention* m = mentionAt(s, i - 1);
            if (m == nullptr || m->last != i || !speakerLike(*m)) continue;
            std::size_t from = i + 1;
            if (s.lower[from] == "that") ++from;
            std::size_t to = clauseEnd(s, from);
            if (to <= from + 3) continue;
            Claim c = makeClaim(ClaimKind::Quote, s);
            c.subject = m->name;
            c.speaker = m->name;
            c.attribute = "said (paraphrase)";
            c.text = wordsText(ctx.text, s, from, to);
            c.value = normalizeWords(c.text);
            c.valueSpan = wordsSpan(s, from, to);
            c.hedged = true;  // someone else's words in the outlet's wording
            out.push_back(std::move(c));
            break;
        }
    }
}

void extractComparisons(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        auto m = ctx.lex.comparisons.match(s.lower, i);
        if (!m) continue;
        std::size_t end = i + m->length;
        std::string value = ctx.lex.comparisonValues[static_cast<std::size_t>(m->payload)];
        std::size_t clause = clauseStart(s, i);
        // Subject: the nearest name before; else a category noun phrase ("those chips").
        std::string subject;
        std::size_t subjectAt = i;
        if (const Mention* before = mentionBefore(s, i, 6, false)) {
            subject = before->name;
            subjectAt = before->first;
        } else {
            std::size_t k = i;
            while (k > clause && !s.words[k - 1].punct && s.lower[k - 1] != "that" && s.lower[k - 1] != "which") --k;
            std::size_t verbAt = k;
            while (verbAt < i && !ctx.lex.taxonomy.phrases().match(s.lower, verbAt)) ++verbAt;
            subject = verbAt < i ? categoryPhrase(ctx, s, k, verbAt + ctx.lex.taxonomy.phrases().match(s.lower, verbAt)->length) : "";
            subjectAt = k;
        }
        // Object: the name after (skipping possessors), else a category noun phrase up to the next verb.
        std::string object;
        std::size_t objectEnd = end;
        if (const Mention* after = objectAfter(s, end, 5)) {
            object = after->name;
            objectEnd = after->last;
        } else {
            std::size_t k = end;
            if (k < s.words.size() && (s.lower[k] == "that" || s.lower[k] == "what")) ++k;
            std::size_t stop = k;
            while (stop < s.words.size() && (!s.words[stop].punct || s.lower[stop] == "'s") && stop < k + 8) {
                if (auto t = ctx.lex.taxonomy.phrases().match(s.lower, stop)) {
                    stop += t->length;
                    break;
                }
                ++stop;
            }
            object = categoryPhrase(ctx, s, k, stop);
            objectEnd = stop;
        }
        if (subject.empty() || object.empty() || subject == object) continue;
        bool negated = negatedIn(s, subjectAt, i);
        if (negated) value = value == "better" ? "not better" : value == "worse" ? "not worse" : "worse";
        Claim c = makeClaim(ClaimKind::Comparison, s);
        c.subject = subject;
        c.object = object;
        c.attribute = "performance";
        c.value = value;
        std::size_t textFrom = i;
        if (negated) {
            // Keep the negation in the words shown: "can't do everything", not "do everything".
            for (std::size_t k = i; k-- > subjectAt;) {
                if (negatedIn(s, k, k + 1)) {
                    textFrom = k;
                    break;
                }
            }
        }
        c.text = wordsText(ctx.text, s, textFrom, end);
        c.valueSpan = wordsSpan(s, std::min(subjectAt, i), std::max(objectEnd, end));
        c.negated = negated;
        c.hedged = hedgedIn(s, ctx.lex, clause, end);
        c.speaker = speakerOf(s);
        out.push_back(std::move(c));
        i = end - 1;
    }
}

void extractStances(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        auto m = ctx.lex.directions.match(s.lower, i);
        if (!m) continue;
        std::size_t end = i + m->length;
        const Direction& d = ctx.lex.directionList[static_cast<std::size_t>(m->payload)];
        std::size_t clause = clauseStart(s, i);
        // The party whose gap it is: the nearest place or organisation before, else the first one after
        // "between"/"with".
        const Mention* subject = nullptr;
        for (const Mention& cand : s.mentions) {
            if (cand.last <= i && cand.first >= clause && cand.kind != EntityKind::Person && cand.kind != EntityKind::Product)
                subject = &cand;
        }
        const Mention* other = nullptr;
        bool between = false;
        for (std::size_t k = end; k < std::min(s.words.size(), end + 6); ++k) {
            if (s.lower[k] != "with" && s.lower[k] != "between" && s.lower[k] != "on" && s.lower[k] != "to") continue;
            other = mentionAfter(s, k + 1, 2);
            between = s.lower[k] == "between";
            break;
        }
        if (subject == nullptr && other != nullptr && between) {
            subject = other;
            other = mentionAfter(s, other->last + 1, 3);
        }
        if (subject == nullptr) continue;
        Claim c = makeClaim(ClaimKind::Stance, s);
        c.subject = subject->name;
        c.attribute = d.dimension;
        c.value = d.direction;
        c.object = other != nullptr ? other->name : std::string{};
        c.text = wordsText(ctx.text, s, i, end);
        c.valueSpan = wordsSpan(s, i, end);
        c.negated = negatedIn(s, std::max(clause, i >= 3 ? i - 3 : 0), i);
        c.hedged = hedgedIn(s, ctx.lex, clause, end);
        c.speaker = speakerOf(s);
        out.push_back(std::move(c));
        i = end - 1;
    }
}

}  // namespace parallax::annotate::claims
