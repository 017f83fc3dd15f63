#pragma once
// Helpers shared by the HTML reader tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/formats/html/html_reader.h"

namespace parallax::formats::html::test {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string dataFile(const std::string& name) { return readFile(std::string(PARALLAX_TEST_DATA) + "/html/" + name); }

/// All block texts joined by blank lines (what extraction turns into Article::text).
inline std::string joinedText(const ParsedPage& page) {
    std::string out;
    for (const auto& b : page.blocks) {
        if (!out.empty()) out += "\n\n";
        out += b.text;
    }
    return out;
}

inline ReadOutput readOk(const std::string& bytes, const std::string& url = {}) {
    auto r = readHtml(bytes, std::nullopt, url);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    return r.ok() ? std::move(r).value() : ReadOutput{};
}

inline std::string first(const std::vector<Candidate>& list) { return list.empty() ? std::string{} : list.front().value; }

}  // namespace parallax::formats::html::test
