#include <csignal>

#include "ui/application.h"

int main(int argc, char** argv) {
    // As in the CLI (cli_main.cpp): past a file-size limit an export or a library write fails with EFBIG, which
    // the app reports, instead of the kernel killing the window with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    return parallax::ui::runApplication(argc, argv);
}
