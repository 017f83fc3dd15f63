// An article's annotations as compact bytes (see article_codec.cpp for why not JSON). A rescan decodes one of these
// per article; a short, inconsistent or foreign blob decodes to nullopt (a cache miss).
#include "core/store/serialize.h"
#include "core/store/codec_lists.h"
#include "core/util/bytes.h"

namespace parallax::store {
namespace {

using codec::getList;
using codec::getSpan;
using codec::putList;
using codec::putSpan;

constexpr std::uint8_t kAnnotationsFormat = 1;

#if defined(__x86_64__) && defined(__GLIBCXX__)
// A field added to one of these without being added below would silently vanish on every cache hit: these sizes
// make that a compile error here (update the codec, bump kAnnotationsFormat, then the size).
static_assert(sizeof(Sentence) == 24 && sizeof(Entity) == 120 && sizeof(TimeValue) == 120 && sizeof(Quantity) == 160 &&
                  sizeof(Claim) == 472,
              "an annotation struct changed: update annotation_codec.cpp");
#endif

}  // namespace

std::string serializeAnnotations(const Annotations& an) {
    ByteWriter w;
    w.put(kAnnotationsFormat);
    putList(w, an.sentences, [&](const Sentence& s) {
        putSpan(w, s.span);
        w.put(static_cast<std::int32_t>(s.paragraph));
    });
    putList(w, an.entities, [&](const Entity& e) {
        putSpan(w, e.span);
        w.text(e.text);
        w.text(e.canonical);
        w.small(e.kind);
        w.text(e.base);
    });
    putList(w, an.times, [&](const TimeValue& t) {
        putSpan(w, t.span);
        w.text(t.text);
        w.text(t.value);
        w.flag(t.resolved);
        w.text(t.note);
    });
    putList(w, an.quantities, [&](const Quantity& q) {
        putSpan(w, q.span);
        w.text(q.text);
        w.put(q.value);
        w.put(q.low);
        w.put(q.high);
        w.text(q.unit);
        w.flag(q.approximate);
        w.text(q.qualifier);
        w.flag(q.convertedFrom.has_value());
        if (q.convertedFrom) w.put(static_cast<std::uint64_t>(*q.convertedFrom));
    });
    putList(w, an.claims, [&](const Claim& c) {
        w.small(c.kind);
        putSpan(w, c.span);
        putSpan(w, c.valueSpan);
        for (const std::string* s : {&c.subject, &c.attribute, &c.value, &c.text, &c.speaker, &c.object}) w.text(*s);
        w.flag(c.negated);
        w.flag(c.hedged);
        w.put(static_cast<std::int32_t>(c.sentence));
        const Frame& f = c.frame;
        for (const std::string* s : {&f.measure, &f.kind, &f.dimension, &f.period, &f.scope, &f.stage}) w.text(*s);
        w.flag(f.moves);
        w.text(c.timeText);
    });
    return w.take();
}

std::optional<Annotations> deserializeAnnotations(const std::string& data) {
    ByteReader r(data);
    Annotations an;
    std::uint8_t format = 0;
    if (!r.get(format) || format != kAnnotationsFormat) return std::nullopt;
    const bool ok =
        getList(r, an.sentences, 20,
                [&](Sentence& s) {
                    std::int32_t p = 0;
                    if (!getSpan(r, s.span) || !r.get(p)) return false;
                    s.paragraph = p;
                    return true;
                }) &&
        getList(r, an.entities, 29,
                [&](Entity& e) {
                    return getSpan(r, e.span) && r.text(e.text) && r.text(e.canonical) &&
                           r.small(e.kind, EntityKind::Other) && r.text(e.base);
                }) &&
        getList(r, an.times, 29,
                [&](TimeValue& t) {
                    return getSpan(r, t.span) && r.text(t.text) && r.text(t.value) && r.flag(t.resolved) &&
                           r.text(t.note);
                }) &&
        getList(r, an.quantities, 50,
                [&](Quantity& q) {
                    bool converted = false;
                    if (!getSpan(r, q.span) || !r.text(q.text) || !r.get(q.value) || !r.get(q.low) ||
                        !r.get(q.high) || !r.text(q.unit) || !r.flag(q.approximate) || !r.text(q.qualifier) ||
                        !r.flag(converted))
                        return false;
                    if (converted) {
                        std::uint64_t from = 0;
                        if (!r.get(from)) return false;
                        q.convertedFrom = static_cast<std::size_t>(from);
                    }
                    return true;
                }) &&
        getList(r, an.claims, 80, [&](Claim& c) {
            std::int32_t sentence = 0;
            if (!r.small(c.kind, ClaimKind::Stance) || !getSpan(r, c.span) || !getSpan(r, c.valueSpan)) return false;
            for (std::string* s : {&c.subject, &c.attribute, &c.value, &c.text, &c.speaker, &c.object})
                if (!r.text(*s)) return false;
            if (!r.flag(c.negated) || !r.flag(c.hedged) || !r.get(sentence)) return false;
            c.sentence = sentence;
            Frame& f = c.frame;
            for (std::string* s : {&f.measure, &f.kind, &f.dimension, &f.period, &f.scope, &f.stage})
                if (!r.text(*s)) return false;
            return r.flag(f.moves) && r.text(c.timeText);
        });
    if (!ok || !r.done()) return std::nullopt;
    return an;
}

}  // namespace parallax::store
