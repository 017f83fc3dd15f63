// Writes a synthetic corpus: N plain-text articles in K stories (title on the first line, then the body),
// one folder per story so that the expected clustering can be read from the path.
//   parallax_generate_corpus N K OUTDIR [SEED] [--facts]
// --facts adds amounts, dates, head counts and percentages (some disagreeing) so the conflict stage has work.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "bench/synthetic_corpus.h"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: " << argv[0] << " N K OUTDIR [SEED] [--facts]\n";
        return 2;
    }
    const auto n = std::strtoull(argv[1], nullptr, 10);
    const auto k = std::strtoull(argv[2], nullptr, 10);
    const std::filesystem::path out = argv[3];
    const auto seed = argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 42ULL;
    const bool facts = argc > 5 && std::string_view(argv[5]) == "--facts";
    if (n == 0 || k == 0) {
        std::cerr << "N and K must be positive\n";
        return 2;
    }
    std::error_code ec;
    for (const auto& s : parallax::bench::syntheticCorpus(n, k, seed, facts)) {
        auto dir = out / ("story" + std::to_string(s.story));
        std::filesystem::create_directories(dir, ec);
        if (ec) {
            std::cerr << "cannot create " << dir << ": " << ec.message() << "\n";
            return 1;
        }
        std::ofstream f(dir / (s.article.id + ".txt"));
        f << s.article.title << "\n\n" << s.article.text << "\n";
        if (!f) {
            std::cerr << "cannot write in " << dir << "\n";
            return 1;
        }
    }
    std::cerr << "wrote " << n << " articles in " << k << " stories under " << out << "\n";
    return 0;
}
