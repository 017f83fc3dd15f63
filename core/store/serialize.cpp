// Cache rows as JSON through nlohmann (articles and annotations are bytes: article_codec.cpp, annotation_codec.cpp). Readers are defensive: anything malformed throws inside and comes out as
// nullopt, so a damaged or foreign row only costs a recomputation.
#include "core/store/serialize.h"

#include <nlohmann/json.hpp>

namespace parallax::store {
namespace {

using nlohmann::json;

template <typename E>
int num(E e) {
    return static_cast<int>(e);
}

template <typename E>
E enumOf(const json& j, int last) {
    const int v = j.get<int>();
    if (v < 0 || v > last) throw std::out_of_range("enum value out of range");
    return static_cast<E>(v);
}

json spanJ(const Span& s) { return json::array({s.start, s.end}); }
Span spanOf(const json& j) { return Span{j.at(0).get<std::size_t>(), j.at(1).get<std::size_t>()}; }

json storyJ(const StoryAnalysis& s) {
    json groups = json::array();
    for (const auto& g : s.groups) {
        json members = json::array();
        for (const auto& m : g.members) members.push_back({m.article, spanJ(m.span), m.text});
        groups.push_back({g.id, g.story, g.label, members});
    }
    json coverage = json::object();
    for (const auto& [group, row] : s.coverage) {
        json r = json::object();
        for (const auto& [article, c] : row) r[article] = num(c);
        coverage[group] = r;
    }
    json conflicts = json::array();
    for (const auto& c : s.conflicts) {
        json evidence = json::array();
        for (const auto& e : c.evidence) evidence.push_back({e.article, spanJ(e.span), e.text, e.value});
        conflicts.push_back({c.id, c.story, num(c.type), num(c.severity), num(c.scope), c.subject, c.attribute,
                             c.reason, c.cause, evidence});
    }
    return json{{"groups", groups}, {"coverage", coverage}, {"conflicts", conflicts}};
}

StoryAnalysis storyOf(const json& j) {
    StoryAnalysis s;
    for (const auto& g : j.at("groups")) {
        Group v;
        v.id = g.at(0).get<std::string>();
        v.story = g.at(1).get<std::string>();
        v.label = g.at(2).get<std::string>();
        for (const auto& m : g.at(3))
            v.members.push_back({m.at(0).get<std::string>(), spanOf(m.at(1)), m.at(2).get<std::string>()});
        s.groups.push_back(std::move(v));
    }
    for (const auto& [group, row] : j.at("coverage").items())
        for (const auto& [article, c] : row.items())
            s.coverage[group][article] = enumOf<Coverage>(c, num(Coverage::Omits));
    for (const auto& c : j.at("conflicts")) {
        Conflict v;
        v.id = c.at(0).get<std::string>();
        v.story = c.at(1).get<std::string>();
        v.type = enumOf<ConflictType>(c.at(2), num(ConflictType::Stance));
        v.severity = enumOf<Severity>(c.at(3), num(Severity::High));
        v.scope = enumOf<Scope>(c.at(4), num(Scope::Reference));
        v.subject = c.at(5).get<std::string>();
        v.attribute = c.at(6).get<std::string>();
        v.reason = c.at(7).get<std::string>();
        v.cause = c.at(8).get<std::string>();
        for (const auto& e : c.at(9))
            v.evidence.push_back({e.at(0).get<std::string>(), spanOf(e.at(1)), e.at(2).get<std::string>(),
                                  e.at(3).get<std::string>()});
        s.conflicts.push_back(std::move(v));
    }
    return s;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

template <typename T, typename F>
std::optional<T> parseWith(const std::string& data, F&& of) {
    try {
        return of(json::parse(data));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace


std::string serializeStoryAnalysis(const StoryAnalysis& analysis) { return dump(storyJ(analysis)); }
std::optional<StoryAnalysis> deserializeStoryAnalysis(const std::string& data) {
    return parseWith<StoryAnalysis>(data, storyOf);
}

std::string serializeStories(const std::vector<Story>& stories) {
    json out = json::array();
    for (const auto& s : stories) out.push_back({s.id, s.label, s.articles, s.duplicates});
    return dump(out);
}

std::optional<std::vector<Story>> deserializeStories(const std::string& data) {
    return parseWith<std::vector<Story>>(data, [](const json& j) {
        if (!j.is_array()) throw std::invalid_argument("stories must be an array");
        std::vector<Story> out;
        for (const auto& s : j)
            out.push_back({s.at(0).get<std::string>(), s.at(1).get<std::string>(),
                           s.at(2).get<std::vector<std::string>>(),
                           s.at(3).get<std::vector<std::vector<std::string>>>()});
        return out;
    });
}

std::optional<Verdict> parseVerdict(std::string_view text) {
    for (Verdict v : {Verdict::Open, Verdict::Confirmed, Verdict::Dismissed})
        if (toString(v) == text) return v;
    return std::nullopt;
}

}  // namespace parallax::store
