#include "core/align/profile.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <exception>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>

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
constexpr std::size_t kKeys = 24;        // index keys per article
constexpr std::size_t kNeutralKeys = 8;  // extra keys from language-neutral terms

struct RawProfile {
    std::unordered_map<TermId, float> counts;     ///< weighted counts by term hash
    std::vector<std::pair<TermId, float>> terms;  ///< the same, sorted
    std::vector<TermId> entities;
    std::vector<TermId> neutral;  ///< terms any language writes the same way: figures, amounts, entities
    std::vector<std::uint64_t> shingles;
    bool cjk = false;
};

/// A figure specific enough to link two reports: a decimal or three digits or more, but not a year.
bool distinctiveFigure(const text::Token& t) {
    if (!t.number) return false;
    if (t.norm.find('.') != std::string::npos) return true;
    std::size_t digits = static_cast<std::size_t>(std::count_if(t.norm.begin(), t.norm.end(), [](char c) { return c >= '0' && c <= '9'; }));
    if (digits < 3) return false;
    if (digits == 4 && t.norm.size() == 4) {
        int year = std::stoi(t.norm);
        return year < 1900 || year > 2100;
    }
    return true;
}

std::string quantityTerm(const Quantity& q) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "q:%s:%.4g", q.unit.c_str(), q.value);
    return buf;
}

/// A capitalized word that does not open a sentence: a cheap, language-general sign of a name.
bool isInnerCapital(std::string_view text, const text::Token& t) {
    char first = text[t.span.start];
    if (first < 'A' || first > 'Z') return false;
    std::size_t i = t.span.start;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    if (i == 0) return false;
    char prev = text[i - 1];
    return !(prev == '.' || prev == '!' || prev == '?' || prev == '\n' || prev == ':' || prev == '"' ||
             static_cast<unsigned char>(prev) >= 0x80);  // closing quotes and CJK punctuation
}

bool usable(const text::Token& t) {
    if (t.stop || t.number) return false;
    // One Latin letter says nothing; one ideograph can (CJK words are often single characters).
    return t.norm.size() >= 2 || static_cast<unsigned char>(t.norm[0]) >= 0x80;
}

RawProfile rawProfile(const Article& a, const Annotations* ann) {
    RawProfile p;
    for (const auto& t : text::tokens(a.title, Span{0, a.title.size()}, a.language.empty() ? "en" : a.language))
        if (usable(t)) p.counts[termHash(t.stem)] += kTitleWeight;
    auto toks = text::tokens(a.text, Span{0, a.text.size()}, a.language.empty() ? "en" : a.language);
    const text::Token* prev = nullptr;
    TermId prevId = 0;
    std::size_t cjkTokens = 0;
    std::size_t contentTokens = 0;
    for (const auto& t : toks) {
        if (distinctiveFigure(t)) {
            TermId id = termHash(t.norm, termHash("#"));
            p.counts[id] += kFigureWeight;
            p.neutral.push_back(id);
        }
        if (!usable(t)) {
            prev = nullptr;
            continue;
        }
        const TermId id = termHash(t.stem);
        p.counts[id] += isInnerCapital(a.text, t) ? kNameWeight : 1.0F;
        ++contentTokens;
        if (static_cast<unsigned char>(t.norm[0]) >= 0xE2) ++cjkTokens;  // U+2000 and up: CJK scripts
        // Adjacent content words ("travel ban", "export control"): two stories that share a theme share
        // words, but the same event shares phrases.
        if (prev && t.span.start - prev->span.end <= 1) p.counts[termHash(t.stem, termHash(" ", prevId))] += kPhraseWeight;
        prev = &t;
        prevId = id;
    }
    if (ann)
        for (const auto& e : ann->entities) {
            TermId id = termHash(text::fold(e.canonical.empty() ? e.text : e.canonical), termHash("@"));
            p.counts[id] += kEntityWeight;
            p.entities.push_back(id);
            p.neutral.push_back(id);
        }
    if (ann)
        for (const auto& q : ann->quantities) {
            if (q.unit.empty() && q.value < 1000) continue;  // a bare small number links nothing
            TermId id = termHash(quantityTerm(q));
            p.counts[id] += kQuantityWeight;
            p.neutral.push_back(id);
        }
    p.cjk = contentTokens > 0 && cjkTokens * 2 > contentTokens;
    std::sort(p.neutral.begin(), p.neutral.end());
    p.neutral.erase(std::unique(p.neutral.begin(), p.neutral.end()), p.neutral.end());
    std::sort(p.entities.begin(), p.entities.end());
    p.entities.erase(std::unique(p.entities.begin(), p.entities.end()), p.entities.end());
    p.terms.reserve(p.counts.size());
    p.terms.assign(p.counts.begin(), p.counts.end());
    std::sort(p.terms.begin(), p.terms.end());
    p.counts = {};
    if (toks.size() >= kShingle) {
        p.shingles.reserve(toks.size() - kShingle + 1);
        for (std::size_t i = 0; i + kShingle <= toks.size(); ++i) {
            std::uint64_t h = 1469598103934665603ULL;
            for (std::size_t k = 0; k < kShingle; ++k) h = termHash(toks[i + k].norm, termHash(" ", h));
            p.shingles.push_back(h);
        }
        std::sort(p.shingles.begin(), p.shingles.end());
        p.shingles.erase(std::unique(p.shingles.begin(), p.shingles.end()), p.shingles.end());
    }
    return p;
}

std::vector<RawProfile> rawProfiles(const std::vector<Article>& articles,
                                    const std::map<std::string, Annotations>& annotations) {
    std::vector<RawProfile> raw(articles.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < articles.size(); i = next++) {
            auto it = annotations.find(articles[i].id);
            try {
                raw[i] = rawProfile(articles[i], it == annotations.end() ? nullptr : &it->second);
            } catch (const std::exception&) {
                raw[i] = RawProfile{};  // an article that cannot be profiled becomes a story of its own
            }
        }
    };
    // Tokenizing is most of the cost and each article is independent; the text stage is thread-safe.
    std::size_t workers = std::min<std::size_t>(std::max(1U, std::thread::hardware_concurrency()), 8);
    workers = std::min(workers, std::max<std::size_t>(1, articles.size() / 16));
    std::vector<std::thread> threads;
    try {
        for (std::size_t w = 1; w < workers; ++w) threads.emplace_back(work);
    } catch (const std::system_error&) {
        // No more threads to be had: the calling thread does the rest (no exception leaves the stage).
    }
    work();
    for (auto& t : threads) t.join();
    return raw;
}

}  // namespace

std::vector<ArticleProfile> buildProfiles(const std::vector<Article>& articles,
                                          const std::map<std::string, Annotations>& annotations) {
    std::vector<RawProfile> raw = rawProfiles(articles, annotations);
    std::unordered_map<TermId, std::uint32_t> df;
    for (const auto& r : raw)
        for (const auto& [id, c] : r.terms) ++df[id];
    const double n = static_cast<double>(articles.size());
    std::vector<ArticleProfile> out(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        ArticleProfile& p = out[i];
        p.terms.reserve(raw[i].terms.size());
        std::vector<std::pair<float, TermId>> shared;
        std::vector<std::pair<float, TermId>> sharedNeutral;
        const auto& neutral = raw[i].neutral;
        for (auto [id, c] : raw[i].terms) {
            const auto count = df[id];
            auto w = static_cast<float>((1.0 + std::log(c)) * std::log(1.0 + n / count));
            p.terms.emplace_back(id, w);  // already sorted by id
            bool isNeutral = std::binary_search(neutral.begin(), neutral.end(), id);
            if (isNeutral) p.neutral.emplace_back(id, w);
            if (count >= 2) (isNeutral ? sharedNeutral : shared).emplace_back(-w, id);
        }
        normalize(p.terms);
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
        if (articles[i].published) p.day = articles[i].published->date.daysSinceEpoch();
    }
    return out;
}

}  // namespace parallax::align
