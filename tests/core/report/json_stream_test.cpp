// writeJson streams the parallax.report/1 document piece by piece; its bytes must be exactly those of the whole
// document serialised at once, in every layout, with and without the optional parts.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "core/report/json_report.h"
#include "report_fixture.h"

using namespace parallax;
using namespace parallax::report;

namespace {

AnalysisResult withAnnotations() {
    AnalysisResult r = fixtures::reportFixture();
    Annotations a;
    a.sentences = {{{0, 40}, 0}};
    Entity e;
    e.span = {0, 8};
    e.text = "DeepSeek";
    e.canonical = "DeepSeek";
    a.entities = {e};
    Claim c;
    c.subject = "DeepSeek-R1";
    c.attribute = "released";
    c.value = "2025-01-20";
    c.text = std::string("released R1 ") + fixtures::kHostile;
    c.frame.measure = "released";
    a.claims = {c};
    TimeValue t;
    t.span = {20, 35};
    t.text = "20 January 2025";
    t.value = "2025-01-20";
    t.resolved = true;
    a.times = {t, TimeValue{}};
    Quantity q;
    q.span = {3, 9};
    q.text = "$4.35bn";
    q.value = 4.35e9;
    q.low = 4.345e9;
    q.high = 0.1;
    q.unit = "USD";
    q.approximate = true;
    q.qualifier = "about";
    Quantity converted = q;
    converted.convertedFrom = 0;
    a.quantities = {q, converted};
    r.annotations["a1"] = a;
    // Every kind of value an article holds: warnings, no date, control bytes and invalid UTF-8 in its text.
    r.articles[2].warnings = {"mis-labelled charset", ""};
    r.articles[2].text = std::string("tab\there\x01 bad \xe9 byte \xf0\x9f\x98 cut \x7f");
    r.stories[0].duplicates = {{"a1", "a2"}, {}};
    r.annotations["a0"] = Annotations{};  // an empty one, sorting before
    // A second group of an existing id: the last one wins in the keyed coverage, as in the tree.
    r.groups.push_back(r.groups.front());
    r.groups.back().label = "replaced";
    return r;
}

std::string streamed(const AnalysisResult& r, const JsonOptions& options) {
    std::ostringstream out;
    writeJson(out, r, options);
    return out.str();
}

std::string whole(const AnalysisResult& r, const JsonOptions& options) {
    return toJson(r, options).dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST(JsonStream, SameBytesAsTheWholeDocument) {
    const AnalysisResult r = withAnnotations();
    for (int indent : {2, 4, 0, -1}) {
        for (bool annotations : {false, true}) {
            for (bool text : {true, false}) {
                JsonOptions options;
                options.indent = indent;
                options.includeAnnotations = annotations;
                options.includeText = text;
                EXPECT_EQ(streamed(r, options), whole(r, options))
                    << "indent " << indent << " annotations " << annotations << " text " << text;
            }
        }
    }
}

TEST(JsonStream, EmptyResultAndToJsonString) {
    for (int indent : {2, -1}) {
        JsonOptions options;
        options.indent = indent;
        EXPECT_EQ(streamed(AnalysisResult{}, options), whole(AnalysisResult{}, options)) << indent;
        options.includeAnnotations = true;
        EXPECT_EQ(streamed(AnalysisResult{}, options), whole(AnalysisResult{}, options)) << indent;
    }
    const AnalysisResult r = withAnnotations();
    EXPECT_EQ(toJsonString(r), whole(r, JsonOptions{}));
    // It parses back to the same tree (when the strings are valid UTF-8: invalid bytes come back replaced).
    const AnalysisResult valid = fixtures::reportFixture();
    EXPECT_EQ(nlohmann::json::parse(toJsonString(valid)), toJson(valid));
}

TEST(JsonStream, CoverageSpellsOutEveryArticleOfTheStory) {
    AnalysisResult r = fixtures::reportFixture();
    r.stories[0].articles = {"a3", "a1", "a2", "a1"};  // unsorted, one twice
    r.coverage["g1"] = {{"a1", Coverage::States}, {"a2", Coverage::Contradicts}, {"elsewhere", Coverage::States}};
    const nlohmann::json row = nlohmann::json::parse(toJsonString(r))["coverage"]["g1"];
    const nlohmann::json expected = {
        {"a1", "states"}, {"a2", "contradicts"}, {"a3", "omits"}, {"elsewhere", "states"}};
    EXPECT_EQ(row, expected);
}
