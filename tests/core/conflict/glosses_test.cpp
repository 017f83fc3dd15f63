// Names a story's Chinese article glosses in Latin letters meet the English reports' names.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/annotate/annotator.h"
#include "core/conflict/glosses.h"

namespace parallax::conflict {
namespace {

Article zhArticle(std::string text) {
    Article a;
    a.id = "zh";
    a.language = "zh";
    a.text = std::move(text);
    return a;
}

// Built by its own function: with the Article local to this one, GCC 12 at -O3 warned that the inlined short-string
// copy of `language` "may be used uninitialized" (a false positive that -Werror turns into a failed CI build).
Annotations annotateZh(std::string text) { return annotate::annotate(zhArticle(std::move(text))); }

Side sideAbout(const std::string& subject) {
    Side s;
    s.claim.subject = subject;
    return s;
}

TEST(Glosses, StormGlossedInBracketsMeetsItsEnglishName) {
    const Annotations zh = annotateZh("超强台风“海鸥”(Kalmaegi)今日登陆，“海鸥”中心附近最大风力16级。");
    const auto glosses = glossedNames({&zh});
    ASSERT_EQ(glosses.count("Kalmaegi"), 1U);
    EXPECT_EQ(glosses.at("Kalmaegi"), "海鸥");
    std::vector<Side> sides = {sideAbout("海鸥"), sideAbout("Kalmaegi"), sideAbout("白鹿")};
    applyGlosses(glosses, sides);
    EXPECT_EQ(sides[0].claim.subject, "Kalmaegi");
    EXPECT_EQ(sides[1].claim.subject, "Kalmaegi");
    EXPECT_EQ(sides[2].claim.subject, "白鹿");  // another storm keeps its name
}

TEST(Glosses, NoBracketNoGloss) {
    const Annotations zh = annotateZh("超强台风“海鸥”今日登陆，Kalmaegi一词意为海鸥。");
    EXPECT_TRUE(glossedNames({&zh}).empty());
    const Annotations person = annotateZh("分析师王立(Wang Li)表示，台风“海鸥”将北上。");
    for (const auto& [latin, han] : glossedNames({&person})) EXPECT_NE(han, "海鸥") << latin;
}

}  // namespace
}  // namespace parallax::conflict
