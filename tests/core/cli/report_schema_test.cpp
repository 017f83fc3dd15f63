// The parallax.report/1 output against docs/report.schema.json, plus what a schema cannot express: offsets inside
// the text, and ids that refer to something.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_fixture.h"
#include "core/report/json_report.h"
#include "json_schema.h"
#include "report_checks.h"

using namespace parallax;
using namespace parallax::test_support;
using nlohmann::json;

namespace {

json loadSchema() { return loadReportSchema(); }
std::string joined(const std::vector<std::string>& errors) { return joinLines(errors); }
std::vector<std::string> consistencyProblems(const json& doc) { return reportConsistencyProblems(doc); }

}  // namespace

TEST(ReportSchema, ValidatorRejectsWhatEachKeywordForbids) {
    const json schema = loadSchema();
    json good = report::toJson(AnalysisResult{});
    ASSERT_TRUE(validateJson(good, schema).empty()) << joined(validateJson(good, schema));

    auto broken = [&](auto change) {
        json doc = good;
        Article a;
        a.id = "a.txt";
        a.text = "Some text.";
        doc["articles"].push_back(report::articleToJson(a));
        change(doc);
        return validateJson(doc, schema);
    };
    EXPECT_FALSE(broken([](json& d) { d["schema"] = "parallax.report/2"; }).empty()) << "const";
    EXPECT_FALSE(broken([](json& d) { d.erase("skipped"); }).empty()) << "required";
    EXPECT_FALSE(broken([](json& d) { d["extra"] = 1; }).empty()) << "additionalProperties";
    EXPECT_FALSE(broken([](json& d) { d["articles"][0]["format"] = "docx"; }).empty()) << "enum";
    EXPECT_FALSE(broken([](json& d) { d["articles"][0]["title"] = 3; }).empty()) << "type";
    EXPECT_FALSE(broken([](json& d) { d["articles"][0]["id"] = ""; }).empty()) << "minLength";
    EXPECT_FALSE(broken([](json& d) {
        d["articles"][0]["published"] = {{"value", "20 Jan"}, {"precision", "day"}, {"source", "text"}, {"how", ""}};
    }).empty()) << "pattern";
    EXPECT_FALSE(broken([](json& d) {
        d["stories"].push_back({{"id", "s"}, {"label", ""}, {"articles", json::array()}, {"duplicates", json::array()}});
    }).empty()) << "minItems";
    EXPECT_FALSE(broken([](json& d) {
        d["groups"].push_back({{"id", "g"}, {"story", "s"}, {"label", ""},
                               {"members", {{{"article", "a.txt"}, {"start", -1}, {"end", 2}, {"text", "x"}}}}});
    }).empty()) << "minimum via $ref";
    EXPECT_FALSE(broken([](json& d) { d["coverage"] = {{"g", {{"a.txt", "maybe"}}}}; }).empty())
        << "additionalProperties as a schema";
    EXPECT_TRUE(broken([](json& d) { d["articles"][0]["published"] = nullptr; }).empty()) << "null date is fine";
}

TEST(ReportSchema, ValidatorRefusesKeywordsItDoesNotImplement) {
    json schema = {{"type", "object"}, {"oneOf", json::array()}};
    auto errors = validateJson(json::object(), schema);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].find("oneOf"), std::string::npos);
}

TEST(ReportSchema, AnalyzeOutputOnTheTestCorpusMatchesTheSchema) {
    CliFixture fx;
    auto r = runCli({"analyze", fx.corpus().string(), "--json", "-", "--db", fx.db()});
    ASSERT_EQ(r.code, 0) << r.err;
    const json doc = json::parse(r.out);
    const auto errors = validateJson(doc, loadSchema());
    EXPECT_TRUE(errors.empty()) << joined(errors);
    const auto problems = consistencyProblems(doc);
    EXPECT_TRUE(problems.empty()) << joined(problems);
}

TEST(ReportSchema, ConsistencyCheckCatchesABadSpan) {
    AnalysisResult result;
    Article a;
    a.id = "a.txt";
    a.text = "Revenue rose to $4.2 billion.";
    result.articles.push_back(a);
    result.stories.push_back({"s1", "label", {"a.txt"}, {}});
    Conflict c;
    c.id = "c1";
    c.story = "s1";
    c.reason = "r";
    c.evidence.push_back({"a.txt", {16, 28}, "$4.2 billion", "4.2e9 USD"});
    result.conflicts.push_back(c);
    json doc = report::toJson(result);
    EXPECT_TRUE(consistencyProblems(doc).empty()) << joined(consistencyProblems(doc));
    EXPECT_TRUE(validateJson(doc, loadSchema()).empty()) << joined(validateJson(doc, loadSchema()));
    doc["conflicts"][0]["evidence"][0]["end"] = 29;
    EXPECT_EQ(consistencyProblems(doc).size(), 1u);
    doc["conflicts"][0]["evidence"][0]["end"] = 99;
    EXPECT_EQ(consistencyProblems(doc).size(), 1u);
}

TEST(ReportSchema, VerdictsAndCoverageAreWrittenOut) {
    AnalysisResult result;
    Article a;
    a.id = "a.txt";
    a.text = "x";
    Article b = a;
    b.id = "b.txt";
    result.articles = {a, b};
    result.stories.push_back({"s1", "label", {"a.txt", "b.txt"}, {{"a.txt", "b.txt"}}});
    result.groups.push_back({"g1", "s1", "fact", {{"a.txt", {0, 1}, "x"}}});
    result.coverage["g1"]["a.txt"] = Coverage::States;
    Conflict c;
    c.id = "c1";
    c.story = "s1";
    c.reason = "r";
    c.evidence.push_back({"reference", {0, 0}, "", "2025-01-20"});
    result.conflicts.push_back(c);
    result.verdicts["c1"] = {Verdict::Dismissed, "not a clash"};
    json doc = report::toJson(result);
    EXPECT_EQ(doc["coverage"]["g1"]["a.txt"], "states");
    EXPECT_EQ(doc["coverage"]["g1"]["b.txt"], "omits") << "every article of the story is named";
    EXPECT_EQ(doc["conflicts"][0]["verdict"], "dismissed");
    EXPECT_EQ(doc["conflicts"][0]["note"], "not a clash");
    EXPECT_EQ(doc["stories"][0]["duplicates"][0], json({"a.txt", "b.txt"}));
    EXPECT_TRUE(validateJson(doc, loadSchema()).empty()) << joined(validateJson(doc, loadSchema()));
}
