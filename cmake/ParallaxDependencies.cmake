# Every third-party dependency is a Debian package (scripts/install-deps.sh installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS locale)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(fmt REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(UCHARDET REQUIRED IMPORTED_TARGET uchardet)

# libstemmer ships no CMake or pkg-config file.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(Stemmer::Stemmer UNKNOWN IMPORTED)
set_target_properties(Stemmer::Stemmer PROPERTIES IMPORTED_LOCATION ${STEMMER_LIBRARY}
                                                  INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# mimalloc replaces malloc and free in the executables. A large folder's run allocates and frees hundreds of
# millions of small blocks from two workers and the writer thread; glibc's heap fragments as it grows (a 100k
# folder spent 8 CPU seconds more in malloc than ten times a 10k one). The sanitizer presets turn it off: their
# runtimes bring their own allocator.
if(PARALLAX_MIMALLOC)
  find_package(mimalloc 2 CONFIG)
  if(NOT mimalloc_FOUND)
    message(FATAL_ERROR "mimalloc not found: run scripts/install-deps.sh (Debian package libmimalloc-dev), "
                        "or configure with -DPARALLAX_MIMALLOC=OFF to keep glibc's malloc")
  endif()
endif()

# Links `target` (an executable) with mimalloc when PARALLAX_MIMALLOC is on. It takes over malloc by coming
# before libc in the lookup order; no code names its symbols, so one is made undefined on purpose, or an
# --as-needed link would drop the library.
function(parallax_allocator target)
  if(PARALLAX_MIMALLOC)
    target_link_options(${target} PRIVATE "LINKER:--undefined=mi_version")
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()

if(PARALLAX_BUILD_UI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Test PrintSupport)
endif()
if(PARALLAX_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(PARALLAX_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
