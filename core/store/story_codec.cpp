// A story's analysis and the folder's stories as compact bytes (see article_codec.cpp for why not JSON). A warm
// rescan decodes one analysis per story: as JSON that was a parse of every group's and conflict's text, a tenth of
// a warm 10k-article run. A short, inconsistent or foreign blob decodes to nullopt (a cache miss).
#include "core/store/serialize.h"
#include "core/store/codec_lists.h"
#include "core/util/bytes.h"

namespace parallax::store {
namespace {

using codec::getList;
using codec::getSpan;
using codec::putList;
using codec::putSpan;

constexpr std::uint8_t kStoryAnalysisFormat = 1;
constexpr std::uint8_t kStoriesFormat = 1;

#if defined(__x86_64__) && defined(__GLIBCXX__)
// A field added to one of these without being added below would silently vanish on every cache hit: these sizes
// make that a compile error here (update the codec, bump its format byte, then the size).
static_assert(sizeof(Story) == 112 && sizeof(GroupMember) == 80 && sizeof(Group) == 120 && sizeof(Evidence) == 112 &&
                  sizeof(Conflict) == 232,
              "a story or analysis struct changed: update story_codec.cpp");
#endif

}  // namespace

std::string serializeStoryAnalysis(const StoryAnalysis& s) {
    ByteWriter w;
    w.put(kStoryAnalysisFormat);
    putList(w, s.groups, [&](const Group& g) {
        w.text(g.id);
        w.text(g.story);
        w.text(g.label);
        putList(w, g.members, [&](const GroupMember& m) {
            w.text(m.article);
            putSpan(w, m.span);
            w.text(m.text);
        });
    });
    w.put(static_cast<std::uint32_t>(s.coverage.size()));
    for (const auto& [group, row] : s.coverage) {
        w.text(group);
        w.put(static_cast<std::uint32_t>(row.size()));
        for (const auto& [article, c] : row) {
            w.text(article);
            w.small(c);
        }
    }
    putList(w, s.conflicts, [&](const Conflict& c) {
        w.text(c.id);
        w.text(c.story);
        w.small(c.type);
        w.small(c.severity);
        w.small(c.scope);
        for (const std::string* t : {&c.subject, &c.attribute, &c.reason, &c.cause}) w.text(*t);
        putList(w, c.evidence, [&](const Evidence& e) {
            w.text(e.article);
            putSpan(w, e.span);
            w.text(e.text);
            w.text(e.value);
        });
    });
    return w.take();
}

std::optional<StoryAnalysis> deserializeStoryAnalysis(const std::string& data) {
    ByteReader r(data);
    StoryAnalysis s;
    std::uint8_t format = 0;
    if (!r.get(format) || format != kStoryAnalysisFormat) return std::nullopt;
    const bool groups = getList(r, s.groups, 16, [&](Group& g) {
        return r.text(g.id) && r.text(g.story) && r.text(g.label) &&
               getList(r, g.members, 24, [&](GroupMember& m) {
                   return r.text(m.article) && getSpan(r, m.span) && r.text(m.text);
               });
    });
    if (!groups) return std::nullopt;
    std::size_t rows = 0;
    if (!r.count(8, rows)) return std::nullopt;
    for (std::size_t i = 0; i < rows; ++i) {
        std::string group;
        std::size_t cells = 0;
        if (!r.text(group) || !r.count(5, cells)) return std::nullopt;
        auto& row = s.coverage[std::move(group)];
        for (std::size_t k = 0; k < cells; ++k) {
            std::string article;
            Coverage c = Coverage::Omits;
            if (!r.text(article) || !r.small(c, Coverage::Omits)) return std::nullopt;
            row[std::move(article)] = c;
        }
    }
    const bool conflicts = getList(r, s.conflicts, 31, [&](Conflict& c) {
        if (!r.text(c.id) || !r.text(c.story) || !r.small(c.type, ConflictType::Stance) ||
            !r.small(c.severity, Severity::High) || !r.small(c.scope, Scope::Reference))
            return false;
        for (std::string* t : {&c.subject, &c.attribute, &c.reason, &c.cause})
            if (!r.text(*t)) return false;
        return getList(r, c.evidence, 28, [&](Evidence& e) {
            return r.text(e.article) && getSpan(r, e.span) && r.text(e.text) && r.text(e.value);
        });
    });
    if (!conflicts || !r.done()) return std::nullopt;
    return s;
}

std::string serializeStories(const std::vector<Story>& stories) {
    ByteWriter w;
    w.put(kStoriesFormat);
    putList(w, stories, [&](const Story& s) {
        w.text(s.id);
        w.text(s.label);
        w.texts(s.articles);
        putList(w, s.duplicates, [&](const std::vector<std::string>& copies) { w.texts(copies); });
    });
    return w.take();
}

std::optional<std::vector<Story>> deserializeStories(const std::string& data) {
    ByteReader r(data);
    std::vector<Story> stories;
    std::uint8_t format = 0;
    if (!r.get(format) || format != kStoriesFormat) return std::nullopt;
    const bool ok = getList(r, stories, 16, [&](Story& s) {
        return r.text(s.id) && r.text(s.label) && r.texts(s.articles) &&
               getList(r, s.duplicates, 4, [&](std::vector<std::string>& copies) { return r.texts(copies); });
    });
    if (!ok || !r.done()) return std::nullopt;
    return stories;
}

}  // namespace parallax::store
