# Precompiled headers, for the fresh clang build of the sanitizer pass: call parallax_precompile(target KIND).
# Parsing the standard headers costs ~0.8 CPU s per source file, GoogleTest ~1.5 s more (measured with
# GCC 12); a per-target PCH parses them once (and with clang also instantiates their templates
# once). Each target gets its own PCH, built with its own flags, so it is always valid (a mismatched one would raise
# -Winvalid-pch, an error under -Werror).
# clang only: GCC 12 loses the system-header status of what it reads from a PCH, so its -O3 false positives inside
# libstdc++ (-Warray-bounds in std::string, normally silenced there) become errors under -Werror.
# Off by default: ccache cannot cache a compile that uses a PCH without extra sloppiness settings, and the dev
# builds live on ccache. A PCH also includes its headers in every file of the target, so a missing #include shows
# only in a build without it (dev, ci).
option(PARALLAX_PCH "Precompile the standard and GoogleTest headers per target (clang, fresh builds)" OFF)

set(PARALLAX_PCH_STD <string> <string_view> <vector> <algorithm> <optional> <map> <set> <array> <memory> <utility>
                     <cstddef> <cstdint>)
set(PARALLAX_PCH_TEST <gtest/gtest.h>)

# KIND: CORE (standard headers) or TEST (+ GoogleTest).
function(parallax_precompile target kind)
  # One source file parses the headers once anyway; its PCH would only add the cost of writing it.
  get_target_property(sources ${target} SOURCES)
  list(FILTER sources INCLUDE REGEX "\\.cpp$")
  list(LENGTH sources count)
  if(NOT PARALLAX_PCH OR NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR count LESS 2)
    return()
  endif()
  set(headers ${PARALLAX_PCH_STD})
  if(kind STREQUAL "TEST")
    list(APPEND headers ${PARALLAX_PCH_TEST})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
