# Acceptance test on the bundled sample corpus: conflicts and stories against tests/acceptance/labels/.
parallax_add_test(sample_acceptance_tests SOURCES ${CMAKE_CURRENT_LIST_DIR}/sample_conflicts_test.cpp LIBS parallax_core)
