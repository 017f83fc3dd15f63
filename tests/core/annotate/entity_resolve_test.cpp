// Mention resolution through indexes against the old pairwise version: random mention lists over random
// token streams (codes, makers before "'s" and "its", short and full names) must resolve the same way.
#include <gtest/gtest.h>

#include <random>

#include "core/annotate/entity_mention.h"
#include "tests/core/annotate/entity_resolve_reference.h"

namespace parallax::annotate {
namespace {

const std::vector<std::string> kWords = {"Huawei", "Ascend", "910B", "DeepSeek", "'s", "its", "R1", ".", "Tang",
                                         "Jie", "Zhipu", "AI", "Qwen", "2.5", "said", "the", ",", "V3", "!"};
const std::vector<std::string> kNames = {"Huawei Ascend 910B", "910B", "Ascend 910B", "R1", "DeepSeek R1",
                                         "DeepSeek-R1", "Tang", "Tang Jie", "Jie", "Zhipu", "Zhipu AI", "Qwen 2.5",
                                         "2.5", "V3", "DeepSeek V3", "Huawei", "DeepSeek", "B", ""};
const std::vector<std::string> kParents = {"", "", "Qwen", "Huawei", "DeepSeek"};
const std::vector<EntityKind> kKinds = {EntityKind::Person, EntityKind::Organization, EntityKind::Product,
                                        EntityKind::Other};

template <typename T>
const T& pick(std::mt19937& r, const std::vector<T>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(r)];
}

std::vector<Mention> randomMentions(std::mt19937& r, std::size_t tokens) {
    std::vector<Mention> ms;
    std::uniform_int_distribution<int> percent(0, 99);
    std::size_t at = 0;
    while (true) {
        at += std::uniform_int_distribution<std::size_t>(0, 3)(r);
        const std::size_t len = std::uniform_int_distribution<std::size_t>(1, 3)(r);
        if (at + len > tokens) break;
        Mention m;
        m.begin = at;
        m.end = at + len;
        m.kind = pick(r, kKinds);
        m.canonical = pick(r, kNames);
        m.known = percent(r) < 20;
        m.codeOnly = m.kind == EntityKind::Product && percent(r) < 50;
        if (percent(r) < 20) {
            m.variant = true;
            m.variantBase = m.canonical;
            m.canonical += pick(r, std::vector<std::string>{"-Lite", " mini", "-Preview"});
        }
        m.family = pick(r, kParents);
        m.parent = pick(r, kParents);
        ms.push_back(m);
        at = m.end;
    }
    return ms;
}

TEST(EntityResolveLinear, AgreesWithThePairwiseVersionOnRandomMentions) {
    std::mt19937 r(1203);
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        for (int k = std::uniform_int_distribution<int>(1, 60)(r); k > 0; --k) text += pick(r, kWords) + " ";
        const std::vector<Tok> toks = scanTokens(text);
        std::vector<Mention> ms = randomMentions(r, toks.size());
        std::vector<Mention> copy = ms;
        const auto expected = reference::referenceResolveMentions(text, toks, copy);
        const auto got = resolveMentions(text, toks, ms);
        ASSERT_EQ(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            SCOPED_TRACE("round " + std::to_string(round) + " mention " + std::to_string(i) + " in: " + text);
            EXPECT_EQ(got[i].span, expected[i].span);
            EXPECT_EQ(got[i].canonical, expected[i].canonical);
            EXPECT_EQ(got[i].kind, expected[i].kind);
            EXPECT_EQ(got[i].base, expected[i].base);
        }
        if (::testing::Test::HasFailure()) break;
    }
}

}  // namespace
}  // namespace parallax::annotate
