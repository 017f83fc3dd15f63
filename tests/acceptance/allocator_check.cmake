# cmake -DEXE=path/to/executable -P allocator_check.cmake: fails unless mimalloc serves the executable's
# allocations (PARALLAX_MIMALLOC). An --as-needed link can drop the library silently; the process would then run
# on glibc's malloc, with the same output and only slower, so nothing else would notice.
execute_process(COMMAND ${CMAKE_COMMAND} -E env MIMALLOC_VERBOSE=1 ${EXE} --help
                OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --help failed (${rc}): ${err}")
endif()
if(NOT err MATCHES "mimalloc: process init")
  message(FATAL_ERROR "${EXE} does not allocate with mimalloc; its --help with MIMALLOC_VERBOSE=1 said:\n${err}")
endif()
