#pragma once
/// @file synthetic_corpus.h  Deterministic synthetic news corpora for benchmarks and scale tests:
/// N articles in K stories. Each story has its own keywords and named actors; every article mixes them
/// with a shared background vocabulary (Zipf-like), so that stories overlap the way real coverage does.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/model/article.h"

namespace parallax::bench {

struct SyntheticArticle {
    Article article;
    std::size_t story = 0;  ///< the story the generator wrote it for
};

/// Word numbers from here on are a story's own words (see syntheticCorpus); below are the shared background words.
inline constexpr std::uint64_t kStoryWordBase = 100000;

/// A pseudo-word from syllables (stable for a given number).
inline std::string pseudoWord(std::uint64_t n, bool capital = false) {
    static const char* syllables[] = {"ka", "lo", "mi", "ran", "tes", "vo", "qui", "zen", "dar", "pel", "sor", "nu",
                                      "bri", "gat", "hom", "jus", "wex", "yal", "fro", "cin"};
    std::string w;
    std::uint64_t x = n * 2654435761ULL + 7;
    int parts = 2 + static_cast<int>(n % 3);
    for (int i = 0; i < parts; ++i) {
        w += syllables[x % 20];
        x /= 20;
        x += n + static_cast<std::uint64_t>(i) * 13;
    }
    // Keeps words unique even when syllables repeat. A story's own words (n >= kStoryWordBase) carry their whole
    // number: with a short suffix, stories 2,328 apart drew the same syllables and suffix (2,328,000 is a multiple
    // of both 20^3 and 97), so a corpus of thousands of stories had pairs of stories with one vocabulary.
    w += std::to_string(n >= kStoryWordBase ? n : n % 97);
    // Letters only: a trailing number would make a code, not a word.
    for (char& c : w)
        if (c >= '0' && c <= '9') c = static_cast<char>('a' + (c - '0'));
    if (capital) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

/// One sentence stating a fact of story `story` in plain English news wording (an amount, a date, a head count
/// or a percentage), so that annotation, alignment and conflict detection have real work. With `variant` the
/// figure differs from the story's usual one: the kind of disagreement the conflict stage looks for.
inline std::string syntheticFactSentence(std::size_t story, std::size_t fact, bool variant) {
    static const char* months[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"};
    const std::string actor = pseudoWord(100000 + story * 1000 + 900, true);
    const std::size_t shift = variant ? 1 : 0;
    switch (fact % 4) {
        case 0:
            return actor + " raised $" + std::to_string(20 + story % 80 + shift * 15) +
                   " million in its latest funding round, the company said.";
        case 1:
            return "The agreement was announced on " + std::string(months[(story + shift) % 12]) + " " +
                   std::to_string(1 + story % 27) + ", 2025.";
        case 2:
            return actor + " employs about " + std::to_string(200 + (story % 50) * 40 + shift * 300) +
                   " people across its offices.";
        default:
            return "Revenue at " + actor + " grew " + std::to_string(5 + story % 30 + shift * 7) +
                   " percent last year, according to the filing.";
    }
}

/// `articles` articles spread over `stories` stories (sizes vary), deterministic for a seed. With
/// `facts`, every article also states two to four of its story's facts (syntheticFactSentence), one in ten
/// with a different figure; without, the text has no figures at all (the default, which the align tests use).
inline std::vector<SyntheticArticle> syntheticCorpus(std::size_t articles, std::size_t stories, std::uint64_t seed = 42,
                                                     bool facts = false) {
    std::mt19937_64 rng(seed);
    constexpr std::size_t kBackground = 3000;
    constexpr std::size_t kStoryWords = 25;
    std::vector<SyntheticArticle> out;
    out.reserve(articles);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    // Zipf-like background: low numbers far more often.
    auto background = [&] {
        double u = static_cast<double>(rng() % 1000000) / 1000000.0;
        return static_cast<std::size_t>(static_cast<double>(kBackground) * u * u * u);
    };
    for (std::size_t i = 0; i < articles; ++i) {
        SyntheticArticle s;
        s.story = (i * 7919 + pick(3)) % stories;  // spread articles over stories, uneven sizes
        std::uint64_t storyBase = kStoryWordBase + s.story * 1000;
        Article& a = s.article;
        a.id = "a" + std::to_string(i);
        a.path = "/synthetic/story" + std::to_string(s.story) + "/article" + std::to_string(i) + ".txt";
        for (int w = 0; w < 6; ++w) {
            if (!a.title.empty()) a.title += ' ';
            a.title += pseudoWord(w % 2 ? storyBase + pick(kStoryWords) : background(), w == 0);
        }
        std::size_t sentences = 10 + pick(15);
        for (std::size_t k = 0; k < sentences; ++k) {
            std::string sentence = pseudoWord(storyBase + 900 + pick(4), true);  // a named actor of the story
            std::size_t words = 10 + pick(14);
            for (std::size_t w = 0; w < words; ++w) {
                sentence += ' ';
                sentence += pick(10) < 3 ? pseudoWord(storyBase + pick(kStoryWords)) : pseudoWord(background());
            }
            sentence += ". ";
            a.text += sentence;
            if (k % 4 == 3) a.text += "\n\n";
        }
        if (facts) {
            // Drawn after the body so that the body is the same with and without facts for a seed.
            std::size_t count = 2 + pick(3);
            std::size_t first = pick(4);
            a.text += "\n\n";
            for (std::size_t f = 0; f < count; ++f)
                a.text += syntheticFactSentence(s.story, first + f, pick(10) == 0) + " ";
        }
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace parallax::bench
