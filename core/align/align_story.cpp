#include <algorithm>
#include <unordered_map>

#include "core/align/aligner.h"
#include "core/align/pair_scorer.h"
#include "core/align/stories.h"

namespace parallax::align {
namespace {

constexpr std::size_t kLabelBytes = 110;
// A story of up to this many sentence units is aligned exhaustively. In a larger one a posting list longer
// than kFullList is only walked in a band around each unit, and refineGroups tries only the sentences that
// were a candidate of a group's members: both keep the work per sentence bounded, so a story of a thousand
// articles costs about a thousand times one article, not a million. (Below this size neither ever applies:
// a list longer than units/4 is no key at all, and units/4 <= kFullList.)
constexpr std::size_t kFullList = 150;
constexpr std::size_t kExhaustiveUnits = 4 * kFullList;

struct Pair {
    double sim = 0;
    std::size_t a = 0;
    std::size_t b = 0;
};

/// Pairs of sentences from different articles that share at least two terms, with their cosine when
/// it reaches `threshold`. Terms found in a large share of the story's sentences are no index keys.
/// A key held by more than kFullList sentences (the story's own names and figures in a large story) links
/// a sentence only to those next to it in the key's posting list (units are in article order, so: to the
/// neighbouring articles); the greedy grouping then chains a fact's sentences across the bands.
std::vector<Pair> candidatePairs(const std::vector<SentenceUnit>& units, double threshold) {
    PairScorer scorer(units);
    std::unordered_map<TermId, std::vector<std::size_t>> postings;
    for (std::size_t u = 0; u < units.size(); ++u)
        for (auto k : units[u].keys) postings[k].push_back(u);
    const std::size_t cap = std::max<std::size_t>(40, units.size() / 4);
    constexpr std::size_t kWindow = kFullList / 2;
    std::vector<std::uint32_t> shared(units.size(), 0);
    std::vector<std::size_t> touched;
    std::vector<Pair> pairs;
    for (std::size_t u = 0; u < units.size(); ++u) {
        touched.clear();
        for (auto k : units[u].keys) {
            const auto& list = postings[k];
            if (list.size() > cap) continue;
            auto from = list.begin();
            auto to = list.end();
            if (list.size() > kFullList) {  // lists are in unit order: u meets the kWindow units after it
                from = std::lower_bound(list.begin(), list.end(), u);
                to = from + static_cast<std::ptrdiff_t>(std::min<std::size_t>(kWindow + 1, list.end() - from));
            }
            for (auto it = from; it != to; ++it) {
                const auto v = *it;
                if (v > u && units[v].article != units[u].article && shared[v]++ == 0) touched.push_back(v);
            }
        }
        bool selected = false;
        for (auto v : touched) {
            if (shared[v] >= 2) {
                if (!selected) scorer.select(u);
                selected = true;
                double sim = scorer.similarity(v);
                if (sim >= threshold) pairs.push_back(Pair{sim, u, v});
            }
            shared[v] = 0;
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        if (x.sim != y.sim) return x.sim > y.sim;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return pairs;
}

/// Greedy grouping, strongest pairs first, keeping at most one sentence per article. A sentence joins
/// a group (or two groups merge) only when it is close to the group on average, so that a chain of
/// loosely similar sentences does not become one "fact".
std::vector<std::vector<std::size_t>> groupUnits(const std::vector<SentenceUnit>& units, const std::vector<Pair>& pairs,
                                                 double joinThreshold) {
    std::vector<long> groupOf(units.size(), -1);
    std::vector<std::vector<std::size_t>> groups;
    auto hasArticle = [&](const std::vector<std::size_t>& g, std::size_t article) {
        return std::any_of(g.begin(), g.end(), [&](std::size_t m) { return units[m].article == article; });
    };
    auto averageSim = [&](const std::vector<std::size_t>& x, const std::vector<std::size_t>& y) {
        double sum = 0;
        for (auto i : x)
            for (auto j : y) sum += sentenceSimilarity(units[i], units[j]);
        return sum / static_cast<double>(x.size() * y.size());
    };
    for (const Pair& p : pairs) {
        long ga = groupOf[p.a];
        long gb = groupOf[p.b];
        if (ga < 0 && gb < 0) {
            groupOf[p.a] = groupOf[p.b] = static_cast<long>(groups.size());
            groups.push_back({p.a, p.b});
        } else if (ga >= 0 && gb >= 0) {
            if (ga == gb) continue;
            auto& x = groups[static_cast<std::size_t>(ga)];
            auto& y = groups[static_cast<std::size_t>(gb)];
            bool disjoint = std::none_of(y.begin(), y.end(), [&](std::size_t m) { return hasArticle(x, units[m].article); });
            if (!disjoint || averageSim(x, y) < joinThreshold) continue;
            for (auto m : y) {
                groupOf[m] = ga;
                x.push_back(m);
            }
            y.clear();
        } else {
            std::size_t loose = ga < 0 ? p.a : p.b;
            long g = ga < 0 ? gb : ga;
            auto& members = groups[static_cast<std::size_t>(g)];
            if (hasArticle(members, units[loose].article) || averageSim(members, {loose}) < joinThreshold) continue;
            groupOf[loose] = g;
            members.push_back(loose);
        }
    }
    groups.erase(std::remove_if(groups.begin(), groups.end(), [](const auto& g) { return g.size() < 2; }), groups.end());
    return groups;
}

/// Greedy pairing sees one pair at a time; this pass looks at each group as a whole: an article's
/// member is swapped for a free sentence of the same article that fits the rest of the group better,
/// and an article without a member gains the free sentence that fits when it fits well enough.
void refineGroups(const std::vector<SentenceUnit>& units, const std::vector<Pair>& pairs,
                  std::vector<std::vector<std::size_t>>& groups, double joinThreshold) {
    std::vector<bool> used(units.size(), false);
    for (const auto& g : groups)
        for (auto m : g) used[m] = true;
    std::size_t articleCount = 0;
    for (const auto& u : units) articleCount = std::max(articleCount, u.article + 1);
    // Each article's sentences, so that a group looks only at the article's own sentences: scanning
    // every unit for every (group, article) made a story of n articles cost n^3.
    std::vector<std::vector<std::size_t>> unitsOf(articleCount);
    for (std::size_t u = 0; u < units.size(); ++u) unitsOf[units[u].article].push_back(u);
    auto fit = [&](std::size_t candidate, const std::vector<std::size_t>& g, std::size_t skipArticle) {
        double sum = 0;
        std::size_t n = 0;
        for (auto m : g)
            if (units[m].article != skipArticle) {
                sum += sentenceSimilarity(units[candidate], units[m]);
                ++n;
            }
        return n ? sum / static_cast<double>(n) : 0.0;
    };
    // In a large story a group tries only the sentences that were a candidate pair of one of its members
    // (the others share too little with it to fit), by article in the same order as the full scan.
    const bool exhaustive = units.size() <= kExhaustiveUnits;
    std::vector<std::vector<std::size_t>> partners(exhaustive ? 0 : units.size());
    for (const Pair& p : pairs)
        if (!exhaustive) {
            partners[p.a].push_back(p.b);
            partners[p.b].push_back(p.a);
        }
    std::vector<std::size_t> articles;
    std::vector<std::vector<std::size_t>> near(exhaustive ? 0 : articleCount);
    for (auto& g : groups) {
        articles.clear();
        if (exhaustive) {
            for (std::size_t a = 0; a < articleCount; ++a) articles.push_back(a);
        } else {
            for (auto m : g) {
                articles.push_back(units[m].article);
                for (auto v : partners[m]) {
                    if (near[units[v].article].empty()) articles.push_back(units[v].article);
                    near[units[v].article].push_back(v);
                }
            }
            std::sort(articles.begin(), articles.end());
            articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
            for (auto a : articles) {
                std::sort(near[a].begin(), near[a].end());
                near[a].erase(std::unique(near[a].begin(), near[a].end()), near[a].end());
            }
        }
        for (std::size_t a : articles) {
            auto mine = std::find_if(g.begin(), g.end(), [&](std::size_t m) { return units[m].article == a; });
            if (mine != g.end() && g.size() <= 2) continue;  // a pair has nothing else to be measured against
            double best = mine != g.end() ? fit(*mine, g, a) + 0.02 : joinThreshold;
            std::size_t bestUnit = units.size();
            for (auto u : exhaustive ? unitsOf[a] : near[a]) {
                if (used[u]) continue;
                double f = fit(u, g, a);
                if (f > best) {
                    best = f;
                    bestUnit = u;
                }
            }
            if (bestUnit == units.size()) continue;
            used[bestUnit] = true;
            if (mine != g.end()) {
                used[*mine] = false;
                *mine = bestUnit;
            } else {
                g.push_back(bestUnit);
            }
        }
        if (!exhaustive)
            for (auto a : articles) near[a].clear();
    }
}

void orderGroups(const std::vector<SentenceUnit>& units, std::vector<std::vector<std::size_t>>& groups) {
    for (auto& g : groups)
        std::sort(g.begin(), g.end(), [&](std::size_t x, std::size_t y) {
            return units[x].article != units[y].article ? units[x].article < units[y].article : units[x].order < units[y].order;
        });
    std::sort(groups.begin(), groups.end(), [&](const auto& x, const auto& y) {
        if (x.size() != y.size()) return x.size() > y.size();
        const auto& fx = units[x.front()];
        const auto& fy = units[y.front()];
        return fx.article != fy.article ? fx.article < fy.article : fx.order < fy.order;
    });
}

/// The first words of a sentence, cut at a word boundary and never inside a UTF-8 character.
std::string shortLabel(std::string_view s) {
    if (s.size() <= kLabelBytes) return std::string(s);
    std::size_t cut = kLabelBytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    if (auto space = s.rfind(' ', cut); space != std::string_view::npos && space > kLabelBytes / 2) cut = space;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";  // ellipsis
}

}  // namespace

Alignment alignStory(const Story& story, const std::vector<const Article*>& articles,
                     const std::map<std::string, Annotations>& annotations) {
    return alignStory(story, articles, annotations, AlignOptions{});
}

Alignment alignStory(const Story& story, const std::vector<const Article*>& articles,
                     const std::map<std::string, Annotations>& annotations, const AlignOptions& options) {
    Alignment out;
    std::vector<SentenceUnit> units = sentenceUnits(articles, annotations);
    auto pairs = candidatePairs(units, options.threshold);
    auto groups = groupUnits(units, pairs, options.threshold * options.joinFactor);
    refineGroups(units, pairs, groups, options.threshold * options.joinFactor);
    orderGroups(units, groups);

    // Every group's coverage row starts as "omits" for every article: copied from one row (a copy of a map
    // is linear), not inserted article by article.
    std::map<std::string, Coverage> omitsAll;
    for (const Article* a : articles)
        if (a) omitsAll.emplace(a->id, Coverage::Omits);
    for (const auto& members : groups) {
        Group g;
        g.id = story.id + "-g" + std::to_string(out.groups.size() + 1);
        g.story = story.id;
        std::size_t central = members.front();
        double best = -1;
        for (auto m : members) {
            double sum = 0;
            for (auto o : members) sum += o == m ? 0 : sentenceSimilarity(units[m], units[o]);
            if (sum > best) {
                best = sum;
                central = m;
            }
        }
        auto& coverage = out.coverage[g.id];
        coverage = omitsAll;
        for (auto m : members) {
            const Article& a = *articles[units[m].article];
            std::string text = a.text.substr(units[m].span.start, units[m].span.size());
            if (m == central) g.label = shortLabel(text);
            g.members.push_back(GroupMember{a.id, units[m].span, std::move(text)});
            coverage[a.id] = Coverage::States;
        }
        out.groups.push_back(std::move(g));
    }
    return out;
}

}  // namespace parallax::align
