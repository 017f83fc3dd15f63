// A total against its parts. News gives a toll and then its breakdown by place ("31 died in Wajima, 22 in
// Suzu, five in Nanao"); when the page is updated, one of them is often left behind. The breakdown is read
// from the words alone (figures and number words, "one each in A and B", "A and B respectively"), the measure
// from the measure lexicon, so that a list of deaths is never added against a count of injured or homes.
#include "core/conflict/totals.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "core/annotate/claims_lexicon.h"
#include "core/annotate/claims_text.h"
#include "core/annotate/measures.h"
#include "core/annotate/numbers.h"

namespace parallax::conflict {
namespace {

using annotate::claims::Word;

/// A breakdown found in one sentence.
struct Parts {
    Span sentence;
    int measure = -1;  ///< index into the measure lexicon
    long sum = 0;
    std::size_t items = 0;
    bool partial = false;  ///< the sentence says the list is not the whole
    bool atLeast = false;  ///< some part is a lower bound
};

/// A stated total.
struct Total {
    Span sentence;
    long value = 0;
    std::string text;
};

bool hasAny(const std::string& hay, std::initializer_list<std::string_view> cues) {
    return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return hay.find(c) != std::string::npos; });
}

/// The whole number the words at `i` spell ("31", "1,204", "five"), with the index after it; nullopt otherwise.
std::optional<std::pair<long, std::size_t>> countAt(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size() || w[i].punct) return std::nullopt;
    const std::string& s = w[i].lower;
    if (w[i].digit) {
        if (!std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }) || s.size() > 6) return std::nullopt;
        long v = std::stol(s);
        std::size_t j = i + 1;
        // Thousands written with commas: "1", ",", "204".
        while (s.size() <= 3 && j + 1 < w.size() && w[j].lower == "," && w[j + 1].digit && w[j + 1].lower.size() == 3 &&
               w[j].span.start == w[j - 1].span.end && w[j + 1].span.start == w[j].span.end &&
               std::all_of(w[j + 1].lower.begin(), w[j + 1].lower.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            v = v * 1000 + std::stol(w[j + 1].lower);
            j += 2;
        }
        return std::pair{v, j};
    }
    const int n = annotate::smallNumberWord(s);
    if (n < 0) return std::nullopt;
    return std::pair{static_cast<long>(n), i + 1};
}

/// Lower-case words from `from` up to the next punctuation or figure, at most `limit` of them.
std::vector<std::string> wordsAfter(const std::vector<Word>& w, std::size_t from, std::size_t limit) {
    std::vector<std::string> out;
    for (std::size_t i = from; i < w.size() && out.size() < limit; ++i) {
        if (w[i].punct || w[i].digit) break;
        out.push_back(w[i].lower);
    }
    return out;
}

/// The measure a count is of, from the words after it, looking past a few verbs ("64 people were confirmed
/// dead", "18 people were killed") up to the place ("in").
int measureAfter(const std::vector<Word>& w, std::size_t from) {
    // Auxiliaries and reporting words between the counted noun and its verb: "people were confirmed dead"
    // reads as "people dead", "people have been killed" as "people killed".
    static const std::set<std::string, std::less<>> kAuxiliary = {"were", "was", "have", "has", "had", "been", "are",
                                                                  "confirmed", "reported", "later", "also"};
    const annotate::MeasureLexicon& lex = annotate::measureLexicon();
    std::vector<std::string> words;
    for (std::string& x : wordsAfter(w, from, 8))
        if (!kAuxiliary.contains(x)) words.push_back(std::move(x));
    for (std::size_t at = 0; at < words.size(); ++at) {
        if (words[at] == "in" || words[at] == "at" || words[at] == "on") break;
        if (auto m = lex.after.match(words, at)) {
            const auto& info = lex.measures[static_cast<std::size_t>(m->payload)];
            return info.dimension == "count" ? m->payload : -1;
        }
    }
    return -1;
}

/// The measure named just before a count ("the death toll stood at 30", "killed 30 people"): a phrase of the
/// measure lexicon's "before" list ending at most three words before the figure at `i`.
int measureBefore(const std::vector<Word>& w, std::size_t i) {
    const annotate::MeasureLexicon& lex = annotate::measureLexicon();
    // The verbs a toll is reported with do not part a phrase from its figure: "the death toll rose to 30"
    // reads as "death toll to 30".
    static const std::set<std::string, std::less<>> kLinking = {"rose", "stood", "climbed", "reached", "jumped",
                                                                "increased", "has", "had", "was", "is", "now", "risen"};
    std::vector<std::string> words;
    const std::size_t from = i >= 8 ? i - 8 : 0;
    for (std::size_t k = from; k < i; ++k)
        if (!kLinking.contains(w[k].lower)) words.push_back(w[k].lower);
    for (std::size_t at = 0; at < words.size(); ++at) {
        auto m = lex.before.match(words, at);
        if (!m || at + m->length + 3 < words.size()) continue;
        const auto& info = lex.measures[static_cast<std::size_t>(m->payload)];
        if (info.dimension == "count") return m->payload;
    }
    return -1;
}

/// "in Wajima", "in Hakui and Shika": the places after `i`, with the index after them; 0 places when none.
std::pair<std::size_t, std::size_t> placesAt(const std::vector<Word>& w, std::size_t i) {
    if (i >= w.size() || (w[i].lower != "in" && w[i].lower != "at")) return {0, i};
    std::size_t places = 0;
    std::size_t j = i + 1;
    while (j < w.size() && w[j].capital && !w[j].digit) {
        ++places;
        while (j < w.size() && w[j].capital && !w[j].digit) ++j;  // a place of several words
        // "Hakui and Shika respectively" / "one each in Hakui and Shika": several places share one figure.
        if (j + 1 < w.size() && w[j].lower == "and" && w[j + 1].capital && !w[j + 1].digit &&
            (j + 2 >= w.size() || w[j + 2].punct || w[j + 2].lower == "respectively" || w[j + 2].lower == "each")) {
            ++j;
            continue;
        }
        break;
    }
    return {places, j};
}

/// The English breakdown of sentence `sent`, if it has one: three or more "N in Place" items, the first of
/// which names what is counted ("31 people died in Wajima").
std::optional<Parts> englishParts(std::string_view text, Span sent) {
    const std::vector<Word> w = annotate::claims::splitWords(text, sent);
    Parts p;
    p.sentence = sent;
    std::size_t i = 0;
    while (i < w.size()) {
        auto n = countAt(w, i);
        if (!n) {
            ++i;
            continue;
        }
        std::size_t j = n->second;
        bool each = false;
        if (j < w.size() && w[j].lower == "each") {
            each = true;
            ++j;
        }
        if (p.items == 0) {
            const int m = measureAfter(w, j);
            if (m < 0) {
                ++i;
                continue;
            }
            // Past the measure's words to "in".
            while (j < w.size() && !w[j].punct && w[j].lower != "in" && w[j].lower != "at") ++j;
            p.measure = m;
        }
        auto [places, next] = placesAt(w, j);
        if (places == 0) {
            if (p.items > 0) break;  // the list ended
            ++i;
            continue;
        }
        const bool respectively = next < w.size() && w[next].lower == "respectively";
        p.sum += n->first * static_cast<long>(each || respectively ? places : 1);
        p.items += each || respectively ? places : 1;
        if (i > 0 && (w[i - 1].lower == "least" || w[i - 1].lower == "than")) p.atLeast = true;
        i = next;
        // Items are joined by commas, "and", semicolons.
        while (i < w.size() && (w[i].lower == "," || w[i].lower == "and" || w[i].lower == ";" ||
                                w[i].lower == "respectively"))
            ++i;
    }
    if (p.items < 3) return std::nullopt;
    std::string lower = annotate::lowerAscii(text.substr(sent.start, sent.size()));
    p.partial = hasAny(lower, {"including", "among them", "among others", "such as", "others", "the rest", "remaining",
                               "mostly", "most of", "at least"});
    return p;
}

/// English totals of measure `m` in sentence `sent`: a count of that measure in a sentence that calls it a
/// total ("a total of 64 people", "the death toll rose to 64", "64 people in all").
void englishTotals(std::string_view text, Span sent, int m, std::vector<Total>& out) {
    const std::vector<Word> w = annotate::claims::splitWords(text, sent);
    const std::string lower = annotate::lowerAscii(text.substr(sent.start, sent.size()));
    if (!hasAny(lower, {"total", "toll", "in all", "altogether", "overall", "combined"})) return;
    for (std::size_t i = 0; i < w.size(); ++i) {
        auto n = countAt(w, i);
        if (!n || (measureAfter(w, n->second) != m && measureBefore(w, i) != m)) continue;
        if (auto [places, next] = placesAt(w, n->second); places > 0) continue;  // a part, not the total
        out.push_back({sent, n->first, std::string(text.substr(w[i].span.start, w[n->second - 1].span.end - w[i].span.start))});
    }
}

// Chinese: "轮岛市31人、珠洲市22人、七尾市5人" with the measure word in the sentence ("死亡"), and a total
// "共有64人死亡" / "死亡人数升至64人".

/// Bytes of the ASCII digits at `i`.
std::size_t digitsAt(std::string_view t, std::size_t i) {
    std::size_t j = i;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
    return j - i;
}

/// The Chinese measure named in `s`, by the measure lexicon's Chinese forms; -1 when none.
int chineseMeasureIn(std::string_view s) {
    const annotate::MeasureLexicon& lex = annotate::measureLexicon();
    for (std::size_t m = 0; m < lex.measures.size(); ++m) {
        if (lex.measures[m].dimension != "count") continue;
        for (const std::string& form : lex.measures[m].zh) {
            // Forms that are a counter plus a verb ("人死亡") or the verb alone ("死亡").
            if (form.size() >= 6 && s.find(form) != std::string_view::npos) return static_cast<int>(m);
        }
    }
    return -1;
}

std::optional<Parts> chineseParts(std::string_view text, Span sent) {
    const std::string_view s = text.substr(sent.start, sent.size());
    Parts p;
    p.sentence = sent;
    p.measure = chineseMeasureIn(s);
    if (p.measure < 0) return std::nullopt;
    // Items "<place>N人" joined by "、" (or "，"): a place of Han characters, a figure, the counter 人 or 名.
    std::size_t items = 0;
    long sum = 0;
    std::size_t best = 0;
    long bestSum = 0;
    std::size_t i = 0;
    std::size_t lastEnd = 0;
    while (i < s.size()) {
        const std::size_t d = digitsAt(s, i);
        const bool han = i >= 3 && static_cast<unsigned char>(s[i - 3]) >= 0xE4;
        if (d == 0 || d > 6 || !han) {
            ++i;
            continue;
        }
        std::size_t j = i + d;
        if (s.compare(j, 3, "人") != 0 && s.compare(j, 3, "名") != 0) {
            i = j;
            continue;
        }
        const long v = std::stol(std::string(s.substr(i, d)));
        j += 3;
        // Consecutive items: the text between the previous item's end and this figure is one place name
        // after a list mark.
        const std::string_view gap = s.substr(lastEnd, i - lastEnd);
        const bool joined = items > 0 && (gap.rfind("、", 0) == 0 || gap.rfind("，", 0) == 0 || gap.rfind(",", 0) == 0) &&
                            gap.size() <= 3 + 15;
        if (items > 0 && !joined) {
            if (items > best) { best = items; bestSum = sum; }
            items = 0;
            sum = 0;
        }
        ++items;
        sum += v;
        lastEnd = j;
        i = j;
    }
    if (items > best) { best = items; bestSum = sum; }
    if (best < 3) return std::nullopt;
    p.items = best;
    p.sum = bestSum;
    p.partial = hasAny(std::string(s), {"包括", "等地", "其余", "至少", "以上", "多人"});
    return p;
}

void chineseTotals(std::string_view text, Span sent, int m, std::vector<Total>& out) {
    const std::string_view s = text.substr(sent.start, sent.size());
    if (chineseMeasureIn(s) != m) return;
    for (std::string_view cue : {"共有", "共", "总计", "合计", "累计", "人数升至", "人数上升至", "人数增至", "人数为", "人数达"}) {
        for (std::size_t at = s.find(cue); at != std::string_view::npos; at = s.find(cue, at + 1)) {
            std::size_t i = at + cue.size();
            for (std::string_view verb : {"有", "计", "造成", "导致", "致"})
                if (s.compare(i, verb.size(), verb) == 0) i += verb.size();
            const std::size_t d = digitsAt(s, i);
            if (d == 0 || d > 6) continue;
            if (s.compare(i + d, 3, "人") != 0 && s.compare(i + d, 3, "名") != 0) continue;
            out.push_back({sent, std::stol(std::string(s.substr(i, d))), std::string(s.substr(i, d + 3))});
        }
    }
}

}  // namespace

std::vector<TotalSlip> checkTotals(const Article& article, const Annotations& ann) {
    std::vector<TotalSlip> out;
    const std::string& text = article.text;
    std::vector<Parts> lists;
    for (const Sentence& s : ann.sentences) {
        if (s.span.end > text.size() || s.span.size() > 2000) continue;
        if (auto p = englishParts(text, s.span)) lists.push_back(*p);
        else if (auto z = chineseParts(text, s.span)) lists.push_back(*z);
    }
    for (const Parts& p : lists) {
        std::vector<Total> totals;
        for (const Sentence& s : ann.sentences) {
            if (s.span == p.sentence || s.span.end > text.size() || s.span.size() > 2000) continue;
            englishTotals(text, s.span, p.measure, totals);
            chineseTotals(text, s.span, p.measure, totals);
        }
        if (totals.empty()) continue;
        // One total the parts agree with settles it (a page that gives the toll at two moments).
        if (std::any_of(totals.begin(), totals.end(), [&](const Total& t) { return t.value == p.sum; })) continue;
        const Total& t = totals.front();
        if (std::any_of(totals.begin(), totals.end(), [&](const Total& o) { return o.value != t.value; })) continue;
        const bool over = p.sum > t.value && !p.atLeast;
        const bool under = p.sum < t.value && !p.partial && p.sum * 10 >= t.value * 9;
        if (!over && !under) continue;
        TotalSlip slip;
        slip.parts = p.sentence;
        slip.total = t.sentence;
        slip.measure = annotate::measureLexicon().measures[static_cast<std::size_t>(p.measure)].name;
        slip.sum = std::to_string(p.sum);
        slip.written = t.text;
        slip.finding.type = ConflictType::Number;
        slip.finding.severity = over ? Severity::Medium : Severity::Low;
        slip.finding.reason = "The " + std::to_string(p.items) + " parts listed add up to " + slip.sum + " " + slip.measure +
                              ", but the article gives the total as " + std::to_string(t.value) +
                              (over ? ": the parts exceed the whole" : ": the breakdown and the total do not agree");
        out.push_back(std::move(slip));
    }
    return out;
}

}  // namespace parallax::conflict
