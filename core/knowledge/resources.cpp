#include "core/knowledge/resources.h"

#include <cstdlib>
#include <fstream>

#ifndef PARALLAX_SOURCE_RESOURCES
#define PARALLAX_SOURCE_RESOURCES ""
#endif

namespace parallax::knowledge {
namespace fs = std::filesystem;

namespace {
fs::path exeDir() {
    std::error_code ec;
    auto p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : p.parent_path();
}

void appendLines(const fs::path& file, std::vector<std::string>& out) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] == '#') continue;
        out.push_back(line);
    }
}
}  // namespace

fs::path resourceDir() {
    if (const char* env = std::getenv("PARALLAX_RESOURCES"); env && *env) return env;
    std::error_code ec;
    if (auto installed = exeDir() / ".." / "share" / "parallax"; fs::is_directory(installed / "knowledge", ec))
        return fs::weakly_canonical(installed, ec);
    return PARALLAX_SOURCE_RESOURCES;
}

fs::path userKnowledgeDir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return fs::path(xdg) / "parallax" / "knowledge";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".config" / "parallax" / "knowledge";
    return {};
}

std::vector<std::string> dataLines(std::string_view name) {
    std::vector<std::string> out;
    appendLines(resourceDir() / "knowledge" / name, out);
    if (auto user = userKnowledgeDir(); !user.empty()) appendLines(user / name, out);
    return out;
}

std::vector<std::string> splitTabs(std::string_view line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        out.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
    }
    return out;
}

}  // namespace parallax::knowledge
