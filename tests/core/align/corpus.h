#pragma once
// Reading a folder of plain-text articles for the clustering tests (title = first non-empty line),
// and the B-cubed score the shared scoring script uses.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/model/analysis.h"

namespace parallax::testdata {

inline Article articleFromFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string all = ss.str();
    Article a;
    a.path = file.string();
    a.id = file.filename().string();
    std::size_t start = all.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) return a;
    std::size_t eol = all.find('\n', start);
    a.title = all.substr(start, eol == std::string::npos ? std::string::npos : eol - start);
    if (eol != std::string::npos) {
        std::size_t body = all.find_first_not_of(" \t\r\n", eol);
        if (body != std::string::npos) a.text = all.substr(body);
    }
    return a;
}

inline std::vector<Article> articlesIn(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Article> out;
    for (const auto& f : files) out.push_back(articleFromFile(f));
    return out;
}

struct BCubed {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

/// pred, gold: item -> cluster label (every gold item must be in pred).
inline BCubed bcubed(const std::map<std::string, std::string>& pred, const std::map<std::string, std::string>& gold) {
    BCubed s;
    for (const auto& [item, g] : gold) {
        std::set<std::string> samePred, sameGold;
        for (const auto& [other, og] : gold) {
            if (og == g) sameGold.insert(other);
            if (pred.at(other) == pred.at(item)) samePred.insert(other);
        }
        std::size_t both = 0;
        for (const auto& x : samePred) both += sameGold.count(x);
        s.precision += static_cast<double>(both) / static_cast<double>(samePred.size());
        s.recall += static_cast<double>(both) / static_cast<double>(sameGold.size());
    }
    s.precision /= static_cast<double>(gold.size());
    s.recall /= static_cast<double>(gold.size());
    s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
    return s;
}

}  // namespace parallax::testdata
