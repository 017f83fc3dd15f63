// Fuzzes the reference facts TSV reader (conflict::loadFacts): any file is facts or an error message, never a crash.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/conflict/detector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("parallax-facts-fuzz-" + std::to_string(::getpid()) + ".tsv");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    auto facts = parallax::conflict::loadFacts(file);
    if (facts.ok())
        for (const auto& f : facts.value())
            if (f.subject.size() > size || f.value.size() > size) std::abort();
    return 0;
}
