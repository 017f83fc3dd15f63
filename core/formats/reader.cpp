// STUB: replaced by the format readers (issue 2).
#include "core/formats/reader.h"
namespace parallax::formats {
namespace {
class NullReader final : public FormatReader {
public:
    SourceFormat format() const override { return SourceFormat::PlainText; }
    Result<ReadOutput> read(const ingest::LoadedFile&) const override { return Error{"not implemented"}; }
};
}  // namespace
const FormatReader& readerFor(SourceFormat) {
    static NullReader r;
    return r;
}
}  // namespace parallax::formats
