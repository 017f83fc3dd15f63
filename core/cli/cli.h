#pragma once
/// @file cli.h  parallax-cli's commands, testable without a process: run(args) -> exit code.
#include <iosfwd>
#include <string>
#include <vector>

namespace parallax::cli {

/// Runs `parallax-cli args...` writing to out/err; returns the exit code (0 ok, 1 nothing analysed, 2 bad usage).
[[nodiscard]] int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace parallax::cli
