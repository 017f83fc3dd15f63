#include "report_checks.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace parallax::test_support {

using nlohmann::json;

json loadReportSchema() {
    std::ifstream in(std::filesystem::path(PARALLAX_SOURCE_DIR) / "docs" / "report.schema.json");
    return json::parse(in);
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string all;
    for (const auto& e : lines) all += e + "\n";
    return all;
}

std::vector<std::string> reportConsistencyProblems(const json& doc) {
    std::vector<std::string> problems;
    std::map<std::string, std::string> textOf;
    for (const auto& a : doc["articles"]) textOf[a["id"]] = a.value("text", "");
    auto checkSpan = [&](const json& item, const std::string& where) {
        const std::string article = item["article"];
        if (article == "reference") return;
        auto it = textOf.find(article);
        if (it == textOf.end()) {
            problems.push_back(where + ": unknown article " + article);
            return;
        }
        const std::size_t start = item["start"], end = item["end"];
        if (start > end || end > it->second.size()) {
            problems.push_back(where + ": span [" + std::to_string(start) + "," + std::to_string(end) +
                               ") outside the text of " + article);
            return;
        }
        if (it->second.substr(start, end - start) != item["text"].get<std::string>())
            problems.push_back(where + ": text \"" + item["text"].get<std::string>() +
                               "\" differs from the bytes at its offsets in " + article + ": \"" +
                               it->second.substr(start, end - start) + "\"");
    };
    std::map<std::string, int> storyOf;
    std::set<std::string> storyIds;
    for (const auto& s : doc["stories"]) {
        if (!storyIds.insert(s["id"].get<std::string>()).second)
            problems.push_back("story id " + s["id"].get<std::string>() + " used twice");
        for (const auto& a : s["articles"]) {
            ++storyOf[a.get<std::string>()];
            if (!textOf.count(a)) problems.push_back("story " + s["id"].get<std::string>() + ": unknown article");
        }
        for (const auto& copies : s["duplicates"])
            for (const auto& a : copies)
                if (!textOf.count(a)) problems.push_back("story " + s["id"].get<std::string>() + ": unknown duplicate");
    }
    for (const auto& [id, text] : textOf)
        if (storyOf[id] != 1) problems.push_back("article " + id + " is in " + std::to_string(storyOf[id]) + " stories");
    std::set<std::string> groupIds;
    for (const auto& g : doc["groups"]) {
        if (!groupIds.insert(g["id"].get<std::string>()).second)
            problems.push_back("group id " + g["id"].get<std::string>() + " used twice");
        if (!storyIds.count(g["story"])) problems.push_back("group " + g["id"].get<std::string>() + ": unknown story");
        std::set<std::string> members;
        for (const auto& m : g["members"]) {
            checkSpan(m, "group " + g["id"].get<std::string>());
            if (!members.insert(m["article"].get<std::string>()).second)
                problems.push_back("group " + g["id"].get<std::string>() + ": two members from one article");
        }
    }
    for (const auto& [gid, row] : doc["coverage"].items())
        if (!groupIds.count(gid)) problems.push_back("coverage for unknown group " + gid);
    std::set<std::string> conflictIds;
    for (const auto& c : doc["conflicts"]) {
        if (!conflictIds.insert(c["id"].get<std::string>()).second)
            problems.push_back("conflict id " + c["id"].get<std::string>() + " used twice");
        if (!storyIds.count(c["story"])) problems.push_back("conflict " + c["id"].get<std::string>() + ": unknown story");
        for (const auto& e : c["evidence"]) checkSpan(e, "conflict " + c["id"].get<std::string>());
    }
    return problems;
}

}  // namespace parallax::test_support
