// Reference facts speak the user's words ("launched", "type", "NPU"); they are mapped onto the claim
// vocabulary (event classes, taxonomy terms, titles) with the same lexicons the extractors use.
#include "core/conflict/facts.h"

#include "core/annotate/claims_extract.h"
#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/conflict/amounts.h"

namespace parallax::conflict {

namespace {

std::vector<std::string> wordsOf(std::string_view s) {
    std::vector<std::string> out;
    for (const annotate::claims::Word& w : annotate::claims::splitWords(s, Span{0, s.size()})) out.push_back(w.lower);
    return out;
}

/// The lexicon entry covering all of `text` (not just a prefix of it).
std::optional<int> wholeMatch(const annotate::PhraseTable& table, std::string_view text) {
    std::vector<std::string> words = wordsOf(text);
    auto m = table.match(words, 0);
    if (!m || m->length != words.size()) return std::nullopt;
    return m->payload;
}

}  // namespace

std::optional<Side> factSide(const ReferenceFact& fact) {
    const annotate::ClaimLexicon& lex = annotate::claimLexicon();
    Side s;
    s.article = "reference";
    s.factLine = fact.subject + "\t" + fact.attribute + "\t" + fact.value + (fact.source.empty() ? "" : "\t" + fact.source);
    Claim& c = s.claim;
    c.subject = fact.subject;
    c.value = fact.value;
    c.text = fact.value;
    std::string attr = annotate::lowerAscii(fact.attribute);
    if (auto ev = wholeMatch(lex.eventVerbs, attr)) {
        c.kind = ClaimKind::Event;
        c.attribute = lex.eventClasses[static_cast<std::size_t>(*ev)];
        return s;
    }
    if (attr == "category" || attr == "type" || attr == "kind" || attr == "is a" || attr == "class") {
        std::string term = lex.taxonomy.canonical(fact.value);
        if (term.empty()) return std::nullopt;
        c.kind = ClaimKind::Category;
        c.attribute = "category";
        c.value = term;
        return s;
    }
    if (attr == "title" || attr == "role" || attr == "position" || attr == "job") {
        auto role = wholeMatch(lex.roles, fact.value);
        if (!role) return std::nullopt;
        c.kind = ClaimKind::Role;
        c.attribute = "title";
        c.value = lex.roleList[static_cast<std::size_t>(*role)].title;
        return s;
    }
    if (attr.rfind("rank", 0) == 0) {
        annotate::claims::FamilyVersion fv = annotate::claims::splitVersion(fact.subject);
        c.kind = ClaimKind::Version;
        c.attribute = attr;
        c.subject = fv.family;
        c.value = fv.version.empty() ? annotate::lowerAscii(fact.value) : fv.version;
        return s;
    }
    if (parseAmount(fact.value)) {
        c.kind = ClaimKind::Amount;
        c.attribute = attr;
        return s;
    }
    return std::nullopt;
}

}  // namespace parallax::conflict
