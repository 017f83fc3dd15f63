// `parallax-cli annotate`: owned by the annotation work; this first version only says it is not there yet.
#include <ostream>

#include "core/cli/commands.h"

namespace parallax::cli {

int runAnnotate(const Args&, std::ostream&, std::ostream& err) {
    err << "parallax-cli annotate: not available yet\n";
    return kExitUsage;
}

}  // namespace parallax::cli
