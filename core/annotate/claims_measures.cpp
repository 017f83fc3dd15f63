// Whose a measurement is when the words next to it do not name it. News sizes things in two ways that put the
// name out of the figure's reach: an opening phrase ("Packing winds of 234 km/h, Yagi ...") whose figure is
// the main clause's subject's, and a generic noun ("the 2.6-mile bridge", "the 8.35-ton spacecraft") that
// stands for the one thing of that kind the article names.
#include "core/annotate/claims_measures.h"

#include <algorithm>

namespace parallax::annotate::claims {
namespace {

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// text[pos, ...) starts with `word` (case-insensitive) ending at a word boundary.
bool wordAt(std::string_view text, std::size_t pos, std::string_view word) {
    if (pos + word.size() > text.size()) return false;
    if (lowered(text.substr(pos, word.size())) != word) return false;
    return pos + word.size() == text.size() || !isAsciiLetter(text[pos + word.size()]);
}

/// The name's last word, lower case: "Francis Scott Key Bridge" -> "bridge".
std::string lastWord(std::string_view name) {
    std::size_t sp = name.find_last_of(' ');
    return lowered(sp == std::string_view::npos ? name : name.substr(sp + 1));
}

/// "the Dali, the massive cargo ship stranded ...": the name is set beside a noun phrase (an article and at most
/// three lower-case words) that ends with the noun.
bool appositive(std::string_view text, std::size_t end, const std::string& noun) {
    if (end + 2 >= text.size() || text.compare(end, 2, ", ") != 0) return false;
    std::size_t p = end + 2;
    bool article = false;
    for (std::string_view det : {"the ", "a ", "an "})
        if (text.compare(p, det.size(), det) == 0) {
            p += det.size();
            article = true;
            break;
        }
    if (!article) return false;
    for (int n = 0; n < 3 && p < text.size(); ++n) {
        std::size_t q = p;
        while (q < text.size() && (isAsciiLetter(text[q]) || text[q] == '-')) ++q;
        if (q == p || (text[p] >= 'A' && text[p] <= 'Z')) return false;
        if (lowered(text.substr(p, q - p)) == noun) return true;
        if (q >= text.size() || text[q] != ' ') return false;
        p = q + 1;
    }
    return false;
}

}  // namespace

std::optional<std::size_t> openingPhraseEnd(const SentenceView& s, std::size_t at) {
    if (s.lower.size() < 4) return std::nullopt;
    const std::string& first = s.lower[0];
    // A participle ("Packing", "Carrying", "Measuring") or "With"; not a name that happens to end in -ing
    // ("Beijing", "Xining"): a participle is followed by a lower-case word.
    const bool participle = first.size() > 4 && first.compare(first.size() - 3, 3, "ing") == 0 && s.lower.size() > 1 &&
                            !s.words[1].capital && !s.words[1].punct;
    // "In addition to the 40 gold medals, the Americans won ...", "Besides its 30 stores, Acme runs ...": what the
    // opening adds to is the main clause subject's too.
    const bool adding = first == "besides" ||
                        (s.lower.size() > 3 && ((first == "in" && s.lower[1] == "addition" && s.lower[2] == "to") ||
                                                (first == "on" && s.lower[1] == "top" && s.lower[2] == "of")));
    if (!participle && !adding && first != "with") return std::nullopt;
    for (std::size_t k = 1; k < s.lower.size() && k < 25; ++k) {
        if (s.lower[k] != ",") continue;
        if (k <= at) return std::nullopt;  // the figure is in the main clause
        return k;
    }
    return std::nullopt;
}

const Mention* mainClauseSubject(const SentenceView& s, std::size_t comma) {
    std::size_t k = comma + 1;
    if (k < s.lower.size() && (s.lower[k] == "the" || s.lower[k] == "a" || s.lower[k] == "an")) ++k;
    for (const Mention& m : s.mentions)
        if (m.first == k && m.kind != EntityKind::Person) return &m;
    return nullptr;
}

std::string namedThingOf(const Context& ctx, const std::string& noun) {
    if (noun.size() < 3) return {};
    std::string best;
    std::vector<std::string> names;
    for (const Entity& e : ctx.ann.entities) {
        if (e.kind == EntityKind::Person || e.span.end > ctx.text.size()) continue;
        const std::string name = e.canonical.empty() ? e.text : e.canonical;
        // "Francis Scott Key Bridge": a name whose last word is the noun; "the Chang'e 6 spacecraft": a name the
        // noun follows; "the spacecraft Chang'e 6", "the container ship Dali": a name the noun introduces.
        bool ends = name.find(' ') != std::string::npos && lastWord(name) == noun;
        bool followed = e.span.end < ctx.text.size() && ctx.text[e.span.end] == ' ' && wordAt(ctx.text, e.span.end + 1, noun);
        bool introduced = e.span.start > noun.size() + 1 && ctx.text[e.span.start - 1] == ' ' &&
                          wordAt(ctx.text, e.span.start - noun.size() - 1, noun) &&
                          !isAsciiLetter(ctx.text[e.span.start - noun.size() - 2]);
        if (!ends && !followed && !introduced && !appositive(ctx.text, e.span.end, noun)) continue;
        names.push_back(lowered(name));
        if (name.size() > best.size()) best = name;
    }
    // Every name found must be the longest one or a short form ending it ("Key Bridge" of "Francis Scott Key
    // Bridge"): two different bridges leave the noun generic.
    const std::string longest = lowered(best);
    for (const std::string& n : names) {
        const bool endsLongest = n.size() <= longest.size() && longest.compare(longest.size() - n.size(), n.size(), n) == 0 &&
                                 (n.size() == longest.size() || longest[longest.size() - n.size() - 1] == ' ');
        if (!endsLongest) return {};
    }
    return best;
}

std::string namedThingAfter(const Context& ctx, const SentenceView& s, std::size_t end) {
    for (std::size_t k = end; k < s.words.size() && k < end + 3; ++k) {
        if (s.words[k].punct || s.words[k].digit || s.words[k].capital) break;
        if (std::string named = namedThingOf(ctx, s.lower[k]); !named.empty()) return named;
    }
    return {};
}

std::string topicOfPrevious(const Context& ctx, const SentenceView& s, std::size_t end) {
    if (s.index <= 0 || static_cast<std::size_t>(s.index) > ctx.ann.sentences.size()) return {};
    const Span prev = ctx.ann.sentences[static_cast<std::size_t>(s.index) - 1].span;
    if (prev.end > ctx.text.size()) return {};
    // The words after the size ("spacecraft", "bridge collapsed"): one of them in the sentence before means that
    // sentence names another such thing ("struck a bridge").
    const std::string before = lowered(ctx.text.substr(prev.start, prev.size()));
    std::size_t words = 0;
    for (std::size_t k = end; k < s.words.size() && k < end + 3; ++k, ++words) {
        if (s.words[k].punct || s.words[k].digit || s.words[k].capital) break;
        const std::string& noun = s.lower[k];
        // The noun phrase ends at a verb or a preposition ("spacecraft was built", "bridge collapsed").
        const bool verb = noun.size() > 4 && noun.compare(noun.size() - 2, 2, "ed") == 0;
        if (noun.size() < 3 || verb ||
            std::string_view("|was|were|is|are|has|had|have|will|would|can|could|that|which|with|from|for|and|").find(
                "|" + noun + "|") != std::string_view::npos)
            break;
        for (std::size_t at = before.find(noun); at != std::string::npos; at = before.find(noun, at + 1)) {
            const bool starts = at == 0 || !isAsciiLetter(before[at - 1]);
            const std::size_t e = at + noun.size();
            if (starts && (e == before.size() || !isAsciiLetter(before[e]) || before[e] == 's')) return {};
        }
    }
    if (words == 0) return {};
    for (const Entity& e : ctx.ann.entities) {
        if (e.span.start < prev.start || e.span.end > prev.end) continue;
        // The first name, opening the sentence ("The Chang'e 6 mission ..."), and a thing.
        const std::string lead = lowered(ctx.text.substr(prev.start, e.span.start - prev.start));
        if (lead != "" && lead != "the ") return {};
        if (e.kind != EntityKind::Product && e.kind != EntityKind::Other) return {};
        return e.canonical.empty() ? e.text : e.canonical;
    }
    return {};
}

const MeasureInfo* gluedRowMeasure(const SentenceView& s, std::size_t at, Span figure, std::string_view text,
                                   const std::string& dimension) {
    if (at >= s.words.size() || figure.start <= s.words[at].span.start || figure.start > text.size()) return nullptr;
    std::string label = lowered(text.substr(s.words[at].span.start, figure.start - s.words[at].span.start));
    if (label == "weight") label = "mass";
    const MeasureInfo* m = measureLexicon().find(label);
    return m != nullptr && m->dimension == dimension ? m : nullptr;
}

std::string tableSubject(const Context& ctx) {
    // A title that is a name: at most four capitalised words ("MV Dali", "Chang'e 6"), not a headline.
    std::size_t words = 0;
    bool name = !ctx.title.empty() && ctx.title.size() <= 40;
    for (std::size_t i = 0; name && i < ctx.title.size(); ++i) {
        if (i > 0 && ctx.title[i - 1] != ' ') continue;
        if (ctx.title[i] == ' ') continue;
        ++words;
        const char c = ctx.title[i];
        name = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (name && words <= 4) return std::string(ctx.title);
    // Else the thing the page defines: the name that opens a sentence "X is a ..." ("MV Dali is a Neopanamax
    // container ship"), as a reference page's lead does.
    for (const Entity& e : ctx.ann.entities) {
        if (e.kind == EntityKind::Person || e.span.end + 6 > ctx.text.size()) continue;
        const bool opens = std::any_of(ctx.ann.sentences.begin(), ctx.ann.sentences.end(),
                                       [&](const Sentence& st) { return st.span.start == e.span.start; });
        if (!opens) continue;
        for (std::string_view cue : {" is a ", " is an ", " was a ", " was an "})
            if (ctx.text.compare(e.span.end, cue.size(), cue) == 0) return e.canonical.empty() ? e.text : e.canonical;
    }
    return {};
}

std::string relativeHead(const SentenceView& s, std::size_t clause, std::size_t at) {
    for (std::size_t k = at; k-- > clause + 2 && k + 25 > at;) {
        const std::string& w = s.lower[k];
        if (w != "that" && w != "that's" && w != "which" && w != "thats") continue;
        const std::string& det = s.lower[k - 2];
        if ((det == "a" || det == "an" || det == "the") && !s.words[k - 1].capital && !s.words[k - 1].punct &&
            !s.words[k - 1].digit)
            return s.lower[k - 1];
        return {};
    }
    return {};
}

bool capability(const SentenceView& s, std::size_t clause, std::size_t at) {
    for (std::size_t k = at > 6 ? std::max(clause, at - 6) : clause; k < at && k < s.lower.size(); ++k) {
        const std::string& w = s.lower[k];
        if (w == "can" || w == "could" || w == "capable" || w == "designed" || w == "rated") return true;
        if (k + 1 < at && (w == "top" || w == "maximum" || w == "max" || w == "service" || w == "design" || w == "cruising") &&
            s.lower[k + 1] == "speed")
            return true;
    }
    return false;
}

}  // namespace parallax::annotate::claims
