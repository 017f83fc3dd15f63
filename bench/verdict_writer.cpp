// parallax_verdict_writer DB COUNT [PREFIX]: gives COUNT verdicts through Library::setVerdict, as the window does,
// and prints "ack ID VERDICT NOTE" on stdout (flushed) only after each one was committed. scripts/kill-library.sh
// kills it at random moments and then checks that every acknowledged verdict is in the database (it relies on this
// fixed sequence of ids, verdicts and notes to know the one write that may have been committed unacknowledged).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/store/library.h"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: parallax_verdict_writer DB COUNT [PREFIX]\n");
        return 2;
    }
    auto library = parallax::store::Library::open(argv[1]);
    if (!library) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], library.error().c_str());
        return 1;
    }
    const long count = std::strtol(argv[2], nullptr, 10);
    const std::string prefix = argc > 3 ? argv[3] : "k";
    constexpr parallax::Verdict kinds[] = {parallax::Verdict::Confirmed, parallax::Verdict::Dismissed,
                                           parallax::Verdict::Open};
    for (long i = 0; i < count; ++i) {
        // A few ids written again and again (the last acknowledged value must win) and many new ones.
        const std::string id = prefix + std::to_string(i % 7 == 0 ? i % 5 : i);
        const parallax::Verdict verdict = kinds[i % 3];
        const std::string note = "note " + std::to_string(i);
        if (auto r = library->setVerdict(id, verdict, note); !r) {
            std::fprintf(stderr, "write %ld failed: %s\n", i, r.error().c_str());
            return 1;
        }
        std::printf("ack %s %s %s\n", id.c_str(), std::string(parallax::toString(verdict)).c_str(), note.c_str());
        std::fflush(stdout);
    }
    return 0;
}
