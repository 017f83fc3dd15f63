#include <iostream>
#include <string>
#include <vector>

#include "core/cli/cli.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return parallax::cli::run(args, std::cout, std::cerr, parallax::cli::Afterwards::ProcessEnds);
}
