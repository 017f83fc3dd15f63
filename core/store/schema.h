#pragma once
/// @file schema.h  The library database's versioned schema (PRAGMA user_version) and its migrations.
#include "core/store/sqlite.h"

namespace parallax::store {

/// The schema version this build writes.
/// 1: files, article cache, FTS5 index, verdicts.  2: annotation and story-analysis caches, reference facts.
/// 3: a trigram FTS5 index (documents_substr) of the articles in scripts written without spaces (CJK, Thai...).
/// 4: a cache of each article's story profile (story_profiles), so a rescan re-clusters without re-tokenizing.
inline constexpr int kSchemaVersion = 5;

/// Brings `db` from its user_version up to `target` (default: current), one transaction per step, so a crash
/// leaves the file at a whole version. Fails on a file written by a newer Parallax rather than damaging it.
[[nodiscard]] Result<bool> migrate(Database& db, int target = kSchemaVersion);

}  // namespace parallax::store
