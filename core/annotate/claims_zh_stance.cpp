// Chinese stances ("中国与美国的差距正在缩小") and performance comparisons ("X的性能优于Y"), with the same
// dimensions, directions and values as antonyms.txt, so they meet the English ones.
#include <algorithm>

#include "core/annotate/claims_extract.h"
#include "core/annotate/zh_text.h"

namespace parallax::annotate::claims {

namespace {

std::size_t clauseFrom(std::string_view text, std::size_t from, std::size_t at) {
    std::size_t begin = from;
    for (std::size_t i = from; i < at && i < text.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        i += len;
        if (zh::isClauseBreak(c) && c != U'、') begin = i;
    }
    return begin;
}

std::size_t clauseTo(std::string_view text, std::size_t at, std::size_t to) {
    for (std::size_t i = at; i < to && i < text.size();) {
        std::size_t len = 1;
        char32_t c = zh::decodeAt(text, i, len);
        if (zh::isClauseBreak(c) && c != U'、') return i;
        i += len;
    }
    return to;
}

std::string nameOf(const Entity& e) { return e.canonical.empty() ? e.text : e.canonical; }

/// Who speaks in the sentence: a name right before a speech verb ("张伟表示", "英伟达称"); empty for
/// the outlet's own voice.
std::string zhSpeaker(const Context& ctx, const SentenceView& s) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    for (const zh::CueHit& v : lex.find(ctx.text, s.span.start, s.span.end, "speech")) {
        for (const Entity& e : ctx.ann.entities)
            if (e.span.end == v.start && e.kind != EntityKind::Place) return nameOf(e);
        if (std::string name = zh::personNameBefore(ctx.text, v.start, s.span.start); !name.empty()) return name;
    }
    return {};
}

}  // namespace

void extractChineseRankings(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    for (const zh::CueHit& h : lex.find(text, s.span.start, s.span.end, "rank")) {
        std::size_t clause = clauseFrom(text, s.span.start, h.start);
        // The ranked product: the nearest versioned product before the cue; the venue: a name after "在"
        const Entity* subject = nullptr;
        std::string venue;
        for (const Entity& e : ctx.ann.entities) {
            if (e.span.start < clause || e.span.end > h.start) continue;
            bool inVenue = e.span.start >= 3 && text.compare(e.span.start - 3, 3, "在") == 0;
            if (inVenue && e.kind != EntityKind::Product) venue = nameOf(e);
            else if (e.kind == EntityKind::Product && !splitVersion(nameOf(e)).version.empty()) subject = &e;
        }
        if (subject == nullptr) continue;
        FamilyVersion fv = splitVersion(nameOf(*subject));
        Claim c = makeClaim(ClaimKind::Version, s);
        c.subject = fv.family;
        c.attribute = h.cue->cls + (venue.empty() ? "" : " on " + venue);
        c.value = fv.version;
        c.text = subject->text;
        c.valueSpan = subject->span;
        c.negated = lex.any(text, subject->span.end, h.start, "negation");
        c.hedged = lex.any(text, clause, h.start, "hedge");
        out.push_back(std::move(c));
    }
}

void extractChineseStances(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const zh::CueLexicon& lex = zh::cueLexicon();
    std::string_view text = ctx.text;
    for (std::string_view kind : {"stance", "compare"}) {
        for (const zh::CueHit& h : lex.find(text, s.span.start, s.span.end, kind)) {
            std::size_t clause = clauseFrom(text, s.span.start, h.start);
            std::size_t end = clauseTo(text, h.end, s.span.end);
            bool stance = kind == "stance";
            // The parties: names before the cue in its clause (the first is the subject); for a comparison the
            // object is the first name after the cue.
            std::vector<const Entity*> before;
            const Entity* after = nullptr;
            for (const Entity& e : ctx.ann.entities) {
                if (e.kind == EntityKind::Person || (stance && e.kind == EntityKind::Product)) continue;
                if (e.span.start >= clause && e.span.end <= h.start) before.push_back(&e);
                if (after == nullptr && e.span.start >= h.end && e.span.end <= end) after = &e;
            }
            if (before.empty()) continue;
            const Entity* subject = before.front();
            const Entity* object = stance ? (before.size() > 1 ? before[1] : nullptr) : after;
            if (!stance && (object == nullptr || nameOf(*object) == nameOf(*subject))) continue;
            Claim c = makeClaim(stance ? ClaimKind::Stance : ClaimKind::Comparison, s);
            c.subject = nameOf(*subject);
            c.object = object != nullptr ? nameOf(*object) : std::string{};
            const std::string& cls = h.cue->cls;
            std::size_t slash = cls.find('/');
            c.attribute = stance ? cls.substr(0, slash) : "performance";
            c.value = stance ? (slash == std::string::npos ? cls : cls.substr(slash + 1)) : cls;
            bool negated = lex.any(text, std::max(clause, h.start >= 9 ? h.start - 9 : 0), h.start, "negation");
            if (negated && !stance) c.value = c.value == "better" ? "not better" : c.value == "worse" ? "not worse" : "worse";
            c.negated = negated;
            c.text = std::string(text.substr(h.start, h.end - h.start));
            c.valueSpan = {h.start, h.end};
            c.hedged = lex.any(text, clause, h.start, "hedge");
            c.speaker = zhSpeaker(ctx, s);
            out.push_back(std::move(c));
        }
    }
}

}  // namespace parallax::annotate::claims
