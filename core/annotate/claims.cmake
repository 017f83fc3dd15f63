# Claim extraction sources, added to parallax_annotate (included from core/annotate/CMakeLists.txt).
target_sources(parallax_annotate PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/claims.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_lexicon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_events.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_elapsed.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_accidents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_serials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_models.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_components.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_struck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_kinds.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_speech.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_amounts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_figures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_frame.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_measures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_tolls.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_waves.cpp
  ${CMAKE_CURRENT_LIST_DIR}/measures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/zh_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_zh.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_zh_kinds.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_zh_stance.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims_zh_lists.cpp)
