// Chinese event claims about craft and storms named by form (names_zh.h): the name that follows a leading
// date is the subject, and a storm's 登陆 is its landfall, not a listing.
#include <gtest/gtest.h>

#include <string>

#include "core/annotate/annotator.h"

namespace parallax::annotate {
namespace {

Article zhNews(std::string text) {
    Article a;
    a.id = "zh";
    a.language = "zh";
    a.text = std::move(text);
    a.published = PublishedDate{*Date::parseIso("2025-08-20"), DateSource::User, "test"};
    return a;
}

const Claim* eventOf(const Annotations& ann, const std::string& subject) {
    for (const Claim& c : ann.claims)
        if (c.kind == ClaimKind::Event && c.subject == subject) return &c;
    return nullptr;
}

TEST(ChineseNamedClaims, NameAfterTheLeadingDateIsTheSubject) {
    Annotations ann = annotate(zhNews("从8月3日天舟九号发射升空，到天舟九号完成对接，历时六小时。"));
    const Claim* c = eventOf(ann, "天舟九号");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->attribute, "lifted off");
    EXPECT_EQ(c->value, "2025-08-03");
}

TEST(ChineseNamedClaims, StormMakesLandfallCompanyLists) {
    Annotations storm = annotate(zhNews("强台风“海鸥”8月18日在广东湛江沿海登陆，“海鸥”随后减弱。"));
    const Claim* landfall = eventOf(storm, "海鸥");
    ASSERT_NE(landfall, nullptr);
    EXPECT_EQ(landfall->attribute, "collided");
    EXPECT_EQ(landfall->value, "2025-08-18");
    Annotations firm = annotate(zhNews("星河微电子于8月18日登陆科创板。"));
    const Claim* listing = eventOf(firm, "星河微电子");
    ASSERT_NE(listing, nullptr);
    EXPECT_EQ(listing->attribute, "listed");
}

}  // namespace
}  // namespace parallax::annotate
