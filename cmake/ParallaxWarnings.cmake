# Warnings for our own targets only (never for third-party headers): call parallax_warnings(target).
function(parallax_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wno-unused-parameter)
  if(PARALLAX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
