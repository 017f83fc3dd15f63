// Chinese specifications given as lists of models (claims_zh_lists.cpp): 分别 pairs each name with its figure in
// order, a series' slash list ("6.1/6.5 英寸") goes with the series' models in the order the article names them.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/annotate/annotator.h"

namespace parallax {
namespace {

Annotations annotateText(const std::string& text) {
    Article a;
    a.id = "t";
    a.text = text;
    a.published = PublishedDate{*Date::parseIso("2025-06-10"), DateSource::Metadata, "test"};
    return annotate::annotate(a);
}

/// The figure claims whose written value is `written`.
std::vector<Claim> figures(const Annotations& an, const std::string& written) {
    std::vector<Claim> out;
    for (const Claim& c : an.claims)
        if (c.kind == ClaimKind::Amount && c.text == written) out.push_back(c);
    return out;
}

std::optional<Claim> figure(const Annotations& an, const std::string& written) {
    auto all = figures(an, written);
    if (all.size() != 1) return std::nullopt;
    return all.front();
}

TEST(ChineseLists, RespectivelyPairsNamesAndFiguresInOrder) {
    auto an = annotateText("Lumen公司发布新机。Lumen X9和Lumen X9 Max的屏幕尺寸分别为6.2英寸和6.8英寸，售价不变。");
    auto small = figure(an, "6.2英寸");
    auto large = figure(an, "6.8英寸");
    ASSERT_TRUE(small);
    ASSERT_TRUE(large);
    EXPECT_EQ(small->subject, "Lumen X9");
    EXPECT_EQ(large->subject, "Lumen X9 Max");
    EXPECT_EQ(small->frame.measure, "screen size");
    EXPECT_EQ(large->frame.measure, "screen size");
    EXPECT_EQ(large->frame.stage, "");
}

TEST(ChineseLists, ShortenedItemTakesTheFirstNamesHead) {
    // "X9 Max" after "Lumen X9": the list does not repeat the brand.
    auto an = annotateText("Lumen公司发布新机。Lumen X9和X9 Max的屏幕尺寸分别为6.2英寸和6.8英寸。");
    auto large = figure(an, "6.8英寸");
    ASSERT_TRUE(large);
    EXPECT_EQ(large->subject, "Lumen X9 Max");
}

TEST(ChineseLists, FromAndToHalvesAreEarlierAndCurrentValues) {
    auto an = annotateText("Lumen公司发布新机。Lumen X9和X9 Max的屏幕尺寸分别从6.0英寸和6.6英寸扩大至6.2英寸和6.8英寸。");
    auto oldLarge = figure(an, "6.6英寸");
    auto newLarge = figure(an, "6.8英寸");
    auto newSmall = figure(an, "6.2英寸");
    ASSERT_TRUE(oldLarge);
    ASSERT_TRUE(newLarge);
    ASSERT_TRUE(newSmall);
    EXPECT_EQ(oldLarge->subject, "Lumen X9 Max");
    EXPECT_EQ(oldLarge->frame.stage, "previous");
    EXPECT_EQ(newLarge->subject, "Lumen X9 Max");
    EXPECT_EQ(newLarge->frame.stage, "");
    EXPECT_EQ(newSmall->subject, "Lumen X9");
    EXPECT_EQ(newSmall->frame.stage, "");
}

TEST(ChineseLists, UnevenListsPairNothing) {
    // Two names, three figures: which goes with which cannot be read, so no figure is given a name.
    auto an = annotateText("Lumen公司发布新机。Lumen X9和X9 Max的屏幕尺寸分别为6.2英寸、6.5英寸和6.8英寸。");
    for (const char* written : {"6.2英寸", "6.5英寸", "6.8英寸"})
        for (const Claim& c : figures(an, written)) EXPECT_NE(c.subject, "Lumen X9 Max") << written;
}

TEST(ChineseLists, SeriesSlashListGoesWithTheSeriesModelsInOrder) {
    auto an = annotateText(
        "Lumen X9系列包括Lumen X9、Lumen X9 Plus、Lumen X9 Pro和Lumen X9 Pro Max。"
        "新的Lumen X9 Pro 系列的尺寸从 6.0/6.6 英寸升级到 6.2/6.8 英寸。");
    auto oldPro = figure(an, "6.0");
    auto oldMax = figure(an, "6.6 英寸");
    auto newPro = figure(an, "6.2");
    auto newMax = figure(an, "6.8 英寸");
    ASSERT_TRUE(oldPro);
    ASSERT_TRUE(oldMax);
    ASSERT_TRUE(newPro);
    ASSERT_TRUE(newMax);
    EXPECT_EQ(oldPro->subject, "Lumen X9 Pro");
    EXPECT_EQ(oldMax->subject, "Lumen X9 Pro Max");
    EXPECT_EQ(oldMax->frame.stage, "previous");
    EXPECT_EQ(newPro->subject, "Lumen X9 Pro");
    EXPECT_EQ(newMax->subject, "Lumen X9 Pro Max");
    EXPECT_EQ(newMax->frame.stage, "");
    EXPECT_EQ(newMax->frame.measure, "screen size");
    EXPECT_EQ(newMax->value, "6.8 in");
}

TEST(ChineseLists, SeriesWithOtherNumberOfModelsPairsNothing) {
    // Three Pro models named, two values: no pairing.
    auto an = annotateText(
        "Lumen X9 Pro、Lumen X9 Pro Max和Lumen X9 Pro Ultra同时亮相。Lumen X9 Pro 系列的尺寸为 6.2/6.8 英寸。");
    for (const char* written : {"6.2", "6.8 英寸"})
        for (const Claim& c : figures(an, written)) EXPECT_NE(c.subject, "Lumen X9 Pro Max") << written;
}

TEST(ChineseLists, SlashListNeedsDecimalsAndAUnit) {
    // A date written with slashes is no list of values; decimals with a unit are.
    auto an = annotateText("发布日期为2025/9/10。两款的重量为 0.19/0.23 公斤。");
    for (const Quantity& q : an.quantities) {
        EXPECT_NE(q.text, "2025");
        EXPECT_NE(q.text, "9");
    }
    bool first = false;
    bool second = false;
    for (const Quantity& q : an.quantities) {
        first = first || (q.text == "0.19" && q.unit == "kg");
        second = second || (q.text == "0.23 公斤" && q.unit == "kg");
    }
    EXPECT_TRUE(first);
    EXPECT_TRUE(second);
}

TEST(ChineseLists, AFigureInAClauseOfItsOwnAfterAListIsRead) {
    // The versions are listed with 分别; the range that follows in its own clause is no item of that list.
    auto an = annotateText("Lumen公司介绍，Lumen X9共推出3个版本，分别为X9、X9 Pro和X9 Max，最低续航里程为650公里。");
    auto range = figure(an, "650公里");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->frame.measure, "range");
    // In the list's own clause, an unpaired figure stays unread.
    auto listed = annotateText("Lumen X9和X9 Max的续航里程分别为650公里、700公里和720公里。");
    EXPECT_FALSE(figure(listed, "700公里"));
}

TEST(SpecificationOwner, TheModelASentenceIsAboutOwnsItsUnnamedSpecification) {
    // Chinese: the versions listed are versions of the model the sentence opens with.
    auto zh = annotateText("Lumen公司介绍，Lumen X9共推出3个版本，分别为X9、X9 Pro和X9 Max，最低续航里程为650公里。");
    auto range = figure(zh, "650公里");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->subject, "Lumen X9");
    // English: "the specifications of the X9, such as ...": the one product of the sentence, after a preposition.
    auto en = annotateText("The specifications of the Lumen X9, such as a range of 650 kilometers, impressed buyers.");
    auto enRange = figure(en, "650 kilometers");
    ASSERT_TRUE(enRange);
    EXPECT_EQ(enRange->subject, "Lumen X9");
}

TEST(SpecificationOwner, TwoUnrelatedProductsOwnNothingUnnamed) {
    // Two different models in the sentence: whose range it is cannot be read.
    auto zh = annotateText("Lumen X9与Orbis Z5同台竞争，最低续航里程为650公里。");
    for (const Claim& c : figures(zh, "650公里")) EXPECT_EQ(c.subject, "");
    auto en = annotateText("Reviews of the Lumen X9 and of the Orbis Z5 list a range of 650 kilometers.");
    for (const Claim& c : figures(en, "650 kilometers")) EXPECT_EQ(c.subject, "");
}

}  // namespace
}  // namespace parallax
