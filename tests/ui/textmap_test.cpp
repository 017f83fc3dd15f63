#include <gtest/gtest.h>

#include "ui/textmap.h"

using parallax::Span;
using parallax::ui::TextMap;

TEST(TextMap, AsciiIsIdentity) {
    const TextMap m("hello world");
    EXPECT_EQ(m.text(), QStringLiteral("hello world"));
    EXPECT_EQ(m.toUtf16(0), 0);
    EXPECT_EQ(m.toUtf16(6), 6);
    EXPECT_EQ(m.toUtf16(11), 11);
    EXPECT_EQ(m.toUtf8(6), 6u);
}

TEST(TextMap, ChineseThreeBytesBecomeOneUnit) {
    const std::string s = "据报道，维拉实验室发布";  // 11 characters, 33 bytes
    const TextMap m(s);
    EXPECT_EQ(m.text().size(), 11);
    const auto at = s.find("维拉");
    ASSERT_EQ(at, 12u);
    EXPECT_EQ(m.toUtf16(at), 4);
    const auto [from, to] = m.range(Span{at, at + std::string("维拉实验室").size()});
    EXPECT_EQ(m.text().mid(from, to - from), QStringLiteral("维拉实验室"));
    EXPECT_EQ(m.toUtf8(4), at);
}

TEST(TextMap, EmojiIsASurrogatePair) {
    const std::string s = "Go 🚀 now";  // the rocket is 4 bytes in UTF-8, 2 units in UTF-16
    const TextMap m(s);
    EXPECT_EQ(m.text(), QString::fromUtf8(s.c_str()));
    const std::size_t now = s.find("now");
    EXPECT_EQ(m.toUtf16(now), 6);
    const auto [from, to] = m.range(Span{3, 7});
    EXPECT_EQ(from, 3);
    EXPECT_EQ(to, 5);
    EXPECT_EQ(m.text().mid(from, to - from), QStringLiteral("🚀"));
    EXPECT_EQ(m.toUtf8(4), 3u) << "a position inside the pair maps back to the emoji's first byte";
}

TEST(TextMap, OffsetsInsideACharacterSnapToIt) {
    const std::string s = "a中b";
    const TextMap m(s);
    EXPECT_EQ(m.toUtf16(2), 1) << "middle byte of 中 snaps to its start";
    const auto [from, to] = m.range(Span{1, 2});
    EXPECT_EQ(m.text().mid(from, to - from), QStringLiteral("中")) << "a partial end extends to the whole character";
}

TEST(TextMap, MixedChineseEmojiAndLatinRoundTrip) {
    const std::string s = "发布了Orion模型🚀。Price: $1,200 — 价格";
    const TextMap m(s);
    for (const std::string needle : {"Orion", "模型", "🚀", "。", "$1,200", "—", "价格"}) {
        const auto at = s.find(needle);
        const auto [from, to] = m.range(Span{at, at + needle.size()});
        EXPECT_EQ(m.text().mid(from, to - from), QString::fromUtf8(needle.c_str())) << needle;
        EXPECT_EQ(m.toUtf8(from), at) << needle;
    }
}

TEST(TextMap, InvalidBytesBecomeReplacementCharacters) {
    const std::string s = std::string("ok") + '\xff' + '\xe4' + "x";
    const TextMap m(s);
    EXPECT_EQ(m.text().size(), 5);
    EXPECT_EQ(m.text().at(2), QChar(0xFFFD));
    EXPECT_EQ(m.text().at(3), QChar(0xFFFD));
    EXPECT_EQ(m.toUtf16(4), 4);
}

TEST(TextMap, OutOfRangeClamps) {
    const TextMap m("abc");
    EXPECT_EQ(m.toUtf16(100), 3);
    const auto [from, to] = m.range(Span{2, 100});
    EXPECT_EQ(from, 2);
    EXPECT_EQ(to, 3);
    const TextMap empty;
    EXPECT_EQ(empty.toUtf16(5), 0);
}
