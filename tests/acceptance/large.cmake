# Scale check: 1,000 synthetic articles (bench/synthetic_corpus.h) through analyzeFolder and every text report.
parallax_add_test(large_report_tests SOURCES ${CMAKE_CURRENT_LIST_DIR}/large_report_test.cpp
  LIBS parallax_core nlohmann_json::nlohmann_json)
target_include_directories(large_report_tests PRIVATE ${PROJECT_SOURCE_DIR})
