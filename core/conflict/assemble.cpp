// Conflict assembly. Merging by (subject, attribute, value pair) keeps one flag per disagreement however
// many sources repeat it; the id hashes the evidence so that a user's verdict stays attached across runs.
#include "core/conflict/assemble.h"
#include "core/util/hash.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>

#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/corroborate.h"
#include "core/conflict/period.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {

std::string stableHash(std::string_view text) { return fnv1a64Hex(text); }

Evidence evidenceOf(const Side& s) {
    Evidence e;
    e.article = s.article;
    e.value = s.claim.value;
    if (s.reference()) {
        e.text = s.factLine;
        return e;
    }
    e.span = s.claim.span;
    if (e.span.end > s.source->text.size()) e.span.end = s.source->text.size();
    e.text = s.source->text.substr(e.span.start, e.span.size());
    return e;
}

namespace {

std::string pairKey(const std::string& a, const std::string& b) { return a < b ? a + "\x1f" + b : b + "\x1f" + a; }

bool sameEvidence(const Evidence& a, const Evidence& b) {
    return a.article == b.article && a.span == b.span && (a.article != "reference" || a.text == b.text);
}

Scope scopeOf(const std::vector<Evidence>& evidence) {
    bool reference = std::any_of(evidence.begin(), evidence.end(), [](const Evidence& ev) { return ev.article == "reference"; });
    bool oneArticle = std::all_of(evidence.begin(), evidence.end(),
                                  [&](const Evidence& ev) { return ev.article == evidence.front().article; });
    return reference ? Scope::Reference : oneArticle ? Scope::Internal : Scope::CrossSource;
}

/// A proper name ("Hanxin Robotics") beats a phrase around one ("Shares of Hanxin Robotics"); then the longer.
bool properName(const std::string& name) {
    bool start = true;
    for (char c : name) {
        if (start && std::islower(static_cast<unsigned char>(c)) != 0) return false;
        start = c == ' ';
    }
    return true;
}

std::string betterName(const std::string& a, const std::string& b) {
    if (properName(a) != properName(b)) return properName(a) ? a : b;
    return a.size() >= b.size() ? a : b;
}

void mergeEvidence(std::vector<Evidence>& into, const Evidence& e) {
    if (std::none_of(into.begin(), into.end(), [&](const Evidence& x) { return sameEvidence(x, e); })) into.push_back(e);
}

}  // namespace

void ConflictSet::add(const Finding& finding, const Side& a, const Side& b) {
    std::string valueKey = a.claim.kind == ClaimKind::Quote ? pairKey(subjectKey(a.claim.speaker), subjectKey(b.claim.speaker))
                                                           : pairKey(a.claim.value, b.claim.value);
    // The reference fact names the subject best; otherwise the longer of the two names.
    std::string subject = a.reference() ? a.claim.subject
                          : b.reference() ? b.claim.subject
                          : betterName(a.claim.subject, b.claim.subject);
    if (a.claim.kind == ClaimKind::Quote) subject = a.claim.speaker + " / " + b.claim.speaker;
    // One flag per disagreement: "revenue" and "revenue [2024]" are one measure once they are compared
    Entry& e = m_entries[put(finding, subject, attributeBase(a.claim.attribute), {evidenceOf(a), evidenceOf(b)}, valueKey)];
    if (a.claim.kind == ClaimKind::Quote) return;
    for (const Side* s : {&a, &b})
        if (!s->reference()) e.sides.try_emplace(s->claim.value, *s);
}

void ConflictSet::add(const Finding& finding, const std::string& subject, const std::string& attribute,
                      const std::vector<Evidence>& evidence, const std::string& valueKey) {
    put(finding, subject, attribute, evidence, valueKey);
}

std::size_t ConflictSet::put(const Finding& finding, const std::string& subject, const std::string& attribute,
                             const std::vector<Evidence>& evidence, const std::string& valueKey) {
    std::string attr = annotate::lowerAscii(attribute);
    // One conflict per scope as well: "against your facts", "between sources" and "inside one article" are
    // different things to check, even for the same pair of values.
    const Scope scope = scopeOf(evidence);
    std::vector<std::size_t>& candidates = m_byKey[std::to_string(static_cast<int>(finding.type)) + '\x1f' + attr + '\x1f' +
                                                   valueKey + '\x1f' + std::to_string(static_cast<int>(scope))];
    for (std::size_t index : candidates) {
        Entry& e = m_entries[index];
        Conflict& c = e.conflict;
        if (c.type != finding.type || annotate::lowerAscii(c.attribute) != attr || e.valueKey != valueKey || e.scope != scope)
            continue;
        // Unnamed figures of one story ("174 passengers") are that story's own: one subject.
        bool same = finding.type == ConflictType::Speaker ? c.subject == subject
                                                          : (c.subject.empty() && subject.empty()) || sameSubject(c.subject, subject);
        if (!same) continue;
        for (const Evidence& ev : evidence) mergeEvidence(c.evidence, ev);
        if (finding.severity > c.severity) {
            c.severity = finding.severity;
            c.reason = finding.reason;
        }
        if (c.cause.empty()) c.cause = finding.cause;
        if (finding.type != ConflictType::Speaker) c.subject = betterName(c.subject, subject);
        return index;
    }
    Entry e;
    e.valueKey = valueKey;
    e.scope = scope;
    e.conflict.story = m_story;
    e.conflict.type = finding.type;
    e.conflict.severity = finding.severity;
    e.conflict.subject = subject;
    e.conflict.attribute = attribute;
    e.conflict.reason = finding.reason;
    e.conflict.cause = finding.cause;
    for (const Evidence& ev : evidence) mergeEvidence(e.conflict.evidence, ev);
    candidates.push_back(m_entries.size());
    m_entries.push_back(std::move(e));
    return m_entries.size() - 1;
}

void ConflictSet::corroborate(const std::vector<const Article*>& articles, const std::map<std::string, Annotations>& annotations,
                              const std::vector<std::vector<std::string>>& duplicates) {
    auto copySetOf = [&](const std::string& id) {
        for (std::size_t i = 0; i < duplicates.size(); ++i)
            if (std::find(duplicates[i].begin(), duplicates[i].end(), id) != duplicates[i].end()) return static_cast<int>(i);
        return -1;
    };
    for (Entry& e : m_entries) {
        if (e.scope != Scope::CrossSource || e.sides.size() != 2) continue;
        // What each article already shows: its values, its sentences, and the copy sets that are shown.
        std::map<std::string, std::set<std::string>> values;
        std::map<std::string, std::vector<Span>> spans;
        std::set<int> copiesShown;
        for (const Evidence& ev : e.conflict.evidence) {
            values[ev.article].insert(ev.value);
            spans[ev.article].push_back(ev.span);
            if (int set = copySetOf(ev.article); set >= 0) copiesShown.insert(set);
        }
        for (const Article* a : articles) {
            if (a == nullptr) continue;
            auto ann = annotations.find(a->id);
            if (ann == annotations.end()) continue;
            const std::set<std::string>& own = values[a->id];
            if (own.size() > 1) continue;
            // Copies of one wire story are one source: a copy of a shown article adds nothing.
            const int set = copySetOf(a->id);
            if (own.empty() && set >= 0 && copiesShown.count(set) != 0) continue;
            std::map<std::string, std::vector<Span>> found;
            for (const auto& [value, side] : e.sides) {
                if (!own.empty() && own.count(value) == 0) continue;
                for (const Span& s : sentencesStating(side, *a, ann->second)) {
                    const std::vector<Span>& shown = spans[a->id];
                    if (std::none_of(shown.begin(), shown.end(), [&](const Span& x) { return x.overlaps(s); })) found[value].push_back(s);
                }
            }
            if (found.size() != 1) continue;  // none, or both values: not clear which one the article says
            const auto& [value, sentences] = *found.begin();
            std::size_t room = kMaxSentencesPerArticle - std::min(kMaxSentencesPerArticle, spans[a->id].size());
            for (const Span& s : sentences) {
                if (room == 0) break;
                --room;
                e.also.push_back(Evidence{a->id, s, a->text.substr(s.start, s.size()), value});
            }
            if (set >= 0) copiesShown.insert(set);
        }
    }
}

std::vector<Conflict> ConflictSet::take() {
    std::vector<Conflict> out;
    for (Entry& e : m_entries) {
        Conflict c = std::move(e.conflict);
        c.scope = e.scope;
        std::vector<std::string> parts;
        for (const Evidence& ev : c.evidence) {
            parts.push_back(ev.article + "@" + std::to_string(ev.span.start) + "-" + std::to_string(ev.span.end) +
                            (ev.article == "reference" ? ":" + ev.text : ""));
        }
        std::sort(parts.begin(), parts.end());
        std::string seed = std::string(toString(c.type)) + "|" + subjectKey(c.subject);
        for (const std::string& p : parts) seed += "|" + p;
        c.id = "c" + stableHash(seed);
        for (Evidence& ev : e.also) c.evidence.push_back(std::move(ev));
        // A few sentences of one article per value: the first ones judged, then those that state it without a claim.
        std::map<std::pair<std::string, std::string>, std::size_t> rows;
        c.evidence.erase(std::remove_if(c.evidence.begin(), c.evidence.end(),
                                        [&](const Evidence& ev) { return ++rows[{ev.article, ev.value}] > kMaxSentencesPerArticle; }),
                         c.evidence.end());
        // One article's rows together, in the order the articles first appear (its judged sentence first).
        std::vector<std::string> order;
        for (const Evidence& ev : c.evidence)
            if (std::find(order.begin(), order.end(), ev.article) == order.end()) order.push_back(ev.article);
        std::stable_sort(c.evidence.begin(), c.evidence.end(), [&](const Evidence& x, const Evidence& y) {
            return std::find(order.begin(), order.end(), x.article) < std::find(order.begin(), order.end(), y.article);
        });
        out.push_back(std::move(c));
    }
    std::stable_sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        if (a.type != b.type) return a.type < b.type;
        if (a.subject != b.subject) return a.subject < b.subject;
        return a.id < b.id;
    });
    m_entries.clear();
    m_byKey.clear();
    return out;
}

}  // namespace parallax::conflict
