// How long the HTML parser alone takes on a set of pages, one thread: the floor under any extraction built on
// gumbo, to set beside Readability's time (scripts/readability-side-by-side.sh prints it as a row).
//   parallax_bench_parse LIST   (LIST: a file naming one page per line)
// Prints, each the best of three rounds over all pages:
//   gumbo whole S      gumbo_parse of each page as saved (its own allocator, then gumbo_destroy_output)
//   gumbo lean S       the same on the pages as Document::parse hands them to gumbo (inline script and style
//                      text dropped, script_bodies.h)
//   document parse S   html::Document::parse: the scan, gumbo on an arena, and the copy into our DOM
#include <gumbo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/formats/html/dom.h"
#include "core/formats/html/script_bodies.h"

namespace {

template <typename F>
double bestOfThree(F&& f) {
    double best = 1e300;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

void parseAll(const std::vector<std::string>& pages) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 100;  // as dom.cpp
    for (const auto& p : pages) {
        GumboOutput* out = gumbo_parse_with_options(&options, p.data(), p.size());
        gumbo_destroy_output(&options, out);
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace parallax::formats::html;
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " LIST\n";
        return 2;
    }
    std::vector<std::string> pages;
    std::ifstream list(argv[1]);
    for (std::string path; std::getline(list, path);) {
        if (path.empty()) continue;
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::cerr << "cannot read " << path << "\n";
            return 1;
        }
        std::stringstream bytes;
        bytes << in.rdbuf();
        pages.push_back(bytes.str());
    }
    std::vector<std::string> lean;
    std::size_t bytes = 0;
    std::size_t leanBytes = 0;
    for (const auto& p : pages) {
        auto l = dropScriptAndStyleText(p);
        lean.push_back(l ? std::move(*l) : p);
        bytes += p.size();
        leanBytes += lean.back().size();
    }
    const double whole = bestOfThree([&] { parseAll(pages); });
    const double thin = bestOfThree([&] { parseAll(lean); });
    std::size_t nodes = 0;
    const double document = bestOfThree([&] {
        for (const auto& p : pages) nodes += Document::parse(p).root() != nullptr ? 1 : 0;
    });
    std::printf("pages %zu bytes %zu lean %zu\n", pages.size(), bytes, leanBytes);
    std::printf("gumbo whole %.3f\ngumbo lean %.3f\ndocument parse %.3f\n", whole, thin, document);
    return nodes == 3 * pages.size() ? 0 : 1;
}
