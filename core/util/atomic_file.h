#pragma once
/// @file atomic_file.h  Replacing a file so that no crash, kill or full disk ever leaves it half written.
#include <filesystem>
#include <functional>
#include <string_view>

#include "core/util/result.h"

namespace parallax::util {

/// Replaces `target` with `bytes`: they are written to a temporary file beside it, flushed to disk (fsync) and
/// renamed over it, so a reader sees the old file or the complete new one and never a mixture. On failure the
/// old file is untouched and the error names the file. A symbolic link is followed (the file it names is
/// replaced); a target that exists and is not a regular file (`/dev/stdout`, a pipe) is written in place.
/// After a successful write, temporary files of the same target left by killed writers are removed.
[[nodiscard]] Result<bool> writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);

/// Writes the temporary file whose path it is given; returns an error when it could not.
using FileProducer = std::function<Result<bool>(const std::filesystem::path& temporary)>;

/// The same for producers that write a file by name themselves (a PDF printer): `produce` fills the temporary
/// file, which is then flushed and renamed over `target`. A target that is not a regular file is given to the
/// producer itself.
[[nodiscard]] Result<bool> writeFileAtomically(const std::filesystem::path& target, const FileProducer& produce);

}  // namespace parallax::util
