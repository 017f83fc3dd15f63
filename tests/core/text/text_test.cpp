#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/text/text.h"

using parallax::Span;
namespace text = parallax::text;

namespace {
std::string at(std::string_view s, Span sp) { return std::string(s.substr(sp.start, sp.size())); }

std::vector<std::string> norms(const std::vector<text::Token>& toks) {
    std::vector<std::string> out;
    for (const auto& t : toks) out.push_back(t.norm);
    return out;
}

bool hasNorm(const std::vector<text::Token>& toks, std::string_view n) {
    return std::any_of(toks.begin(), toks.end(), [&](const text::Token& t) { return t.norm == n; });
}
}  // namespace

TEST(Text, IcuBackendIsAvailable) {
    auto r = text::checkIcuBackend();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_TRUE(r.value());
}

TEST(Text, FoldAppliesNfkcAndCaseFolding) {
    EXPECT_EQ(text::fold("DeepSeek"), "deepseek");
    EXPECT_EQ(text::fold("Straße"), "strasse");           // full case folding, not lower-casing
    EXPECT_EQ(text::fold("ＡＩ芯片"), "ai芯片");            // full-width Latin folds to ASCII by NFKC
    EXPECT_EQ(text::fold("ﬁnance"), "finance");            // the ligature decomposes
    EXPECT_EQ(text::fold("Ångström"), text::fold("ÅNGSTRÖM"));
}

TEST(Text, EnglishTokensHaveStemsStopsAndNumbers) {
    std::string s = "The companies released 3.5 billion chips, Reuters reported.";
    auto toks = text::tokens(s);
    ASSERT_EQ(norms(toks), (std::vector<std::string>{"the", "companies", "released", "3.5", "billion", "chips",
                                                      "reuters", "reported"}));
    EXPECT_TRUE(toks[0].stop);
    EXPECT_FALSE(toks[1].stop);
    EXPECT_EQ(toks[1].stem, "compani");
    EXPECT_EQ(toks[2].stem, "releas");
    EXPECT_TRUE(toks[3].number);
    EXPECT_EQ(toks[3].stem, "3.5");
    EXPECT_EQ(toks[5].stem, "chip");
    for (const auto& t : toks) EXPECT_EQ(text::fold(at(s, t.span)), t.norm);
}

TEST(Text, TokensOfARangeKeepOffsetsIntoTheWholeText) {
    std::string s = "Skip this. Huawei unveiled chips.";
    Span range{11, s.size()};
    auto toks = text::tokens(s, range);
    ASSERT_EQ(toks.size(), 3u);
    EXPECT_EQ(at(s, toks[0].span), "Huawei");
    EXPECT_EQ(toks[0].span.start, 11u);
    EXPECT_EQ(at(s, toks[2].span), "chips");
}

TEST(Text, ChineseIsSegmentedIntoWordsAndNotStemmed) {
    std::string s = "华为发布了新的人工智能芯片。";
    auto toks = text::tokens(s, Span{0, s.size()}, "zh");
    ASSERT_GE(toks.size(), 4u);
    std::string joined;
    for (const auto& t : toks) {
        EXPECT_EQ(at(s, t.span), t.norm);  // CJK folds to itself
        EXPECT_EQ(t.stem, t.norm);         // and is never stemmed
        joined += at(s, t.span);
    }
    EXPECT_EQ(joined, "华为发布了新的人工智能芯片");  // nothing lost, punctuation skipped
    EXPECT_TRUE(hasNorm(toks, "发布"));
    EXPECT_TRUE(hasNorm(toks, "智能"));
    EXPECT_LT(toks.size(), 13u);  // words, not one token per character
    auto stopIt = std::find_if(toks.begin(), toks.end(), [](const text::Token& t) { return t.norm == "的"; });
    if (stopIt != toks.end()) {
        EXPECT_TRUE(stopIt->stop);
    }
}

TEST(Text, MixedChineseAndEnglishKeepExactSpans) {
    std::string s = "DeepSeek于2025年1月20日发布R1模型，Nvidia shares fell 17%.";
    auto toks = text::tokens(s);
    ASSERT_FALSE(toks.empty());
    for (const auto& t : toks) {
        ASSERT_LE(t.span.end, s.size());
        EXPECT_EQ(text::fold(at(s, t.span)), t.norm);
    }
    EXPECT_TRUE(hasNorm(toks, "deepseek"));
    EXPECT_TRUE(hasNorm(toks, "nvidia"));
    EXPECT_TRUE(hasNorm(toks, "2025"));
    auto shares = std::find_if(toks.begin(), toks.end(), [](const text::Token& t) { return t.norm == "shares"; });
    ASSERT_NE(shares, toks.end());
    EXPECT_EQ(shares->stem, "share");
}

TEST(Text, CodesAndVersionsAreNotStemmedOrCountedAsNumbers) {
    std::string s = "GPT-4o and R1 beat U.S. rivals; Qwen2.5 cost 578.9亿 and 4.35 billion. Don\u2019t";
    auto toks = text::tokens(s);
    auto find = [&](std::string_view n) {
        return std::find_if(toks.begin(), toks.end(), [&](const text::Token& t) { return t.norm == n; });
    };
    ASSERT_NE(find("r1"), toks.end());
    EXPECT_FALSE(find("r1")->number);
    EXPECT_EQ(find("r1")->stem, "r1");
    ASSERT_NE(find("4o"), toks.end());
    EXPECT_EQ(find("4o")->stem, "4o");
    ASSERT_NE(find("qwen2.5"), toks.end());
    EXPECT_FALSE(find("qwen2.5")->number);
    ASSERT_NE(find("578.9"), toks.end());
    EXPECT_TRUE(find("578.9")->number);
    ASSERT_NE(find("u.s"), toks.end());
    EXPECT_EQ(find("u.s")->stem, "u.s");
    ASSERT_NE(find("don\u2019t"), toks.end());
    EXPECT_TRUE(find("don\u2019t")->stop);  // typographic apostrophe matches the ASCII stop word
}

TEST(Text, EmojiAreSkippedAndOffsetsStayExact) {
    std::string s = "Launch day 🚀🔥 for the new model 🤖!";
    auto toks = text::tokens(s);
    EXPECT_EQ(norms(toks), (std::vector<std::string>{"launch", "day", "for", "the", "new", "model"}));
    for (const auto& t : toks) EXPECT_EQ(text::fold(at(s, t.span)), t.norm);
}

TEST(Text, EmptyAndOutOfRangeInputsGiveNothing) {
    EXPECT_TRUE(text::tokens("").empty());
    EXPECT_TRUE(text::tokens("abc", Span{5, 9}).empty());
    EXPECT_TRUE(text::sentences("").empty());
    EXPECT_TRUE(text::sentences("   \n\n  ").empty());
}

TEST(Text, OtherLanguagesUseTheirStemmer) {
    std::string s = "Die Unternehmen veröffentlichten Modelle";
    auto toks = text::tokens(s, Span{0, s.size()}, "de");
    ASSERT_FALSE(toks.empty());
    auto it = std::find_if(toks.begin(), toks.end(), [](const text::Token& t) { return t.norm == "modelle"; });
    ASSERT_NE(it, toks.end());
    EXPECT_EQ(it->stem, "modell");
}

TEST(Text, ConcurrentCallsAgreeWithSequentialOnes) {
    std::string s = "Alibaba's Qwen models topped the download charts. 阿里巴巴发布了通义千问。 Analysts expect more.";
    auto expectedTokens = text::tokens(s);
    auto expectedSentences = text::sentences(s);
    std::vector<std::thread> threads;
    std::vector<int> mismatches(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                auto toks = text::tokens(s);
                auto sents = text::sentences(s);
                bool same = toks.size() == expectedTokens.size() && sents.size() == expectedSentences.size();
                for (std::size_t k = 0; same && k < toks.size(); ++k)
                    same = toks[k].stem == expectedTokens[k].stem && toks[k].span == expectedTokens[k].span;
                if (!same) ++mismatches[static_cast<std::size_t>(t)];
            }
        });
    for (auto& th : threads) th.join();
    for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Text, InvalidUtf8IsSkippedWithoutBreakingSpans) {
    std::string s = "abc \xff\xfe def. Next \xe4\xb8 sentence here. \xf0\x9f\x98";
    auto toks = text::tokens(s);
    EXPECT_EQ(norms(toks), (std::vector<std::string>{"abc", "def", "next", "sentence", "here"}));
    for (const auto& t : toks) EXPECT_EQ(text::fold(at(s, t.span)), t.norm);
    auto sents = text::sentences(s);
    ASSERT_EQ(sents.size(), 2u);
    for (const auto& st : sents) EXPECT_LE(st.span.end, s.size());
}
