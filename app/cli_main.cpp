#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "core/cli/cli.h"

int main(int argc, char** argv) {
    // Past a file-size limit (`ulimit -f`, a quota enforced that way) the kernel would kill the process with
    // SIGXFSZ in the middle of writing the JSON or a report. Ignored, the write fails with EFBIG instead: the CLI
    // says so, and the output written before stays as it was (util/atomic_file.h).
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    return parallax::cli::run(args, std::cout, std::cerr, parallax::cli::Afterwards::ProcessEnds);
}
