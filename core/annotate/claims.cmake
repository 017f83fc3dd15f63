# Claim extraction sources, added to parallax_annotate (included from core/annotate/CMakeLists.txt).
target_sources(parallax_annotate PRIVATE ${CMAKE_CURRENT_LIST_DIR}/claims.cpp)
