#include "core/model/progress.h"

namespace parallax {

std::string_view toString(Stage s) {
    switch (s) {
        case Stage::Scan: return "scan";
        case Stage::Read: return "read";
        case Stage::Annotate: return "annotate";
        case Stage::Stories: return "stories";
        case Stage::Align: return "align";
        case Stage::Conflicts: return "conflicts";
        case Stage::Store: return "store";
    }
    return "scan";
}

}  // namespace parallax
