#include "core/formats/html/jsonld.h"

#include <nlohmann/json.hpp>

namespace parallax::formats::html {

namespace {

using nlohmann::json;

bool articleType(const json& type) {
    auto one = [](const std::string& t) {
        for (const char* kind : {"Article", "BlogPosting", "SocialMediaPosting", "Report", "DiscussionForumPosting",
                                 "APIReference", "LiveBlogPosting"})
            if (t.find(kind) != std::string::npos) return true;
        return false;
    };
    if (type.is_string()) return one(type.get<std::string>());
    if (type.is_array())
        for (const auto& t : type)
            if (t.is_string() && one(t.get<std::string>())) return true;
    return false;
}

std::string str(const json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end()) return {};
    if (it->is_string()) return collapseWhitespace(it->get<std::string>());
    return {};
}

/// A person or organisation's name: "X", {"name": "X"}, or the first of an array of those.
std::string nameOf(const json& v) {
    if (v.is_string()) return collapseWhitespace(v.get<std::string>());
    if (v.is_object()) return str(v, "name");
    return {};
}

/// Finds the first article-typed object, looking through arrays and @graph without recursion
/// (an explicit work list: JSON-LD can nest deeply in hostile pages).
const json* findArticle(const json& root) {
    std::vector<const json*> work{&root};
    std::size_t budget = 10000;
    while (!work.empty() && budget-- > 0) {
        const json* j = work.back();
        work.pop_back();
        if (j->is_array()) {
            for (auto it = j->rbegin(); it != j->rend(); ++it) work.push_back(&*it);
        } else if (j->is_object()) {
            auto type = j->find("@type");
            if (type != j->end() && articleType(*type)) return j;
            auto graph = j->find("@graph");
            if (graph != j->end()) work.push_back(&*graph);
        }
    }
    return nullptr;
}

std::string stripCdata(std::string text) {
    const auto b = text.find("<![CDATA[");
    if (b != std::string::npos) text.erase(0, b + 9);
    const auto e = text.rfind("]]>");
    if (e != std::string::npos) text.erase(e);
    return text;
}

}  // namespace

std::optional<JsonLd> readJsonLd(const Document& doc) {
    for (const Node* script : elementsByTag(doc.root(), {"script"})) {
        if (collapseWhitespace(toLower(script->attrOr("type"))) != "application/ld+json") continue;
        const json root = json::parse(stripCdata(textContent(script)), nullptr, /*allow_exceptions=*/false);
        if (root.is_discarded()) continue;
        const json* article = findArticle(root);
        if (article == nullptr) continue;
        JsonLd out;
        out.name = str(*article, "name");
        out.headline = str(*article, "headline");
        if (auto a = article->find("author"); a != article->end()) {
            if (a->is_array()) {
                for (const auto& one : *a)
                    if (std::string n = nameOf(one); !n.empty()) out.authors.push_back(n);
            } else if (std::string n = nameOf(*a); !n.empty()) {
                out.authors.push_back(n);
            }
        }
        if (auto p = article->find("publisher"); p != article->end()) {
            out.publisher = p->is_array() && !p->empty() ? nameOf(p->front()) : nameOf(*p);
        }
        out.datePublished = str(*article, "datePublished");
        if (out.datePublished.empty()) out.datePublished = str(*article, "dateCreated");
        out.language = str(*article, "inLanguage");
        out.url = str(*article, "url");
        return out;
    }
    return std::nullopt;
}

}  // namespace parallax::formats::html
