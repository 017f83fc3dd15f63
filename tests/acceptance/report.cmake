# Reports of hostile articles, end to end through parallax-cli (and headless Chromium when installed).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME HostileReports
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/hostile_report_check.py $<TARGET_FILE:parallax-cli>
                   ${PROJECT_SOURCE_DIR}/tests/data/hostile ${CMAKE_CURRENT_BINARY_DIR}/hostile-reports)
  set_tests_properties(HostileReports PROPERTIES TIMEOUT 600
                       ENVIRONMENT "PARALLAX_RESOURCES=${PROJECT_SOURCE_DIR}/resources;LC_ALL=C.UTF-8")
endif()
