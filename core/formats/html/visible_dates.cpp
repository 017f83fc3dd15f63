// Where a page prints its publication date for people: close to the headline, in an element its template
// names after the date ("date", "datum", "time", "published", "post-meta", "byline", "fecha"...). Those
// after the headline come first (the date line under a title), then those above it, nearest first: a
// "today is..." line in the page header is far above the headline and rarely the only candidate.
#include "core/formats/html/visible_dates.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace parallax::formats::html {

namespace {

constexpr std::size_t kMaxText = 200;      // a date line is short; longer text is a paragraph
constexpr std::size_t kNearChars = 300;    // text read after (and before) the headline
constexpr std::size_t kMaxElements = 8;

bool containsAny(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (s.find(w) != std::string_view::npos) return true;
    return false;
}

/// class/id/itemprop words of an element that holds a date line.
bool namesADate(const Node* n) {
    const std::string key = toLower(n->attrOr("class") + " " + n->attrOr("id") + " " + n->attrOr("itemprop"));
    if (key.size() <= 2) return false;
    if (containsAny(key, {"modif", "updat", "comment", "related", "caption"})) return false;
    return containsAny(key, {"date", "datum", "time", "publish", "posted", "pubdate", "dateline", "byline",
                             "meta", "info", "fecha", "data-pub", "parution", "submitted", "created", "author",
                             "autor", "subline", "zeit", "fa-clock", "fa-calendar", "stamp", "postdate"});
}

/// A date line that gives the last change rather than the publication.
bool saysUpdated(std::string_view lowerText) {
    return containsAny(lowerText, {"updated", "modified", "aktualisiert", "geändert", "mis à jour", "actualizado",
                                   "aggiornato", "atualizado", "bijgewerkt", "обновлено", "更新"});
}

bool skipped(const Node* n) {
    return n->is("script") || n->is("style") || n->is("noscript") || n->is("template") || n->is("svg") ||
           n->is("select") || n->is("option");
}

/// Pre-order walk over elements and text, skipping scripts and styles.
template <typename F>
void walk(Node* root, F&& visit) {
    Node* n = root->first;
    while (n != nullptr && n != root) {
        const bool descend = visit(n) && n->isElement() && !skipped(n);
        if (descend && n->first != nullptr) {
            n = n->first;
            continue;
        }
        while (n != nullptr && n != root && n->next == nullptr) n = n->parent;
        if (n == nullptr || n == root) break;
        n = n->next;
    }
}

bool hasDigit(std::string_view s) { return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

/// The article's headline: the first <h1> outside navigation and story lists (else the first <h2>).
const Node* headline(const Document& doc) {
    for (const char* tag : {"h1", "h2"})
        for (const Node* h : elementsByTag(doc.body(), {tag}))
            if (!inOtherContent(h) && !isBlank(textContent(h))) return h;
    return nullptr;
}

/// Navigation, a sidebar, a footer, comments or a list of other stories (the element itself). Class and id
/// words are compared whole (parts split at '-' and '_', a plural 's' allowed): "comments", "related-posts",
/// "sidebar" are other content; "layoutTwoColumnsRightSidebar" or a body class "no-sidebars" are not.
bool isOtherContent(const Node* p) {
    static constexpr std::string_view kWords[] = {"related", "comment", "sidebar", "footer", "menu", "widget",
                                                  "recommend", "recommended", "popular", "trending", "teaser",
                                                  "aside", "breadcrumb", "disqus", "reply", "replie"};
    if (p->is("nav") || p->is("aside") || p->is("footer")) return true;
    if (p->is("body") || p->is("html") || p->is("main") || p->is("article")) return false;
    const std::string match = toLower(p->attrOr("class") + " " + p->attrOr("id"));
    std::size_t i = 0;
    std::string_view previous;
    while (i < match.size()) {
        const std::size_t start = i;
        while (i < match.size() && match[i] != ' ' && match[i] != '-' && match[i] != '_') ++i;
        std::string_view part(match.data() + start, i - start);
        const bool layoutFlag = previous == "no" || previous == "with" || previous == "has";  // "no-sidebars"
        previous = part;
        ++i;
        if (layoutFlag) continue;
        if (part.size() > 1 && part.back() == 's') part.remove_suffix(1);
        for (std::string_view w : kWords)
            if (part == w || (w == "related" && part.rfind(w, 0) == 0)) return true;
        if (part == "most" && match.compare(i, 4, "read") == 0) return true;  // "most-read"
    }
    return false;
}

}  // namespace

bool inOtherContent(const Node* node) {
    for (const Node* p = node->parent; p != nullptr; p = p->parent)
        if (isOtherContent(p)) return true;
    return false;
}

VisibleDates collectVisibleDates(const Document& doc) {
    VisibleDates out;
    Node* body = doc.body();
    if (body == nullptr) return out;
    const Node* head = headline(doc);

    struct Found {
        std::string text;
        std::string how;
        bool afterHeadline = false;
        bool updated = false;
    };
    std::vector<Found> found;
    bool afterHeadline = head == nullptr;
    std::string before;  // the text above the headline (its last kNearChars)
    std::string after;   // the text below it
    walk(body, [&](Node* n) {
        if (n == head) {
            afterHeadline = true;
            return false;
        }
        if (!n->isElement()) {
            // Text feeds the running text around the headline.
            std::string& side = afterHeadline ? after : before;
            if (!afterHeadline || after.size() < kNearChars) side += " " + collapseWhitespace(n->text);
            if (!afterHeadline && before.size() > 4 * kNearChars) before.erase(0, before.size() - kNearChars);
            return false;
        }
        if (skipped(n) || isOtherContent(n)) return false;  // nor anything inside it
        if (found.size() >= 64) return true;
        const bool timeElement = n->is("time");
        if (!timeElement && !namesADate(n)) return true;
        std::string text = collapseWhitespace(textContent(n));
        if (text.empty() || text.size() > kMaxText || !hasDigit(text)) return true;
        const std::string lower = toLower(text);
        const bool updated = saysUpdated(lower);
        found.push_back({text, timeElement ? "<time> text" : "date element <" + n->tag + ">", afterHeadline, updated});
        return false;  // its children say the same
    });
    // After the headline in reading order, then above it nearest first; "updated" lines last.
    std::vector<const Found*> order;
    for (const Found& f : found)
        if (f.afterHeadline && !f.updated) order.push_back(&f);
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        if (!it->afterHeadline && !it->updated) order.push_back(&*it);
    for (const Found& f : found)
        if (f.updated) order.push_back(&f);
    for (const Found* f : order) {
        if (out.elements.size() >= kMaxElements) break;
        out.elements.push_back(Candidate{f->text, f->how + (f->updated ? " (updated)" : "")});
    }
    if (head != nullptr) {
        if (after.size() > kNearChars) after.resize(kNearChars);
        if (before.size() > kNearChars) before.erase(0, before.size() - kNearChars);
        if (hasDigit(after)) out.nearHeadline.push_back(Candidate{collapseWhitespace(after), "text below the headline"});
        if (hasDigit(before)) out.nearHeadline.push_back(Candidate{collapseWhitespace(before), "text above the headline"});
    }
    return out;
}

}  // namespace parallax::formats::html
