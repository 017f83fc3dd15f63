#include "core/align/profile.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <string>
#include <unordered_map>

#include "core/align/bridge_terms.h"
#include "core/align/script_bridge.h"
#include "core/align/term_table.h"
#include "core/align/workers.h"
#include "core/model/budget.h"
#include "core/text/text.h"

namespace parallax::align {
namespace {

constexpr float kTitleWeight = 5.0F;     // a headline names the story
constexpr float kNameWeight = 2.0F;      // capitalized words inside a sentence: names of people, firms, places
constexpr float kEntityWeight = 2.0F;    // entities the annotator resolved
constexpr float kPhraseWeight = 0.3F;    // a pair of adjacent content words
constexpr std::size_t kShingle = 5;      // words per shingle for near-duplicate detection
constexpr float kFigureWeight = 1.0F;    // a distinctive figure ("21.75", "386")
constexpr float kQuantityWeight = 2.0F;  // an amount the annotator normalized (HK$4.35 billion = 43.5亿港元)
constexpr float kDateWeight = 1.5F;      // a calendar date the text states ("March 26", "3月26日")
constexpr float kCharPairWeight = 0.5F;  // two adjacent Han characters
constexpr std::size_t kKeys = 24;        // index keys per article
constexpr std::size_t kNeutralKeys = 8;  // extra keys from language-neutral terms

/// Digits of a number without leading and trailing zeros: "88,898" has 5, "1,000" and "2.0" have 1.
std::size_t significantDigits(std::string_view number) {
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits.push_back(c);
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos) return 0;
    return digits.find_last_not_of('0') - first + 1;
}

/// A figure specific enough to link two reports ("88,898", "21.75", "127"): three significant digits,
/// or two after a decimal point, and not a year. Round numbers ("100", "1,000") are written by every
/// kind of story.
bool distinctiveFigure(const text::Token& t) {
    if (!t.number) return false;
    const std::size_t significant = significantDigits(t.norm);
    const bool decimal = t.norm.find('.') != std::string::npos;
    if (significant < (decimal ? 2U : 3U)) return false;
    if (!decimal && t.norm.size() == 4 && std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int year = std::stoi(t.norm);
        return year < 1900 || year > 2100;
    }
    return true;
}

/// A figure as every language writes it: digits and the decimal point, without thousands separators
/// ("88,898" and "88898" are one figure).
std::string figureKey(std::string_view number) {
    std::string key;
    for (char c : number)
        if ((c >= '0' && c <= '9') || c == '.') key.push_back(c);
    return key;
}

std::string quantityTerm(const Quantity& q) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "q:%s:%.4g", q.unit.c_str(), q.value);
    return buf;
}

bool hasDigit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A day ("2024-09-13"), possibly with a part of the day ("2024-09-13TAF": the afternoon of that day).
bool isDayValue(std::string_view v) {
    return (v.size() == 10 || (v.size() > 10 && v[10] == 'T')) && v[4] == '-' && v[7] == '-' && hasDigit(v.substr(8, 2));
}

std::string lastChar(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    return std::string(s.substr(i > 0 ? i - 1 : 0));
}

/// Pairs of adjacent Han characters of a word, and across the boundary with the previous word: the
/// dictionary segments one name differently in different sentences ("摩羯" / "摩" + "羯"), and a longer
/// word shares its parts with the shorter ones other reports use.
void addCharPairs(WeightList& counts, std::string_view word, std::string_view before) {
    static const TermId kPrefix = termHash("c:");
    std::vector<std::string_view> chars;
    if (!before.empty()) chars.push_back(before);
    for (std::size_t i = 0; i < word.size();) {
        std::size_t j = i + 1;
        while (j < word.size() && (static_cast<unsigned char>(word[j]) & 0xC0) == 0x80) ++j;
        chars.push_back(word.substr(i, j - i));
        i = j;
    }
    // A two-character word is its own pair: only longer runs add pairs.
    if (chars.size() < 3) return;
    for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
        TermId h = termHash(chars[k], kPrefix);
        counts.add(termHash(chars[k + 1], h), kCharPairWeight);
    }
}

/// A name of a particular thing or person: two capitalised words or more ("Francis Scott Key Bridge", "Wes
/// Moore", "Port of Elmbridge"). One capitalised word may be a common noun at a sentence start, a German noun
/// or a word the recogniser took for a name ("Mais à"); a country or a city alone is named by many stories.
bool particularName(std::string_view name) {
    std::size_t capitalised = 0;
    bool start = true;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (start) {
            // ASCII capitals, and Latin-1 capitals (U+00C0-U+00DE, UTF-8 C3 80-9E)
            const bool upper = (c >= 'A' && c <= 'Z') ||
                               (c == 0xC3 && i + 1 < name.size() && static_cast<unsigned char>(name[i + 1]) <= 0x9E);
            if (upper) ++capitalised;
        }
        start = c == ' ';
    }
    return capitalised >= 2;
}

/// An entity's term: its folded name with apostrophes dropped and hyphens as spaces, so that one name
/// written with a straight or a curly apostrophe, a hyphen or a space ("Chang'e-6", "Chang’e 6") is one term.
std::string entityKey(std::string_view name) {
    std::string folded = text::fold(name);
    std::string out;
    out.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded.compare(i, 3, "\u2019") == 0) {
            i += 2;
            continue;
        }
        if (folded[i] == '\'') continue;
        out.push_back(folded[i] == '-' ? ' ' : folded[i]);
    }
    return out;
}

/// The length of the series name before a serial number at the end of an entity key ("change 6" -> 6,
/// "shenzhou 18" -> 8), or 0 when the key ends otherwise.
std::size_t serialFamily(std::string_view key) {
    std::size_t d = key.size();
    while (d > 0 && key[d - 1] >= '0' && key[d - 1] <= '9') --d;
    if (d == key.size() || key.size() - d > 3 || d < 3 || key[d - 1] != ' ') return 0;
    return d - 1;
}

bool usable(const text::Token& t) {
    if (t.stop || t.number) return false;
    // One Latin letter says nothing; one ideograph can (CJK words are often single characters).
    return t.norm.size() >= 2 || static_cast<unsigned char>(t.norm[0]) >= 0x80;
}

/// Document frequencies of the terms (of `terms` and `bridge`) that the folder mentions more than once; every
/// other term has 1. Counted one slice of the hash space at a time (two slices at once on two cores), so that the
/// table of all distinct terms never exists whole: at 100k articles there are some 20 M distinct terms, most of
/// them pairs of adjacent words of one article, and that table alone took half a gigabyte.
TermTable<std::uint32_t> sharedFrequencies(const std::vector<RawProfile>& raw, std::size_t mentions) {
    constexpr unsigned kSliceBits = 3;
    constexpr std::size_t kSlices = std::size_t{1} << kSliceBits;
    std::vector<std::vector<std::pair<TermId, std::uint32_t>>> repeated(kSlices);
    forEachIndex(kSlices, 1, [&](std::size_t slice) {
        auto inSlice = [slice](TermId id) { return (id >> (64 - kSliceBits)) == slice; };
        TermTable<std::uint32_t> df(mentions / (2 * kSlices));  // about half the mentions are distinct
        for (const auto& r : raw) {
            for (TermId id : r.terms.ids)
                if (inSlice(id)) ++df[id];
            for (const auto& [id, c] : r.bridge)
                if (inSlice(id)) ++df[id];
        }
        df.forEach([&](TermId id, std::uint32_t count) {
            if (count >= 2) repeated[slice].emplace_back(id, count);
        });
    });
    std::size_t total = 0;
    for (const auto& r : repeated) total += r.size();
    TermTable<std::uint32_t> out(total);
    for (auto& r : repeated) {
        for (const auto& [id, count] : r) out[id] = count;
        std::vector<std::pair<TermId, std::uint32_t>>().swap(r);
    }
    return out;
}

}  // namespace

RawProfile rawProfile(const Article& a, const Annotations* ann) {
    RawProfile p;
    WeightList counts;  // weighted counts by term hash, summed at the end
    for (const auto& t : text::tokens(a.title, Span{0, a.title.size()}, a.language.empty() ? "en" : a.language))
        if (usable(t)) counts.add(termHash(t.stem), kTitleWeight);
    // The part of a long article that is analysed (model/budget.h), as for its annotations.
    const std::size_t used = analysedLength(a.text);
    auto toks = text::tokens(a.text, Span{0, used}, a.language.empty() ? "en" : a.language);
    const text::Token* prev = nullptr;
    TermId prevId = 0;
    BridgeTerms bridge(std::string_view(a.text).substr(0, used));
    bool prevHan = false;
    std::string prevLastChar;  // of the previous token, when Han
    std::size_t cjkTokens = 0;
    std::size_t contentTokens = 0;
    for (const auto& t : toks) {
        if (distinctiveFigure(t)) {
            TermId id = termHash(figureKey(t.norm), termHash("#"));
            counts.add(id, kFigureWeight);
            p.neutral.push_back(id);
            p.numbers.push_back(id);
        }
        if (!usable(t)) {
            prev = nullptr;
            continue;
        }
        const bool han = static_cast<unsigned char>(t.norm[0]) >= 0xE3 && isHanWord(t.norm);
        // Traditional and simplified characters are one script to a reader: fold them.
        const std::string simple = han ? simplifiedHan(t.stem) : std::string{};
        const TermId id = termHash(han ? simple : t.stem);
        if (han) addCharPairs(counts, simple, prev && prevHan && t.span.start == prev->span.end ? prevLastChar : std::string_view{});
        counts.add(id, isInnerCapital(a.text, t) ? kNameWeight : 1.0F);
        bridge.token(t, han, prev && t.span.start - prev->span.end <= 1);
        ++contentTokens;
        if (static_cast<unsigned char>(t.norm[0]) >= 0xE2) ++cjkTokens;  // U+2000 and up: CJK scripts
        // Adjacent content words ("travel ban", "export control"): two stories that share a theme share
        // words, but the same event shares phrases.
        if (prev && t.span.start - prev->span.end <= 1)
            counts.add(termHash(han ? simple : t.stem, termHash(" ", prevId)), kPhraseWeight);
        prev = &t;
        prevId = id;
        prevHan = han;
        if (han) prevLastChar = lastChar(simple);
    }
    if (ann)
        for (const auto& e : ann->entities) {
            const std::string key = entityKey(e.canonical.empty() ? e.text : e.canonical);
            TermId id = termHash(key, termHash("@"));
            counts.add(id, kEntityWeight);
            // "Chang'e 6": a craft of a series is also news of the series, as its other reports may name it
            if (const std::size_t family = serialFamily(key); family > 0) {
                const TermId series = termHash(std::string_view(key).substr(0, family), termHash("@"));
                counts.add(series, kEntityWeight);
                p.entities.push_back(series);
            }
            p.entities.push_back(id);
            if (particularName(e.canonical.empty() ? e.text : e.canonical)) p.names.push_back(id);
            p.neutral.push_back(id);
            bridge.entity(e.canonical.empty() ? e.text : e.canonical);
        }
    if (ann)
        for (const auto& tv : ann->times) {
            // A stated calendar date; month and day only, since the year of "March 26" is inferred and
            // two reports may infer it from different publication dates.
            if (!tv.resolved || !isDayValue(tv.value) || !hasDigit(tv.text)) continue;
            TermId id = termHash(std::string_view(tv.value).substr(5, 5), termHash("d:"));
            counts.add(id, kDateWeight);
            p.neutral.push_back(id);
            p.numbers.push_back(id);
        }
    if (ann)
        for (const auto& q : ann->quantities) {
            // A bare small or round number links nothing ("three", "1 million").
            if (q.unit.empty() && (q.value < 1000 || significantDigits(std::to_string(std::llround(q.value))) < 3)) continue;
            TermId id = termHash(quantityTerm(q));
            counts.add(id, kQuantityWeight);
            p.neutral.push_back(id);
            p.numbers.push_back(id);
        }
    p.cjk = contentTokens > 0 && cjkTokens * 2 > contentTokens;
    p.bridge = bridge.take();
    std::sort(p.neutral.begin(), p.neutral.end());
    p.neutral.erase(std::unique(p.neutral.begin(), p.neutral.end()), p.neutral.end());
    std::sort(p.numbers.begin(), p.numbers.end());
    p.numbers.erase(std::unique(p.numbers.begin(), p.numbers.end()), p.numbers.end());
    std::sort(p.names.begin(), p.names.end());
    p.names.erase(std::unique(p.names.begin(), p.names.end()), p.names.end());
    std::sort(p.entities.begin(), p.entities.end());
    p.entities.erase(std::unique(p.entities.begin(), p.entities.end()), p.entities.end());
    const std::vector<std::pair<TermId, float>> sorted = std::move(counts).summed();
    p.terms.ids.reserve(sorted.size());
    p.terms.counts.reserve(sorted.size());
    for (const auto& [id, c] : sorted) {
        p.terms.ids.push_back(id);
        p.terms.counts.push_back(c);
    }
    if (toks.size() >= kShingle) {
        p.shingles.reserve(toks.size() - kShingle + 1);
        for (std::size_t i = 0; i + kShingle <= toks.size(); ++i) {
            std::uint64_t h = 1469598103934665603ULL;
            for (std::size_t k = 0; k < kShingle; ++k) h = termHash(toks[i + k].norm, termHash(" ", h));
            p.shingles.push_back(static_cast<Shingle>(h ^ (h >> 32)));
        }
        std::sort(p.shingles.begin(), p.shingles.end());
        p.shingles.erase(std::unique(p.shingles.begin(), p.shingles.end()), p.shingles.end());
    }
    return p;
}

std::vector<RawProfile> rawProfiles(const std::vector<const Article*>& articles,
                                    const std::map<std::string, Annotations>& annotations) {
    std::vector<RawProfile> raw(articles.size());
    // Tokenizing is most of the cost and each article is independent; the text stage is thread-safe.
    forEachIndex(articles.size(), 16, [&](std::size_t i) {
        auto it = annotations.find(articles[i]->id);
        try {
            raw[i] = rawProfile(*articles[i], it == annotations.end() ? nullptr : &it->second);
        } catch (const std::exception&) {
            raw[i] = RawProfile{};  // an article that cannot be profiled becomes a story of its own
        }
    });
    return raw;
}

std::vector<ArticleProfile> buildProfiles(const std::vector<Article>& articles,
                                          const std::map<std::string, Annotations>& annotations) {
    std::vector<const Article*> all;
    all.reserve(articles.size());
    for (const auto& a : articles) all.push_back(&a);
    return weighProfiles(articles, rawProfiles(all, annotations));
}

std::vector<ArticleProfile> weighProfiles(const std::vector<Article>& articles, std::vector<RawProfile>&& raw) {
    std::size_t mentions = 0;
    for (const auto& r : raw) mentions += r.terms.size() + r.bridge.size();
    const TermTable<std::uint32_t> df = sharedFrequencies(raw, mentions);
    // Language-neutral terms by the scripts that use them: only a term found in both a Chinese and a
    // Latin-script article of the folder can link the two, and the others would only dilute the vector.
    TermTable<std::uint8_t> scripts;
    for (const auto& r : raw) {
        const std::uint8_t script = r.cjk ? 2 : 1;
        for (auto id : r.neutral) scripts[id] |= script;
        for (const auto& [id, c] : r.bridge) scripts[id] |= script;
    }
    // Read-only from here on, so the articles are weighed in parallel.
    auto bridging = [&](TermId id) {
        const std::uint8_t* s = scripts.find(id);
        return s && *s == 3;
    };
    auto dfOf = [&](TermId id) -> std::uint32_t {
        const std::uint32_t* count = df.find(id);
        return count ? *count : 1;  // the table holds only the terms of more than one mention
    };
    const double n = static_cast<double>(articles.size());
    // IDF by document frequency, computed once per frequency (the same doubles as computing it per term).
    std::vector<double> idf(2 * raw.size() + 2);  // a term counts once from `terms` and once from `bridge`
    for (std::size_t count = 1; count < idf.size(); ++count) idf[count] = std::log(1.0 + n / static_cast<double>(count));
    auto weight = [&](float c, std::uint32_t count) {
        return static_cast<float>((1.0 + std::log(c)) * idf[count]);
    };
    std::vector<ArticleProfile> out(raw.size());
    forEachIndex(raw.size(), 64, [&](std::size_t i) {
        ArticleProfile& p = out[i];
        // Every term counts towards the vector's length, but a term of this article alone (df 1: most pairs of
        // adjacent words) adds nothing to a dot product with any other article, so it is not kept: the weights
        // of the others are those of the whole vector, normalised, and every similarity is what it was.
        double squares = 0;  // the squared length of the whole vector
        std::vector<std::pair<float, TermId>> shared;
        std::vector<std::pair<float, TermId>> sharedNeutral;
        const auto& neutral = raw[i].neutral;
        // The document frequencies first, in a loop of their own that fetches the table's slots a few terms
        // ahead: at 100k articles the table is far larger than the caches, and these lookups were most of the
        // weighing (the loop over the articles: 1.8-2.0 s to 1.45 s in `parallax_cluster_check 100000 4000`).
        constexpr std::size_t kAhead = 16;
        const auto& ids = raw[i].terms.ids;
        std::vector<std::uint32_t> counts(ids.size());
        for (std::size_t t = 0; t < ids.size(); ++t) {
            if (t + kAhead < ids.size()) df.prefetch(ids[t + kAhead]);
            counts[t] = dfOf(ids[t]);
        }
        for (std::size_t t = 0; t < ids.size(); ++t) {
            const TermId id = ids[t];
            const float c = raw[i].terms.counts[t];
            const auto count = counts[t];
            const float w = weight(c, count);
            squares += static_cast<double>(w) * w;
            if (count >= 2) p.terms.emplace_back(id, w);  // already sorted by id
            bool isNeutral = std::binary_search(neutral.begin(), neutral.end(), id);
            // Entities meet across scripts in their romanised form (a bridge term), not by their "@" term.
            const bool entity = std::binary_search(raw[i].entities.begin(), raw[i].entities.end(), id);
            if (isNeutral && !entity && bridging(id)) p.neutral.emplace_back(id, w);
            if (count >= 2) (isNeutral ? sharedNeutral : shared).emplace_back(-w, id);
        }
        for (auto [id, c] : raw[i].bridge) {
            if (!bridging(id)) continue;
            const float w = weight(c, dfOf(id));
            p.neutral.emplace_back(id, w);
            sharedNeutral.emplace_back(-w, id);
        }
        auto specificity = [&](TermId id) {
            return static_cast<float>(idf[dfOf(id)] / std::log(1.0 + n));
        };
        std::sort(p.neutral.begin(), p.neutral.end());
        p.specificity.reserve(p.neutral.size());
        for (const auto& [id, w] : p.neutral) p.specificity.push_back(specificity(id));
        for (auto id : raw[i].numbers) p.numbers.emplace_back(id, specificity(id));  // already sorted
        p.names.reserve(raw[i].names.size());
        for (auto id : raw[i].names) p.names.emplace_back(id, specificity(id));  // already sorted
        scaleToUnitLength(p.terms, squares);
        p.terms.shrink_to_fit();
        normalize(p.neutral);
        p.cjk = raw[i].cjk;
        // Neutral terms get keys of their own, so that a Chinese report can meet an English one.
        std::size_t kn = std::min(kNeutralKeys, sharedNeutral.size());
        std::partial_sort(sharedNeutral.begin(), sharedNeutral.begin() + static_cast<std::ptrdiff_t>(kn), sharedNeutral.end());
        for (std::size_t j = 0; j < kn; ++j) p.keys.push_back(sharedNeutral[j].second);
        sharedNeutral.erase(sharedNeutral.begin(), sharedNeutral.begin() + static_cast<std::ptrdiff_t>(kn));
        shared.insert(shared.end(), sharedNeutral.begin(), sharedNeutral.end());

        std::size_t k = std::min(kKeys, shared.size());
        std::partial_sort(shared.begin(), shared.begin() + static_cast<std::ptrdiff_t>(k), shared.end());
        for (std::size_t j = 0; j < k; ++j) p.keys.push_back(shared[j].second);

        p.entities = std::move(raw[i].entities);
        p.shingles = std::move(raw[i].shingles);
        raw[i] = RawProfile{};
        // A file's modification time says when it was saved, not when the story ran.
        if (articles[i].published && articles[i].published->source != DateSource::File)
            p.day = articles[i].published->date.daysSinceEpoch();
    });
    return out;
}

}  // namespace parallax::align
