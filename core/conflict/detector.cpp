// Conflict detection over one story: every claim is paired with the others on the same attribute (and
// with the reference facts), judged by rules.cpp, and the findings are merged into ranked conflicts.
#include "core/conflict/detector.h"
#include "core/conflict/glosses.h"
#include "core/conflict/period.h"

#include <fstream>
#include <sstream>

#include "core/annotate/claims_lexicon.h"
#include "core/conflict/amounts.h"
#include "core/conflict/arithmetic.h"
#include "core/conflict/internal_members.h"
#include "core/conflict/internal_nicknames.h"
#include "core/conflict/internal_ordinals.h"
#include "core/conflict/name_spellings.h"
#include "core/conflict/totals.h"
#include "core/conflict/assemble.h"
#include "core/conflict/facts.h"
#include "core/conflict/frames.h"
#include "core/conflict/moments.h"
#include "core/conflict/rules.h"
#include "core/conflict/time_slips.h"
#include "core/knowledge/resources.h"

namespace parallax::conflict {

Result<std::vector<ReferenceFact>> loadFacts(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{"cannot open the reference facts file " + file.string()};
    std::vector<ReferenceFact> facts;
    std::vector<std::string> problems;
    std::string line;
    int number = 0;
    int col[4] = {-1, -1, -1, -1};  // subject, attribute, value, source
    bool header = false;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos || line[line.find_first_not_of(" \t")] == '#') continue;
        std::vector<std::string> fields = knowledge::splitTabs(line);
        if (!header) {
            static const char* names[4] = {"subject", "attribute", "value", "source"};
            for (std::size_t i = 0; i < fields.size(); ++i) {
                std::string f = annotate::lowerAscii(fields[i]);
                for (int k = 0; k < 4; ++k) {
                    if (f == names[k]) col[k] = static_cast<int>(i);
                }
            }
            if (col[0] < 0 || col[1] < 0 || col[2] < 0) {
                return Error{file.string() + " line " + std::to_string(number) +
                             ": expected a header line with tab-separated columns subject, attribute, value, source"};
            }
            header = true;
            continue;
        }
        auto at = [&](int k) {
            return col[k] >= 0 && static_cast<std::size_t>(col[k]) < fields.size() ? fields[static_cast<std::size_t>(col[k])]
                                                                                  : std::string{};
        };
        ReferenceFact f{at(0), at(1), at(2), at(3)};
        if (f.subject.empty() || f.attribute.empty() || f.value.empty()) {
            problems.push_back("line " + std::to_string(number) + ": expected tab-separated subject, attribute and value, found " +
                               std::to_string(fields.size()) + " field" + (fields.size() == 1 ? "" : "s") +
                               (fields.size() == 1 ? " (are the columns separated by spaces instead of tabs?)" : ""));
            continue;
        }
        facts.push_back(std::move(f));
    }
    if (!header) return Error{file.string() + ": empty file, expected a header line subject, attribute, value, source"};
    if (!problems.empty()) {
        std::string message = file.string() + ": ";
        for (std::size_t i = 0; i < problems.size(); ++i) message += (i ? "; " : "") + problems[i];
        return Error{message};
    }
    return facts;
}

namespace {

/// The bucket a claim is paired in: its kind and attribute; quotes by their first words, since only
/// (nearly) the same words attributed to two people can clash.
std::string bucketOf(const Claim& c) {
    std::string key = std::to_string(static_cast<int>(c.kind)) + "|";
    if (c.kind == ClaimKind::Quote) {
        std::size_t cut = 0;
        for (int words = 0; words < 3 && cut != std::string::npos; ++words) cut = c.value.find(' ', cut + 1);
        return key + c.value.substr(0, cut);
    }
    if (c.kind == ClaimKind::Role && c.attribute == "former title") return key + "title";  // meets the sitting title
    if (c.kind == ClaimKind::Amount && !c.frame.empty()) return key + figureKey(c.attribute);  // the frame has the period
    if (c.kind == ClaimKind::Event) return key + eventPairing(c.attribute);  // a launch meets a lift-off
    return key + annotate::lowerAscii(attributeBase(c.attribute));  // periods are checked pair by pair
}

int copySet(const Story& story, const std::string& article) {
    for (std::size_t i = 0; i < story.duplicates.size(); ++i) {
        for (const std::string& id : story.duplicates[i]) {
            if (id == article) return static_cast<int>(i);
        }
    }
    return -1;
}

}  // namespace

std::vector<Conflict> findConflicts(const Story& story, const std::vector<const Article*>& articles,
                                    const std::map<std::string, Annotations>& annotations,
                                    const std::vector<ReferenceFact>& facts) {
    std::vector<Side> sides;
    std::vector<const Annotations*> glossing;
    for (const Article* a : articles) {
        if (a == nullptr) continue;
        auto it = annotations.find(a->id);
        if (it == annotations.end()) continue;
        const int copies = copySet(story, a->id);
        for (const Claim& c : it->second.claims) sides.push_back(articleSide(c, *a, it->second, copies));
        glossing.push_back(&it->second);
    }
    applyGlosses(glossedNames(glossing), sides);  // "台风“摩羯”(Yagi)": the story's Yagi is its 摩羯
    for (const ReferenceFact& f : facts) {
        if (auto s = factSide(f)) sides.push_back(std::move(*s));
    }
    const RuleContext ctx{annotate::claimLexicon().taxonomy, CurrencyTable::bundled(), sides, true};
    ConflictSet set(story.id);
    // Only claims of one kind and attribute can clash: pair within those buckets, never all claims of a
    // large story with each other.
    std::map<std::string, std::vector<std::size_t>> buckets;
    std::map<std::pair<std::string, std::string>, std::size_t> perArticle;  // the comparison budget (detector.h)
    for (std::size_t i = 0; i < sides.size(); ++i) {
        std::string key = bucketOf(sides[i].claim);
        if (!sides[i].reference() && ++perArticle[{sides[i].article, key}] > kMaxComparedClaims) continue;
        buckets[std::move(key)].push_back(i);
    }
    for (const auto& [key, members] : buckets) {
        for (std::size_t x = 0; x < members.size(); ++x) {
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const Side& a = sides[members[x]];
                const Side& b = sides[members[y]];
                if (a.reference() && b.reference()) continue;
                // Copies of one wire story are one source: they cannot disagree with each other.
                if (a.article != b.article && a.copies >= 0 && a.copies == b.copies) continue;
                if (a.article == b.article && a.claim.valueSpan == b.claim.valueSpan) continue;
                // The reference side is always second, so reasons read "article ..., the reference facts ...".
                bool swap = a.reference();
                const Side& first = swap ? b : a;
                const Side& second = swap ? a : b;
                if (auto f = judge(first, second, ctx)) set.add(*f, first, second);
            }
        }
    }
    for (const Article* a : articles) {
        if (a == nullptr) continue;
        auto it = annotations.find(a->id);
        if (it == annotations.end()) continue;
        // The words of one article at `span` as a piece of evidence for `value`.
        auto quote = [&](Span span, const std::string& value) {
            return Evidence{a->id, span, a->text.substr(span.start, span.size()), value};
        };
        for (const ArithmeticSlip& slip : checkPercentMoves(*a, it->second))
            set.add(slip.finding, slip.subject.empty() ? slip.written : slip.subject, "percentage move",
                    {quote(slip.base, slip.expected), quote(slip.move, slip.written)}, slip.written);
        for (const ConversionSlip& slip : checkConversions(*a, it->second, CurrencyTable::bundled())) {
            // The subject: the amount claim made of the original figure, else the figure itself.
            std::string subject = slip.text;
            std::string attribute = "conversion";
            for (const Claim& c : it->second.claims) {
                if (c.kind == ClaimKind::Amount && slip.span.contains(c.valueSpan)) {
                    subject = c.subject;
                    attribute = c.attribute + " (conversion)";
                }
            }
            Evidence e;
            e.article = a->id;
            e.span = slip.span;
            e.text = slip.text;
            e.value = slip.value;
            set.add(slip.finding, subject, attribute, {e}, slip.text);
        }
        for (const TotalSlip& slip : checkTotals(*a, it->second))
            set.add(slip.finding, slip.measure, slip.measure + " (total and parts)",
                    {quote(slip.total, slip.written), quote(slip.parts, slip.sum)}, slip.written);
        for (const NameSlip& slip : checkNameSpellings(*a, it->second))
            set.add(slip.finding, slip.full, "name", {quote(slip.introduced, slip.full), quote(slip.variant, slip.other)},
                    slip.other);
        for (const NicknameSlip& slip : checkNicknameSpellings(*a, it->second))
            set.add(slip.finding, slip.full, "name", {slip.introduced, slip.variant}, slip.other);
        for (const MemberSlip& slip : checkSetMembers(*a, it->second))
            set.add(slip.finding, slip.shared, "chip (the set and a member)", {slip.set, slip.member}, slip.other);
        for (const OrdinalSlip& slip : checkOrdinals(*a, it->second))
            set.add(slip.finding, slip.subject, "order (" + slip.feature + ")", {slip.lower, slip.higher}, slip.higher.value);
        for (const TimeSlip& slip : checkWrittenTimes(*a, it->second))
            set.add(slip.finding, slip.subject, slip.attribute, slip.evidence, slip.text);
    }
    // Each flag shows every article of the story that states one of its values, claim read or not.
    set.corroborate(articles, annotations, story.duplicates);
    return set.take();
}

std::string comparisonBudgetWarning(const Annotations& annotations) {
    std::map<std::string, std::size_t> counts;
    std::size_t left = 0;
    for (const Claim& c : annotations.claims)
        if (++counts[bucketOf(c)] > kMaxComparedClaims) ++left;
    if (left == 0) return {};
    return "compared only the first " + std::to_string(kMaxComparedClaims) + " claims of each kind and attribute: " +
           std::to_string(left) + " more of this article's claims are not checked for conflicts";
}

}  // namespace parallax::conflict
