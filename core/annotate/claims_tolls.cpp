// Tolls told place by place, and figures shared by two names. Disaster news gives the dead town by town ("31
// people died in Wajima, 22 in Suzu"), and the count of one town is a fact of its own: it is that town's, not the
// disaster's whole toll, and the items after the first carry its measure without repeating it.
#include "core/annotate/claims_tolls.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace parallax::annotate::claims {
namespace {

/// A name that can be where people died: a place, or a name the gazetteer does not classify ("Wajima"); not a
/// person, a company or a product.
bool placeLike(const Mention& m) { return m.kind == EntityKind::Place || m.kind == EntityKind::Other; }

const Mention* mentionStarting(const SentenceView& s, std::size_t k) {
    for (const Mention& m : s.mentions)
        if (m.first == k) return &m;
    return nullptr;
}

/// The one place named right after "in" at word k: not a list of places that share the figure.
const Mention* placeAfterIn(const SentenceView& s, std::size_t k, std::size_t clauseTo) {
    if (k + 1 >= clauseTo || k + 1 >= s.lower.size() || s.lower[k] != "in") return nullptr;
    const Mention* m = mentionStarting(s, k + 1);
    if (m == nullptr || !placeLike(*m) || m->last > clauseTo) return nullptr;
    // "died in Israel's strikes", "injured in Ukraine fighting", "killed in Gaza City fires": the name says whose
    // event it was, not where the toll was counted.
    if (m->last < s.lower.size() &&
        (s.lower[m->last] == "'s" ||
         oneOf(s.lower[m->last], {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "crash", "fire", "fires",
                                  "war", "blast", "explosion", "bombing", "shooting", "storm", "floods", "flooding",
                                  "earthquake", "quake", "violence", "clashes", "raid", "raids", "fighting", "offensive"})))
        return nullptr;
    // "in Hakui and Shika", "in Wajima, Suzu and Nanao": the figure is the places' together.
    if (m->last + 1 < s.lower.size() && (s.lower[m->last] == "and" || s.lower[m->last] == "," || s.lower[m->last] == "or") &&
        mentionStarting(s, m->last + 1) != nullptr)
        return nullptr;
    return m;
}

}  // namespace

bool tollMeasure(const MeasureInfo& m) { return m.name == "deaths" || m.name == "injured" || m.name == "missing"; }

const Mention* tollPlace(const SentenceView& s, std::size_t from, std::size_t clauseTo) {
    // The toll's own words between the figure and "in": "31 people died in", "12 people were confirmed dead in".
    for (std::size_t k = from; k < clauseTo && k < s.lower.size() && k < from + 5; ++k) {
        if (s.lower[k] == "in") return placeAfterIn(s, k, clauseTo);
        if (!oneOf(s.lower[k], {"people", "persons", "residents", "civilians", "were", "was", "have", "has", "had", "been",
                                "are", "is", "died", "killed", "dead", "confirmed", "reported", "injured", "hurt",
                                "wounded", "missing"}))
            return nullptr;
    }
    return nullptr;
}

const Mention* tollListItem(const SentenceView& s, std::size_t numberWord, std::size_t end, std::size_t prevPlaceEnd,
                            std::size_t clauseTo) {
    if (numberWord == 0 || numberWord >= s.lower.size()) return nullptr;
    // ", 22 in Suzu", "and five in Nanao", ", and two in Anamizu", right after the item before.
    std::size_t k = numberWord - 1;
    if (s.lower[k] == "and" && k > 0 && s.lower[k - 1] == ",") --k;
    if (s.lower[k] != "," && s.lower[k] != "and") return nullptr;
    if (k != prevPlaceEnd) return nullptr;
    return placeAfterIn(s, end, clauseTo);
}

std::vector<std::string> eachOf(const SentenceView& s, std::size_t clause, std::size_t at, std::size_t end,
                                std::size_t clauseTo) {
    // "each" after the counted noun ("had 12 stores each"), before any punctuation.
    bool eachAfter = false;
    for (std::size_t k = end; k < clauseTo && k < s.lower.size() && k < end + 4 && !s.words[k].punct; ++k)
        eachAfter = eachAfter || s.lower[k] == "each";
    // The pair "A and B", the second name at most three words before the figure ("each have", "had", "each
    // reported"), with "each" right after it unless the counted noun has it.
    for (const Mention& b : s.mentions) {
        if (b.first < clause + 2 || b.last > at || at - b.last > 3) continue;
        if (s.lower[b.first - 1] != "and") continue;
        const Mention* a = nullptr;
        for (const Mention& m : s.mentions)
            if (m.last == b.first - 1 && m.first >= clause) a = &m;
        // Two names of one kind, or one the gazetteer does not classify ("Japan and Wajima" are two places).
        if (a == nullptr || a->name == b.name ||
            (a->kind != b.kind && a->kind != EntityKind::Other && b.kind != EntityKind::Other))
            continue;
        const bool eachBetween = b.last < at && s.lower[b.last] == "each";
        if (!eachBetween && !eachAfter) continue;
        // Nothing but a verb between the pair and the figure: no other name, no punctuation.
        bool plain = true;
        for (std::size_t k = b.last; k < at; ++k) plain = plain && !s.words[k].punct && !s.words[k].capital && !s.words[k].digit;
        if (plain) return {a->name, b.name};
    }
    return {};
}

}  // namespace parallax::annotate::claims
