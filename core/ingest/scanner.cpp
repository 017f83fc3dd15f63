// STUB: replaced by the ingest work (issue 2).
#include "core/ingest/scanner.h"
namespace parallax::ingest {
ScanResult scanFolder(const std::filesystem::path&, const ScanOptions&, const CancelToken*) { return {}; }
Result<LoadedFile> loadFile(const FoundFile&, const ScanOptions&) { return Error{"not implemented"}; }
}  // namespace parallax::ingest
