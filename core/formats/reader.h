#pragma once
/// @file reader.h  One adapter per input format behind one small interface.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/ingest/scanner.h"
#include "core/model/page.h"
#include "core/util/result.h"

namespace parallax::formats {

struct ReadOutput {
    ParsedPage page;
    std::string encoding;
};

class FormatReader {
public:
    virtual ~FormatReader() = default;
    [[nodiscard]] virtual SourceFormat format() const = 0;
    /// Turns the file's bytes into blocks and metadata; an Error names what is wrong with the file.
    [[nodiscard]] virtual Result<ReadOutput> read(const ingest::LoadedFile& file) const = 0;
};

/// The reader for a format (never null).
[[nodiscard]] const FormatReader& readerFor(SourceFormat format);

}  // namespace parallax::formats
