// One thing called the first and the second to have one feature in one article, end to end (annotator + check), on
// sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "core/conflict/internal_ordinals.h"
#include "tests/core/conflict/one_article.h"

namespace parallax::conflict {
namespace {

std::vector<OrdinalSlip> slipsOf(const std::string& text) {
    testing::OneArticle one = testing::oneArticle(text);
    return checkOrdinals(one.article, one.ann);
}

TEST(Ordinals, AListItemAndTheBodyAboutTheMainProduct) {
    auto slips = slipsOf("Key facts\n"
                         "First phone with a native satellite modem under new rules.\n"
                         "The Lumio X9 goes on sale in May. Reviewers liked the Lumio X9 screen. "
                         "Satellite links are now required by regulators, and the Lumio X9 will be the second model "
                         "to feature this modem.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].lower.value, "first");
    EXPECT_EQ(slips[0].higher.value, "second");
    EXPECT_EQ(slips[0].subject, "Lumio X9");
    EXPECT_NE(slips[0].higher.text.find("second model"), std::string::npos);
}

TEST(Ordinals, AListItemIsNotGivenToAThingNamedOnlyOnce) {
    // The article names no one thing most: the list item's subject is unknown.
    EXPECT_TRUE(slipsOf("Key facts\n"
                        "First phone with a native satellite modem.\n"
                        "Satellite links are now required, and the Lumio X9 will be the second model to feature this modem.")
                    .empty());
}

TEST(Ordinals, TwoNamedSubjects) {
    auto slips = slipsOf("Maria Okafor became the first woman to lead the river authority. "
                         "Colleagues said Maria Okafor is the third woman to lead the river authority.");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].higher.value, "third");
}

TEST(Ordinals, TwoSubjectsInOneOrderAgree) {
    // The earlier model was the first, this one the second: one order, two places.
    EXPECT_TRUE(slipsOf("The Nova 8 was the first phone with a satellite modem. "
                        "The Nova 9 is the second phone to feature this modem.")
                    .empty());
}

TEST(Ordinals, DifferentFeaturesAreTwoOrders) {
    EXPECT_TRUE(slipsOf("The Nova 9 is the first phone with a titanium frame. "
                        "The Nova 9 is the second phone to feature an aluminium frame.")
                    .empty());
    EXPECT_TRUE(slipsOf("The Nova 9 is the first phone with a satellite modem. "
                        "The Nova 9 is the second phone with a periscope camera.")
                    .empty());
}

TEST(Ordinals, OrdinalsOfTimeOrRankAreNotRead) {
    EXPECT_TRUE(slipsOf("The Nova 9 is the first phone with a satellite modem. "
                        "The Nova 9 was the second time to feature a satellite modem in a year.")
                    .empty());
    EXPECT_TRUE(slipsOf("The Nova 9 is the first phone with a satellite modem. "
                        "The Nova 9 is one of the second wave to feature a satellite modem.")
                    .empty());
    EXPECT_TRUE(slipsOf("The Nova 9 is not the first phone with a satellite modem. "
                        "The Nova 9 is the second phone with a satellite modem.")
                    .empty());
}

TEST(Ordinals, APronounSubjectIsNotResolved) {
    EXPECT_TRUE(slipsOf("The Nova 9 is the first phone with a satellite modem. "
                        "It is the second phone with a satellite modem from the maker.")
                    .empty());
}

TEST(Ordinals, ChineseFirstAndSecond) {
    auto slips = slipsOf("Lumio X9是首款支持卫星通信的手机。监管部门要求支持卫星通信，Lumio X9将成为第二款配备这一功能的机型。"
                         "Lumio X9支持卫星通信。");
    // "卫星通信" and "这一功能" have different heads: two features, no clash.
    EXPECT_TRUE(slips.empty());
    slips = slipsOf("Lumio X9是首款支持卫星通信的手机。业内人士指出，Lumio X9是第二款支持卫星通信的手机。");
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].subject, "Lumio X9");
    EXPECT_EQ(slips[0].higher.value, "second");
}

TEST(Ordinals, ChineseAnaphorRefersBackToTheFeature) {
    auto slips = slipsOf("Lumio X9是首款配备USB-C接口的手机。由于欧盟要求统一采用USB-C，Lumio X9是第二代配备该接口的机型。");
    ASSERT_EQ(slips.size(), 1u);
    // Without USB-C named again, "该接口" may be another port.
    EXPECT_TRUE(slipsOf("Lumio X9是首款配备USB-C接口的手机。Lumio X9是第二代配备该接口的机型。").empty());
}

TEST(Ordinals, ChineseTwoSubjectsOrANegationOrOneOfTheFirstAreSilent) {
    EXPECT_TRUE(slipsOf("Lumio X8是首款支持卫星通信的手机。Lumio X9是第二款支持卫星通信的手机。").empty());
    EXPECT_TRUE(slipsOf("Lumio X9不是首款支持卫星通信的手机。Lumio X9是第二款支持卫星通信的手机。").empty());
    EXPECT_TRUE(slipsOf("Lumio X9是首款支持卫星通信的手机之一。Lumio X9是第二款支持卫星通信的手机。").empty());
}

}  // namespace
}  // namespace parallax::conflict
