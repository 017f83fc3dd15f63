#pragma once
/// @file verdictfile.h  The verdict fallback file's format (JSON, Qt Core only), apart from where it is kept,
/// so the parsing of a file anyone can edit is tested and fuzzed on its own (fuzz/verdictfile_fuzz.cpp).
#include <QByteArray>

#include <map>
#include <string>

#include "core/model/analysis.h"

namespace parallax::ui {

/// The verdicts in a verdict file's bytes, by conflict id. Whatever is not a verdict (damaged JSON, a value of
/// the wrong type, an unknown verdict word) is read as no verdict or as an open one, never an error.
[[nodiscard]] std::map<std::string, UserVerdict> parseVerdictFile(const QByteArray& json);

/// The bytes of a verdict file holding `verdicts` (schema "parallax.verdicts/1").
[[nodiscard]] QByteArray verdictFileJson(const std::map<std::string, UserVerdict>& verdicts);

}  // namespace parallax::ui
