// Fuzzes the annotator and the conflict detector on arbitrary text: the bytes (made valid UTF-8, as the readers
// make every article) are split at the first NUL into two articles of one story, each annotated and the two
// compared. Every span must lie inside its article's text.
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string_view>

#include "core/annotate/annotator.h"
#include "core/conflict/detector.h"
#include "core/ingest/decode.h"

namespace {

parallax::Article articleOf(std::string_view bytes, const char* id) {
    parallax::Article a;
    a.id = id;
    a.path = id;
    auto decoded = parallax::ingest::decodeToUtf8(bytes, std::string("utf-8"));
    if (decoded.ok()) a.text = decoded->text;
    if (!a.text.empty()) a.paragraphs.push_back({0, a.text.size()});
    a.published = parallax::PublishedDate{parallax::Date{2024, 3, 17}, parallax::DateSource::User, "fuzz"};
    return a;
}

void checkSpans(const parallax::Article& a, const parallax::Annotations& ann) {
    const std::size_t n = a.text.size();
    for (const auto& s : ann.sentences)
        if (s.span.end > n || s.span.start > s.span.end) std::abort();
    for (const auto& e : ann.entities)
        if (e.span.end > n) std::abort();
    for (const auto& t : ann.times)
        if (t.span.end > n) std::abort();
    for (const auto& q : ann.quantities)
        if (q.span.end > n) std::abort();
    for (const auto& c : ann.claims)
        if (c.span.end > n || c.valueSpan.end > n) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = std::min(bytes.find('\0'), bytes.size());
    const parallax::Article first = articleOf(bytes.substr(0, cut), "a");
    const parallax::Article second = articleOf(cut < bytes.size() ? bytes.substr(cut + 1) : std::string_view{}, "b");
    std::map<std::string, parallax::Annotations> annotations;
    annotations["a"] = parallax::annotate::annotate(first);
    annotations["b"] = parallax::annotate::annotate(second);
    checkSpans(first, annotations["a"]);
    checkSpans(second, annotations["b"]);
    parallax::Story story;
    story.id = "s1";
    story.articles = {"a", "b"};
    const std::vector<parallax::ReferenceFact> facts = {{"Alder Quay", "revenue", "4.5 billion USD", "fuzz"}};
    (void)parallax::conflict::findConflicts(story, {&first, &second}, annotations, facts);
    return 0;
}
