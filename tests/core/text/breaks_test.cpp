// forEachWord replaced Boost.Locale's word segment_index for speed; these tests hold it to what Boost.Locale (over
// the same ICU) reported, on the kinds of text news pages carry.
#include "core/text/breaks.h"

#include <boost/locale.hpp>
#include <boost/locale/boundary.hpp>
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "core/text/stem.h"
#include "core/text/text.h"

namespace parallax::text::detail {
namespace {
namespace lb = boost::locale::boundary;

using Segment = std::tuple<std::size_t, std::size_t, bool, bool>;  // start, end, number, cjk

std::vector<Segment> viaIcu(const std::string& s) {
    std::vector<Segment> out;
    forEachWord(s, [&](std::size_t a, std::size_t b, unsigned kinds) {
        const bool number = (kinds & (1u << static_cast<unsigned>(WordKind::Number))) != 0;
        const bool cjk = (kinds & ((1u << static_cast<unsigned>(WordKind::Ideo)) |
                                   (1u << static_cast<unsigned>(WordKind::Kana)))) != 0;
        out.emplace_back(a, b, number, cjk);
    });
    return out;
}

std::vector<Segment> viaBoost(const std::string& s) {
    auto mgr = boost::locale::localization_backend_manager::global();
    mgr.select("icu");
    boost::locale::generator gen(mgr);
    const std::locale loc = gen("en_US.UTF-8");
    std::vector<Segment> out;
    lb::ssegment_index idx(lb::word, s.begin(), s.end(), loc);
    idx.rule(lb::word_any);
    for (const auto& seg : idx)
        out.emplace_back(static_cast<std::size_t>(seg.begin() - s.begin()),
                         static_cast<std::size_t>(seg.end() - s.begin()), (seg.rule() & lb::word_number) != 0,
                         (seg.rule() & (lb::word_ideo | lb::word_kana)) != 0);
    return out;
}

const std::vector<std::string>& samples() {
    static const std::vector<std::string> texts = {
        "The U.S. company's shares rose 3.5% to $1,204.50 on Monday, don't you know?",
        "Qwen2.5 and R1 beat GPT-4o; the A17 Pro chip (3nm) ships on 20 January 2025.",
        "\xE2\x80\x9CWe\xE2\x80\x99re not done,\xE2\x80\x9D she said \xE2\x80\x94 twice.",
        "宁德时代周二在香港上市，募资约46亿美元。股价上涨16%。",
        "Apple の iPhone 16 は 9月20日に発売された。",
        "  \n\t  ",
        "e-mail: news@example.com, https://example.com/a?b=1 #tag @user",
        "Caf\xC3\xA9 na\xC3\xAFve \xC3\xBC" "ber stra\xC3\x9F" "e 1.000.000 12:30 3/4 \xF0\x9F\x98\x80 end",
        "bytes \xFF\xFE broken \xC3 utf-8",
        "abc \xff\xfe def. Next \xe4\xb8 sentence here. \xf0\x9f\x98",
    };
    return texts;
}

TEST(Words, SegmentsAsBoostLocaleDidOnNewsText) {
    for (const auto& s : samples()) EXPECT_EQ(viaIcu(s), viaBoost(s)) << s;
}

std::vector<std::pair<std::size_t, std::size_t>> sentencesViaIcu(const std::string& s) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    forEachSentence(s, [&](std::size_t a, std::size_t b) { out.emplace_back(a, b); });
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> sentencesViaBoost(const std::string& s) {
    auto mgr = boost::locale::localization_backend_manager::global();
    mgr.select("icu");
    boost::locale::generator gen(mgr);
    const std::locale loc = gen("en_US.UTF-8");
    std::vector<std::pair<std::size_t, std::size_t>> out;
    lb::ssegment_index idx(lb::sentence, s.begin(), s.end(), loc);
    idx.full_select(true);
    for (const auto& seg : idx)
        out.emplace_back(static_cast<std::size_t>(seg.begin() - s.begin()), static_cast<std::size_t>(seg.end() - s.begin()));
    return out;
}

TEST(Sentences, BoundariesAsBoostLocaleGaveThem) {
    for (const auto& s : samples()) EXPECT_EQ(sentencesViaIcu(s), sentencesViaBoost(s)) << s;
    const std::string paragraph = "Mr. Smith went to Washington. He said: \"No!\" Then he left.\n\nA new one? Yes.";
    EXPECT_EQ(sentencesViaIcu(paragraph), sentencesViaBoost(paragraph));
    EXPECT_GE(sentencesViaIcu(paragraph).size(), 4u);
}

TEST(Words, OffsetsAreBytesIntoTheText) {
    const std::string s = "Caf\xC3\xA9 opens";
    auto words = viaIcu(s);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(s.substr(std::get<0>(words[0]), std::get<1>(words[0]) - std::get<0>(words[0])), "Caf\xC3\xA9");
    EXPECT_EQ(s.substr(std::get<0>(words[1]), std::get<1>(words[1]) - std::get<0>(words[1])), "opens");
    EXPECT_TRUE(viaIcu("").empty());
}

TEST(Words, ThreadsEachGetTheSameAnswer) {
    // Each thread clones its own iterator: run them at once and compare with a single-threaded answer.
    std::vector<std::vector<Segment>> expected;
    for (const auto& s : samples()) expected.push_back(viaIcu(s));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round)
                for (std::size_t i = 0; i < samples().size(); ++i)
                    if (viaIcu(samples()[i]) != expected[i]) ++mismatches[t];
        });
    for (auto& th : threads) th.join();
    for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Fold, AsBoostLocaleFoldedWithNfkcAndCaseFolding) {
    auto mgr = boost::locale::localization_backend_manager::global();
    mgr.select("icu");
    boost::locale::generator gen(mgr);
    const std::locale loc = gen("en_US.UTF-8");
    auto viaBoost = [&](const std::string& s) {
        return boost::locale::fold_case(boost::locale::normalize(s, boost::locale::norm_nfkc, loc), loc);
    };
    std::vector<std::string> words = {"Stra\xC3\x9F" "e", "\xC4\xB0stanbul", "\xEF\xBC\xA1\xEF\xBC\xA9",  // full-width AI
                                      "\xE2\x85\xAB", "\xEF\xAC\x81nance", "\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x99\xCE\x91",
                                      "\xE5\xAE\x81\xE5\xBE\xB7\xE6\x97\xB6\xE4\xBB\xA3", "\xE3\x8E\x8F", "Caf\xC3\xA9",
                                      "Cafe\xCC\x81", "\xF0\x9F\x98\x80", "\xE2\x91\xA0", "\xC3\x85ngstr\xC3\xB6m"};
    for (const auto& s : samples()) words.push_back(s);
    for (const auto& w : words) EXPECT_EQ(text::fold(w), viaBoost(w)) << w;
}

TEST(Stem, TheCacheAnswersAsSnowballAcrossLanguagesAndEvictions) {
    EXPECT_EQ(text::stem("running", "en"), "run");
    EXPECT_EQ(text::stem("katzen", "de"), "katz");
    EXPECT_EQ(text::stem("running", "en"), "run") << "a language switch must not serve the other's stems";
    EXPECT_EQ(text::stem("running", "de"), text::stem("running", "german"));
    // Many distinct words evict each other's slots; every answer must still be the stem of its own word.
    std::vector<std::string> words;
    for (int i = 0; i < 40000; ++i) words.push_back("launch" + std::to_string(i) + (i % 2 ? "ing" : "es"));
    std::vector<std::string> first;
    for (const auto& w : words) first.push_back(text::stem(w, "en"));
    for (std::size_t i = 0; i < words.size(); i += 97) EXPECT_EQ(text::stem(words[i], "en"), first[i]) << words[i];
    EXPECT_EQ(text::stem("stations", "en"), "station");
}

}  // namespace
}  // namespace parallax::text::detail
