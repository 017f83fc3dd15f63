// The cached article as compact bytes. A rescan decodes every cached article, and most of an article is its text:
// written as length + bytes it is copied once on the way back, where JSON had to escape and lex it character by
// character (that lexing led the profile of a warm 10k-article run). A short, inconsistent or foreign blob (an
// enum out of range, bytes left over) decodes to nullopt: a cache miss, never a crash.
#include "core/store/serialize.h"
#include "core/util/bytes.h"

namespace parallax::store {
namespace {

constexpr std::uint8_t kArticleFormat = 1;

}  // namespace

std::string serializeArticle(const Article& a) {
    ByteWriter w;
    w.put(kArticleFormat);
    w.text(a.id);
    w.text(a.path);
    w.small(a.format);
    for (const std::string* s : {&a.contentHash, &a.encoding, &a.title, &a.outlet, &a.outletHow, &a.byline,
                                 &a.language})
        w.text(*s);
    w.flag(a.published.has_value());
    if (a.published) {
        const Date& d = a.published->date;
        w.put(static_cast<std::int32_t>(d.year));
        w.put(static_cast<std::int32_t>(d.month));
        w.put(static_cast<std::int32_t>(d.day));
        w.small(d.precision);
        w.small(a.published->source);
        w.text(a.published->how);
    }
    w.text(a.text);
    w.put(static_cast<std::uint32_t>(a.paragraphs.size()));
    for (const Span& p : a.paragraphs) {
        w.put(static_cast<std::uint64_t>(p.start));
        w.put(static_cast<std::uint64_t>(p.end));
    }
    w.texts(a.warnings);
    return w.take();
}

std::optional<Article> deserializeArticle(std::string_view data) {
    ByteReader r(data);
    Article a;
    std::uint8_t format = 0;
    if (!r.get(format) || format != kArticleFormat || !r.text(a.id) || !r.text(a.path) ||
        !r.small(a.format, SourceFormat::Pdf))
        return std::nullopt;
    for (std::string* s : {&a.contentHash, &a.encoding, &a.title, &a.outlet, &a.outletHow, &a.byline, &a.language})
        if (!r.text(*s)) return std::nullopt;
    bool dated = false;
    if (!r.flag(dated)) return std::nullopt;
    if (dated) {
        PublishedDate p;
        std::int32_t y = 0, m = 0, d = 0;
        if (!r.get(y) || !r.get(m) || !r.get(d) || !r.small(p.date.precision, DatePrecision::Year) ||
            !r.small(p.source, DateSource::User) || !r.text(p.how))
            return std::nullopt;
        p.date.year = y;
        p.date.month = m;
        p.date.day = d;
        a.published = std::move(p);
    }
    std::size_t paragraphs = 0;
    if (!r.text(a.text) || !r.count(2 * sizeof(std::uint64_t), paragraphs)) return std::nullopt;
    a.paragraphs.resize(paragraphs);
    for (Span& p : a.paragraphs) {
        std::uint64_t start = 0, end = 0;
        r.get(start);
        r.get(end);
        // A span past the text would send every later reader out of bounds.
        if (start > end || end > a.text.size()) return std::nullopt;
        p = Span{static_cast<std::size_t>(start), static_cast<std::size_t>(end)};
    }
    if (!r.texts(a.warnings) || !r.done()) return std::nullopt;
    return a;
}

}  // namespace parallax::store
