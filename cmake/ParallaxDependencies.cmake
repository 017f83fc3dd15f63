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

if(PARALLAX_BUILD_UI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent Test PrintSupport)
endif()
if(PARALLAX_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(PARALLAX_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
