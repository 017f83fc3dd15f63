// Titles of plain-text saves: the lines around a headline that are not one (datelines, wire lines, bylines,
// captions, menus) are passed over, whichever comes first. Pages invented for the tests.
#include <gtest/gtest.h>

#include "core/extract/lexicon.h"
#include "core/extract/title.h"

namespace parallax::extract {
namespace {

Block para(std::string text) { return Block{BlockKind::Paragraph, 0, std::move(text)}; }

std::string titleOf(std::vector<Block> blocks) {
    return findTitleBlock(blocks, BoilerplateLexicon::standard()).text;
}

const char* kHeadline = "Harbour Board Approves Second Container Terminal";
const char* kBody =
    "The harbour board approved a second container terminal on Tuesday, ending two years of hearings about "
    "dredging, traffic and the cost of moving the fishing fleet to the northern quay.";

TEST(TitleFurniture, DatelineAboveTheHeadline) {
    EXPECT_EQ(titleOf({para("date 2025-12-18 10:32 source Coastal Daily"), para(kHeadline), para(kBody)}), kHeadline);
    EXPECT_EQ(titleOf({para("Published: Thursday 18 December 2025, 10:32 am"), para(kHeadline), para(kBody)}),
              kHeadline);
    EXPECT_EQ(titleOf({para("发布时间：2025年12月18日 10:32 来源：海港日报"), para("海港委员会批准建设第二个集装箱码头"),
                       para("海港委员会周二批准建设第二个集装箱码头，结束了长达两年的听证会。委员会表示，新码头将在三年内建成。")}),
              "海港委员会批准建设第二个集装箱码头");
}

TEST(TitleFurniture, DateOpeningTheHeadlinesLine) {
    EXPECT_EQ(titleOf({para("date 2024-01-03 Harbour Board Approves Second Container Terminal"), para(kBody)}),
              "Harbour Board Approves Second Container Terminal");
    EXPECT_EQ(titleOf({para("Published: 3 January 2024 10:32 am - Harbour Board Approves Second Terminal"), para(kBody)}),
              "Harbour Board Approves Second Terminal");
    EXPECT_EQ(titleOf({para("2024年1月3日 10:32 海港委员会批准建设第二个集装箱码头"),
                       para("海港委员会周二批准建设第二个集装箱码头，结束了长达两年的听证会。委员会表示，新码头将在三年内建成。")}),
              "海港委员会批准建设第二个集装箱码头");
    // What follows the date is a byline, not a headline.
    EXPECT_EQ(titleOf({para("date 2024-10-13 Story by JANE DOE"), para(kHeadline), para(kBody)}), kHeadline);
}

TEST(TitleFurniture, WireLineIsText) {
    EXPECT_EQ(titleOf({para(kHeadline), para("SINGAPORE (Feb 13): Port volumes rose again")}), kHeadline);
    EXPECT_EQ(titleOf({para("(Feb 13): Port volumes rose again in January"), para(kHeadline), para(kBody)}), kHeadline);
    // A headline that merely mentions a date in brackets stays one.
    EXPECT_EQ(titleOf({para("Port Volumes Hit Record (Again) in January"), para(kBody)}),
              "Port Volumes Hit Record (Again) in January");
}

TEST(TitleFurniture, BylineWithPlaceIsNoHeadline) {
    EXPECT_EQ(titleOf({para("By Jane Doe in SINGAPORE"), para(kHeadline), para(kBody)}), kHeadline);
    EXPECT_EQ(titleOf({para("By Jane Doe and John Roe for the Coastal Daily"), para(kHeadline), para(kBody)}), kHeadline);
    // "By" opening a headline's sentence is still a headline.
    EXPECT_EQ(titleOf({para("By the numbers: how the harbour grew"), para(kBody)}), "By the numbers: how the harbour grew");
}

TEST(TitleFurniture, CaptionsAreNoHeadline) {
    EXPECT_EQ(titleOf({para("Photo: Coastal Daily/Jane Doe"), para(kHeadline), para(kBody)}), kHeadline);
    EXPECT_EQ(titleOf({para("Cranes at the northern quay (File photo)"), para(kHeadline), para(kBody)}), kHeadline);
    EXPECT_EQ(titleOf({Block{BlockKind::Caption, 0, "Cranes unload a ship at the northern quay"}, para(kHeadline),
                       para(kBody)}),
              kHeadline);
}

TEST(TitleFurniture, MenusAreNoHeadline) {
    EXPECT_EQ(titleOf({para("News | Business | Shipping | Opinion"), para(kHeadline), para(kBody)}), kHeadline);
}

}  // namespace
}  // namespace parallax::extract
