#include "core/util/executable.h"

namespace parallax::util {

std::filesystem::path executableDir() {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path{} : p.parent_path();
}

}  // namespace parallax::util
