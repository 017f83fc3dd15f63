// Named storms as the thread of one story (named_storms.h).
#include "core/align/named_storms.h"

#include <algorithm>
#include <limits>
#include <map>

namespace parallax::align {

namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

/// The capitalised word at `at` ("Yagi" in "Yagi's"), or empty.
std::string_view nameAt(std::string_view text, std::size_t at) {
    if (at >= text.size() || !upper(text[at])) return {};
    std::size_t end = at + 1;
    while (end < text.size() && lower(text[end])) ++end;
    if (end - at < 3 || (end < text.size() && upper(text[end]))) return {};  // "NHC", "McX": no storm name
    return text.substr(at, end - at);
}

/// Words that follow a storm's type word in the names of institutions, seasons and scales, not of storms.
bool institutional(std::string_view w) {
    static const std::vector<std::string_view> words = {"Center", "Centre", "Season", "Seasons", "Warning", "Watch",
                                                        "Hunters", "Committee", "Research", "Preparedness", "Week",
                                                        "Alley", "Category", "Categories", "Relief", "Fund",
                                                        "Recovery", "Tracker", "Names", "Name", "Agency", "Program"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

std::size_t countWord(std::string_view text, std::string_view word) {
    std::size_t n = 0;
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !(upper(text[at - 1]) || lower(text[at - 1]));
        const std::size_t end = at + word.size();
        const bool endOk = end >= text.size() || !lower(text[end]);
        if (startOk && endOk) ++n;
    }
    return n;
}

}  // namespace

std::string mainStorm(std::string_view text) {
    static const std::vector<std::string_view> types = {"Typhoon ", "Hurricane ", "Cyclone ", "Tropical Storm ",
                                                        "Tropical Cyclone ", "Super Typhoon "};
    std::map<std::string_view, std::size_t> typed;
    for (std::string_view type : types)
        for (std::size_t at = text.find(type); at != std::string_view::npos; at = text.find(type, at + 1)) {
            const std::string_view name = nameAt(text, at + type.size());
            if (!name.empty() && !institutional(name)) ++typed[name];
        }
    std::string_view best;
    std::size_t bestCount = 0;
    bool tie = false;
    for (const auto& [name, count] : typed) {
        if (count > bestCount) {
            best = name;
            bestCount = count;
            tie = false;
        } else if (count == bestCount) {
            tie = true;
        }
    }
    if (best.empty() || tie || countWord(text, best) < 2) return {};
    return std::string(best);
}

std::vector<std::size_t> joinStormStories(const std::vector<std::size_t>& cluster, const std::vector<std::string>& storms) {
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::size_t k = 0;
    for (auto c : cluster) k = std::max(k, c + 1);
    // A cluster's storm: the main storm of more than half of its articles that have one (a report on one
    // storm often recalls the one before it).
    std::vector<std::map<std::string, std::size_t>> votes(k);
    std::vector<std::size_t> voters(k, 0);
    for (std::size_t i = 0; i < cluster.size() && i < storms.size(); ++i) {
        if (storms[i].empty()) continue;
        ++votes[cluster[i]][storms[i]];
        ++voters[cluster[i]];
    }
    std::vector<std::string> stormOf(k);
    for (std::size_t c = 0; c < k; ++c)
        for (const auto& [storm, count] : votes[c])
            if (2 * count > voters[c]) stormOf[c] = storm;
    std::map<std::string, std::size_t> first;  // storm -> the first cluster of it
    std::vector<std::size_t> target(k, kNone);
    for (std::size_t c = 0; c < k; ++c) {
        target[c] = c;
        if (stormOf[c].empty()) continue;
        const auto [it, fresh] = first.emplace(stormOf[c], c);
        if (!fresh) target[c] = it->second;
    }
    std::vector<std::size_t> number(k, kNone);
    std::size_t next = 0;
    std::vector<std::size_t> out(cluster.size());
    for (std::size_t i = 0; i < cluster.size(); ++i) {
        std::size_t& id = number[target[cluster[i]]];
        if (id == kNone) id = next++;
        out[i] = id;
    }
    return out;
}

}  // namespace parallax::align
