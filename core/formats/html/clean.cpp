// Cleaning the chosen article container (Readability's _prepArticle and _cleanConditionally).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/formats/html/patterns.h"
#include "core/formats/html/readability.h"
#include "core/knowledge/resources.h"

namespace parallax::formats::html {

namespace detail {

int classWeight(const Node* node, const ScoringFlags& flags) {
    if (!flags.weightClasses) return 0;
    int weight = 0;
    for (std::string_view name : {"class", "id"}) {
        const std::string* v = node->attr(name);
        if (v == nullptr || v->empty()) continue;
        if (patterns::negative(*v)) weight -= 25;
        if (patterns::positive(*v)) weight += 25;
    }
    return weight;
}

double linkDensity(const Node* node) {
    const std::size_t textLength = innerTextLength(node);
    if (textLength == 0) return 0.0;
    double linkLength = 0;
    for (const Node* a : elementsByTag(node, {"a"})) {
        const std::string href = a->attrOr("href");
        const double coefficient = href.size() > 1 && href[0] == '#' ? 0.3 : 1.0;
        linkLength += static_cast<double>(innerTextLength(a)) * coefficient;
    }
    return linkLength / static_cast<double>(textLength);
}

}  // namespace detail

namespace {

bool isVideoUrl(std::string_view s) {
    const std::string lower = toLower(s);
    for (std::string_view host : {"//www.youtube.com", "//youtube.com", "//www.youtube-nocookie.com",
                                  "//youtube-nocookie.com", "//player.vimeo.com", "//www.dailymotion.com",
                                  "//dailymotion.com", "//v.qq.com", "//archive.org", "//upload.wikimedia.org",
                                  "//player.twitch.tv"})
        if (lower.find(host) != std::string::npos) return true;
    return false;
}

bool hasVideoAttribute(const Node* n) {
    return std::any_of(n->attrs.begin(), n->attrs.end(), [](const auto& kv) { return isVideoUrl(kv.second); });
}

/// Removes every descendant `tag` (embeds pointing at a known video host stay).
void clean(Node* root, std::string_view tag) {
    const bool embed = tag == "object" || tag == "embed" || tag == "iframe";
    for (Node* n : elementsByTag(root, {tag})) {
        if (embed && hasVideoAttribute(n)) continue;
        detach(n);
    }
}

double textDensity(const Node* node, std::initializer_list<std::string_view> tags) {
    const std::size_t length = innerTextLength(node);
    if (length == 0) return 0.0;
    std::size_t children = 0;
    for (const Node* c : elementsByTag(node, tags)) children += innerTextLength(c);
    return static_cast<double>(children) / static_cast<double>(length);
}

/// Tables with headers, captions or a real grid hold data; single-row/column ones are layout.
void markDataTables(Node* root) {
    for (Node* table : elementsByTag(root, {"table"})) {
        table->dataTable = false;
        if (table->attrOr("role") == "presentation" || table->attrOr("datatable") == "0") continue;
        if (!table->attrOr("summary").empty()) {
            table->dataTable = true;
            continue;
        }
        const auto captions = elementsByTag(table, {"caption"});
        if (!captions.empty() && captions.front()->first != nullptr) {
            table->dataTable = true;
            continue;
        }
        if (!elementsByTag(table, {"col", "colgroup", "tfoot", "thead", "th"}).empty()) {
            table->dataTable = true;
            continue;
        }
        if (countTag(table, "table") > 0) continue;
        std::size_t rows = 0;
        std::size_t columns = 0;
        for (const Node* tr : elementsByTag(table, {"tr"})) {
            const int rowspan = std::atoi(tr->attrOr("rowspan").c_str());
            rows += rowspan > 0 ? static_cast<std::size_t>(rowspan) : 1;
            std::size_t inRow = 0;
            for (const Node* td : elementsByTag(tr, {"td"})) {
                const int colspan = std::atoi(td->attrOr("colspan").c_str());
                inRow += colspan > 0 ? static_cast<std::size_t>(colspan) : 1;
            }
            columns = std::max(columns, inRow);
        }
        if (columns == 1 || rows == 1) continue;
        table->dataTable = rows >= 10 || columns > 4 || rows * columns > 10;
    }
}

bool insideDataTable(const Node* node) {
    for (const Node* p = node->parent; p != nullptr; p = p->parent)
        if (p->is("table") && p->dataTable) return true;
    return false;
}

/// Readability's shadiness checks for one element of `tag`; true = remove.
bool shouldRemoveConditionally(Node* node, std::string_view tag, const ScoringFlags& flags) {
    bool isList = tag == "ul" || tag == "ol";
    const std::string text = innerText(node);
    const std::size_t contentLength = charLength(text);
    if (!isList) {
        std::size_t listLength = 0;
        for (const Node* l : elementsByTag(node, {"ul", "ol"})) listLength += innerTextLength(l);
        isList = contentLength > 0 && static_cast<double>(listLength) / static_cast<double>(contentLength) > 0.9;
    }
    if (tag == "table" && node->dataTable) return false;
    if (insideDataTable(node) || hasAncestorTag(node, "code", 3)) return false;
    for (const Node* t : elementsByTag(node, {"table"}))
        if (t->dataTable) return false;

    const int weight = detail::classWeight(node, flags);
    if (weight < 0) return true;
    if (std::count(text.begin(), text.end(), ',') >= 10) return false;

    const auto p = static_cast<double>(countTag(node, "p"));
    const auto img = static_cast<double>(countTag(node, "img"));
    const double li = static_cast<double>(countTag(node, "li")) - 100.0;
    const auto input = static_cast<double>(countTag(node, "input"));
    const double headingDensity = textDensity(node, {"h1", "h2", "h3", "h4", "h5", "h6"});
    int embedCount = 0;
    for (const Node* e : elementsByTag(node, {"object", "embed", "iframe"})) {
        if (hasVideoAttribute(e)) return false;
        ++embedCount;
    }
    if (patterns::adOrLoadingText(text)) return true;
    const double density = detail::linkDensity(node);
    const double textishDensity =
        textDensity(node, {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"});
    const bool figureChild = hasAncestorTag(node, "figure", 3);

    bool remove = false;
    if (!figureChild && img > 1 && p / img < 0.5) remove = true;
    if (!isList && li > p) remove = true;
    if (input > std::floor(p / 3)) remove = true;
    if (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && density > 0)
        remove = true;
    if (!isList && weight < 25 && density > 0.2) remove = true;
    if (weight >= 25 && density > 0.5) remove = true;
    if ((embedCount == 1 && contentLength < 75) || embedCount > 1) remove = true;
    if (img == 0 && textishDensity == 0) remove = true;

    // Simple lists of images stay.
    if (isList && remove) {
        for (const Node* c = node->firstElementChild(); c != nullptr; c = c->nextElementSibling())
            if (c->elementChildCount() > 1) return true;
        if (static_cast<double>(countTag(node, "li")) == img) return false;
    }
    return remove;
}

void cleanConditionally(Node* root, std::string_view tag, const ScoringFlags& flags) {
    if (!flags.cleanConditionally) return;
    auto nodes = elementsByTag(root, {tag});
    // Backwards: inner elements are judged before the elements that contain them.
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
        if (shouldRemoveConditionally(*it, tag, flags)) detach(*it);
}

/// Removes share bars (small elements whose class/id say "share") below each top-level child.
void cleanShareElements(Node* article) {
    for (Node* top = article->firstElementChild(); top != nullptr; top = top->nextElementSibling()) {
        Node* end = nextElement(top, true);
        for (Node* n = nextElement(top); n != nullptr && n != end;) {
            const std::string match = n->attrOr("class") + " " + n->attrOr("id");
            if (patterns::shareElement(match) && charLength(textContent(n)) < 500)
                n = removeAndGetNext(n);
            else
                n = nextElement(n);
        }
    }
}

/// Cue phrases of story lists (resources/knowledge/html-link-list-cues.txt plus the user's file).
const std::vector<std::string>& linkListCues() {
    static const std::vector<std::string> cues = [] {
        std::vector<std::string> out;
        for (const std::string& line : knowledge::dataLines("html-link-list-cues.txt"))
            if (std::string c = collapseWhitespace(toLower(line)); !c.empty()) out.push_back(std::move(c));
        return out;
    }();
    return cues;
}

bool hasCue(std::string_view text) {
    const std::string lower = toLower(text);
    for (const std::string& c : linkListCues())
        if (lower.find(c) != std::string::npos) return true;
    return false;
}

/// The element before `node` among its siblings, skipping blank text.
const Node* previousElement(const Node* node) {
    for (const Node* p = node->prev; p != nullptr; p = p->prev)
        if (p->isElement()) return p;
    return nullptr;
}

/// A list of short links announced as other stories ("Related", "Read more: ...", class "related-links").
/// Readability keeps such lists when they sit inside the article's container; Parallax compares articles,
/// so they go. Link lists without such a cue (release notes, references) stay.
void removeStoryLinkLists(Node* root) {
    for (Node* list : elementsByTag(root, {"ul", "ol"})) {
        if (list->parent == nullptr || insideDataTable(list)) continue;
        const auto items = elementsByTag(list, {"li"});
        if (items.size() < 2 || detail::linkDensity(list) <= 0.8) continue;
        bool shortItems = true;
        bool everyItemCued = true;
        for (const Node* li : items) {
            const std::string t = innerText(li);
            shortItems = shortItems && charLength(t) <= 150;
            everyItemCued = everyItemCued && hasCue(t.substr(0, std::min<std::size_t>(t.size(), 40)));
        }
        if (!shortItems) continue;
        bool cued = everyItemCued || hasCue(list->attrOr("class") + " " + list->attrOr("id"));
        if (!cued && list->parent != nullptr)
            cued = hasCue(list->parent->attrOr("class") + " " + list->parent->attrOr("id"));
        if (const Node* before = previousElement(list); !cued && before != nullptr) {
            const std::string t = innerText(before);
            cued = charLength(t) <= 60 && hasCue(t);
        }
        if (cued) detach(list);
    }
}

/// Elements whose whole text is an advertising label or a loading indicator.
void removeAdLabels(Node* root) {
    for (Node* n : elementsByTag(root, {"p", "div", "span", "section", "aside"}))
        if (n->parent != nullptr && patterns::adOrLoadingText(innerText(n))) detach(n);
}

}  // namespace

namespace detail {

void prepareArticle(Node* content, const ScoringFlags& flags) {
    markDataTables(content);
    cleanConditionally(content, "form", flags);
    cleanConditionally(content, "fieldset", flags);
    for (std::string_view tag : {"object", "embed", "footer", "link", "aside"}) clean(content, tag);
    cleanShareElements(content);
    for (std::string_view tag : {"iframe", "input", "textarea", "select", "button"}) clean(content, tag);
    for (Node* h : elementsByTag(content, {"h1", "h2"}))
        if (classWeight(h, flags) < 0) detach(h);
    cleanConditionally(content, "table", flags);
    cleanConditionally(content, "ul", flags);
    cleanConditionally(content, "nav", flags);
    cleanConditionally(content, "div", flags);
    if (flags.cleanConditionally) removeStoryLinkLists(content);
    removeAdLabels(content);
    for (Node* h : elementsByTag(content, {"h1"})) setTag(h, "h2");
    // Empty paragraphs (no text, no media) go.
    for (Node* p : elementsByTag(content, {"p"}))
        if (elementsByTag(p, {"img", "embed", "object", "iframe"}).empty() && isBlank(textContent(p))) detach(p);
}

}  // namespace detail

}  // namespace parallax::formats::html
