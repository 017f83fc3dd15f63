#include "core/formats/html/dom.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "core/formats/html/script_bodies.h"
#include "core/util/ascii.h"

namespace parallax::formats::html {

namespace {

/// Memory for one gumbo parse, freed all at once. gumbo allocates every token, node, attribute and string
/// growth step on its own (a "realloc" is a new block, a copy and a free), and walks the whole tree again to
/// free it: about 3% of extraction on the readability pages. Frees are no-ops here; a buffer that grew leaves
/// its old blocks behind until the parse is dropped (a 20 MB page peaked 4% higher).
class GumboArena {
public:
    static void* allocate(void* self, std::size_t size) { return static_cast<GumboArena*>(self)->take(size); }
    static void release(void* /*self*/, void* /*block*/) {}

private:
    static constexpr std::size_t kAlign = alignof(std::max_align_t);
    static constexpr std::size_t kChunk = std::size_t{64} << 10;

    void* take(std::size_t size) {
        size = std::max(kAlign, (size + kAlign - 1) / kAlign * kAlign);  // even a 0-byte block is a distinct one
        if (size > m_left) {
            const std::size_t chunk = std::max(kChunk, size);
            m_chunks.push_back(std::make_unique_for_overwrite<std::byte[]>(chunk));
            m_next = m_chunks.back().get();
            m_left = chunk;
        }
        void* block = m_next;
        m_next += size;
        m_left -= size;
        return block;
    }

    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    std::byte* m_next = nullptr;
    std::size_t m_left = 0;
};

/// One gumbo parse and the arena that holds it.
class GumboTree {
public:
    explicit GumboTree(std::string_view html) {
        m_options = kGumboDefaultOptions;
        m_options.allocator = &GumboArena::allocate;
        m_options.deallocator = &GumboArena::release;
        m_options.userdata = &m_arena;
        // Cap the error list: on garbage input gumbo would otherwise record one error per byte.
        m_options.max_errors = 100;
        m_output = gumbo_parse_with_options(&m_options, html.data(), html.size());
    }
    // No gumbo_destroy_output: the arena goes with the tree.
    GumboTree(const GumboTree&) = delete;
    GumboTree& operator=(const GumboTree&) = delete;

    [[nodiscard]] const GumboNode* root() const { return m_output != nullptr ? m_output->root : nullptr; }

private:
    GumboArena m_arena;
    GumboOptions m_options{};
    GumboOutput* m_output = nullptr;
};

std::string tagName(const GumboElement& element) {
    if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return toLower(std::string_view(piece.data, piece.length));
}

/// Byte length of the whitespace character starting at s[i] (JavaScript's \s set), or 0.
std::size_t spaceAt(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
    if (c < 0x80) return 0;
    auto at = [&](std::size_t k) -> unsigned char {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
    };
    if (c == 0xC2 && at(1) == 0xA0) return 2;                                  // U+00A0
    if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;                 // U+1680
    if (c == 0xE2 && at(1) == 0x80) {
        const unsigned char d = at(2);
        if ((d >= 0x80 && d <= 0x8A) || d == 0xA8 || d == 0xA9 || d == 0xAF) return 3;  // U+2000..200A etc.
    }
    if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;                 // U+205F
    if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;                 // U+3000
    if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;                 // U+FEFF
    return 0;
}

bool isVoidOrAutoClosing(std::string_view tag) {
    // Void elements never nest; these close implicitly, so counting them would overstate the depth.
    for (std::string_view t : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                               "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                               "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body"})
        if (tag == t) return true;
    return false;
}

/// gumbo checks element scopes by scanning its stack of open elements, which makes tens of thousands of
/// nested tags quadratic. Before parsing, start/end tags nested deeper than `limit` are cut out of the
/// markup (their text stays). Returns nullopt when the page never gets that deep (the usual case).
std::optional<std::string> flattenDeepMarkup(std::string_view html, std::size_t limit) {
    std::string out;
    bool cutting = false;
    std::size_t depth = 0;
    std::size_t copied = 0;  // bytes of html already handled
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        if (html.compare(i, 4, "<!--") == 0) {
            const std::size_t e = html.find("-->", i + 4);
            i = e == std::string_view::npos ? html.size() : e + 3;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t b = i + (closing ? 2 : 1);
        std::size_t e = b;
        while (e < html.size() && std::isalnum(static_cast<unsigned char>(html[e])) != 0) ++e;
        if (e == b) {
            ++i;
            continue;
        }
        const std::string tag = toLower(html.substr(b, e - b));
        const std::size_t end = html.find('>', e);
        if (end == std::string_view::npos) break;
        const bool selfClosing = html[end - 1] == '/';
        if (!closing && (tag == "script" || tag == "style" || tag == "textarea" || tag == "xmp")) {
            // Raw text: skip to the matching end tag.
            const std::string close = "</" + tag;
            std::size_t k = end + 1;
            while (k < html.size()) {
                k = html.find("</", k);
                if (k == std::string_view::npos) break;
                if (toLower(html.substr(k, close.size())) == close) break;
                k += 2;
            }
            i = k == std::string_view::npos ? html.size() : k;
            continue;
        }
        bool drop = false;
        if (!isVoidOrAutoClosing(tag) && !selfClosing) {
            if (closing) {
                drop = depth > limit;
                depth = depth > 0 ? depth - 1 : 0;
            } else {
                ++depth;
                drop = depth > limit;
            }
        }
        if (drop) {
            if (!cutting) out.reserve(html.size());
            cutting = true;
            out.append(html.substr(copied, i - copied));
            copied = end + 1;
        }
        i = end + 1;
    }
    if (!cutting) return std::nullopt;
    out.append(html.substr(copied));
    return out;
}

}  // namespace

const std::string* Node::attr(std::string_view name) const {
    for (const auto& [k, v] : attrs)
        if (k == name) return &v;
    return nullptr;
}

std::string Node::attrOr(std::string_view name) const {
    const std::string* v = attr(name);
    return v != nullptr ? *v : std::string{};
}

void Node::setAttr(std::string_view name, std::string value) {
    for (auto& [k, v] : attrs)
        if (k == name) {
            v = std::move(value);
            return;
        }
    attrs.emplace_back(std::string(name), std::move(value));
}

Node* Node::firstElementChild() const {
    Node* c = first;
    while (c != nullptr && !c->isElement()) c = c->next;
    return c;
}

Node* Node::nextElementSibling() const {
    Node* c = next;
    while (c != nullptr && !c->isElement()) c = c->next;
    return c;
}

std::size_t Node::elementChildCount() const {
    std::size_t n = 0;
    for (Node* c = first; c != nullptr; c = c->next) n += c->isElement() ? 1 : 0;
    return n;
}

Document Document::parse(std::string_view html, std::size_t maxDepth, ScriptText scripts) {
    Document doc;
    const std::optional<std::string> lean =
        scripts == ScriptText::Drop ? dropScriptAndStyleText(html) : std::optional<std::string>{};
    if (lean) html = *lean;
    const std::optional<std::string> flattened = flattenDeepMarkup(html, 2000);
    GumboTree tree(flattened ? std::string_view(*flattened) : html);
    const GumboNode* groot = tree.root();
    if (groot == nullptr || groot->type != GUMBO_NODE_ELEMENT) {
        doc.m_root = doc.createElement("html");
        appendChild(doc.m_root, doc.createElement("head"));
        appendChild(doc.m_root, doc.createElement("body"));
        return doc;
    }
    doc.m_root = doc.createElement("html");
    for (unsigned i = 0; i < groot->v.element.attributes.length; ++i) {
        const auto* a = static_cast<const GumboAttribute*>(groot->v.element.attributes.data[i]);
        doc.m_root->attrs.emplace_back(toLower(a->name), a->value);
    }

    struct Item {
        const GumboNode* node;
        Node* parent;
        std::size_t depth;
    };
    std::vector<Item> stack;
    // Children are pushed in reverse so they are appended in document order.
    auto pushChildren = [&](const GumboVector& children, Node* parent, std::size_t depth) {
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode*>(children.data[i]), parent, depth});
    };
    pushChildren(groot->v.element.children, doc.m_root, 1);
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const GumboNode* g = item.node;
        switch (g->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                // Merge adjacent text runs (flattening can make them neighbours).
                if (item.parent->last != nullptr && !item.parent->last->isElement())
                    item.parent->last->text += g->v.text.text;
                else
                    appendChild(item.parent, doc.createText(g->v.text.text));
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                const GumboElement& e = g->v.element;
                if (item.depth >= maxDepth) {
                    pushChildren(e.children, item.parent, item.depth);
                    break;
                }
                Node* n = doc.createElement(tagName(e));
                for (unsigned i = 0; i < e.attributes.length; ++i) {
                    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
                    n->attrs.emplace_back(toLower(a->name), a->value);
                }
                appendChild(item.parent, n);
                pushChildren(e.children, n, item.depth + 1);
                break;
            }
            default:  // comments, the document node
                break;
        }
    }
    if (doc.head() == nullptr) insertBefore(doc.m_root, doc.createElement("head"), doc.m_root->first);
    if (doc.body() == nullptr) appendChild(doc.m_root, doc.createElement("body"));
    return doc;
}

Document Document::clone() const {
    Document copy;
    if (m_root == nullptr) return copy;
    std::vector<std::pair<const Node*, Node*>> stack;  // (source node, copy's parent)
    copy.m_root = copy.createElement(m_root->tag);
    copy.m_root->attrs = m_root->attrs;
    for (const Node* c = m_root->last; c != nullptr; c = c->prev) stack.emplace_back(c, copy.m_root);
    while (!stack.empty()) {
        const auto [src, parent] = stack.back();
        stack.pop_back();
        Node* n = src->isElement() ? copy.createElement(src->tag) : copy.createText(src->text);
        n->attrs = src->attrs;
        appendChild(parent, n);
        for (const Node* c = src->last; c != nullptr; c = c->prev) stack.emplace_back(c, n);
    }
    return copy;
}

Node* Document::head() const {
    for (Node* c = m_root != nullptr ? m_root->first : nullptr; c != nullptr; c = c->next)
        if (c->is("head")) return c;
    return nullptr;
}

Node* Document::body() const {
    for (Node* c = m_root != nullptr ? m_root->first : nullptr; c != nullptr; c = c->next)
        if (c->is("body")) return c;
    return nullptr;
}

Node* Document::createElement(std::string tag) {
    Node& n = m_nodes.emplace_back();
    n.type = Node::Type::Element;
    n.tag = std::move(tag);
    return &n;
}

Node* Document::createText(std::string text) {
    Node& n = m_nodes.emplace_back();
    n.type = Node::Type::Text;
    n.text = std::move(text);
    return &n;
}

void detach(Node* node) {
    Node* p = node->parent;
    if (p == nullptr) return;
    (node->prev != nullptr ? node->prev->next : p->first) = node->next;
    (node->next != nullptr ? node->next->prev : p->last) = node->prev;
    node->parent = node->prev = node->next = nullptr;
}

void appendChild(Node* parent, Node* child) {
    detach(child);
    child->parent = parent;
    child->prev = parent->last;
    (parent->last != nullptr ? parent->last->next : parent->first) = child;
    parent->last = child;
}

void insertBefore(Node* parent, Node* child, Node* before) {
    if (before == nullptr) {
        appendChild(parent, child);
        return;
    }
    detach(child);
    child->parent = parent;
    child->next = before;
    child->prev = before->prev;
    (before->prev != nullptr ? before->prev->next : parent->first) = child;
    before->prev = child;
}

void replaceNode(Node* old, Node* replacement) {
    Node* p = old->parent;
    if (p == nullptr) return;
    if (replacement == old) return;
    detach(replacement);
    insertBefore(p, replacement, old);
    detach(old);
}

Node* nextElement(Node* node, bool skipChildren) {
    if (!skipChildren) {
        if (Node* c = node->firstElementChild()) return c;
    }
    for (Node* n = node; n != nullptr; n = n->parent) {
        if (Node* s = n->nextElementSibling()) return s;
    }
    return nullptr;
}

Node* removeAndGetNext(Node* node) {
    Node* next = nextElement(node, true);
    detach(node);
    return next;
}

namespace {
/// Calls fn(descendant) for every descendant of root in document order; fn returns false to stop.
template <typename Fn>
void forEachDescendant(const Node* root, Fn&& fn) {
    const Node* n = root->first;
    while (n != nullptr) {
        if (!fn(n)) return;
        if (n->first != nullptr) {
            n = n->first;
            continue;
        }
        while (n != nullptr && n != root && n->next == nullptr) n = n->parent;
        if (n == nullptr || n == root) return;
        n = n->next;
    }
}
}  // namespace

std::vector<Node*> elementsByTag(const Node* root, std::initializer_list<std::string_view> tags) {
    std::vector<Node*> out;
    forEachDescendant(root, [&](const Node* n) {
        if (n->isElement())
            for (std::string_view t : tags)
                if (n->tag == t) {
                    out.push_back(const_cast<Node*>(n));  // NOLINT: the caller owns the tree mutably
                    break;
                }
        return true;
    });
    return out;
}

std::size_t countTag(const Node* root, std::string_view tag) {
    std::size_t n = 0;
    forEachDescendant(root, [&](const Node* d) {
        n += d->is(tag) ? 1 : 0;
        return true;
    });
    return n;
}

bool hasAncestorTag(const Node* node, std::string_view tag, int maxDepth) {
    int depth = 0;
    for (const Node* p = node->parent; p != nullptr; p = p->parent) {
        if (maxDepth > 0 && depth > maxDepth) return false;
        if (p->is(tag)) return true;
        ++depth;
    }
    return false;
}

std::string textContent(const Node* node) {
    if (!node->isElement()) return node->text;
    std::string out;
    forEachDescendant(node, [&](const Node* n) {
        if (!n->isElement()) out += n->text;
        return true;
    });
    return out;
}

std::string innerText(const Node* node, bool normalize) {
    const std::string text = textContent(node);
    if (normalize) return collapseWhitespace(text);
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e) {
        const std::size_t k = spaceAt(text, b);
        if (k == 0) break;
        b += k;
    }
    // Trailing whitespace: step back over single-byte spaces and the multi-byte ones we know.
    while (e > b) {
        std::size_t k = 0;
        for (std::size_t len = 1; len <= 3 && len <= e - b; ++len)
            if (spaceAt(text, e - len) == len) {
                k = len;
                break;
            }
        if (k == 0) break;
        e -= k;
    }
    return text.substr(b, e - b);
}

std::size_t charLength(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::string collapseWhitespace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t k = spaceAt(s, i);
        if (k > 0) {
            pendingSpace = !out.empty();
            i += k;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        // Copy the run up to the next space at once (no space starts on a UTF-8 continuation byte).
        std::size_t j = i + 1;
        while (j < s.size() && spaceAt(s, j) == 0) ++j;
        out.append(s.substr(i, j - i));
        i = j;
    }
    return out;
}

std::size_t innerTextLength(const Node* node) {
    std::size_t n = 0;
    bool started = false;
    bool pendingSpace = false;
    auto count = [&](std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t k = spaceAt(s, i);
            if (k > 0) {
                pendingSpace = started;
                i += k;
                continue;
            }
            n += pendingSpace ? 1 : 0;
            pendingSpace = false;
            started = true;
            n += (static_cast<unsigned char>(s[i++]) & 0xC0) != 0x80 ? 1 : 0;
        }
    };
    if (!node->isElement()) {
        count(node->text);
        return n;
    }
    forEachDescendant(node, [&](const Node* d) {
        if (!d->isElement()) count(d->text);
        return true;
    });
    return n;
}

std::string outline(const Node* root, Document::ScriptText scripts) {
    std::string out;
    std::vector<std::pair<const Node*, bool>> stack{{root, false}};  // (node, its end tag is due)
    std::vector<const Node*> children;
    while (!stack.empty()) {
        const auto [n, closing] = stack.back();
        stack.pop_back();
        if (closing) {
            out += "</" + n->tag + ">";
            continue;
        }
        if (!n->isElement()) {
            const bool inCode = n->parent != nullptr && (n->parent->is("script") || n->parent->is("style"));
            if (scripts == Document::ScriptText::Keep || !inCode) out += n->text;
            continue;
        }
        out += "<" + n->tag;
        for (const auto& [k, v] : n->attrs) out += " " + k + "=\"" + v + "\"";
        out += ">";
        stack.emplace_back(n, true);
        children.clear();
        for (const Node* c = n->first; c != nullptr; c = c->next) children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.emplace_back(*it, false);
    }
    return out;
}

std::string toLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = util::ascii::toLower(c);  // bytes of UTF-8, whatever the C locale says
    return out;
}

bool isBlank(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t k = spaceAt(s, i);
        if (k == 0) return false;
        i += k;
    }
    return true;
}

}  // namespace parallax::formats::html
