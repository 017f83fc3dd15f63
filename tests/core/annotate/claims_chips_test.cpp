// The chip a device runs on (claims_components.cpp); sentences and products invented for these tests.
#include <gtest/gtest.h>

#include "tests/core/annotate/claims_fixture.h"

using namespace parallax;
using parallax::testing::Doc;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

/// (device, chip family) of the chip claims of `text`, whose products are the Nova phones.
Pairs chips(const std::string& text) {
    Doc d(text);
    d.entity("Nova 9 Plus", EntityKind::Product).entity("Nova 9", EntityKind::Product);
    d.extract();
    Pairs out;
    for (const Claim& c : d.claims(ClaimKind::Version))
        if (c.attribute == "chip") out.emplace_back(c.subject, c.value);
    std::sort(out.begin(), out.end());
    return out;
}

TEST(ChipClaims, EnglishDeviceAndChip) {
    EXPECT_EQ(chips("The Nova 9 is powered by the new 4nm V12 processor."), (Pairs{{"Nova 9", "V12"}}));
    EXPECT_EQ(chips("The Nova 9 and Nova 9 Plus use a faster V12 Pro chip."),
              (Pairs{{"Nova 9", "V12"}, {"Nova 9 Plus", "V12"}}));
    EXPECT_EQ(chips("Nova 9 runs on the V12 chip. Nova 9 is sold in blue. Nova 9 costs less. The standard model uses the V11 chip."),
              (Pairs{{"Nova 9", "V11"}, {"Nova 9", "V12"}}));
}

TEST(ChipClaims, ChineseDeviceAndChip) {
    EXPECT_EQ(chips("Nova 9搭载全新的V12芯片，性能提升三成。"), (Pairs{{"Nova 9", "V12"}}));
    EXPECT_EQ(chips("Nova 9将采用 V12 Pro 处理器。"), (Pairs{{"Nova 9", "V12"}}));
    EXPECT_EQ(chips("Nova 9发布。Nova 9有三种颜色。Nova 9售价不变。标准型号将搭载 V11 芯片。"), (Pairs{{"Nova 9", "V11"}}));
}

TEST(ChipClaims, NoChipWithoutOneDeviceAndOneChip) {
    EXPECT_TRUE(chips("The new phones are powered by the V12 processor.").empty());            // no named device
    EXPECT_TRUE(chips("The Nova 9 uses the V12 chip and the V12 Pro chip in two trims.").empty());  // a list
    EXPECT_TRUE(chips("The Nova 9 uses a larger battery than the V12 tablet.").empty());        // no chip noun
    EXPECT_TRUE(chips("这四款手机都搭载了全新的V12芯片。").empty());                                // no named device
    EXPECT_TRUE(chips("Nova 9搭载V12和V12 Pro芯片。").empty());                                   // a list, no noun after the first
    EXPECT_TRUE(chips("The standard model uses the V11 chip.").empty());  // no product the article is about
}

}  // namespace

namespace {

using Triples = std::vector<std::tuple<std::string, std::string, std::string>>;

/// (chip family, chip or "series", node) of the process-node version claims of `text`.
Triples nodes(const std::string& text) {
    Doc d(text);
    d.extract();
    Triples out;
    for (const Claim& c : d.claims(ClaimKind::Version))
        if (c.attribute == "process node") out.emplace_back(c.subject, c.object, c.value);
    return out;
}

TEST(ChipNodeClaims, EnglishChipAndNode) {
    EXPECT_EQ(nodes("It comes with the V12 Pro chip built on a 3nm process."), (Triples{{"V12", "V12 Pro", "3 nm"}}));
    EXPECT_EQ(nodes("The phone runs the new 4nm V12 processor."), (Triples{{"V12", "V12", "4 nm"}}));
}

TEST(ChipNodeClaims, ChineseChipSeriesAndNode) {
    EXPECT_EQ(nodes("新机全系搭载第二代3nm制程芯片V12系列芯片。"), (Triples{{"V12", "series", "3 nm"}}));
    EXPECT_EQ(nodes("新机搭载4nm工艺的V12 Pro芯片。"), (Triples{{"V12", "V12 Pro", "4 nm"}}));
}

TEST(ChipNodeClaims, NoNodeWithoutAChipNamedByIt) {
    EXPECT_TRUE(nodes("The foundry will start 2nm production next year.").empty());
    EXPECT_TRUE(nodes("The 3nm V12 and V14 chips ship in May.").empty());  // no chip noun right after the code
    EXPECT_TRUE(nodes("台积电明年量产2nm。").empty());
}

}  // namespace
