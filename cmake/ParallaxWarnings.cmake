# Warnings for our own targets only (never for third-party headers): call parallax_warnings(target).
function(parallax_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wno-unused-parameter)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports -Wrestrict/-Wstringop-overflow inside libstdc++'s std::string at -O2/-O3 where there is no
    # overlap (GCC bugs 105329, 105651); they would make -Werror fail on correct code.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-stringop-overflow)
  endif()
  if(PARALLAX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
