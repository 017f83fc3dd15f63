#include "core/store/serialize.h"

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::store;

TEST(Serialize, ArticleRoundTripKeepsEveryField) {
    Article a;
    a.id = "news/huawei.html";
    a.path = "/data/news/huawei.html";
    a.format = SourceFormat::Mhtml;
    a.contentHash = "0123456789abcdef";
    a.encoding = "GB18030";
    a.title = "华为发布 Ascend 910C";
    a.outlet = "Example Daily";
    a.outletHow = "meta og:site_name";
    a.byline = "Li Wei";
    a.language = "zh";
    a.published = PublishedDate{Date{2025, 1, 20, DatePrecision::Day}, DateSource::Text, "dateline"};
    a.text = "First paragraph.\n\n第二段。";
    a.paragraphs = {{0, 16}, {18, a.text.size()}};
    a.warnings = {"mis-labelled charset"};

    auto back = deserializeArticle(serializeArticle(a));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->id, a.id);
    EXPECT_EQ(back->path, a.path);
    EXPECT_EQ(back->format, a.format);
    EXPECT_EQ(back->contentHash, a.contentHash);
    EXPECT_EQ(back->encoding, a.encoding);
    EXPECT_EQ(back->title, a.title);
    EXPECT_EQ(back->outlet, a.outlet);
    EXPECT_EQ(back->outletHow, a.outletHow);
    EXPECT_EQ(back->byline, a.byline);
    EXPECT_EQ(back->language, a.language);
    ASSERT_TRUE(back->published.has_value());
    EXPECT_EQ(back->published->date, a.published->date);
    EXPECT_EQ(back->published->source, DateSource::Text);
    EXPECT_EQ(back->published->how, "dateline");
    EXPECT_EQ(back->text, a.text);
    EXPECT_EQ(back->paragraphs, a.paragraphs);
    EXPECT_EQ(back->warnings, a.warnings);
}

TEST(Serialize, ArticleWithoutDateStaysWithoutDate) {
    Article a;
    a.id = "x";
    auto back = deserializeArticle(serializeArticle(a));
    ASSERT_TRUE(back.has_value());
    EXPECT_FALSE(back->published.has_value());
}

TEST(Serialize, AnnotationsRoundTrip) {
    Annotations an;
    an.sentences = {{{0, 40}, 0}, {{41, 80}, 1}};
    an.entities = {{{0, 8}, "DeepSeek", "DeepSeek", EntityKind::Organization, ""},
                   {{20, 35}, "R1-Lite-Preview", "R1-Lite-Preview", EntityKind::Product, "R1"}};
    an.times = {{{39, 47}, "November", "2024-11", true, ""}, {{50, 59}, "last week", "", false, "no anchor"}};
    Quantity q;
    q.span = {60, 75};
    q.text = "HK$4.35 billion";
    q.value = 4.35e9;
    q.low = 4.345e9;
    q.high = 4.355e9;
    q.unit = "HKD";
    q.approximate = true;
    q.qualifier = "about";
    Quantity conv = q;
    conv.convertedFrom = 0;
    an.quantities = {q, conv};
    Claim c;
    c.kind = ClaimKind::Comparison;
    c.span = {0, 40};
    c.valueSpan = {10, 20};
    c.subject = "Ascend 910B";
    c.attribute = "performance";
    c.value = "better";
    c.text = "outperforms";
    c.speaker = "Huawei";
    c.object = "A100";
    c.negated = true;
    c.hedged = true;
    c.sentence = 0;
    c.frame = {"revenue", "level", "currency", "Q3 2025", "data center", "close", true};
    c.timeText = "about 1:40am";
    an.claims = {c};

    auto back = deserializeAnnotations(serializeAnnotations(an));
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->sentences.size(), 2u);
    EXPECT_EQ(back->sentences[1].span, (Span{41, 80}));
    EXPECT_EQ(back->sentences[1].paragraph, 1);
    ASSERT_EQ(back->entities.size(), 2u);
    EXPECT_EQ(back->entities[1].base, "R1");
    EXPECT_EQ(back->entities[1].kind, EntityKind::Product);
    ASSERT_EQ(back->times.size(), 2u);
    EXPECT_EQ(back->times[0].value, "2024-11");
    EXPECT_FALSE(back->times[1].resolved);
    EXPECT_EQ(back->times[1].note, "no anchor");
    ASSERT_EQ(back->quantities.size(), 2u);
    EXPECT_DOUBLE_EQ(back->quantities[0].value, 4.35e9);
    EXPECT_EQ(back->quantities[0].unit, "HKD");
    EXPECT_FALSE(back->quantities[0].convertedFrom.has_value());
    EXPECT_EQ(back->quantities[1].convertedFrom, std::optional<std::size_t>(0));
    ASSERT_EQ(back->claims.size(), 1u);
    EXPECT_EQ(back->claims[0].kind, ClaimKind::Comparison);
    EXPECT_EQ(back->claims[0].object, "A100");
    EXPECT_TRUE(back->claims[0].negated);
    EXPECT_TRUE(back->claims[0].hedged);
    EXPECT_EQ(back->claims[0].valueSpan, (Span{10, 20}));
    EXPECT_EQ(back->claims[0].frame.measure, "revenue");
    EXPECT_EQ(back->claims[0].frame.period, "Q3 2025");
    EXPECT_EQ(back->claims[0].frame.scope, "data center");
    EXPECT_EQ(back->claims[0].frame.stage, "close");
    EXPECT_TRUE(back->claims[0].frame.moves);
    EXPECT_EQ(back->claims[0].timeText, "about 1:40am");
    // Every shorter blob is a miss, not a crash or a partial result.
    const std::string data = serializeAnnotations(an);
    for (std::size_t n = 0; n < data.size(); n += 7) EXPECT_FALSE(deserializeAnnotations(data.substr(0, n)).has_value());
}

TEST(Serialize, StoryAnalysisRoundTrip) {
    StoryAnalysis s;
    s.groups = {{"g1", "s1", "R1 release", {{"a1", {0, 10}, "text one"}, {"a2", {5, 20}, "text two"}}}};
    s.coverage["g1"]["a1"] = Coverage::States;
    s.coverage["g1"]["a2"] = Coverage::Contradicts;
    Conflict c;
    c.id = "c-1";
    c.story = "s1";
    c.type = ConflictType::Money;
    c.severity = Severity::High;
    c.scope = Scope::Internal;
    c.subject = "offering";
    c.attribute = "amount";
    c.reason = "HK$4.35 billion is about US$560 million, not $840 million";
    c.cause = "a unit slip";
    c.evidence = {{"a1", {3, 9}, "HK$4.35 billion", "4.35e9 HKD"}};
    s.conflicts = {c};

    auto back = deserializeStoryAnalysis(serializeStoryAnalysis(s));
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->groups.size(), 1u);
    EXPECT_EQ(back->groups[0].label, "R1 release");
    ASSERT_EQ(back->groups[0].members.size(), 2u);
    EXPECT_EQ(back->groups[0].members[1].span, (Span{5, 20}));
    EXPECT_EQ(back->coverage.at("g1").at("a2"), Coverage::Contradicts);
    ASSERT_EQ(back->conflicts.size(), 1u);
    EXPECT_EQ(back->conflicts[0].type, ConflictType::Money);
    EXPECT_EQ(back->conflicts[0].scope, Scope::Internal);
    EXPECT_EQ(back->conflicts[0].cause, "a unit slip");
    EXPECT_EQ(back->conflicts[0].evidence[0].value, "4.35e9 HKD");
}

TEST(Serialize, DamagedDataIsAMissNotACrash) {
    EXPECT_FALSE(deserializeArticle("").has_value());
    EXPECT_FALSE(deserializeArticle("{\"id\": 3}").has_value());  // a row written by an older, JSON build
    EXPECT_FALSE(deserializeAnnotations("[1,2").has_value());
    EXPECT_FALSE(deserializeStoryAnalysis("{\"groups\": [[1]]}").has_value());
}

TEST(Serialize, EveryTruncatedOrExtendedArticleIsAMiss) {
    Article a;
    a.id = "a";
    a.title = "T";
    a.published = PublishedDate{Date{2024, 3, 1, DatePrecision::Day}, DateSource::Metadata, "meta"};
    a.text = "Body text.";
    a.paragraphs = {{0, a.text.size()}};
    a.warnings = {"w"};
    const std::string data = serializeArticle(a);
    ASSERT_TRUE(deserializeArticle(data).has_value());
    for (std::size_t n = 0; n < data.size(); ++n)
        EXPECT_FALSE(deserializeArticle(data.substr(0, n)).has_value()) << "prefix of " << n << " bytes";
    EXPECT_FALSE(deserializeArticle(data + "x").has_value());
}

TEST(Serialize, ArticleWithOutOfRangeValuesIsAMiss) {
    // The layout starts with a format byte, then id and path (a 4-byte length each, here both empty), then the
    // source format: an enum value from a future model is rejected rather than cast into an invalid enum.
    Article a;
    std::string data = serializeArticle(a);
    ASSERT_EQ(data[9], static_cast<char>(SourceFormat::PlainText));
    data[9] = 99;
    EXPECT_FALSE(deserializeArticle(data).has_value());
    std::string future = serializeArticle(a);
    future[0] = 99;  // a format this build does not know
    EXPECT_FALSE(deserializeArticle(future).has_value());
    // A paragraph span that reaches past the text would send later readers out of bounds.
    a.text = "abc";
    a.paragraphs = {{0, 4}};
    EXPECT_FALSE(deserializeArticle(serializeArticle(a)).has_value());
}

TEST(Serialize, VerdictNames) {
    EXPECT_EQ(parseVerdict("dismissed"), Verdict::Dismissed);
    EXPECT_EQ(parseVerdict("confirmed"), Verdict::Confirmed);
    EXPECT_EQ(parseVerdict("open"), Verdict::Open);
    EXPECT_FALSE(parseVerdict("maybe").has_value());
}

TEST(Serialize, StoriesRoundTrip) {
    std::vector<Story> stories = {{"s1", "R1 release", {"a.txt", "b.txt", "c.txt"}, {{"b.txt", "c.txt"}}},
                                  {"s2", "other", {"d.txt"}, {}}};
    auto back = deserializeStories(serializeStories(stories));
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->size(), 2u);
    EXPECT_EQ((*back)[0].articles, stories[0].articles);
    EXPECT_EQ((*back)[0].duplicates, stories[0].duplicates);
    EXPECT_EQ((*back)[1].label, "other");
    EXPECT_FALSE(deserializeStories("{}").has_value());
}

TEST(Serialize, EveryTruncatedOrExtendedStoryRowIsAMiss) {
    StoryAnalysis s;
    s.groups = {{"g1", "s1", "label", {{"a1", {0, 4}, "text"}}}};
    s.coverage["g1"]["a1"] = Coverage::Omits;
    Conflict c;
    c.id = "c";
    c.evidence = {{"a1", {1, 2}, "t", "v"}};
    s.conflicts = {c};
    const std::string analysis = serializeStoryAnalysis(s);
    ASSERT_TRUE(deserializeStoryAnalysis(analysis).has_value());
    for (std::size_t n = 0; n < analysis.size(); ++n)
        EXPECT_FALSE(deserializeStoryAnalysis(analysis.substr(0, n)).has_value()) << "prefix of " << n << " bytes";
    EXPECT_FALSE(deserializeStoryAnalysis(analysis + "x").has_value());

    const std::string stories = serializeStories({{"s1", "label", {"a1", "a2"}, {{"a1", "a2"}}}});
    ASSERT_TRUE(deserializeStories(stories).has_value());
    for (std::size_t n = 0; n < stories.size(); ++n)
        EXPECT_FALSE(deserializeStories(stories.substr(0, n)).has_value()) << "prefix of " << n << " bytes";
    EXPECT_FALSE(deserializeStories(stories + "x").has_value());
}

TEST(Serialize, StoryRowKeepsBytesAsTheyAre) {
    // JSON replaced invalid UTF-8 on the way in; the bytes come back exactly as computed, as a cold run has them.
    StoryAnalysis s;
    Conflict c;
    c.reason = "bad \xe9 byte";
    s.conflicts = {c};
    auto back = deserializeStoryAnalysis(serializeStoryAnalysis(s));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->conflicts.at(0).reason, c.reason);
}
