# HTML reader tests (main content, metadata, robustness, real-page corpus floor).
parallax_add_test(html_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/html_test_util.h
          ${CMAKE_CURRENT_LIST_DIR}/html_content_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/html_metadata_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/html_dates_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/html_robustness_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/html_script_bodies_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/html_corpus_test.cpp
  LIBS parallax_formats)
