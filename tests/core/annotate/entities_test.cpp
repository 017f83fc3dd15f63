// Entities: the alias file, product codes and versions, capitalised names, people, and resolution of short
// mentions, possessives and variants within one article.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/annotate/canonical.h"
#include "core/annotate/entities.h"

namespace parallax::annotate {
namespace {

const Entity* find(const std::vector<Entity>& es, const std::string& text, int nth = 0) {
    for (const auto& e : es)
        if (e.text == text && nth-- == 0) return &e;
    return nullptr;
}

std::string dump(const std::vector<Entity>& es) {
    std::string s;
    for (const auto& e : es) s += "[" + e.text + " => " + e.canonical + " (" + std::string(toString(e.kind)) + ", base " + e.base + ")] ";
    return s;
}

TEST(CanonicalKey, SpacingHyphensAndCase) {
    EXPECT_EQ(canonicalKey("Qwen 2.5"), canonicalKey("Qwen2.5"));
    EXPECT_EQ(canonicalKey("DeepSeek R1"), canonicalKey("DeepSeek-R1"));
    EXPECT_EQ(canonicalKey("deepseek\u2011r1"), canonicalKey("DeepSeek R1"));
    EXPECT_EQ(canonicalKey("the Ascend 910B"), canonicalKey("Ascend 910B"));
    EXPECT_NE(canonicalKey("Qwen2"), canonicalKey("Qwen2.5"));
    EXPECT_NE(canonicalKey("Llama 3.1"), canonicalKey("Llama 31"));
    EXPECT_NE(canonicalKey("Ascend 910B"), canonicalKey("Ascend 910C"));
    EXPECT_TRUE(sameName("GPT 4o", "GPT-4o"));
}

TEST(RelatedNames, VariantsAndSiblings) {
    EXPECT_TRUE(relatedNames("DeepSeek-R1-Lite-Preview", "DeepSeek-R1", "DeepSeek-R1", ""));
    EXPECT_TRUE(relatedNames("Huawei Ascend 910C", "Huawei Ascend 910", "Huawei Ascend 910B", "Huawei Ascend 910"));
    EXPECT_TRUE(relatedNames("Qwen2", "Qwen", "Qwen2.5", "Qwen"));
    EXPECT_FALSE(relatedNames("Nvidia A100", "", "Huawei Ascend 910B", "Huawei Ascend 910"));
}

TEST(Entities, ShortMentionResolvesToEarlierFullName) {
    std::string text =
        "Huawei's Ascend 910B AI chip performs competitively. Tests showed the 910B beating Nvidia's A100 "
        "in training, while the A100 stayed ahead elsewhere.";
    auto es = findEntities(text);
    const Entity* huawei = find(es, "Huawei");
    ASSERT_NE(huawei, nullptr) << dump(es);
    EXPECT_EQ(huawei->kind, EntityKind::Organization);
    const Entity* ascend = find(es, "Ascend 910B");
    ASSERT_NE(ascend, nullptr) << dump(es);
    EXPECT_EQ(ascend->canonical, "Huawei Ascend 910B");
    EXPECT_EQ(ascend->kind, EntityKind::Product);
    EXPECT_EQ(ascend->base, "Huawei Ascend 910");
    EXPECT_EQ(text.substr(ascend->span.start, ascend->span.size()), "Ascend 910B");
    const Entity* shortMention = find(es, "910B");
    ASSERT_NE(shortMention, nullptr) << dump(es);
    EXPECT_EQ(shortMention->canonical, "Huawei Ascend 910B");
    const Entity* a100 = find(es, "A100");
    ASSERT_NE(a100, nullptr) << dump(es);
    EXPECT_EQ(a100->canonical, "Nvidia A100");
    EXPECT_TRUE(a100->base.empty()) << "a maker is not a base: " << a100->base;
    EXPECT_EQ(find(es, "AI"), nullptr) << dump(es);
}

TEST(Entities, VariantKeepsItsNameAndPointsAtItsBase) {
    std::string text =
        "In November, DeepSeek debuted its R1 model. The DeepSeek-R1-Lite-Preview came out first, "
        "and Huawei is readying the Ascend 910C.";
    auto es = findEntities(text);
    const Entity* r1 = find(es, "R1");
    ASSERT_NE(r1, nullptr) << dump(es);
    EXPECT_EQ(r1->canonical, "DeepSeek-R1");
    EXPECT_TRUE(sameName(r1->canonical, "DeepSeek R1"));
    const Entity* lite = find(es, "DeepSeek-R1-Lite-Preview");
    ASSERT_NE(lite, nullptr) << dump(es);
    EXPECT_EQ(lite->canonical, "DeepSeek-R1-Lite-Preview");
    EXPECT_EQ(lite->base, "DeepSeek-R1");
    const Entity* c = find(es, "Ascend 910C");
    ASSERT_NE(c, nullptr) << dump(es);
    EXPECT_EQ(c->canonical, "Huawei Ascend 910C");
    EXPECT_EQ(c->base, "Huawei Ascend 910");
}

TEST(Entities, FamilyVersionsAreDifferentProductsOfOneFamily) {
    std::string text = "Alibaba's Qwen 2.5 became the most downloaded model, ahead of Qwen2 and Llama 3.1.";
    auto es = findEntities(text);
    const Entity* q25 = find(es, "Qwen 2.5");
    ASSERT_NE(q25, nullptr) << dump(es);
    EXPECT_TRUE(sameName(q25->canonical, "Qwen2.5"));
    EXPECT_EQ(q25->base, "Qwen");
    const Entity* q2 = find(es, "Qwen2");
    ASSERT_NE(q2, nullptr) << dump(es);
    EXPECT_EQ(q2->canonical, "Qwen2");
    EXPECT_EQ(q2->base, "Qwen");
    EXPECT_FALSE(sameName(q2->canonical, q25->canonical));
    const Entity* llama = find(es, "Llama 3.1");
    ASSERT_NE(llama, nullptr) << dump(es);
    EXPECT_EQ(llama->canonical, "Llama 3.1");
    EXPECT_EQ(llama->base, "Llama");
    const Entity* alibaba = find(es, "Alibaba");
    ASSERT_NE(alibaba, nullptr) << dump(es);
    EXPECT_EQ(alibaba->kind, EntityKind::Organization);
}

TEST(Entities, CodesAndHyphenatedModelNames) {
    std::string text = "OpenAI's o1 and GPT-4o trail DeepSeek-V3 on some tests, and the H20 ships to China.";
    auto es = findEntities(text);
    const Entity* o1 = find(es, "o1");
    ASSERT_NE(o1, nullptr) << dump(es);
    EXPECT_EQ(o1->canonical, "OpenAI o1");
    const Entity* gpt = find(es, "GPT-4o");
    ASSERT_NE(gpt, nullptr) << dump(es);
    EXPECT_EQ(gpt->canonical, "GPT-4o");
    EXPECT_EQ(gpt->base, "GPT");
    const Entity* v3 = find(es, "DeepSeek-V3");
    ASSERT_NE(v3, nullptr) << dump(es);
    EXPECT_EQ(v3->canonical, "DeepSeek-V3");
    const Entity* h20 = find(es, "H20");
    ASSERT_NE(h20, nullptr) << dump(es);
    EXPECT_EQ(h20->canonical, "Nvidia H20");
    const Entity* china = find(es, "China");
    ASSERT_NE(china, nullptr) << dump(es);
    EXPECT_EQ(china->kind, EntityKind::Place);
}

TEST(Entities, PossessiveNamesTheMakerOfAnUnknownCode) {
    std::string text = "Acme Robotics unveiled a chip. Acme Robotics's X9 is fast; its rival Zeta Labs said the X9 lags.";
    auto es = findEntities(text);
    const Entity* acme = find(es, "Acme Robotics");
    ASSERT_NE(acme, nullptr) << dump(es);
    EXPECT_EQ(acme->kind, EntityKind::Organization);
    const Entity* x9 = find(es, "X9");
    ASSERT_NE(x9, nullptr) << dump(es);
    EXPECT_EQ(x9->canonical, "Acme Robotics X9");
    const Entity* later = find(es, "X9", 1);
    ASSERT_NE(later, nullptr) << dump(es);
    EXPECT_EQ(later->canonical, "Acme Robotics X9");
}

TEST(Entities, PeopleAndLaterSurnameMentions) {
    std::string text =
        "Tang Jie, founder of Zhipu AI, said younger founders take risks. \"We move fast,\" said Lin Junyang, "
        "technical lead for the Qwen team. Tang added that costs fell.";
    auto es = findEntities(text);
    const Entity* tang = find(es, "Tang Jie");
    ASSERT_NE(tang, nullptr) << dump(es);
    EXPECT_EQ(tang->kind, EntityKind::Person);
    const Entity* lin = find(es, "Lin Junyang");
    ASSERT_NE(lin, nullptr) << dump(es);
    EXPECT_EQ(lin->kind, EntityKind::Person);
    const Entity* tangAgain = find(es, "Tang");
    ASSERT_NE(tangAgain, nullptr) << dump(es);
    EXPECT_EQ(tangAgain->canonical, "Tang Jie");
    EXPECT_EQ(tangAgain->kind, EntityKind::Person);
    const Entity* zhipu = find(es, "Zhipu AI");
    ASSERT_NE(zhipu, nullptr) << dump(es);
    EXPECT_EQ(zhipu->kind, EntityKind::Organization);
}

TEST(Entities, CapitalisedOrganisationNames) {
    std::string text = "Kuaishou Technology and the Bank of China signed a deal with Meridian Semiconductor Corp.";
    auto es = findEntities(text);
    const Entity* kuaishou = find(es, "Kuaishou Technology");
    ASSERT_NE(kuaishou, nullptr) << dump(es);
    EXPECT_EQ(kuaishou->canonical, "Kuaishou");
    const Entity* boc = find(es, "Bank of China");
    ASSERT_NE(boc, nullptr) << dump(es);
    const Entity* corp = find(es, "Meridian Semiconductor Corp");
    ASSERT_NE(corp, nullptr) << dump(es);
    EXPECT_EQ(corp->kind, EntityKind::Organization);
}

TEST(Entities, NoNamesFromSentenceWordsAcronymsOrExcludedSpans) {
    std::string text = "However, the market grew. The AI chip sold well. Chinese firms in 2024 shipped 7B models.";
    auto es = findEntities(text);
    EXPECT_TRUE(es.empty()) << dump(es);
    std::string dated = "Sales rose in November.";
    auto none = findEntities(dated, {}, {Span{14, 22}});
    EXPECT_TRUE(none.empty()) << dump(none);
}

TEST(Entities, ChineseAliases) {
    std::string text = "华为发布了昇腾910B芯片。";
    auto es = findEntities(text);
    const Entity* hw = find(es, "华为");
    ASSERT_NE(hw, nullptr) << dump(es);
    EXPECT_EQ(hw->canonical, "Huawei");
    const Entity* chip = find(es, "昇腾910B");
    ASSERT_NE(chip, nullptr) << dump(es);
    EXPECT_EQ(chip->canonical, "Huawei Ascend 910B");
}

}  // namespace
}  // namespace parallax::annotate

namespace parallax::annotate {
namespace {

TEST(Entities, OneKindPerNameAndNoDemonymsOrInitials) {
    std::string text =
        "FBI Director James Comey testified. Comey said the memo was accurate, and the White House said "
        "nothing. North Korean officials met in Washington, D.C. on the matter. Comey left.";
    auto es = findEntities(text);
    for (const auto& e : es) {
        EXPECT_NE(e.text, "North Korean") << dump(es);
        EXPECT_NE(e.text, "C") << dump(es);
        if (e.canonical == "James Comey") {
            EXPECT_EQ(e.kind, EntityKind::Person) << e.text;
        }
        if (e.text == "White House") {
            EXPECT_NE(e.kind, EntityKind::Person);
        }
    }
    const Entity* comey = find(es, "Comey", 1);
    ASSERT_NE(comey, nullptr) << dump(es);
    EXPECT_EQ(comey->canonical, "James Comey");
}

TEST(Entities, HyphenatedNamesStayWhole) {
    std::string text =
        "The engines came from Rolls-Royce, and the printers from Hewlett-Packard. Talks between Kim Jong-un and "
        "his envoys went on while Coca-Cola shipped syrup. The Santa Clara-based designer and a Hong Kong-listed "
        "rival both sell to Mercedes-Benz.";
    auto es = findEntities(text);
    for (const char* name : {"Rolls-Royce", "Hewlett-Packard", "Kim Jong-un", "Coca-Cola", "Mercedes-Benz"}) {
        const Entity* e = find(es, name);
        ASSERT_NE(e, nullptr) << name << ": " << dump(es);
        EXPECT_EQ(e->canonical, name);
    }
    for (const auto& e : es) {
        EXPECT_NE(e.text, "Rolls") << dump(es);
        EXPECT_NE(e.text, "Kim Jong") << dump(es);
        EXPECT_EQ(e.text.find("-based"), std::string::npos) << dump(es);
        EXPECT_EQ(e.text.find("-listed"), std::string::npos) << dump(es);
    }
}

TEST(Entities, CompanyMentionsShareOneCanonicalName) {
    std::string text =
        "Voltmark said on Monday it would list in Singapore. Shares of Voltmark Batteries rose 9 per cent. "
        "The Bank of Korea kept rates on hold. Voltmark Batteries Ltd sold 2 million cells last year, and "
        "Voltmark plans a second plant.";
    auto es = findEntities(text);
    const Entity* full = find(es, "Voltmark Batteries");
    ASSERT_NE(full, nullptr) << dump(es);
    EXPECT_EQ(full->kind, EntityKind::Organization);
    const Entity* legal = find(es, "Voltmark Batteries Ltd");
    ASSERT_NE(legal, nullptr) << dump(es);
    EXPECT_EQ(legal->canonical, "Voltmark Batteries");
    const Entity* later = find(es, "Voltmark", 1);
    ASSERT_NE(later, nullptr) << dump(es);
    EXPECT_EQ(later->canonical, "Voltmark Batteries");
    const Entity* bank = find(es, "Bank of Korea");
    EXPECT_NE(bank, nullptr) << dump(es);
    for (const auto& e : es) EXPECT_EQ(e.text.find("Shares"), std::string::npos) << dump(es);
}

TEST(Entities, DatelineOpensTheSentence) {
    std::string text =
        "SEOUL - Shares of Voltmark Batteries fell on Monday. BUSAN (Wire) \u2014 Investors sold Voltmark stock.";
    auto es = findEntities(text);
    const Entity* full = find(es, "Voltmark Batteries");
    ASSERT_NE(full, nullptr) << dump(es);
    EXPECT_EQ(full->canonical, "Voltmark Batteries");
    for (const auto& e : es) {
        EXPECT_EQ(e.text.find("Shares"), std::string::npos) << dump(es);
        EXPECT_NE(e.text, "Investors") << dump(es);
    }
}

TEST(Entities, PinyinSyllableMarkStaysInsideTheName) {
    std::string text = "Officials said the Tianwen-1 orbiter relayed data, and the city of Yan'an hosted the team.";
    auto es = findEntities(text);
    const Entity* craft = find(es, "Tianwen-1");
    ASSERT_NE(craft, nullptr) << dump(es);
    EXPECT_EQ(craft->kind, EntityKind::Product);
    EXPECT_NE(find(es, "Yan'an"), nullptr) << dump(es);
    std::string spaced = "Engineers said the Xuntian 2 module would dock, while Vega sold 5 models.";
    auto spacedNames = findEntities(spaced);
    EXPECT_NE(find(spacedNames, "Xuntian 2"), nullptr) << dump(spacedNames);
    EXPECT_EQ(find(spacedNames, "Vega 5"), nullptr) << dump(spacedNames);
    // A known short alias ("Xi", a leader) as the first syllable of a place is the place, whole.
    std::string city = "The plant in Xi'an opened on Monday, and Xi Jinping visited it later.";
    auto cityNames = findEntities(city);
    EXPECT_NE(find(cityNames, "Xi'an"), nullptr) << dump(cityNames);
    const Entity* leader = find(cityNames, "Xi Jinping");
    ASSERT_NE(leader, nullptr) << dump(cityNames);
    EXPECT_EQ(find(cityNames, "Xi"), nullptr) << dump(cityNames);
    std::string probe = "Reports said the Chang\u2019e-7 probe would follow.";
    EXPECT_NE(find(findEntities(probe), "Chang\u2019e-7"), nullptr) << dump(findEntities(probe));
}

TEST(Entities, PossessivesContractionsAndFiguresStayOutOfNames) {
    std::string text = "Analysts said Beijing's plan won't change, while Shenzhou-5% was a typo and Brazil won 3-1.";
    auto es = findEntities(text);
    EXPECT_NE(find(es, "Beijing"), nullptr) << dump(es);
    EXPECT_EQ(find(es, "Beijing's"), nullptr) << dump(es);
    EXPECT_EQ(find(es, "Shenzhou-5"), nullptr) << dump(es);
}

}  // namespace
}  // namespace parallax::annotate
