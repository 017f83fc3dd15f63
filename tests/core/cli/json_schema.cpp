#include "json_schema.h"

#include <regex>
#include <set>

namespace parallax::test_support {
namespace {

using nlohmann::json;

class Validator {
public:
    explicit Validator(const json& root) : m_root(root) {}

    void check(const json& doc, const json& schema, const std::string& where) {
        if (schema.is_boolean()) {
            if (!schema.get<bool>()) fail(where, "no value allowed here");
            return;
        }
        for (const auto& [key, value] : schema.items()) {
            static const std::set<std::string> known = {
                "$schema", "$id", "title", "description", "$defs", "type", "const", "enum", "required", "properties",
                "additionalProperties", "items", "minItems", "minLength", "minimum", "pattern", "$ref"};
            if (!known.count(key)) fail(where, "schema keyword '" + key + "' is not supported by this validator");
            (void)value;
        }
        if (auto ref = schema.find("$ref"); ref != schema.end()) {
            const std::string r = ref->get<std::string>();
            const std::string prefix = "#/$defs/";
            if (r.rfind(prefix, 0) != 0 || !m_root.contains("$defs") || !m_root["$defs"].contains(r.substr(prefix.size()))) {
                fail(where, "unresolvable $ref " + r);
                return;
            }
            check(doc, m_root["$defs"][r.substr(prefix.size())], where);
        }
        if (auto t = schema.find("type"); t != schema.end()) {
            bool ok = false;
            if (t->is_string()) ok = hasType(doc, t->get<std::string>());
            else
                for (const auto& one : *t) ok = ok || hasType(doc, one.get<std::string>());
            if (!ok) {
                fail(where, "expected type " + t->dump() + ", got " + doc.type_name());
                return;
            }
        }
        if (auto c = schema.find("const"); c != schema.end() && doc != *c)
            fail(where, "expected " + c->dump() + ", got " + doc.dump());
        if (auto e = schema.find("enum"); e != schema.end()) {
            bool ok = false;
            for (const auto& v : *e) ok = ok || v == doc;
            if (!ok) fail(where, doc.dump() + " is not one of " + e->dump());
        }
        if (doc.is_string()) {
            const auto s = doc.get<std::string>();
            if (auto m = schema.find("minLength"); m != schema.end() && utf8Length(s) < m->get<std::size_t>())
                fail(where, "string shorter than " + m->dump());
            if (auto p = schema.find("pattern"); p != schema.end() && !std::regex_search(s, std::regex(p->get<std::string>())))
                fail(where, "\"" + s + "\" does not match " + p->get<std::string>());
        }
        if (doc.is_number())
            if (auto m = schema.find("minimum"); m != schema.end() && doc.get<double>() < m->get<double>())
                fail(where, doc.dump() + " is below the minimum " + m->dump());
        if (doc.is_array()) {
            if (auto m = schema.find("minItems"); m != schema.end() && doc.size() < m->get<std::size_t>())
                fail(where, "fewer than " + m->dump() + " items");
            if (auto items = schema.find("items"); items != schema.end())
                for (std::size_t i = 0; i < doc.size(); ++i) check(doc[i], *items, where + "[" + std::to_string(i) + "]");
        }
        if (doc.is_object()) {
            if (auto req = schema.find("required"); req != schema.end())
                for (const auto& name : *req)
                    if (!doc.contains(name.get<std::string>())) fail(where, "missing required field " + name.dump());
            const json* props = schema.contains("properties") ? &schema["properties"] : nullptr;
            const json* extra = schema.contains("additionalProperties") ? &schema["additionalProperties"] : nullptr;
            for (const auto& [key, value] : doc.items()) {
                const std::string at = where + "." + key;
                if (props && props->contains(key)) check(value, (*props)[key], at);
                else if (extra && extra->is_boolean() && !extra->get<bool>()) fail(at, "field not allowed");
                else if (extra && extra->is_object()) check(value, *extra, at);
            }
        }
    }

    std::vector<std::string> errors;

private:
    static bool hasType(const json& doc, const std::string& type) {
        if (type == "object") return doc.is_object();
        if (type == "array") return doc.is_array();
        if (type == "string") return doc.is_string();
        if (type == "integer") return doc.is_number_integer();
        if (type == "number") return doc.is_number();
        if (type == "boolean") return doc.is_boolean();
        if (type == "null") return doc.is_null();
        return false;
    }
    static std::size_t utf8Length(const std::string& s) {
        std::size_t n = 0;
        for (unsigned char c : s)
            if ((c & 0xC0) != 0x80) ++n;
        return n;
    }
    void fail(const std::string& where, const std::string& what) { errors.push_back(where + ": " + what); }

    const json& m_root;
};

}  // namespace

std::vector<std::string> validateJson(const nlohmann::json& doc, const nlohmann::json& schema) {
    Validator v(schema);
    v.check(doc, schema, "$");
    return v.errors;
}

}  // namespace parallax::test_support
