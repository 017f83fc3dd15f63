// Folder-wide facts (issue 9, DESIGN.md "conflict"): what does not move with a story (when something was
// launched, founded or landed; what a thing is; a title; a specification; a figure of a period that has ended)
// is compared across the whole folder, between stories too. Within a story findConflicts already compared everything, so only pairs
// from different stories are judged here. Claims are bucketed by kind, attribute and the subject's key, so
// the work grows with the number of claims, never with the square of the folder.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/measures.h"
#include "core/conflict/assemble.h"
#include "core/conflict/detector.h"
#include "core/conflict/moments.h"
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
                   c.attribute == "landed" || c.attribute == "acquired" || timedMoment(c);
        case ClaimKind::Category: return true;
        case ClaimKind::Version: return c.attribute.rfind("struck in ", 0) == 0;  // what a craft hit in a dated accident
        case ClaimKind::Amount:
            return !c.frame.empty() && !c.frame.moves && c.frame.dimension != "currency" && c.frame.dimension != "%" &&
                   c.frame.stage.empty() && c.frame.period.empty();
        default: return false;
    }
}

/// The year a period names ("2024", "Q4 2024"), 0 when it names none ("Q4", "year-earlier").
int periodYear(const std::string& period) {
    if (period.size() < 4) return 0;
    const std::size_t at = period.size() - 4;
    if (at > 0 && period[at - 1] != ' ') return 0;
    int year = 0;
    for (std::size_t k = at; k < period.size(); ++k) {
        if (period[k] < '0' || period[k] > '9') return 0;
        year = year * 10 + (period[k] - '0');
    }
    return year;
}

/// A figure that moves (deliveries, revenue, a toll, a change in per cent) no longer does once its period has
/// ended: "deliveries fell 1.1% in 2024" said in 2025 is the year's result, the same in every story. Only a
/// reported figure counts: a forecast, an estimate, an earlier value, a preliminary figure or a running tally
/// ("so far", "going into") has a stage and stays within its story. A quarter's result is reported after the
/// quarter (one still under way is estimated or forecast, which the stage says). A whole year is a candidate
/// unless its article was written during it ("the US has 30 golds at Paris 2024" written during the Games is a
/// tally that still moves); closedYearPair then asks for a date showing the year had ended.
bool closedPeriodFigure(const Claim& c, const Article& a) {
    if (c.kind != ClaimKind::Amount || c.frame.empty() || stable(c) || !c.frame.stage.empty()) return false;
    const int year = periodYear(c.frame.period);
    if (year == 0) return false;
    const bool quarter = c.frame.period.size() > 2 && c.frame.period[0] == 'Q' && c.frame.period[2] == ' ';
    if (quarter) return true;
    if (c.frame.period.size() != 4) return false;  // a period this rule does not know how to close
    const bool dated = a.published && a.published->source != DateSource::File;
    return !dated || a.published->date.year > year;
}

/// Two figures of one whole year meet across stories when at least one of the articles was, by a date it states,
/// written after that year: a page without a date of its own may be read against it, two such pages may both be
/// from a year still running. The file's time proves nothing.
bool closedYearPair(const Side& a, const Side& b) {
    const std::string& period = a.claim.frame.period;
    if (period.size() != 4) return true;  // not a whole year: nothing more to show
    const int year = periodYear(period);
    auto after = [year](const Side& s) {
        const auto date = s.publishedGuessed ? std::nullopt : Date::parseIso(s.published);
        return date && date->year > year;
    };
    return after(a) || after(b);
}

/// A count that names nothing ("There were 22 crew members on board") is about what its article is about: it
/// meets an unnamed count of another story only through a name both articles keep coming back to.
bool unnamedCount(const Claim& c) {
    if (c.kind != ClaimKind::Amount || !c.subject.empty() || c.frame.dimension != "count" || !stable(c)) return false;
    const annotate::MeasureInfo* info = annotate::measureLexicon().find(c.frame.measure);
    return info == nullptr || !info->spec;  // a specification is compared only between figures that name their product
}

/// The names an article is about: said at least twice, not a place (where something happened says little about
/// which thing it is) and not a person (a crew or a seat count is no person's).
std::vector<std::string> topicNames(const Annotations& ann) {
    std::map<std::string, std::pair<int, std::string>> said;  // key -> (mentions, name as first written)
    for (const Entity& e : ann.entities) {
        if (e.kind == EntityKind::Place || e.kind == EntityKind::Person) continue;
        const std::string& name = e.canonical.empty() ? e.text : e.canonical;
        std::string key = subjectKey(name);
        if (key.empty()) continue;
        auto& entry = said[key];
        if (entry.first++ == 0) entry.second = name;
    }
    std::vector<std::string> out;
    for (const auto& [key, entry] : said)
        if (entry.first >= 2) out.push_back(entry.second);
    return out;
}

/// Distinct values compared per bucket at most: a name shared by thousands of claims is too vague a key.
constexpr std::size_t kMaxValuesPerBucket = 24;
constexpr int kMaxStoriesPerValue = 3;
/// Sentences of one story shown per value of a folder-wide flag (the first one is compared, the rest said the
/// same): every article of the story that says it, each with at most kMaxSentencesPerArticle sentences; the bound
/// keeps a value repeated by a very large story from listing all its pages.
constexpr std::size_t kMaxAlikeShown = 24;

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
    std::vector<bool> inferred;  // per side: the subject is the article's topic, not written by the claim
    for (const Article* a : articles) {
        if (a == nullptr) continue;
        auto it = annotations.find(a->id);
        if (it == annotations.end()) continue;
        std::vector<std::string> topics;
        bool topicsRead = false;
        for (const Claim& c : it->second.claims) {
            if ((!stable(c) && !closedPeriodFigure(c, *a)) || c.negated) continue;
            const bool unnamed = unnamedCount(c);
            if (c.subject.empty() && !unnamed) continue;
            if (unnamed && !topicsRead) {
                topics = topicNames(it->second);
                topicsRead = true;
            }
            auto cp = copiesOf.find(a->id);
            Side side = articleSide(c, *a, it->second, cp == copiesOf.end() ? -1 : cp->second);
            if (!unnamed) {
                sides.push_back(std::move(side));
                inferred.push_back(false);
                continue;
            }
            // One side per name the article is about: the count meets what other stories say of that name.
            for (const std::string& t : topics) {
                side.claim.subject = t;
                sides.push_back(side);
                inferred.push_back(true);
            }
        }
    }
    std::map<std::string, std::vector<std::size_t>> buckets;
    for (std::size_t i = 0; i < sides.size(); ++i) {
        const Claim& c = sides[i].claim;
        buckets[std::to_string(static_cast<int>(c.kind)) + "|" + annotate::lowerAscii(attributeBase(c.attribute)) + "|" +
                subjectKey(c.subject) + "|" + c.frame.period]  // a closed period's figure meets only the same period's
            .push_back(i);
    }
    const RuleContext ctx{annotate::claimLexicon().taxonomy, CurrencyTable::bundled(), sides};
    std::map<std::string, ConflictSet> sets;
    std::map<std::string, std::set<std::string>> storiesOf;  // per set: the stories its flags are between
    for (const auto& [key, members] : buckets) {
        // One side per (story, value), and at most three stories per value: the story's own comparison has judged
        // the rest, and a value said in three stories is flagged as well as if all were listed. This bounds the
        // pairs of a bucket by its distinct values, however many stories repeat them.
        std::vector<std::size_t> reps;
        std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> alike;  // (story, value) -> sides
        std::map<std::string, int> perValue;
        for (std::size_t i : members) {
            const Side& s = sides[i];
            std::vector<std::size_t>& same = alike[{storyOf[s.article], s.claim.value}];
            // The other articles of the story that say the same are shown as evidence too, and an article's other
            // sentences saying it; copies of one wire story count once.
            if (!same.empty()) {
                const auto ofArticle = std::count_if(same.begin(), same.end(), [&](std::size_t k) { return sides[k].article == s.article; });
                const bool copy = s.copies >= 0 && std::any_of(same.begin(), same.end(), [&](std::size_t k) {
                                      return sides[k].copies == s.copies && sides[k].article != s.article;
                                  });
                if (same.size() < kMaxAlikeShown && static_cast<std::size_t>(ofArticle) < kMaxSentencesPerArticle && !copy)
                    same.push_back(i);
                continue;
            }
            if (perValue[s.claim.value] >= kMaxStoriesPerValue) continue;
            same.push_back(i);
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
                if (!a.claim.frame.period.empty() && !closedYearPair(a, b)) continue;
                if (timedMoment(a.claim) && !momentDaysMeet(a, b)) continue;
                auto f = judge(a, b, ctx);
                if (!f) continue;
                // A subject read from what the article is about is a guess: worth a look, no more sure than that.
                if (inferred[reps[x]] || inferred[reps[y]]) {
                    f->severity = std::min(f->severity, Severity::Medium);
                    f->reason += " (" + std::string(inferred[reps[x]] && inferred[reps[y]] ? "neither figure names" : "one figure does not name") +
                                 " its subject: read as " + (inferred[reps[x]] ? a : b).claim.subject + "'s, the name its article is about)";
                }
                const Side& rarer = said[a.claim.value] <= said[b.claim.value] ? a : b;
                const std::string& story = storyOf[rarer.article];
                auto it = sets.try_emplace(story, story).first;
                storiesOf[story].insert(storyOf[a.article]);
                storiesOf[story].insert(storyOf[b.article]);
                for (std::size_t sa : alike[{storyOf[a.article], a.claim.value}])
                    for (std::size_t sb : alike[{storyOf[b.article], b.claim.value}]) it->second.add(*f, sides[sa], sides[sb]);
            }
        }
    }
    // Each flag shows the sentences in which the articles of its stories state one of its values without a claim.
    std::map<std::string, const Article*> byId;
    for (const Article* a : articles)
        if (a != nullptr) byId[a->id] = a;
    std::vector<Conflict> out;
    for (auto& [story, set] : sets) {
        const std::set<std::string>& involved = storiesOf[story];
        std::vector<const Article*> members;
        std::vector<std::vector<std::string>> duplicates;
        for (const Story& st : stories) {
            if (involved.count(st.id) == 0) continue;
            for (const std::string& id : st.articles)
                if (auto it = byId.find(id); it != byId.end()) members.push_back(it->second);
            duplicates.insert(duplicates.end(), st.duplicates.begin(), st.duplicates.end());
        }
        set.corroborate(members, annotations, duplicates);
        for (Conflict& c : set.take()) out.push_back(std::move(c));
    }
    return out;
}

}  // namespace parallax::conflict
