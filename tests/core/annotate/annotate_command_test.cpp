// parallax-cli annotate FILE [--published DATE] --json: the JSON contract of DESIGN.md.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/cli/cli.h"

namespace parallax {
namespace {

namespace fs = std::filesystem;

class AnnotateCommand : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("parallax-annotate-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
        m_file = m_dir / "note.txt";
        std::ofstream(m_file) << "Chip deal\n\nHuawei's Ascend 910B rivals the A100, analysts said last week.\n\n"
                                 "Zhipu AI raised HK$4.35 billion ($840 million) in November.\n";
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    fs::path m_file;
};

TEST_F(AnnotateCommand, JsonContract) {
    std::ostringstream out, err;
    int rc = cli::run({"annotate", m_file.string(), "--published", "2026-01-14", "--json"}, out, err);
    ASSERT_EQ(rc, 0) << err.str();
    auto j = nlohmann::json::parse(out.str());
    for (const char* key : {"text", "published", "entities", "times", "quantities", "claims"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["published"]["value"], "2026-01-14");
    EXPECT_EQ(j["published"]["source"], "user");
    std::string text = j["text"];
    for (const char* list : {"entities", "times", "quantities"})
        for (const auto& item : j[list]) {
            std::size_t s = item["start"], e = item["end"];
            EXPECT_EQ(text.substr(s, e - s), item["text"].get<std::string>()) << list;
        }
    bool week = false;
    for (const auto& t : j["times"])
        if (t["text"] == "last week") week = t["value"] == "2026-W02";
    EXPECT_TRUE(week) << j["times"].dump();
    bool converted = false;
    for (const auto& q : j["quantities"])
        if (q["text"] == "$840 million") converted = q["converted_from"] == 0;
    EXPECT_TRUE(converted) << j["quantities"].dump();
    bool chip = false;
    for (const auto& e : j["entities"])
        if (e["text"] == "Ascend 910B") chip = e["canonical"] == "Huawei Ascend 910B" && e["kind"] == "product";
    EXPECT_TRUE(chip) << j["entities"].dump();
}

TEST_F(AnnotateCommand, BadUsage) {
    std::ostringstream out, err;
    EXPECT_EQ(cli::run({"annotate"}, out, err), 2);
    EXPECT_EQ(cli::run({"annotate", m_file.string(), "--published", "yesterday", "--json"}, out, err), 2);
    EXPECT_EQ(cli::run({"annotate", (m_dir / "missing.txt").string(), "--json"}, out, err), 1);
}

}  // namespace
}  // namespace parallax
