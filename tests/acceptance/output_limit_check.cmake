# cmake -DCLI=parallax-cli -DFOLDER=dir -DWORK=scratch-dir -P output_limit_check.cmake
# A JSON that cannot be written whole (here a file-size limit, `ulimit -f`, below its size; a full disk fails the
# same write) must end in a message that says why, exit status 1, and the JSON of the run before left untouched,
# with no temporary file beside it.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(WRITE "${WORK}/out.json" "the previous run's JSON\n")
execute_process(COMMAND sh -c "ulimit -f 16 && exec \"$0\" analyze \"$1\" --no-cache --json \"$2\""
                        "${CLI}" "${FOLDER}" "${WORK}/out.json"
                OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc STREQUAL "1")
  message(FATAL_ERROR "expected exit status 1 when the JSON cannot be written, got '${rc}': ${err}")
endif()
if(NOT err MATCHES "cannot write [^\n]*out\\.json: File too large")
  message(FATAL_ERROR "the message does not say why the JSON could not be written:\n${err}")
endif()
file(READ "${WORK}/out.json" kept)
if(NOT kept STREQUAL "the previous run's JSON\n")
  message(FATAL_ERROR "the previous JSON was changed")
endif()
file(GLOB left RELATIVE "${WORK}" "${WORK}/*")
if(NOT left STREQUAL "out.json")
  message(FATAL_ERROR "files left beside the JSON: ${left}")
endif()
file(REMOVE_RECURSE "${WORK}")
