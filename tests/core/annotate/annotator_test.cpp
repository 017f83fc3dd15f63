// annotate(): the annotators run together over one article, anchored on its publication date.
#include <gtest/gtest.h>

#include <string>

#include "core/annotate/annotator.h"

namespace parallax::annotate {
namespace {

Article article(std::string text, const char* published) {
    Article a;
    a.id = "test";
    a.text = std::move(text);
    if (published) a.published = PublishedDate{*Date::parseIso(published), DateSource::User, "test"};
    return a;
}

TEST(Annotate, AllAnnotatorsWithValidSpans) {
    Article a = article(
        "Zhipu AI raised HK$4.35 billion ($840 million) in its listing last week.\n\n"
        "In November, DeepSeek debuted its R1 model, and Qwen 2.5 now has 40 million downloads.",
        "2026-01-14");
    Annotations ann = annotate(a);
    EXPECT_FALSE(ann.sentences.empty());
    for (const auto& e : ann.entities) EXPECT_EQ(a.text.substr(e.span.start, e.span.size()), e.text);
    for (const auto& t : ann.times) EXPECT_EQ(a.text.substr(t.span.start, t.span.size()), t.text);
    for (const auto& q : ann.quantities) EXPECT_EQ(a.text.substr(q.span.start, q.span.size()), q.text);

    bool lastWeek = false, november = false;
    for (const auto& t : ann.times) {
        if (t.text == "last week") lastWeek = t.value == "2026-W02";
        if (t.text == "November") november = t.value == "2025-11";
    }
    EXPECT_TRUE(lastWeek);
    EXPECT_TRUE(november);

    ASSERT_GE(ann.quantities.size(), 3u);
    EXPECT_EQ(ann.quantities[0].unit, "HKD");
    EXPECT_EQ(ann.quantities[1].convertedFrom, std::optional<std::size_t>(0));
    for (const auto& q : ann.quantities) EXPECT_NE(q.text, "2.5") << "a version is not a quantity";

    bool r1 = false;
    for (const auto& e : ann.entities)
        if (e.text == "R1") r1 = e.canonical == "DeepSeek-R1";
    EXPECT_TRUE(r1);
}

TEST(Annotate, WithoutPublicationDateTimesStayUnresolved) {
    Annotations ann = annotate(article("Sales rose last week and in November.", nullptr));
    ASSERT_EQ(ann.times.size(), 2u);
    EXPECT_FALSE(ann.times[0].resolved);
    EXPECT_FALSE(ann.times[0].note.empty());
    EXPECT_EQ(ann.times[1].value, "XXXX-11");
}

TEST(Annotate, EmptyArticle) {
    Annotations ann = annotate(article("", "2026-01-14"));
    EXPECT_TRUE(ann.entities.empty());
    EXPECT_TRUE(ann.times.empty());
    EXPECT_TRUE(ann.quantities.empty());
}

}  // namespace
}  // namespace parallax::annotate
