// Fuzzes the user's knowledge files as the library reads them: a file in the user's knowledge folder
// ($XDG_CONFIG_HOME/parallax/knowledge) is split into data lines and TSV fields. (The typed lexicons built from
// them are process-wide singletons loaded once, so the fuzzer cannot reload them per input; their loaders see
// only what dataLines and splitTabs give them.)
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/knowledge/resources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path home = [] {
        auto dir = std::filesystem::temp_directory_path() / ("parallax-knowledge-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir / "parallax" / "knowledge");
        ::setenv("XDG_CONFIG_HOME", dir.c_str(), 1);
        return dir;
    }();
    {
        std::ofstream out(home / "parallax" / "knowledge" / "fuzz.tsv", std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    std::size_t fields = 0;
    for (const std::string& line : parallax::knowledge::dataLines("fuzz.tsv")) {
        if (line.empty() || line[0] == '#') std::abort();  // dropped by dataLines
        fields += parallax::knowledge::splitTabs(line).size();
    }
    if (fields > size + 1) std::abort();
    return 0;
}
