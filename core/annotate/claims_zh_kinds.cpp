// Chinese categories ("X是一款AI加速器"), titles ("首席执行官张伟") and direct quotes ("张伟表示：“…”").
// Each maps onto the English vocabulary: taxonomy terms, role titles, and "said" with the speaker.
#include <algorithm>

#include "core/annotate/claims_extract.h"
#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {

namespace {

bool startsWithAt(std::string_view text, std::size_t at, std::string_view what) {
    return at + what.size() <= text.size() && text.compare(at, what.size(), what) == 0;
}

bool endsWithAt(std::string_view text, std::size_t end, std::string_view what) {
    return end >= what.size() && text.compare(end - what.size(), what.size(), what) == 0;
}

/// The quote in comparable form: characters without punctuation or spaces, ASCII lower-cased.
std::string comparableQuote(std::string_view q) {
    std::string out;
    for (std::size_t i = 0; i < q.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(q, i, len);
        if (!zh::isPunctOrSpace(c)) out += lowerAscii(q.substr(i, len));
        i += len;
    }
    return out;
}

}  // namespace

void extractChineseCategories(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    static constexpr std::string_view kIs = "是";
    for (const Entity& e : ctx.ann.entities) {
        if (!s.span.contains(e.span) || e.kind == EntityKind::Person || e.kind == EntityKind::Place) continue;
        // "X是一款…", "X为一款…": the copula right after the name (a "不" before it negates)
        std::size_t at = e.span.end;
        bool negated = false;
        if (startsWithAt(text, at, "不")) {
            negated = true;
            at += 3;
        }
        if (!startsWithAt(text, at, kIs) && !startsWithAt(text, at, "为")) continue;
        std::size_t from = at + 3;
        std::size_t end = zh::clauseFinish(text, from, s.span.end);
        // The term that closes the clause names what the subject is ("一款面向数据中心的AI加速器").
        std::vector<zh::CueHit> terms = lex.find(text, from, end, "category");
        if (terms.empty() || terms.back().end != end) continue;
        const zh::CueHit& term = terms.back();
        // "是一款…的芯片" reads as a kind; "是全球最大的芯片市场" never reaches here (the clause ends in 市场)
        Claim c = makeClaim(ClaimKind::Category, s);
        c.subject = e.canonical.empty() ? e.text : e.canonical;
        c.attribute = "category";
        c.value = term.cue->cls;
        c.text = std::string(text.substr(term.start, term.end - term.start));
        c.valueSpan = {term.start, term.end};
        c.negated = negated;
        c.hedged = lex.any(text, s.span.start, term.start, "hedge");
        out.push_back(std::move(c));
    }
}

void extractChineseRoles(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    std::vector<zh::CueHit> roles = lex.find(text, s.span.start, s.span.end, "role");
    for (std::size_t k = 0; k < roles.size(); ++k) {
        // "创始人兼首席执行官周明远": titles joined by "兼" or "、" all go to the name after the last one
        std::size_t last = k;
        while (last + 1 < roles.size() && (roles[last + 1].start == roles[last].end + 3) &&
               (startsWithAt(text, roles[last].end, "兼") || startsWithAt(text, roles[last].end, "、")))
            ++last;
        std::string name = zh::personNameAt(text, roles[last].end, s.span.end);
        if (name.empty()) {
            k = last;
            continue;
        }
        // Whose office: an organisation right before the titles ("云帆能源首席执行官张伟")
        std::string org;
        for (const Entity& e : ctx.ann.entities)
            if (e.kind == EntityKind::Organization && e.span.end == roles[k].start) org = e.canonical.empty() ? e.text : e.canonical;
        bool former = endsWithAt(text, roles[k].start, "前") || endsWithAt(text, roles[k].start, "原");
        for (std::size_t r = k; r <= last; ++r) {
            Claim c = makeClaim(ClaimKind::Role, s);
            c.subject = name;
            c.attribute = former ? "former title" : "title";
            c.value = roles[r].cue->cls;
            c.text = std::string(text.substr(roles[r].start, roles[r].end - roles[r].start));
            c.valueSpan = {roles[r].start, roles[r].end};
            c.object = org;
            out.push_back(std::move(c));
        }
        k = last;
    }
}

void extractChineseQuotes(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    static constexpr std::string_view kOpen = "“";
    static constexpr std::string_view kClose = "”";
    std::size_t open = text.find(kOpen, s.span.start);
    if (open == std::string_view::npos || open >= s.span.end) return;
    // "张伟表示：“…”" / "张伟说，“…”": a speech verb, then at most a colon or comma, then the quote
    std::size_t verbEnd = open;
    if (endsWithAt(text, verbEnd, "：") || endsWithAt(text, verbEnd, "，")) verbEnd -= 3;
    else if (endsWithAt(text, verbEnd, ":") || endsWithAt(text, verbEnd, ",")) verbEnd -= 1;
    const zh::CueHit* verb = nullptr;
    std::vector<zh::CueHit> verbs = lex.find(text, s.span.start, verbEnd, "speech");
    if (!verbs.empty() && verbs.back().end == verbEnd) verb = &verbs.back();
    if (verb == nullptr) return;
    // The speaker: a name ending right at the verb, a known entity or a Chinese person name
    std::string speaker;
    for (const Entity& e : ctx.ann.entities)
        if (e.span.end == verb->start && e.kind != EntityKind::Place) speaker = e.canonical.empty() ? e.text : e.canonical;
    if (speaker.empty()) speaker = zh::personNameBefore(text, verb->start, s.span.start);
    if (speaker.empty()) return;
    std::size_t close = text.find(kClose, open + kOpen.size());
    if (close == std::string_view::npos) close = s.span.end;
    std::string_view quote = text.substr(open + kOpen.size(), close - open - kOpen.size());
    std::string value = comparableQuote(quote);
    if (value.size() < 12) return;  // a word or two is a term, not a quote
    Claim c = makeClaim(ClaimKind::Quote, s);
    c.subject = speaker;
    c.speaker = speaker;
    c.attribute = "said";
    c.value = value;
    c.text = std::string(quote);
    c.valueSpan = {open + kOpen.size(), close};
    out.push_back(std::move(c));
}

}  // namespace parallax::annotate::claims
