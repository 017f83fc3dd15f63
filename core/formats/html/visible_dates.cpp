// Where a page prints its publication date for people: close to the headline, in an element its template
// names after the date ("date", "datum", "time", "published", "post-meta", "byline", "fecha"...). Those
// after the headline come first (the date line under a title), then those above it, nearest first: a
// "today is..." line in the page header is far above the headline and rarely the only candidate.
#include "core/formats/html/visible_dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace parallax::formats::html {

namespace {

constexpr std::size_t kMaxText = 200;      // a date line is short; longer text is a paragraph
constexpr std::size_t kNearChars = 1500;   // text read after the headline
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

/// Letters and digits only, lower case: headings and titles compared without punctuation.
std::string squash(std::string_view s) {
    std::string out;
    for (char c : toLower(s))
        if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) != 0) out += c;
    return out;
}

/// The article's headline: the <h1> (else <h2>) that the page's title contains, else the first <h1> outside
/// navigation and story lists (a site's logo is often the first <h1>).
bool isOtherContent(const Node* p);

const Node* headline(const Document& doc, const std::string& title) {
    const std::string want = squash(title);
    const Node* first = nullptr;
    for (const char* tag : {"h1", "h2"}) {
        for (const Node* h : elementsByTag(doc.body(), {tag})) {
            if (inOtherContent(h) || namesADate(h)) continue;  // a blog's <h2 class="date-header">
            const std::string got = squash(textContent(h));
            if (got.empty()) continue;
            if (!want.empty() && got.size() >= 8 && (want.find(got) != std::string::npos || got.find(want) != std::string::npos))
                return h;
            if (first == nullptr) first = h;
        }
        if (first != nullptr) return first;
    }
    // Pages laid out in tables set their headline in a plain cell or <font>: the element whose own text is the
    // title, read once in document order (a text node compared, never every element's whole text).
    if (want.size() < 8) return nullptr;
    const Node* cell = nullptr;
    walk(doc.body(), [&](Node* n) {
        if (cell != nullptr) return false;
        if (n->isElement()) return !skipped(n) && !isOtherContent(n);
        if (n->parent != nullptr && squash(n->text) == want) cell = n->parent;
        return false;
    });
    return cell;
}

/// "Published on", "Erschienen am", "publié le", "发布时间": a label that says the date after it is the
/// publication's.
bool publicationLabel(std::string_view lower) {
    return containsAny(lower, {"published", "publication date", "posted on", "veröffentlicht", "erschienen",
                               "publié", "mise en ligne", "publicado", "pubblicato", "gepubliceerd",
                               "opublikowano", "julkaistu", "diterbitkan", "publisert", "опубликовано",
                               "发布时间", "发表时间", "發佈時間", "發布時間", "公開日", "投稿日", "게시", "입력"});
}

/// Navigation, a sidebar, a footer, comments or a list of other stories (the element itself). Class and id
/// words are compared whole (parts split at '-' and '_', a plural 's' allowed): "comments", "related-posts",
/// "sidebar" are other content; "layoutTwoColumnsRightSidebar" or a body class "no-sidebars" are not.
bool isOtherContent(const Node* p) {
    static constexpr std::string_view kWords[] = {"related", "comment", "sidebar", "footer", "menu",
                                                  "recommend", "recommended", "popular", "trending", "teaser",
                                                  "aside", "breadcrumb", "disqus", "reply", "replie"};
    if (p->is("nav") || p->is("aside") || p->is("footer")) return true;
    if (p->is("body") || p->is("html") || p->is("main") || p->is("article")) return false;
    std::string match = toLower(p->attrOr("class") + " " + p->attrOr("id"));
    // BEM names: "podcast-description__sidebar" is a part of the "podcast-description" block, and the block's
    // name says what the component is.
    for (std::size_t bem = match.find("__"); bem != std::string::npos; bem = match.find("__")) {
        const std::size_t end = match.find(' ', bem);
        match.erase(bem, end == std::string::npos ? std::string::npos : end - bem);
    }
    std::size_t i = 0;
    std::string_view previous;
    while (i < match.size()) {
        const std::size_t start = i;
        while (i < match.size() && match[i] != ' ' && match[i] != '-' && match[i] != '_') ++i;
        std::string_view part(match.data() + start, i - start);
        // "no-sidebars", "with-sidebar", "one-sidebar": a layout's name, not the sidebar itself.
        const bool layoutFlag =
            previous == "no" || previous == "with" || previous == "has" || previous == "one" || previous == "two";
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

/// Text after a publication label, anywhere but in comments and lists of other stories: a page footer
/// that says "Erschienen am: 01.11.2023" speaks of the page itself.
std::vector<Candidate> labelledDates(Node* body) {
    std::vector<Candidate> labelled;
    bool pendingLabel = false;
    walk(body, [&](Node* n) {
        if (n->isElement()) {
            const bool footer = n->is("footer") || toLower(n->attrOr("class") + " " + n->attrOr("id")).find("footer") !=
                                                      std::string::npos;
            return labelled.size() < 4 && !skipped(n) && (footer || !isOtherContent(n));
        }
        const std::string text = collapseWhitespace(n->text);
        if (text.empty()) return false;
        const std::string lower = toLower(text);
        if (text.size() <= 160 && hasDigit(text)) {
            // The label and its date in one run, or the label alone right before the date's run.
            if ((publicationLabel(lower) && !saysUpdated(lower)) || pendingLabel)
                labelled.push_back(Candidate{text, "date labelled as the publication's"});
            pendingLabel = false;
        } else {
            pendingLabel = text.size() <= 40 && publicationLabel(lower) && !saysUpdated(lower);
        }
        return false;
    });
    return labelled;
}

}  // namespace

bool inOtherContent(const Node* node) {
    for (const Node* p = node->parent; p != nullptr; p = p->parent)
        if (isOtherContent(p)) return true;
    return false;
}

VisibleDates collectVisibleDates(const Document& doc, const std::string& title) {
    VisibleDates out;
    Node* body = doc.body();
    if (body == nullptr) return out;
    const Node* head = headline(doc, title);

    struct Found {
        std::string text;
        std::string how;
        bool afterHeadline = false;
        bool updated = false;
    };
    std::vector<Found> found;
    bool afterHeadline = head == nullptr;
    std::string before;  // short text runs above the headline (the last few)
    std::string after;   // short text runs below it
    std::size_t afterChars = 0;
    walk(body, [&](Node* n) {
        if (n == head) {
            afterHeadline = true;
            return false;
        }
        if (!n->isElement()) {
            // Short text runs (a date line, not a paragraph) feed the text around the headline.
            const std::string text = collapseWhitespace(n->text);
            if (text.empty()) return false;
            afterChars += afterHeadline ? text.size() : 0;
            if (!afterHeadline || afterChars <= kNearChars) {
                // Joined with a space: a date may be split over elements ("<b>12.</b> November 2021"). Of a
                // paragraph only its opening words count ("27.1.2022 - Bei der ...": a dateline).
                std::string& side = afterHeadline ? after : before;
                side += " " + (text.size() <= 120 ? text : text.substr(0, text.rfind(' ', 30)) + " \xE2\x80\xA6");
                if (!afterHeadline && before.size() > 2 * kMaxText) before.erase(0, before.size() - kMaxText);
            }
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
    out.labelled = labelledDates(body);
    if (head != nullptr) {
        if (hasDigit(after)) out.nearHeadline.push_back(Candidate{collapseWhitespace(after), "text below the headline"});
        if (hasDigit(before)) out.nearHeadline.push_back(Candidate{collapseWhitespace(before), "text above the headline"});
    }
    return out;
}

}  // namespace parallax::formats::html
