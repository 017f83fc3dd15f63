// Fuzzes the store's deserialisation of cached rows (articles, annotations, story analyses, stories, verdicts):
// a damaged or hostile database row is rejected or read, never a crash; what is read serialises again.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/store/serialize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    using namespace parallax::store;
    if (auto a = deserializeArticle(bytes)) (void)serializeArticle(*a);
    if (auto a = deserializeAnnotations(bytes)) (void)serializeAnnotations(*a);
    if (auto s = deserializeStoryAnalysis(bytes)) (void)serializeStoryAnalysis(*s);
    if (auto s = deserializeStories(bytes)) (void)serializeStories(*s);
    (void)parseVerdict(bytes);
    return 0;
}
