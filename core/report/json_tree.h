#pragma once
/// @file json_tree.h  Builds a nlohmann::json tree through JsonWriter's calls.
///
/// The report's schema is written once, as code that calls a writer; handed a JsonWriter it streams the bytes,
/// handed a JsonTree it builds the tree that articleToJson and friends return. Either way the fields are the same.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace parallax::report {

class JsonTree {
public:
    void beginObject() { open(nlohmann::json::object()); }
    void endObject() { m_open.pop_back(); }
    void beginArray() { open(nlohmann::json::array()); }
    void endArray() { m_open.pop_back(); }
    void key(std::string_view name) { m_key.assign(name); }

    void string(std::string_view text) { slot() = std::string(text); }
    void integer(std::int64_t n) { slot() = n; }
    void unsignedInteger(std::uint64_t n) { slot() = n; }
    void number(double x) { slot() = x; }
    void boolean(bool b) { slot() = b; }
    void null() { slot() = nullptr; }

    /// The tree built; complete once every container opened was closed.
    [[nodiscard]] nlohmann::json take() { return std::move(m_root); }

private:
    /// Where the next value goes: the root, the end of the open array, or the open object's member of the last key.
    nlohmann::json& slot() {
        if (m_open.empty()) return m_root;
        nlohmann::json& parent = *m_open.back();
        if (parent.is_array()) return parent.emplace_back();
        return parent[m_key];
    }

    void open(nlohmann::json empty) {
        nlohmann::json& target = slot();
        target = std::move(empty);
        m_open.push_back(&target);
    }

    nlohmann::json m_root;
    std::vector<nlohmann::json*> m_open;  ///< the containers being filled, innermost last
    std::string m_key;
};

}  // namespace parallax::report
