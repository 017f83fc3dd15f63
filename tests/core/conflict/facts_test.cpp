// Reading the user's reference facts: the header, tabs, and a clear message per bad line.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/conflict/detector.h"

namespace fs = std::filesystem;

namespace {

fs::path writeTemp(const std::string& name, const std::string& content) {
    fs::path p = fs::temp_directory_path() / ("parallax-facts-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(p, std::ios::binary) << content;
    return p;
}

}  // namespace

TEST(Facts, ReadsHeaderCommentsAndCrlf) {
    fs::path p = writeTemp("ok.tsv", "\xEF\xBB\xBFsubject\tattribute\tvalue\tsource\r\n# a comment\r\n"
                                     "Vexa-V2\treleased\t2024-03-03\tVexa blog\r\n\r\nVireo 5\tcategory\tNPU\t\r\n");
    auto facts = parallax::conflict::loadFacts(p);
    fs::remove(p);
    ASSERT_TRUE(facts.ok()) << facts.error();
    ASSERT_EQ(facts.value().size(), 2u);
    EXPECT_EQ(facts.value()[0].subject, "Vexa-V2");
    EXPECT_EQ(facts.value()[0].source, "Vexa blog");
    EXPECT_EQ(facts.value()[1].value, "NPU");
}

TEST(Facts, ColumnsMayComeInAnyOrder) {
    fs::path p = writeTemp("order.tsv", "value\tsubject\tattribute\n2024-03-03\tVexa-V2\treleased\n");
    auto facts = parallax::conflict::loadFacts(p);
    fs::remove(p);
    ASSERT_TRUE(facts.ok()) << facts.error();
    EXPECT_EQ(facts.value()[0].attribute, "released");
    EXPECT_TRUE(facts.value()[0].source.empty());
}

TEST(Facts, BadLinesAreNamed) {
    fs::path p = writeTemp("bad.tsv", "subject\tattribute\tvalue\tsource\nVexa-V2 released 2024-03-03\nok\tcategory\tNPU\tx\n"
                                      "Vireo 5\tcategory\t\tx\n");
    auto facts = parallax::conflict::loadFacts(p);
    fs::remove(p);
    ASSERT_FALSE(facts.ok());
    EXPECT_NE(facts.error().find("line 2"), std::string::npos) << facts.error();
    EXPECT_NE(facts.error().find("instead of tabs"), std::string::npos) << facts.error();
    EXPECT_NE(facts.error().find("line 4"), std::string::npos) << facts.error();
    EXPECT_EQ(facts.error().find("line 3"), std::string::npos) << facts.error();
}

TEST(Facts, MissingFileAndMissingHeader) {
    auto missing = parallax::conflict::loadFacts("/nonexistent/parallax/facts.tsv");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("cannot open"), std::string::npos);
    fs::path p = writeTemp("nohead.tsv", "Vexa-V2\treleased\t2024-03-03\tblog\n");
    auto noHeader = parallax::conflict::loadFacts(p);
    fs::remove(p);
    ASSERT_FALSE(noHeader.ok());
    EXPECT_NE(noHeader.error().find("header"), std::string::npos);
}
