#include "core/pipeline/profile_cache.h"

#include <algorithm>
#include <atomic>
#include <memory>

namespace parallax::pipeline {
namespace {

std::string profileKey(const Article& a) { return a.contentHash + "|" + annotationVariant(a); }

/// An article whose annotation failed has none this run; its profile must not stand in for a later, complete one.
bool annotatedInFull(const Article& a) {
    return std::none_of(a.warnings.begin(), a.warnings.end(),
                        [](const std::string& w) { return w.rfind("internal error annotating", 0) == 0; });
}

}  // namespace

std::string annotationVariant(const Article& a) {
    // The annotator anchors relative times ("last week") on the publication date and reads the text in its
    // language; both can differ for the same bytes (a date from the file's time).
    return (a.published ? a.published->date.iso() : std::string("-")) + "|" + a.language;
}

std::vector<align::RawProfile> storyProfiles(const std::vector<Article>& articles,
                                             const std::map<std::string, Annotations>& annotations,
                                             store::Library* library, BackgroundWriter& writer,
                                             const std::string& version, std::size_t& computed) {
    std::vector<align::RawProfile> out(articles.size());
    std::vector<std::string> keys;
    keys.reserve(articles.size());
    for (const auto& a : articles) keys.push_back(profileKey(a));
    std::vector<std::optional<std::string>> cached(articles.size());
    if (library) cached = library->cachedProfiles(keys, version);

    std::vector<const Article*> missing;
    std::vector<std::size_t> slots;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        std::optional<align::RawProfile> decoded;
        if (cached[i]) decoded = align::decodeProfile(*cached[i]);
        cached[i].reset();
        if (decoded) {
            out[i] = std::move(*decoded);
        } else {
            missing.push_back(&articles[i]);
            slots.push_back(i);
        }
    }
    computed = missing.size();
    // Profiled, encoded and stored a batch at a time: the encoded copies of a whole large folder's profiles
    // (800 MB at 100k articles) never exist at once (the writer takes a batch while the next is profiled, and
    // holds back the profiling when two are waiting).
    constexpr std::size_t kBatch = 4096;
    const bool storing = writer.writes();
    // After one failed batch the rest are not tried: one note, and the clustering goes on without the cache.
    auto failed = std::make_shared<std::atomic<bool>>(false);
    for (std::size_t from = 0; from < missing.size(); from += kBatch) {
        const std::size_t to = std::min(missing.size(), from + kBatch);
        const std::vector<const Article*> batch(missing.begin() + static_cast<std::ptrdiff_t>(from),
                                                missing.begin() + static_cast<std::ptrdiff_t>(to));
        std::vector<align::RawProfile> fresh = align::rawProfiles(batch, annotations);
        std::vector<std::pair<std::string, std::string>> toStore;
        for (std::size_t k = 0; k < fresh.size(); ++k) {
            const std::size_t slot = slots[from + k];
            if (storing && annotatedInFull(*batch[k])) toStore.emplace_back(keys[slot], align::encodeProfile(fresh[k]));
            out[slot] = std::move(fresh[k]);
        }
        if (!toStore.empty())
            writer.post("could not cache story profiles",
                        [toStore = std::move(toStore), version, failed](store::Library& l) -> Result<bool> {
                            if (*failed) return true;
                            auto r = l.putProfiles(toStore, version);
                            if (!r) *failed = true;
                            return r;
                        });
    }
    return out;
}

}  // namespace parallax::pipeline
