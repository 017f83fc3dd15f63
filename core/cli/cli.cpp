// STUB: replaced by the CLI (issue 2).
#include "core/cli/cli.h"

#include <ostream>

namespace parallax::cli {
int run(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
    err << "parallax-cli: not implemented yet\n";
    return 2;
}
}  // namespace parallax::cli
