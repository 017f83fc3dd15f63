// The parallax.report/1 JSON contract. Field names and value spellings here are the contract: change them only
// together with docs/report-schema.md, docs/report.schema.json and the schema's version.
#include "core/report/json_report.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>
#include <string_view>

#include "core/model/timex_text.h"
#include "core/report/json_tree.h"
#include "core/report/json_writer.h"
#include "core/report/report_model.h"

namespace parallax::report {
namespace {

using nlohmann::json;

// The schema, written once over a writer (JsonWriter streams it, JsonTree builds the nlohmann tree). Members come
// in the byte order of their keys: the order nlohmann's sorted objects dump them in, which the streamed bytes
// must match (tests/core/report/json_stream_test.cpp compares the two).

template <typename W>
void stringArray(W& w, const std::vector<std::string>& items) {
    w.beginArray();
    for (const auto& item : items) w.string(item);
    w.endArray();
}

template <typename W>
void writePublished(W& w, const std::optional<PublishedDate>& published) {
    if (!published) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("how");
    w.string(published->how);
    w.key("precision");
    w.string(toString(published->date.precision));
    w.key("source");
    w.string(toString(published->source));
    w.key("value");
    w.string(published->date.iso());
    w.endObject();
}

template <typename W>
void writeArticle(W& w, const Article& a, bool includeText) {
    w.beginObject();
    w.key("byline");
    w.string(a.byline);
    w.key("encoding");
    w.string(a.encoding);
    w.key("format");
    w.string(toString(a.format));
    w.key("hash");
    w.string(a.contentHash);
    w.key("id");
    w.string(a.id);
    w.key("language");
    w.string(a.language);
    w.key("outlet");
    w.string(a.outlet);
    w.key("outlet_how");
    w.string(a.outletHow);
    w.key("path");
    w.string(a.path);
    w.key("published");
    writePublished(w, a.published);
    if (includeText) {
        w.key("text");
        w.string(a.text);
    }
    w.key("title");
    w.string(a.title);
    w.key("warnings");
    stringArray(w, a.warnings);
    w.endObject();
}

/// "end", "start" and "text" of a quoted span; callers add their own keys around them in byte order.
template <typename W>
void spanEnd(W& w, const Span& span) {
    w.key("end");
    w.unsignedInteger(span.end);
}

template <typename W>
void spanStartText(W& w, const Span& span, const std::string& text) {
    w.key("start");
    w.unsignedInteger(span.start);
    w.key("text");
    w.string(text);
}

template <typename W>
void writeFrame(W& w, const Frame& f) {
    w.beginObject();
    w.key("dimension");
    w.string(f.dimension);
    w.key("kind");
    w.string(f.kind);
    w.key("measure");
    w.string(f.measure);
    w.key("moves");
    w.boolean(f.moves);
    w.key("period");
    w.string(f.period);
    w.key("scope");
    w.string(f.scope);
    w.key("stage");
    w.string(f.stage);
    w.endObject();
}

template <typename W>
void writeClaim(W& w, const Claim& c) {
    w.beginObject();
    w.key("attribute");
    w.string(c.attribute);
    w.key("end");
    w.unsignedInteger(c.span.end);
    if (!c.frame.empty()) {
        w.key("frame");
        writeFrame(w, c.frame);
    }
    w.key("hedged");
    w.boolean(c.hedged);
    w.key("kind");
    w.string(toString(c.kind));
    w.key("negated");
    w.boolean(c.negated);
    w.key("object");
    w.string(c.object);
    w.key("sentence");
    w.integer(c.sentence);
    w.key("speaker");
    w.string(c.speaker);
    w.key("start");
    w.unsignedInteger(c.span.start);
    w.key("subject");
    w.string(c.subject);
    w.key("text");
    w.string(c.text);
    w.key("value");
    w.string(c.value);
    w.key("value_end");
    w.unsignedInteger(c.valueSpan.end);
    w.key("value_start");
    w.unsignedInteger(c.valueSpan.start);
    w.endObject();
}

template <typename W>
void writeAnnotations(W& w, const Annotations& an) {
    w.beginObject();
    w.key("claims");
    w.beginArray();
    for (const auto& c : an.claims) writeClaim(w, c);
    w.endArray();
    w.key("entities");
    w.beginArray();
    for (const auto& e : an.entities) {
        w.beginObject();
        w.key("base");
        w.string(e.base);
        w.key("canonical");
        w.string(e.canonical);
        spanEnd(w, e.span);
        w.key("kind");
        w.string(toString(e.kind));
        spanStartText(w, e.span, e.text);
        w.endObject();
    }
    w.endArray();
    w.key("quantities");
    w.beginArray();
    for (const auto& q : an.quantities) {
        w.beginObject();
        w.key("approximate");
        w.boolean(q.approximate);
        w.key("converted_from");
        if (q.convertedFrom)
            w.unsignedInteger(*q.convertedFrom);
        else
            w.null();
        spanEnd(w, q.span);
        w.key("high");
        w.number(q.high);
        w.key("low");
        w.number(q.low);
        w.key("qualifier");
        w.string(q.qualifier);
        spanStartText(w, q.span, q.text);
        w.key("unit");
        w.string(q.unit);
        w.key("value");
        w.number(q.value);
        w.endObject();
    }
    w.endArray();
    w.key("sentences");
    w.beginArray();
    for (const auto& s : an.sentences) {
        w.beginObject();
        spanEnd(w, s.span);
        w.key("paragraph");
        w.integer(s.paragraph);
        w.key("start");
        w.unsignedInteger(s.span.start);
        w.endObject();
    }
    w.endArray();
    w.key("times");
    w.beginArray();
    for (const auto& t : an.times) {
        w.beginObject();
        spanEnd(w, t.span);
        w.key("note");
        w.string(t.note);
        w.key("readable");
        w.string(t.value.empty() ? std::string() : readableTimex(t.value, t.note));
        w.key("resolved");
        w.boolean(t.resolved);
        spanStartText(w, t.span, t.text);
        w.key("value");
        w.string(t.value);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

template <typename W>
void writeConflict(W& w, const Conflict& c, const UserVerdict* verdict) {
    w.beginObject();
    w.key("attribute");
    w.string(c.attribute);
    w.key("cause");
    w.string(c.cause);
    w.key("evidence");
    w.beginArray();
    for (const auto& e : c.evidence) {
        w.beginObject();
        w.key("article");
        w.string(e.article);
        spanEnd(w, e.span);
        w.key("readable");
        w.string(shownValue(c, e.value));
        spanStartText(w, e.span, e.text);
        w.key("value");
        w.string(e.value);
        w.endObject();
    }
    w.endArray();
    w.key("id");
    w.string(c.id);
    w.key("note");
    w.string(verdict ? std::string_view(verdict->note) : std::string_view());
    w.key("reason");
    w.string(c.reason);
    w.key("scope");
    w.string(toString(c.scope));
    w.key("severity");
    w.string(toString(c.severity));
    w.key("story");
    w.string(c.story);
    w.key("subject");
    w.string(c.subject);
    w.key("type");
    w.string(toString(c.type));
    w.key("verdict");
    w.string(toString(verdict ? verdict->verdict : Verdict::Open));
    w.endObject();
}

template <typename W>
void writeStory(W& w, const Story& s) {
    w.beginObject();
    w.key("articles");
    stringArray(w, s.articles);
    w.key("duplicates");
    w.beginArray();
    for (const auto& copies : s.duplicates) stringArray(w, copies);
    w.endArray();
    w.key("id");
    w.string(s.id);
    w.key("label");
    w.string(s.label);
    w.endObject();
}

template <typename W>
void writeGroup(W& w, const Group& g) {
    w.beginObject();
    w.key("id");
    w.string(g.id);
    w.key("label");
    w.string(g.label);
    w.key("members");
    w.beginArray();
    for (const auto& m : g.members) {
        w.beginObject();
        w.key("article");
        w.string(m.article);
        spanEnd(w, m.span);
        spanStartText(w, m.span, m.text);
        w.endObject();
    }
    w.endArray();
    w.key("story");
    w.string(g.story);
    w.endObject();
}

/// Article id -> states|contradicts|omits for one group, spelled out for every article of the group's story so a
/// reader of the JSON need not know that an absent article means "omits". The story's articles (sorted) and the
/// group's known coverage (a sorted map) are merged in key order, the known value winning.
template <typename W>
void writeCoverageRow(W& w, const AnalysisResult& result, const std::map<std::string, const Story*>& storyById,
                      const Group& g) {
    std::vector<std::string_view> omitted;
    if (auto st = storyById.find(g.story); st != storyById.end())
        omitted.assign(st->second->articles.begin(), st->second->articles.end());
    std::sort(omitted.begin(), omitted.end());
    omitted.erase(std::unique(omitted.begin(), omitted.end()), omitted.end());
    static const std::map<std::string, Coverage> kNone;
    const auto found = result.coverage.find(g.id);
    const auto& known = found == result.coverage.end() ? kNone : found->second;
    auto k = known.begin();
    auto o = omitted.begin();
    w.beginObject();
    while (o != omitted.end() || k != known.end()) {
        if (k == known.end() || (o != omitted.end() && *o < std::string_view(k->first))) {
            w.key(*o++);
            w.string(toString(Coverage::Omits));
            continue;
        }
        if (o != omitted.end() && *o == k->first) ++o;
        w.key(k->first);
        w.string(toString(k->second));
        ++k;
    }
    w.endObject();
}

std::map<std::string, const Story*> storiesById(const AnalysisResult& result) {
    std::map<std::string, const Story*> out;
    for (const auto& s : result.stories) out[s.id] = &s;
    return out;
}

/// Each group id once, in byte order, with the last group of that id (a later one replaced an earlier in the map).
std::map<std::string, const Group*> groupsById(const AnalysisResult& result) {
    std::map<std::string, const Group*> out;
    for (const auto& g : result.groups) out[g.id] = &g;
    return out;
}

template <typename W>
void writeDocument(W& w, const AnalysisResult& result, const JsonOptions& options) {
    w.beginObject();
    if (options.includeAnnotations) {
        w.key("annotations");
        w.beginObject();
        for (const auto& [id, a] : result.annotations) {
            w.key(id);
            writeAnnotations(w, a);
        }
        w.endObject();
    }
    w.key("articles");
    w.beginArray();
    for (const auto& a : result.articles) writeArticle(w, a, options.includeText);
    w.endArray();
    w.key("conflicts");
    w.beginArray();
    for (const auto& c : result.conflicts) {
        auto v = result.verdicts.find(c.id);
        writeConflict(w, c, v == result.verdicts.end() ? nullptr : &v->second);
    }
    w.endArray();
    w.key("coverage");
    w.beginObject();
    const auto storyById = storiesById(result);
    for (const auto& [id, g] : groupsById(result)) {
        w.key(id);
        writeCoverageRow(w, result, storyById, *g);
    }
    w.endObject();
    w.key("folder");
    w.string(result.folder);
    w.key("groups");
    w.beginArray();
    for (const auto& g : result.groups) writeGroup(w, g);
    w.endArray();
    w.key("schema");
    w.string(kReportSchema);
    w.key("skipped");
    w.beginArray();
    for (const auto& s : result.skipped) {
        w.beginObject();
        w.key("path");
        w.string(s.path);
        w.key("reason");
        w.string(s.reason);
        w.endObject();
    }
    w.endArray();
    w.key("stories");
    w.beginArray();
    for (const auto& st : result.stories) writeStory(w, st);
    w.endArray();
    w.endObject();
}

template <typename Build>
json tree(Build build) {
    JsonTree t;
    build(t);
    return t.take();
}

}  // namespace

json publishedToJson(const std::optional<PublishedDate>& published) {
    return tree([&](JsonTree& t) { writePublished(t, published); });
}

json articleToJson(const Article& a, bool includeText) {
    return tree([&](JsonTree& t) { writeArticle(t, a, includeText); });
}

json annotationsToJson(const Annotations& an) {
    return tree([&](JsonTree& t) { writeAnnotations(t, an); });
}

json conflictToJson(const Conflict& c, const UserVerdict* verdict) {
    return tree([&](JsonTree& t) { writeConflict(t, c, verdict); });
}

json toJson(const AnalysisResult& result, const JsonOptions& options) {
    return tree([&](JsonTree& t) { writeDocument(t, result, options); });
}

void writeJson(std::ostream& out, const AnalysisResult& result, const JsonOptions& options) {
    JsonWriter w(out, options.indent);
    writeDocument(w, result, options);
    w.finish();
}

std::string toJsonString(const AnalysisResult& result, const JsonOptions& options) {
    std::ostringstream out;
    writeJson(out, result, options);
    return std::move(out).str();
}

}  // namespace parallax::report
