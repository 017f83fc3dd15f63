// One fact told twice in one article (internal_restatement.h), end to end (annotator + detector), on sentences
// written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"
#include "core/conflict/internal_restatement.h"
#include "tests/core/conflict/one_article.h"

namespace parallax::conflict {
namespace {

/// The flags of one article (a story of its own) of one type.
std::vector<Conflict> flagsIn(const std::string& text, ConflictType type) {
    const testing::OneArticle one = testing::oneArticle(text);
    Story story;
    story.id = "s1";
    story.articles.push_back(one.article.id);
    std::map<std::string, Annotations> ann{{one.article.id, one.ann}};
    std::vector<Conflict> out;
    for (const Conflict& c : findConflicts(story, {&one.article}, ann, {}))
        if (c.type == type) out.push_back(c);
    return out;
}

std::vector<Conflict> moneyIn(const std::string& text) { return flagsIn(text, ConflictType::Money); }

/// The internal figure flags of one article (a single article gives no other scope).
std::vector<Conflict> internalIn(const std::string& text) { return flagsIn(text, ConflictType::Number); }

TEST(InternalRestatement, APreciseNearlyAgainstALowerFigureToldInTheSameWords) {
    auto cs = moneyIn("Harbor Lines and Delta Shipping, owner and manager of the tanker Orca, agreed to pay nearly "
                      "$102 million to settle a claim brought by the city.\n\n"
                      "In October the city announced that Harbor Lines and Delta Shipping, the firms that owned and ran "
                      "the tanker Orca, have agreed to pay $101 million to settle a claim brought by the city over the spill.");
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs[0].scope, Scope::Internal);
    EXPECT_NE(cs[0].reason.find("$101 million"), std::string::npos);
}

TEST(InternalRestatement, ANearlyThatRoundsToTheFigureAgrees) {
    EXPECT_TRUE(moneyIn("Harbor Lines and Delta Shipping, owner and manager of the tanker Orca, agreed to pay nearly "
                        "$102 million to settle a claim brought by the city.\n\n"
                        "In October the city announced that Harbor Lines and Delta Shipping, the firms that owned and ran "
                        "the tanker Orca, have agreed to pay $101.8 million to settle a claim brought by the city over the spill.")
                    .empty());
}

TEST(InternalRestatement, TwoPayersInDifferentWordsAreTwoFacts) {
    // Each sentence names only its own payer and the wording differs: two payments, not one told twice.
    EXPECT_TRUE(moneyIn("Harbor Lines agreed to pay $102 million to settle the city's claim over the spill. "
                        "Separately, Delta Shipping will pay $40 million in fines to the state.")
                    .empty());
}

TEST(InternalRestatement, ARoundNearlyKeepsItsLooseReading) {
    Amount a;
    a.value = a.high = 200;
    a.low = 180;
    tightenNearly(a, "nearly");
    EXPECT_DOUBLE_EQ(a.low, 180);  // "nearly 200" may be 177
    Amount b;
    b.value = b.high = 102e6;
    b.low = 91.8e6;
    tightenNearly(b, "nearly");
    EXPECT_DOUBLE_EQ(b.low, 101.5e6);
    Amount c;
    c.value = c.high = 1935.3;
    c.low = 1700;
    tightenNearly(c, "about");  // only "nearly" says "a little less than"
    EXPECT_DOUBLE_EQ(c.low, 1700);
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(InternalRestatement, TheReasonSaysTheArticleToldItTwice) {
    auto cs = moneyIn("Harbor Lines and Delta Shipping, owner and manager of the tanker Orca, agreed to pay nearly "
                      "$102 million to settle a claim brought by the city.\n\n"
                      "In October the city announced that Harbor Lines and Delta Shipping, the firms that owned and ran "
                      "the tanker Orca, have agreed to pay $101 million to settle a claim brought by the city.");
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_NE(cs[0].reason.find("telling the same figure again"), std::string::npos);
}

TEST(InternalRestatement, TheSameWordsAroundTwoFiguresInChinese) {
    const testing::OneArticle one = testing::oneArticle("公司同意支付1.2亿元以了结诉讼。董事会表示，公司同意支付1.1亿元以了结诉讼，并将于下月付清。");
    // The figures themselves, whatever claims the readers made of them.
    std::vector<Side> figures;
    for (const Quantity& q : one.ann.quantities) {
        Side s;
        s.source = &one.article;
        s.ann = &one.ann;
        s.article = one.article.id;
        s.claim.valueSpan = q.span;
        s.claim.span = sentenceAt(one.ann, q.span.start);
        figures.push_back(s);
    }
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_TRUE(sameWordsAround(figures[0], figures[1]));
}

TEST(InternalRestatement, DifferentWordsAroundTwoFigures) {
    const testing::OneArticle one = testing::oneArticle(
        "Acme agreed to pay $5 million to settle the claim. Acme expects to earn $9 million from the new plant next year.");
    std::vector<Side> figures;
    for (const Quantity& q : one.ann.quantities) {
        Side s;
        s.source = &one.article;
        s.ann = &one.ann;
        s.article = one.article.id;
        s.claim.valueSpan = q.span;
        s.claim.span = sentenceAt(one.ann, q.span.start);
        figures.push_back(s);
    }
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_FALSE(sameWordsAround(figures[0], figures[1]));
}

}  // namespace
}  // namespace parallax::conflict

namespace parallax::conflict {
namespace {

TEST(InternalRestatement, TheUpsizedDealGivenTwiceInTwoCurrencies) {
    // HK$12 billion is about US$1.54 billion, not US$1.9 billion.
    auto cs = moneyIn("北辰能源周一公布香港上市定价。若行使全部超额配售权，北辰能源募资额最高可扩大至120亿港元。\n\n"
                      "多家券商分析师表示，这是今年规模最大的发行之一。若超额配售权获悉数行使，北辰能源融资额将增至19亿美元。");
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs[0].scope, Scope::Internal);
}

TEST(InternalRestatement, TheUpsizedDealGivenTwiceInAgreeingCurrencies) {
    EXPECT_TRUE(moneyIn("若行使全部超额配售权，北辰能源募资额最高可扩大至120亿港元。\n\n"
                        "若超额配售权获悉数行使，北辰能源融资额将增至15.4亿美元。")
                    .empty());
}

TEST(InternalRestatement, TheBaseDealAndTheUpsizedDealAreTwoFigures) {
    EXPECT_TRUE(moneyIn("北辰能源基础发行部分募资额约为100亿港元。\n\n若行使全部超额配售权，北辰能源募资额最高可扩大至120亿港元。")
                    .empty());
}

Side offering(const std::string& subject, const std::string& attribute, int sentence) {
    static const Article article{};
    Side s;
    s.article = "a";
    s.source = &article;
    s.claim.kind = ClaimKind::Amount;
    s.claim.subject = subject;
    s.claim.attribute = attribute;
    s.claim.sentence = sentence;
    return s;
}

TEST(InternalRestatement, OneStateOfOneOfferingIsOneFigure) {
    EXPECT_TRUE(sameOfferingState(offering("Acme", "raised (upsized)", 1), offering("Acme", "raised (upsized)", 4)));
    EXPECT_TRUE(sameOfferingState(offering("Acme", "raised (base)", 1), offering("Acme", "raised (base)", 4)));
    // Another state, another company, no state named, or one sentence: not one figure told twice.
    EXPECT_FALSE(sameOfferingState(offering("Acme", "raised (upsized)", 1), offering("Acme", "raised (base)", 4)));
    EXPECT_FALSE(sameOfferingState(offering("Acme", "raised (upsized)", 1), offering("Boreal", "raised (upsized)", 4)));
    EXPECT_FALSE(sameOfferingState(offering("Acme", "raised", 1), offering("Acme", "raised", 4)));
    EXPECT_FALSE(sameOfferingState(offering("Acme", "raised (upsized)", 2), offering("Acme", "raised (upsized)", 2)));
}


// About 205 km/h and 48 m/s (about 173 km/h) for one landfall.
const char* kLandfallZh =
    "台风“海燕”7日8时前后在福建省莆田市沿海登陆，登陆时风力在16级以上(约205公里/小时)。\n\n"
    "据中央气象台消息，台风“海燕”登陆时中心附近最大风力48米/秒，强度为强台风级。";

TEST(InternalRestatement, OneLandfallsWindGivenTwiceInChinese) {
    auto cs = internalIn(kLandfallZh);
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_EQ(cs[0].scope, Scope::Internal);
    EXPECT_NE(cs[0].attribute.find("wind speed"), std::string::npos);
}

TEST(InternalRestatement, OneLandfallsWindGivenTwiceInEnglish) {
    // 100 mph is about 161 km/h.
    auto cs = internalIn("Hurricane Oscar made landfall near Tampico on Tuesday with winds of about 185 km/h, the weather "
                         "service said.\n\nThe hurricane center said Hurricane Oscar had maximum sustained winds of 100 mph at landfall.");
    ASSERT_EQ(cs.size(), 1u);
    EXPECT_TRUE(internalIn("Hurricane Oscar made landfall near Tampico on Tuesday with winds of about 160 km/h, the weather "
                           "service said.\n\nThe hurricane center said Hurricane Oscar had maximum sustained winds of 100 mph at landfall.")
                    .empty());
}

TEST(InternalRestatement, OneLandfallsWindGivenTwiceInAgreeingUnits) {
    // About 173 km/h is 48 m/s.
    EXPECT_TRUE(internalIn("台风“海燕”7日8时前后在福建省莆田市沿海登陆，登陆时风力在15级以上(约173公里/小时)。\n\n"
                           "据中央气象台消息，台风“海燕”登陆时中心附近最大风力48米/秒，强度为强台风级。")
                    .empty());
}

TEST(InternalRestatement, ASecondLandfallIsAnotherMoment) {
    EXPECT_TRUE(internalIn("台风“海燕”7日8时前后在福建省莆田市沿海登陆，登陆时中心附近最大风力16级(52米/秒)。\n\n"
                           "随后，台风“海燕”再次登陆，登陆时中心附近最大风力14级(45米/秒)。")
                    .empty());
    EXPECT_TRUE(internalIn("Typhoon Haiyan made landfall in Fujian with winds of 190 km/h, the weather agency said. "
                           "Hours later Typhoon Haiyan made landfall again with winds of 160 km/h, the weather agency said.")
                    .empty());
}

TEST(InternalRestatement, LandfallsAtTwoTimesOrPlacesAreTwoMoments) {
    // No "again": the two sentences place their landfalls at different hours and in different cities.
    EXPECT_TRUE(internalIn("台风“海燕”7日8时前后在福建省莆田市沿海登陆，登陆时中心附近最大风力52米/秒。\n\n"
                           "台风“海燕”7日15时前后在浙江省温州市沿海登陆，登陆时中心附近最大风力45米/秒。")
                    .empty());
}

TEST(InternalRestatement, AWindAtSeaIsNoLandfallWind) {
    // The peak over the ocean and the wind at landfall are two figures.
    EXPECT_TRUE(internalIn("台风“海燕”6日在海上加强，中心附近最大风力达到62米/秒。\n\n"
                           "据中央气象台消息，台风“海燕”登陆时中心附近最大风力48米/秒。")
                    .empty());
}

}  // namespace
}  // namespace parallax::conflict
