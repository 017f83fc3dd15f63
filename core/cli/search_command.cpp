// `parallax-cli search DIR QUERY`: full-text search over a folder's library database.
#include <ostream>

#include "core/cli/commands.h"

namespace parallax::cli {

int runSearch(const Args&, std::ostream&, std::ostream& err) {
    err << "parallax-cli search: not available yet (waits for the library database)\n";
    return kExitUsage;
}

}  // namespace parallax::cli
