// What a thing is said to be ("Huawei's Ascend 910B AI chip", "the A100, a GPU", "X is an NPU") and who
// holds which job ("Tencent's chief AI scientist Yao Shunyu", "Tang Jie, founder of Zhipu AI").
#include <algorithm>

#include "core/annotate/claims_extract.h"

namespace parallax::annotate::claims {

namespace {

/// Nouns that turn a category word into a modifier: "chip maker", "GPU shortage", "model sizes".
bool compoundHead(const std::string& w) {
    static const std::vector<std::string> heads = {
        "maker", "makers", "manufacturer", "manufacturers", "market", "markets", "shortage", "shortages", "export",
        "exports", "restriction", "restrictions", "ban", "bans", "sales", "supply", "supplies", "design", "designer",
        "designers", "industry", "sector", "stock", "stocks", "shares", "business", "company", "companies",
        "startup", "startups", "war", "wars", "race", "giant", "giants", "firm", "firms", "technology", "tech",
        "capacity", "capabilities", "demand", "production", "architecture", "architectures", "developer",
        "developers", "sizes", "size", "training", "cluster", "clusters", "controls", "control", "curbs", "rules",
        "ecosystem", "maker's", "plant", "plants", "factory", "factories", "unit", "units", "division"};
    return std::find(heads.begin(), heads.end(), w) != heads.end();
}

bool canHaveCategory(const Mention& m) {
    return m.kind != EntityKind::Organization && m.kind != EntityKind::Person && m.kind != EntityKind::Place;
}

bool determiner(const std::string& w) { return w == "a" || w == "an" || w == "the" || w == "its" || w == "their"; }

bool copula(const std::string& w) {
    return w == "is" || w == "was" || w == "are" || w == "were" || w == "remains" || w == "becomes" || w == "became";
}

bool personLike(const Mention& m, const SentenceView& s) {
    if (m.kind == EntityKind::Person) return true;
    if (m.kind != EntityKind::Other) return false;
    // Without an entity annotator: a capitalised name of two or more words and no digits.
    if (m.last - m.first < 2) return false;
    for (std::size_t k = m.first; k < m.last; ++k) {
        if (s.words[k].digit) return false;
    }
    return true;
}

void addCategory(const Context& ctx, const SentenceView& s, const Mention& subject, std::size_t termAt,
                 std::size_t termEnd, int payload, std::vector<Claim>& out) {
    if (!canHaveCategory(subject)) return;
    Claim c = makeClaim(ClaimKind::Category, s);
    c.subject = subject.name;
    c.attribute = "category";
    c.value = ctx.lex.taxonomy.term(payload);
    c.text = wordsText(ctx.text, s, termAt, termEnd);
    c.valueSpan = wordsSpan(s, termAt, termEnd);
    std::size_t from = std::min(subject.first, termAt);
    c.negated = negatedIn(s, from, termAt);
    c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, from), termEnd);
    out.push_back(std::move(c));
}

}  // namespace

void extractCategories(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    const PhraseTable& terms = ctx.lex.taxonomy.phrases();
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        if (mentionAt(s, i) != nullptr) continue;  // a product name that contains a category word
        auto m = terms.match(s.lower, i);
        if (!m) continue;
        std::size_t end = i + m->length;
        if (end < s.words.size() && (compoundHead(s.lower[end]) || mentionAt(s, end) != nullptr) &&
            !(mentionAt(s, end) != nullptr && i > 0 && determiner(s.lower[i - 1]))) {
            i = end - 1;
            continue;
        }
        // (a) "Ascend 910B AI chip": the name right before the term. Not a plural: "H20 servers" are
        // servers built around the H20, not what the H20 is.
        bool plural = s.lower[end - 1].size() > 3 && s.lower[end - 1].back() == 's';
        if (i > 0 && !plural) {
            if (const Mention* named = mentionAt(s, i - 1); named != nullptr && named->last == i) {
                addCategory(ctx, s, *named, i, end, m->payload, out);
                i = end - 1;
                continue;
            }
        }
        // (b) "the A100, a GPU" and (c) "X is a GPU": a determiner and at most three modifiers before the term.
        std::size_t k = i;
        std::size_t modifiers = 0;
        while (k > 0 && !determiner(s.lower[k - 1]) && !s.words[k - 1].punct && modifiers < 3) {
            --k;
            ++modifiers;
        }
        if (k > 0 && determiner(s.lower[k - 1]) && k >= 2) {
            std::size_t link = k - 2;  // the word before the determiner
            // "X is reportedly not a CPU": step over negation and adverbs to the verb.
            while (link > 0 && (s.lower[link] == "not" || s.lower[link] == "also" || s.lower[link] == "still" ||
                                (s.lower[link].size() > 3 && s.lower[link].compare(s.lower[link].size() - 2, 2, "ly") == 0)))
                --link;
            if (s.lower[link] == "," || copula(s.lower[link])) {
                if (const Mention* named = link > 0 ? mentionAt(s, link - 1) : nullptr; named != nullptr && named->last == link) {
                    addCategory(ctx, s, *named, i, end, m->payload, out);
                    i = end - 1;
                    continue;
                }
            }
        }
        // (d) "the AI chip Ascend 910B", "an AI CPU, the Ascend 910B", "a GPU called A100".
        std::size_t after = end;
        if (after < s.words.size() && s.lower[after] == ",") ++after;
        if (after < s.words.size() && (s.lower[after] == "the" || s.lower[after] == "called" || s.lower[after] == "named" ||
                                       s.lower[after] == "dubbed"))
            ++after;
        if (const Mention* named = mentionAt(s, after); named != nullptr && named->first == after && i > 0 &&
                                                        (determiner(s.lower[k > 0 ? k - 1 : 0]) || after > end)) {
            bool codeLike = named->kind == EntityKind::Product;
            if (codeLike) addCategory(ctx, s, *named, i, end, m->payload, out);
        }
        i = end - 1;
    }
}

void extractRoles(const Context& ctx, const SentenceView& s, std::vector<Claim>& out) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        auto m = ctx.lex.roles.match(s.lower, i);
        if (!m) continue;
        if (mentionAt(s, i) != nullptr) continue;
        std::size_t end = i + m->length;
        const RoleTitle& role = ctx.lex.roleList[static_cast<std::size_t>(m->payload)];
        bool former = i > 0 && (s.lower[i - 1] == "former" || s.lower[i - 1] == "ex" || s.lower[i - 1] == "then");
        std::size_t titleStart = former ? i - 1 : i;
        // "former U.S. President", "former French prime minister": a country or organisation word between.
        if (!former && i > 1 && (s.lower[i - 2] == "former" || s.lower[i - 2] == "ex") && !s.words[i - 1].punct &&
            (s.words[i - 1].capital || s.lower[i - 1] == "u.s.")) {
            former = true;
            titleStart = i - 2;
        }
        // The organisation: "Tencent's chief AI scientist" or "founder of Zhipu AI".
        std::string org;
        if (titleStart >= 2 && s.lower[titleStart - 1] == "'s") {
            if (const Mention* o = mentionAt(s, titleStart - 2)) org = o->name;
        }
        if (org.empty() && end < s.words.size() &&
            (s.lower[end] == "at" || s.lower[end] == "of" || s.lower[end] == "for")) {
            if (const Mention* o = mentionAfter(s, end + 1, 3)) org = o->name;
        }
        // The person: "chief AI scientist Yao Shunyu", "Yao Shunyu, (a) (former) chief scientist",
        // "Yao Shunyu ... was named Tencent's chief AI scientist".
        const Mention* person = nullptr;
        if (const Mention* next = mentionAt(s, end); next != nullptr && next->first == end && personLike(*next, s)) {
            person = next;
        }
        if (person == nullptr && end + 1 < s.words.size() && s.lower[end] == ",") {
            if (const Mention* next = mentionAt(s, end + 1); next != nullptr && next->first == end + 1 && personLike(*next, s))
                person = next;
        }
        if (person == nullptr) {
            std::size_t k = titleStart;
            if (k > 0 && determiner(s.lower[k - 1])) --k;
            if (k > 0 && s.lower[k - 1] == ",") {
                if (const Mention* p = mentionAt(s, k - 2 < s.words.size() ? k - 2 : 0); p != nullptr && p->last == k - 1 && personLike(*p, s))
                    person = p;
            }
        }
        if (person == nullptr) {
            for (std::size_t k = clauseStart(s, i); k < i; ++k) {
                if (s.lower[k] != "named" && s.lower[k] != "appointed" && s.lower[k] != "promoted") continue;
                for (const Mention& p : s.mentions) {
                    if (p.last <= k && personLike(p, s)) person = &p;
                    if (p.last <= k && personLike(p, s)) break;  // the first person of the clause is the one named
                }
                break;
            }
        }
        if (person == nullptr) continue;
        Claim c = makeClaim(ClaimKind::Role, s);
        c.subject = person->name;
        c.attribute = former ? "former title" : "title";
        c.value = role.title;
        c.object = org;
        c.text = wordsText(ctx.text, s, titleStart, end);
        c.valueSpan = wordsSpan(s, titleStart, end);
        c.hedged = hedgedIn(s, ctx.lex, clauseStart(s, std::min(person->first, i)), end);
        out.push_back(std::move(c));
        i = end - 1;
    }
}

}  // namespace parallax::annotate::claims
