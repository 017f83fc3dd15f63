// Fuzzes parallax-cli's command-line parsing (cli::parseCommandLine, what run() does before a command): the bytes
// are split at NULs into arguments, as the shell hands them over; nothing is run.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/cli/commands.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) args.emplace_back();
        else args.back().push_back(static_cast<char>(data[i]));
    }
    parallax::cli::Args parsed;
    if (!parallax::cli::parseCommandLine(args, parsed)) {
        // parsed: every argument is the command, a positional, an option, a value or a flag
        if (parsed.positional.size() + parsed.options.size() + parsed.flags.size() > args.size()) std::abort();
    }
    return 0;
}
