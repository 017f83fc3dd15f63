// Folder-wide facts (issue 9, DESIGN.md "conflict"): what does not move with a story (when something was
// launched, founded or landed; what a thing is; a title; a specification) is compared across the whole
// folder, between stories too. Within a story findConflicts already compared everything, so only pairs
// from different stories are judged here. Claims are bucketed by kind, attribute and the subject's key, so
// the work grows with the number of claims, never with the square of the folder.
#include <map>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/assemble.h"
#include "core/conflict/detector.h"
#include "core/conflict/period.h"
#include "core/conflict/rules.h"
#include "core/conflict/subject.h"

namespace parallax::conflict {
namespace {

/// Facts that hold whatever the day: the date of a one-off event, what a thing is, an office, a size.
bool stable(const Claim& c) {
    switch (c.kind) {
        case ClaimKind::Event:
            return c.attribute == "released" || c.attribute == "founded" || c.attribute == "listed" ||
                   c.attribute == "landed" || c.attribute == "acquired";
        case ClaimKind::Category: return true;
        case ClaimKind::Amount:
            return !c.frame.empty() && !c.frame.moves && c.frame.dimension != "currency" && c.frame.dimension != "%" &&
                   c.frame.stage.empty() && c.frame.period.empty();
        default: return false;
    }
}

/// Distinct values compared per bucket at most: a name shared by thousands of claims is too vague a key.
constexpr std::size_t kMaxValuesPerBucket = 24;
constexpr int kMaxStoriesPerValue = 3;

}  // namespace

std::vector<Conflict> findFolderConflicts(const std::vector<Story>& stories, const std::vector<const Article*>& articles,
                                          const std::map<std::string, Annotations>& annotations) {
    std::map<std::string, std::string> storyOf;
    std::map<std::string, int> copiesOf;
    int copySet = 0;
    for (const Story& s : stories) {
        for (const std::string& id : s.articles) storyOf.emplace(id, s.id);
        for (const auto& copies : s.duplicates) {
            for (const std::string& id : copies) copiesOf[id] = copySet;
            ++copySet;
        }
    }
    std::vector<Side> sides;
    for (const Article* a : articles) {
        if (a == nullptr) continue;
        auto it = annotations.find(a->id);
        if (it == annotations.end()) continue;
        for (const Claim& c : it->second.claims) {
            if (!stable(c) || c.subject.empty() || c.negated) continue;
            auto cp = copiesOf.find(a->id);
            sides.push_back(articleSide(c, *a, it->second, cp == copiesOf.end() ? -1 : cp->second));
        }
    }
    std::map<std::string, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < sides.size(); ++i) {
        const Claim& c = sides[i].claim;
        buckets[std::to_string(static_cast<int>(c.kind)) + "|" + annotate::lowerAscii(attributeBase(c.attribute)) + "|" +
                subjectKey(c.subject)]
            .push_back(i);
    }
    const RuleContext ctx{annotate::claimLexicon().taxonomy, CurrencyTable::bundled(), sides};
    std::map<std::string, ConflictSet> sets;
    for (const auto& [key, members] : buckets) {
        // One side per (story, value), and at most three stories per value: the story's own comparison has judged
        // the rest, and a value said in three stories is flagged as well as if all were listed. This bounds the
        // pairs of a bucket by its distinct values, however many stories repeat them.
        std::vector<std::size_t> reps;
        std::set<std::pair<std::string, std::string>> seen;
        std::map<std::string, int> perValue;
        for (std::size_t i : members) {
            const Side& s = sides[i];
            if (perValue[s.claim.value] >= kMaxStoriesPerValue) continue;
            if (!seen.insert({storyOf[s.article], s.claim.value}).second) continue;
            ++perValue[s.claim.value];
            reps.push_back(i);
        }
        std::set<std::string> values;
        for (const auto& [value, n] : perValue) values.insert(value);
        // How often each value is said in the folder: a flag belongs to the story of the rarer statement, the one
        // a reader most likely has to check, so that one slip against many stories is one flag.
        std::map<std::string, int> said;
        for (std::size_t i : members) ++said[sides[i].claim.value];
        if (values.size() < 2 || values.size() > kMaxValuesPerBucket) continue;
        for (std::size_t x = 0; x < reps.size(); ++x) {
            for (std::size_t y = x + 1; y < reps.size(); ++y) {
                const Side& a = sides[reps[x]];
                const Side& b = sides[reps[y]];
                if (storyOf[a.article] == storyOf[b.article] || a.claim.value == b.claim.value) continue;
                if (a.copies >= 0 && a.copies == b.copies) continue;
                auto f = judge(a, b, ctx);
                if (!f) continue;
                const Side& rarer = said[a.claim.value] <= said[b.claim.value] ? a : b;
                const std::string& story = storyOf[rarer.article];
                auto it = sets.try_emplace(story, story).first;
                it->second.add(*f, a, b);
            }
        }
    }
    std::vector<Conflict> out;
    for (auto& [story, set] : sets)
        for (Conflict& c : set.take()) out.push_back(std::move(c));
    return out;
}

}  // namespace parallax::conflict
