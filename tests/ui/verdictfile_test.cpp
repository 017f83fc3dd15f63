// The verdict fallback file's format: what is written is read back, and a damaged or hand-edited file gives
// what verdicts it can, never an error.
#include <gtest/gtest.h>

#include "ui/verdictfile.h"

namespace parallax::ui {
namespace {

TEST(VerdictFile, WhatIsWrittenIsReadBack) {
    std::map<std::string, UserVerdict> verdicts;
    verdicts["k1"] = {Verdict::Confirmed, "The later report corrects the figure."};
    verdicts["k2"] = {Verdict::Dismissed, ""};
    verdicts["k3"] = {Verdict::Open, "\xE5\xBE\x85\xE6\x9F\xA5 (to check)"};
    const auto read = parseVerdictFile(verdictFileJson(verdicts));
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read.at("k1").verdict, Verdict::Confirmed);
    EXPECT_EQ(read.at("k1").note, "The later report corrects the figure.");
    EXPECT_EQ(read.at("k2").verdict, Verdict::Dismissed);
    EXPECT_EQ(read.at("k3").verdict, Verdict::Open);
    EXPECT_EQ(read.at("k3").note, "\xE5\xBE\x85\xE6\x9F\xA5 (to check)");
}

TEST(VerdictFile, DamagedFilesGiveWhatTheyCan) {
    EXPECT_TRUE(parseVerdictFile("").empty());
    EXPECT_TRUE(parseVerdictFile("{\"verdicts\": {\"k1\": {\"verdict\": \"confirmed\"").empty()) << "cut short";
    EXPECT_TRUE(parseVerdictFile("[1, 2, 3]").empty());
    EXPECT_TRUE(parseVerdictFile("{\"verdicts\": [\"k1\"]}").empty());
    const auto odd = parseVerdictFile(
        R"({"verdicts": {"k1": "confirmed", "k2": {"verdict": 3, "note": ["x"]}, "k3": {"verdict": "maybe"},
            "k4": {"verdict": "dismissed", "note": "kept"}}})");
    ASSERT_EQ(odd.size(), 4u);
    EXPECT_EQ(odd.at("k1").verdict, Verdict::Open) << "a verdict that is not an object is an open one";
    EXPECT_EQ(odd.at("k2").note, "");
    EXPECT_EQ(odd.at("k3").verdict, Verdict::Open);
    EXPECT_EQ(odd.at("k4").verdict, Verdict::Dismissed);
    EXPECT_EQ(odd.at("k4").note, "kept");
}

TEST(VerdictFile, ANulInANoteIsKept) {
    std::map<std::string, UserVerdict> verdicts;
    verdicts["k\x01"] = {Verdict::Confirmed, std::string("a\0b", 3)};
    const auto read = parseVerdictFile(verdictFileJson(verdicts));
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read.begin()->first, "k\x01");
    EXPECT_EQ(read.begin()->second.note, std::string("a\0b", 3));
}

}  // namespace
}  // namespace parallax::ui
