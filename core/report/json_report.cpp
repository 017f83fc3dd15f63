// The parallax.report/1 JSON contract. Field names and value spellings here are the contract: change them only
// together with docs/report-schema.md, docs/report.schema.json and the schema's version.
#include "core/report/json_report.h"

#include <ostream>
#include <set>
#include <sstream>
#include <string_view>

#include "core/report/report_model.h"

namespace parallax::report {
namespace {

using nlohmann::json;

json spanJson(const Span& span, const std::string& text) {
    return json{{"start", span.start}, {"end", span.end}, {"text", text}};
}

json storyJson(const Story& s) {
    json dups = json::array();
    for (const auto& copies : s.duplicates) dups.push_back(copies);
    return {{"id", s.id}, {"label", s.label}, {"articles", s.articles}, {"duplicates", dups}};
}

json groupJson(const Group& g) {
    json members = json::array();
    for (const auto& m : g.members) {
        json item = spanJson(m.span, m.text);
        item["article"] = m.article;
        members.push_back(std::move(item));
    }
    return {{"id", g.id}, {"story", g.story}, {"label", g.label}, {"members", members}};
}

/// Article id -> states|contradicts|omits for one group, spelled out for every article of the group's story so a
/// reader of the JSON need not know that an absent article means "omits".
json coverageRow(const AnalysisResult& result, const std::map<std::string, const Story*>& storyById, const Group& g) {
    json row = json::object();
    auto known = result.coverage.find(g.id);
    if (auto st = storyById.find(g.story); st != storyById.end())
        for (const auto& a : st->second->articles) row[a] = std::string(toString(Coverage::Omits));
    if (known != result.coverage.end())
        for (const auto& [article, c] : known->second) row[article] = std::string(toString(c));
    return row;
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
    json stories = json::array();
    for (const auto& st : result.stories) stories.push_back(storyJson(st));
    json groups = json::array();
    for (const auto& g : result.groups) groups.push_back(groupJson(g));
    json coverage = json::object();
    const auto storyById = storiesById(result);
    for (const auto& [id, g] : groupsById(result)) coverage[id] = coverageRow(result, storyById, *g);
    json doc{{"schema", kReportSchema},
             {"folder", result.folder},
             {"articles", articles},
             {"skipped", skipped},
             {"stories", stories},
             {"groups", groups},
             {"coverage", coverage},
             {"conflicts", conflicts}};
    if (options.includeAnnotations) {
        json ann = json::object();
        for (const auto& [id, a] : result.annotations) ann[id] = annotationsToJson(a);
        doc["annotations"] = std::move(ann);
    }
    return doc;
}

namespace {

std::string dumped(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

/// Writes the top-level document member by member, each array element or object entry serialised on its own and
/// dropped, in the layout nlohmann's dump gives the whole document: keys in byte order, `indent` spaces a level,
/// compact with indent -1. A value's own lines are shifted right by its depth; a JSON string never holds a raw
/// line break, so every line break of a serialised value is one of the layout's.
class StreamWriter {
public:
    StreamWriter(std::ostream& out, int indent) : m_out(out), m_indent(indent) {}

    void open() { m_out << '{'; }
    void close() { m_out << (m_members > 0 && pretty() ? "\n}" : "}"); }

    void scalar(std::string_view key, const json& value) {
        member(key);
        value_(value, 1);
    }

    /// An array member whose elements `each` hands to `emit` one at a time.
    template <typename Each>
    void array(std::string_view key, Each each) {
        member(key);
        container('[', ']', [&](auto&& emitOne) { each([&](const json& element) { emitOne({}, element); }); });
    }

    /// An object member whose entries come in key order from `each`.
    template <typename Each>
    void object(std::string_view key, Each each) {
        member(key);
        container('{', '}', [&](auto&& emitOne) {
            each([&](std::string_view entryKey, const json& value) { emitOne(entryKey, value); });
        });
    }

private:
    bool pretty() const { return m_indent >= 0; }
    std::string pad(int depth) const { return std::string(static_cast<std::size_t>(depth * m_indent), ' '); }

    void member(std::string_view key) {
        if (m_members++ > 0) m_out << ',';
        if (pretty()) m_out << '\n' << pad(1);
        writeKey(key);
    }

    void writeKey(std::string_view key) {
        m_out << dumped(json(std::string(key)), -1) << (pretty() ? ": " : ":");
    }

    void value_(const json& value, int depth) {
        const std::string text = dumped(value, m_indent);
        if (!pretty()) {
            m_out << text;
            return;
        }
        const std::string shift = pad(depth);
        std::size_t from = 0;
        for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
            m_out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
            m_out << shift;
            from = nl + 1;
        }
        m_out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
    }

    template <typename Body>
    void container(char openChar, char closeChar, Body body) {
        m_out << openChar;
        std::size_t count = 0;
        body([&](std::string_view key, const json& value) {
            if (count++ > 0) m_out << ',';
            if (pretty()) m_out << '\n' << pad(2);
            if (openChar == '{') writeKey(key);
            value_(value, 2);
        });
        if (count > 0 && pretty()) m_out << '\n' << pad(1);
        m_out << closeChar;
    }

    std::ostream& m_out;
    int m_indent;
    std::size_t m_members = 0;
};

}  // namespace

void writeJson(std::ostream& out, const AnalysisResult& result, const JsonOptions& options) {
    StreamWriter w(out, options.indent);
    w.open();
    // Members in the byte order of their keys, as the whole document's dump would have them.
    if (options.includeAnnotations)
        w.object("annotations", [&](auto emit) {
            for (const auto& [id, a] : result.annotations) emit(id, annotationsToJson(a));
        });
    w.array("articles", [&](auto emit) {
        for (const auto& a : result.articles) emit(articleToJson(a, options.includeText));
    });
    w.array("conflicts", [&](auto emit) {
        for (const auto& c : result.conflicts) {
            auto v = result.verdicts.find(c.id);
            emit(conflictToJson(c, v == result.verdicts.end() ? nullptr : &v->second));
        }
    });
    w.object("coverage", [&](auto emit) {
        const auto storyById = storiesById(result);
        for (const auto& [id, g] : groupsById(result)) emit(id, coverageRow(result, storyById, *g));
    });
    w.scalar("folder", result.folder);
    w.array("groups", [&](auto emit) {
        for (const auto& g : result.groups) emit(groupJson(g));
    });
    w.scalar("schema", kReportSchema);
    w.array("skipped", [&](auto emit) {
        for (const auto& s : result.skipped) emit(json{{"path", s.path}, {"reason", s.reason}});
    });
    w.array("stories", [&](auto emit) {
        for (const auto& st : result.stories) emit(storyJson(st));
    });
    w.close();
}

std::string toJsonString(const AnalysisResult& result, const JsonOptions& options) {
    std::ostringstream out;
    writeJson(out, result, options);
    return std::move(out).str();
}

}  // namespace parallax::report
