// `parallax-cli report`: owned by the report work; this first version only says it is not there yet.
#include <ostream>

#include "core/cli/commands.h"

namespace parallax::cli {

int runReport(const Args&, std::ostream&, std::ostream& err) {
    err << "parallax-cli report: not available yet\n";
    return kExitUsage;
}

}  // namespace parallax::cli
