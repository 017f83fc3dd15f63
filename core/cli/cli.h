#pragma once
/// @file cli.h  parallax-cli's commands, testable without a process: run(args) -> exit code.
#include <iosfwd>
#include <string>
#include <vector>

namespace parallax::cli {

/// Whether the process ends when run() returns (the parallax-cli binary) or goes on (tests, other callers).
enum class Afterwards { Continue, ProcessEnds };

/// Runs `parallax-cli args...` writing to out/err; returns the exit code (0 ok, 1 nothing analysed, 2 bad usage).
/// With Afterwards::ProcessEnds a command may leave its large results to the operating system instead of freeing
/// them object by object (a tenth of a second for a folder of 10,000 articles, a fifth of a warm run).
[[nodiscard]] int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                      Afterwards afterwards = Afterwards::Continue);

}  // namespace parallax::cli
