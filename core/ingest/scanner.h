#pragma once
/// @file scanner.h  Finding the articles in a folder and reading their bytes.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "core/model/article.h"
#include "core/model/progress.h"
#include "core/util/result.h"

namespace parallax::ingest {

struct ScanOptions {
    std::uintmax_t maxFileBytes = 64ull * 1024 * 1024;  ///< larger files are skipped with a reason
};

struct FoundFile {
    std::filesystem::path path;
    std::string relative;  ///< path relative to the scanned folder, UTF-8 (invalid bytes replaced)
    SourceFormat format = SourceFormat::PlainText;
    std::uintmax_t size = 0;
    std::int64_t mtime = 0;  ///< seconds since the epoch
};

struct ScanResult {
    std::vector<FoundFile> files;  ///< sorted by relative path
    std::vector<SkippedFile> skipped;
};

/// Walks `folder` recursively (symlink-loop safe); never throws, never aborts on one bad entry.
[[nodiscard]] ScanResult scanFolder(const std::filesystem::path& folder, const ScanOptions& options = {},
                                    const CancelToken* cancel = nullptr);

struct LoadedFile {
    FoundFile file;
    std::string bytes;
    std::string hash;  ///< hex digest of bytes
};

/// The format a file name implies (".txt", ".md", ".html", ".mhtml", ".pdf", ...; case-insensitive), if any.
[[nodiscard]] std::optional<SourceFormat> formatForPath(const std::filesystem::path& path);

/// Describes one file outside a folder scan (e.g. `parallax-cli extract FILE`): format from the extension
/// (plain text when unknown), size and time from the file system; `relative` is the file name.
[[nodiscard]] Result<FoundFile> inspectFile(const std::filesystem::path& path, const ScanOptions& options = {});

/// FNV-1a 64-bit digest of `bytes` as 16 lower-case hex digits (content hash and stable ids).
[[nodiscard]] std::string hashHex(std::string_view bytes);

/// Reads a found file's bytes (re-checking size; the file may have changed or vanished since the scan).
[[nodiscard]] Result<LoadedFile> loadFile(const FoundFile& file, const ScanOptions& options = {});

}  // namespace parallax::ingest
