#pragma once
/// @file decode.h  Bytes in any common encoding -> UTF-8.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace parallax::ingest {

struct Decoded {
    std::string text;      ///< valid UTF-8, BOM removed
    std::string encoding;  ///< what the bytes were taken to be ("UTF-8", "UTF-16LE", "windows-1252", "GB18030", ...)
    bool guessed = false;  ///< true when the encoding was detected rather than declared
    std::vector<std::string> warnings;  ///< e.g. "declared as windows-1252 but the bytes are UTF-8"
};

/// Decodes `bytes`: BOM first, then a declared charset (HTTP/HTML meta; ignored when the bytes contradict it),
/// then valid UTF-8, then a detected legacy encoding. Fails on binary data (NUL bytes, control noise).
[[nodiscard]] Result<Decoded> decodeToUtf8(std::string_view bytes, std::optional<std::string> declaredCharset = {});

}  // namespace parallax::ingest
