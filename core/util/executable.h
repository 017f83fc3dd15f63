#pragma once
/// @file executable.h  Where the running executable lives, to find the files installed beside it.
#include <filesystem>

namespace parallax::util {

/// The folder of the running executable (from /proc/self/exe); empty when it cannot be told.
[[nodiscard]] std::filesystem::path executableDir();

}  // namespace parallax::util
