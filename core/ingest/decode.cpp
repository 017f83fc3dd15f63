// STUB: replaced by the ingest work (issue 2).
#include "core/ingest/decode.h"
namespace parallax::ingest {
Result<Decoded> decodeToUtf8(std::string_view bytes, std::optional<std::string>) {
    return Decoded{std::string(bytes), "UTF-8", false};
}
}  // namespace parallax::ingest
