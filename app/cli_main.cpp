#include <iostream>
#include <string>
#include <vector>

#include "core/cli/cli.h"
#include "core/cli/pdf_hook.h"
#ifdef PARALLAX_HAVE_PDF
#include "ui/pdf/pdfprinter.h"
#endif

int main(int argc, char** argv) {
#ifdef PARALLAX_HAVE_PDF
    parallax::cli::setPdfPrinter(parallax::pdf::printHtmlToPdfHeadless);
#endif
    std::vector<std::string> args(argv + 1, argv + argc);
    return parallax::cli::run(args, std::cout, std::cerr);
}
