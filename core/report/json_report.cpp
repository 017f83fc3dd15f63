// The parallax.report/1 JSON contract. Field names and value spellings here are the contract: change them only
// together with docs/report-schema.md, docs/report.schema.json and the schema's version.
#include "core/report/json_report.h"

#include <set>

#include "core/report/report_model.h"

namespace parallax::report {
namespace {

using nlohmann::json;

json spanJson(const Span& span, const std::string& text) {
    return json{{"start", span.start}, {"end", span.end}, {"text", text}};
}

json storiesJson(const std::vector<Story>& stories) {
    json out = json::array();
    for (const auto& s : stories) {
        json dups = json::array();
        for (const auto& copies : s.duplicates) dups.push_back(copies);
        out.push_back({{"id", s.id}, {"label", s.label}, {"articles", s.articles}, {"duplicates", dups}});
    }
    return out;
}

json groupsJson(const std::vector<Group>& groups) {
    json out = json::array();
    for (const auto& g : groups) {
        json members = json::array();
        for (const auto& m : g.members) {
            json item = spanJson(m.span, m.text);
            item["article"] = m.article;
            members.push_back(std::move(item));
        }
        out.push_back({{"id", g.id}, {"story", g.story}, {"label", g.label}, {"members", members}});
    }
    return out;
}

/// group id -> article id -> states|contradicts|omits, spelled out for every article of the group's story so a
/// reader of the JSON need not know that an absent article means "omits".
json coverageJson(const AnalysisResult& result) {
    std::map<std::string, const Story*> storyById;
    for (const auto& s : result.stories) storyById[s.id] = &s;
    json out = json::object();
    for (const auto& g : result.groups) {
        json row = json::object();
        auto known = result.coverage.find(g.id);
        if (auto st = storyById.find(g.story); st != storyById.end())
            for (const auto& a : st->second->articles) row[a] = std::string(toString(Coverage::Omits));
        if (known != result.coverage.end())
            for (const auto& [article, c] : known->second) row[article] = std::string(toString(c));
        out[g.id] = std::move(row);
    }
    return out;
}

}  // namespace

json publishedToJson(const std::optional<PublishedDate>& published) {
    if (!published) return nullptr;
    return json{{"value", published->date.iso()},
                {"precision", std::string(toString(published->date.precision))},
                {"source", std::string(toString(published->source))},
                {"how", published->how}};
}

json articleToJson(const Article& a, bool includeText) {
    json j{{"id", a.id},
           {"path", a.path},
           {"format", std::string(toString(a.format))},
           {"encoding", a.encoding},
           {"hash", a.contentHash},
           {"title", a.title},
           {"outlet", a.outlet},
           {"outlet_how", a.outletHow},
           {"byline", a.byline},
           {"published", publishedToJson(a.published)},
           {"language", a.language},
           {"warnings", a.warnings}};
    if (includeText) j["text"] = a.text;
    return j;
}

json annotationsToJson(const Annotations& an) {
    json sentences = json::array();
    for (const auto& s : an.sentences)
        sentences.push_back({{"start", s.span.start}, {"end", s.span.end}, {"paragraph", s.paragraph}});
    json entities = json::array();
    for (const auto& e : an.entities) {
        json j = spanJson(e.span, e.text);
        j["canonical"] = e.canonical;
        j["kind"] = std::string(toString(e.kind));
        j["base"] = e.base;
        entities.push_back(std::move(j));
    }
    json times = json::array();
    for (const auto& t : an.times) {
        json j = spanJson(t.span, t.text);
        j["value"] = t.value;
        j["readable"] = t.value.empty() ? std::string() : readableTimex(t.value, t.note);
        j["resolved"] = t.resolved;
        j["note"] = t.note;
        times.push_back(std::move(j));
    }
    json quantities = json::array();
    for (const auto& q : an.quantities) {
        json j = spanJson(q.span, q.text);
        j["value"] = q.value;
        j["low"] = q.low;
        j["high"] = q.high;
        j["unit"] = q.unit;
        j["approximate"] = q.approximate;
        j["qualifier"] = q.qualifier;
        j["converted_from"] = q.convertedFrom ? json(*q.convertedFrom) : json(nullptr);
        quantities.push_back(std::move(j));
    }
    json claims = json::array();
    for (const auto& c : an.claims) {
        json j{{"kind", std::string(toString(c.kind))},
               {"start", c.span.start},
               {"end", c.span.end},
               {"value_start", c.valueSpan.start},
               {"value_end", c.valueSpan.end},
               {"subject", c.subject},
               {"attribute", c.attribute},
               {"value", c.value},
               {"text", c.text},
               {"speaker", c.speaker},
               {"object", c.object},
               {"negated", c.negated},
               {"hedged", c.hedged},
               {"sentence", c.sentence}};
        if (!c.frame.empty())
            j["frame"] = json{{"measure", c.frame.measure}, {"kind", c.frame.kind}, {"dimension", c.frame.dimension},
                              {"period", c.frame.period},   {"scope", c.frame.scope}, {"stage", c.frame.stage},
                              {"moves", c.frame.moves}};
        claims.push_back(std::move(j));
    }
    return json{{"sentences", sentences}, {"entities", entities}, {"times", times},
                {"quantities", quantities}, {"claims", claims}};
}

json conflictToJson(const Conflict& c, const UserVerdict* verdict) {
    json evidence = json::array();
    for (const auto& e : c.evidence) {
        json j = spanJson(e.span, e.text);
        j["article"] = e.article;
        j["value"] = e.value;
        j["readable"] = shownValue(c, e.value);
        evidence.push_back(std::move(j));
    }
    return json{{"id", c.id},
                {"story", c.story},
                {"type", std::string(toString(c.type))},
                {"severity", std::string(toString(c.severity))},
                {"scope", std::string(toString(c.scope))},
                {"subject", c.subject},
                {"attribute", c.attribute},
                {"reason", c.reason},
                {"cause", c.cause},
                {"evidence", evidence},
                {"verdict", std::string(toString(verdict ? verdict->verdict : Verdict::Open))},
                {"note", verdict ? verdict->note : std::string()}};
}

json toJson(const AnalysisResult& result, const JsonOptions& options) {
    json articles = json::array();
    for (const auto& a : result.articles) articles.push_back(articleToJson(a, options.includeText));
    json skipped = json::array();
    for (const auto& s : result.skipped) skipped.push_back({{"path", s.path}, {"reason", s.reason}});
    json conflicts = json::array();
    for (const auto& c : result.conflicts) {
        auto v = result.verdicts.find(c.id);
        conflicts.push_back(conflictToJson(c, v == result.verdicts.end() ? nullptr : &v->second));
    }
    json doc{{"schema", kReportSchema},
             {"folder", result.folder},
             {"articles", articles},
             {"skipped", skipped},
             {"stories", storiesJson(result.stories)},
             {"groups", groupsJson(result.groups)},
             {"coverage", coverageJson(result)},
             {"conflicts", conflicts}};
    if (options.includeAnnotations) {
        json ann = json::object();
        for (const auto& [id, a] : result.annotations) ann[id] = annotationsToJson(a);
        doc["annotations"] = std::move(ann);
    }
    return doc;
}

std::string toJsonString(const AnalysisResult& result, const JsonOptions& options) {
    return toJson(result, options).dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace parallax::report
