#pragma once
/// @file versions.h  What a cached result depends on, so a cache never serves a stale one.
///
/// Each key combines the store's cache format, a digest of the source code of the stages that produced the value
/// (computed at build time: any edit to ingest/formats/extract changes the read key) and a digest of the
/// knowledge files in use (the bundled ones and the user's additions, by name, size and time).
#include <string>

namespace parallax::pipeline {

struct CacheVersions {
    std::string read;      ///< article from bytes: ingest, formats, extract, model
    std::string annotate;  ///< annotations from an article: + text, annotate
    std::string analysis;  ///< a story's groups and conflicts: + align, conflict
};

/// Computed once per process run (knowledge files are re-checked each call).
[[nodiscard]] CacheVersions cacheVersions();

/// FNV-1a 64 as 16 hex digits.
[[nodiscard]] std::string digest(std::string_view bytes);

}  // namespace parallax::pipeline
