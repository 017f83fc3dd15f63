// parallax-pdf IN.html OUT.pdf: prints a report's HTML to PDF with Qt. parallax-cli runs it for `report` to PDF
// so that the CLI itself links no Qt (and starts in a few milliseconds); it is installed beside parallax-cli.
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "ui/pdf/pdfprinter.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "Usage: parallax-pdf IN.html OUT.pdf   (IN may be - for standard input)\n";
        return 2;
    }
    const std::string in = argv[1];
    std::string html;
    if (in == "-") {
        html.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream file(in, std::ios::binary);
        if (!file) {
            std::cerr << "parallax-pdf: cannot read " << in << "\n";
            return 1;
        }
        html.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    if (std::string problem = parallax::pdf::printHtmlToPdfHeadless(html, argv[2]); !problem.empty()) {
        std::cerr << "parallax-pdf: " << problem << "\n";
        return 1;
    }
    return 0;
}
