// Fuzzes the GUI's verdict fallback file (ui/verdictfile.cpp, Qt JSON): any bytes give a set of verdicts, never
// a crash; writing what was read and reading it again gives the same verdicts (a file the app rewrites keeps
// every verdict it could read). Only Qt Core is linked: the parsing lives apart from the widgets.
#include <cstdint>
#include <cstdlib>

#include "ui/verdictfile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto read = parallax::ui::parseVerdictFile(bytes);
    const auto again = parallax::ui::parseVerdictFile(parallax::ui::verdictFileJson(read));
    if (again.size() != read.size()) std::abort();
    for (auto a = read.begin(), b = again.begin(); a != read.end(); ++a, ++b)
        if (a->first != b->first || a->second.verdict != b->second.verdict || a->second.note != b->second.note)
            std::abort();
    return 0;
}
