// Claims from Chinese sentences: the real annotators over Chinese text (own sentences), and the claims
// carry the same classes, measures, terms and titles as English ones.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/annotate/annotator.h"

namespace parallax::annotate {
namespace {

Article zhArticle(std::string text, const char* published = "2025-03-20") {
    Article a;
    a.id = "zh";
    a.language = "zh";
    a.text = std::move(text);
    if (published) a.published = PublishedDate{*Date::parseIso(published), DateSource::User, "test"};
    return a;
}

std::string readData(const std::string& name) {
    std::ifstream in(std::string(PARALLAX_TEST_DATA) + "/annotate/zh/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const Claim* find(const Annotations& ann, ClaimKind kind, const std::string& attribute) {
    for (const Claim& c : ann.claims)
        if (c.kind == kind && c.attribute == attribute) return &c;
    return nullptr;
}

TEST(ChineseClaims, EventDateBeforeTheVerb) {
    Annotations ann = annotate(zhArticle("星河微电子于2025年3月17日完成定价，并将于3月24日在深圳证券交易所挂牌上市。"));
    const Claim* priced = find(ann, ClaimKind::Event, "priced");
    ASSERT_NE(priced, nullptr);
    EXPECT_EQ(priced->subject, "星河微电子");
    EXPECT_EQ(priced->value, "2025-03-17");
    const Claim* listed = find(ann, ClaimKind::Event, "listed");
    ASSERT_NE(listed, nullptr);
    EXPECT_EQ(listed->value, "2025-03-24");  // "将于": the coming 24 March, not last year's
}

TEST(ChineseClaims, ProductThatGoesOnSaleIsReleasedNotListed) {
    Annotations ann = annotate(zhArticle("小米SU7于2024年3月28日正式上市。"));
    EXPECT_EQ(find(ann, ClaimKind::Event, "listed"), nullptr);
    const Claim* released = find(ann, ClaimKind::Event, "released");
    ASSERT_NE(released, nullptr);
    EXPECT_EQ(released->value, "2024-03-28");
}

TEST(ChineseClaims, PlannedEventIsHedged) {
    Annotations ann = annotate(zhArticle("星河微电子计划于2025年6月30日完成定价。"));
    const Claim* priced = find(ann, ClaimKind::Event, "priced");
    ASSERT_NE(priced, nullptr);
    EXPECT_TRUE(priced->hedged);
}

TEST(ChineseClaims, DateAfterTheVerbThroughYu) {
    Annotations ann = annotate(zhArticle("蓝鲸证券成立于2016年，总部位于上海。"));
    const Claim* founded = find(ann, ClaimKind::Event, "founded");
    ASSERT_NE(founded, nullptr);
    EXPECT_EQ(founded->subject, "蓝鲸证券");
    EXPECT_EQ(founded->value, "2016");
}

TEST(ChineseClaims, ListedCompanyIsNoListingEvent) {
    // "上市公司" names a kind of company; no event comes out of it
    Annotations ann = annotate(zhArticle("2024年，蓝鲸证券服务的上市公司超过三百家。"));
    EXPECT_EQ(find(ann, ClaimKind::Event, "listed"), nullptr);
}

TEST(ChineseClaims, AmountsWithMeasureAndCurrency) {
    Annotations ann = annotate(zhArticle("云帆能源此次募资总额15亿元。云帆能源2024年营业收入为46.2亿元，净亏损3.1亿元。"));
    const Claim* raised = find(ann, ClaimKind::Amount, "raised");
    ASSERT_NE(raised, nullptr);
    EXPECT_EQ(raised->subject, "云帆能源");
    EXPECT_EQ(raised->value, "1.5e+09 CNY");
    const Claim* revenue = find(ann, ClaimKind::Amount, "revenue [2024]");  // the year the figure is for
    ASSERT_NE(revenue, nullptr);
    EXPECT_EQ(revenue->value, "4.62e+09 CNY");
    const Claim* loss = find(ann, ClaimKind::Amount, "loss");
    ASSERT_NE(loss, nullptr);
    EXPECT_EQ(loss->value, "3.1e+08 CNY");
}

TEST(ChineseClaims, TraditionalScriptReadsLikeSimplified) {
    // A Hong Kong or Taiwan page: the same sentence in traditional characters gives the same claims, and a
    // known company is found under its traditional name.
    Annotations simplified = annotate(zhArticle("云帆能源此次募资总额15亿元。云帆能源2024年营业收入为46.2亿元。"));
    Annotations traditional = annotate(zhArticle("雲帆能源此次募資總額15億元。雲帆能源2024年營業收入為46.2億元。"));
    const Claim* raised = find(traditional, ClaimKind::Amount, "raised");
    ASSERT_NE(raised, nullptr);
    EXPECT_EQ(raised->value, find(simplified, ClaimKind::Amount, "raised")->value);
    const Claim* revenue = find(traditional, ClaimKind::Amount, "revenue [2024]");
    ASSERT_NE(revenue, nullptr);
    EXPECT_EQ(revenue->value, "4.62e+09 CNY");
    EXPECT_EQ(revenue->text, "46.2億元") << "the claim quotes the page as written";

    Annotations known = annotate(zhArticle("寧德時代於5月20日在香港掛牌上市。"));
    const Claim* listed = find(known, ClaimKind::Event, "listed");
    ASSERT_NE(listed, nullptr);
    EXPECT_EQ(listed->subject, "CATL");
}

TEST(ChineseClaims, ReportingPeriodTagsFinancialFiguresOnly) {
    Annotations ann = annotate(zhArticle("蓝鲸能源2024年营业收入为52亿元，去年同期营业收入为41亿元。"
                                         "蓝鲸能源计划在2025年推出能量密度为400Wh/kg的电池。"));
    EXPECT_NE(find(ann, ClaimKind::Amount, "revenue [2024]"), nullptr);
    EXPECT_NE(find(ann, ClaimKind::Amount, "revenue [prior]"), nullptr);
    // a specification keeps no period: 2025 is when the product comes, not what the figure measures
    EXPECT_NE(find(ann, ClaimKind::Amount, "energy density (planned)"), nullptr);
}

TEST(ChineseClaims, QualifiersKeepMeasuresApart) {
    // An opening and a closing price are different measures; a growth rate is no amount
    Annotations ann = annotate(zhArticle("云帆能源开盘报25港元，收报24.36港元，营业收入同比增长41%。"));
    const Claim* opening = find(ann, ClaimKind::Amount, "price (opening)");
    const Claim* closing = find(ann, ClaimKind::Amount, "price (closing)");
    ASSERT_NE(opening, nullptr);
    ASSERT_NE(closing, nullptr);
    EXPECT_EQ(opening->value, "25 HKD");
    EXPECT_EQ(closing->value, "24.36 HKD");
    for (const Claim& c : ann.claims) EXPECT_EQ(c.value.find('%'), std::string::npos) << c.value;
}

TEST(ChineseClaims, ConditionalUpsizedAmountIsAnotherMeasure) {
    Annotations ann = annotate(zhArticle("云帆能源募资43.5亿港元。若超额配股权获悉数行使，云帆能源募资额将增至约50亿港元。"));
    int plain = 0;
    for (const Claim& c : ann.claims) {
        if (c.kind != ClaimKind::Amount) continue;
        if (c.attribute == "raised") {
            ++plain;
            EXPECT_EQ(c.value, "4.35e+09 HKD");
        }
    }
    EXPECT_EQ(plain, 1);
}

TEST(ChineseClaims, ConversionFollowsItsFigure) {
    Annotations ann = annotate(zhArticle("云帆能源募资总额43.5亿港元（约5.59亿美元）。"));
    int raised = 0;
    for (const Claim& c : ann.claims) raised += c.kind == ClaimKind::Amount && c.attribute == "raised" ? 1 : 0;
    EXPECT_EQ(raised, 2);
}

TEST(ChineseClaims, CategoryTitleAndQuote) {
    Annotations ann = annotate(zhArticle(readData("chip-category.txt")));
    const Claim* category = find(ann, ClaimKind::Category, "category");
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(category->value, "AI accelerator");
    EXPECT_NE(category->subject.find("X2"), std::string::npos);
    const Claim* title = nullptr;
    for (const Claim& c : ann.claims)
        if (c.kind == ClaimKind::Role && c.value == "chief executive officer") title = &c;
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->subject, "陈立明");
    const Claim* quote = find(ann, ClaimKind::Quote, "said");
    ASSERT_NE(quote, nullptr);
    EXPECT_EQ(quote->speaker, "陈立明");
    EXPECT_EQ(quote->value.find("，"), std::string::npos);  // punctuation dropped for comparison
}

TEST(ChineseClaims, StanceWithSpeakerAndComparison) {
    Annotations ann = annotate(zhArticle("，姚明远表示，中国与美国在人工智能领域的差距正在缩小。华为称，昇腾910B的性能优于英伟达A100。"));
    const Claim* gap = find(ann, ClaimKind::Stance, "gap");
    ASSERT_NE(gap, nullptr);
    EXPECT_EQ(gap->value, "narrowing");
    EXPECT_EQ(gap->subject, "China");
    EXPECT_EQ(gap->speaker, "姚明远");  // three characters after punctuation
    const Claim* perf = find(ann, ClaimKind::Comparison, "performance");
    ASSERT_NE(perf, nullptr);
    EXPECT_EQ(perf->value, "better");
    EXPECT_EQ(perf->object, "Nvidia A100");
}

TEST(ChineseClaims, TwoCharacterSpeakerAfterAWord) {
    Annotations ann = annotate(zhArticle("公司张伟表示：“我们将在明年把产能提高一倍以上。”"));
    const Claim* quote = find(ann, ClaimKind::Quote, "said");
    ASSERT_NE(quote, nullptr);
    EXPECT_EQ(quote->speaker, "张伟");
}

TEST(ChineseClaims, RankingOfAVersion) {
    Annotations ann = annotate(zhArticle("通义千问2.5在Hugging Face上下载量最高。"));
    const Claim* rank = find(ann, ClaimKind::Version, "rank 1 on Hugging Face");  // as the English extractor
    ASSERT_NE(rank, nullptr);
    EXPECT_EQ(rank->subject, "Qwen");
    EXPECT_EQ(rank->value, "2.5");
}

TEST(ChineseClaims, NegatedCategory) {
    Annotations ann = annotate(zhArticle("星河X2不是一款图形处理器。"));
    const Claim* category = find(ann, ClaimKind::Category, "category");
    ASSERT_NE(category, nullptr);
    EXPECT_TRUE(category->negated);
}

TEST(ChineseClaims, ArticleClaimsFromTestFile) {
    Annotations ann = annotate(zhArticle(readData("yunfan-ipo-a.txt")));
    const Claim* priced = find(ann, ClaimKind::Event, "priced");
    ASSERT_NE(priced, nullptr);
    EXPECT_EQ(priced->subject, "云帆能源");
    EXPECT_EQ(priced->value, "2025-03-17");
    const Claim* density = find(ann, ClaimKind::Amount, "energy density");
    ASSERT_NE(density, nullptr);
    EXPECT_EQ(density->value, "350 Wh/kg");
    for (const Claim& c : ann.claims) {
        EXPECT_LE(c.span.end, ann.sentences.back().span.end);
        EXPECT_LE(c.valueSpan.end, c.span.end);
    }
}

TEST(ChineseClaims, EnglishSentencesAreLeftToTheEnglishExtractors) {
    Annotations ann = annotate(zhArticle("Hanxin Robotics raised HK$4.35 billion in its IPO.", "2025-03-14"));
    int count = 0;
    for (const Claim& c : ann.claims) count += c.kind == ClaimKind::Amount ? 1 : 0;
    EXPECT_EQ(count, 1);  // one claim, not a second one from the Chinese extractor
}

}  // namespace
}  // namespace parallax::annotate
