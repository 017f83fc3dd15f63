#pragma once
/// @file dom.h  A small mutable DOM built from gumbo's parse tree.
///
/// gumbo's tree is read-only in practice; main-content extraction needs to move, retag and remove nodes,
/// so the parse tree is copied into this DOM. Every traversal here is iterative: a page may nest elements
/// arbitrarily deep, and the copy caps the nesting depth so later scoring stays linear-ish.
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::formats::html {

/// One node: an element (tag lower-case) or a text run. Siblings form a doubly linked list.
struct Node {
    enum class Type { Element, Text };
    Type type = Type::Element;
    std::string tag;  ///< lower-case tag name for elements
    std::vector<std::pair<std::string, std::string>> attrs;
    std::string text;  ///< the text of a Text node (UTF-8, entities already decoded)

    Node* parent = nullptr;
    Node* first = nullptr;
    Node* last = nullptr;
    Node* prev = nullptr;
    Node* next = nullptr;

    // Scratch state for main-content scoring.
    double score = 0.0;
    bool scored = false;
    bool dataTable = false;

    [[nodiscard]] bool isElement() const { return type == Type::Element; }
    [[nodiscard]] bool is(std::string_view t) const { return type == Type::Element && tag == t; }
    /// The attribute's value, or nullptr when absent.
    [[nodiscard]] const std::string* attr(std::string_view name) const;
    /// The attribute's value or "" when absent.
    [[nodiscard]] std::string attrOr(std::string_view name) const;
    void setAttr(std::string_view name, std::string value);
    [[nodiscard]] Node* firstElementChild() const;
    [[nodiscard]] Node* nextElementSibling() const;
    [[nodiscard]] std::size_t elementChildCount() const;
};

/// Owns all nodes of one parsed page.
class Document {
public:
    /// Whether the text of inline scripts and style sheets reaches the parser (see script_bodies.h).
    enum class ScriptText { Drop, Keep };

    /// Parses `html` (UTF-8) with gumbo; element nesting deeper than `maxDepth` is flattened (the deeper
    /// elements' children are kept, the wrappers dropped), so no later pass has to walk an absurd depth.
    /// Scripts other than JSON and style sheets come out empty unless `scripts` is Keep.
    [[nodiscard]] static Document parse(std::string_view html, std::size_t maxDepth = 200,
                                        ScriptText scripts = ScriptText::Drop);

    Document() = default;
    Document(Document&&) = default;
    Document& operator=(Document&&) = default;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    /// A deep copy (main-content extraction edits the tree, and each retry starts from the original).
    [[nodiscard]] Document clone() const;

    [[nodiscard]] Node* root() const { return m_root; }  ///< the <html> element
    [[nodiscard]] Node* head() const;
    [[nodiscard]] Node* body() const;

    Node* createElement(std::string tag);
    Node* createText(std::string text);

private:
    std::deque<Node> m_nodes;  // deque: node addresses stay stable while it grows
    Node* m_root = nullptr;
};

// --- tree edits (all O(1)) ---
void detach(Node* node);
void appendChild(Node* parent, Node* child);
void insertBefore(Node* parent, Node* child, Node* before);
/// Puts `replacement` where `old` was; `old` is detached.
void replaceNode(Node* old, Node* replacement);
/// Changes an element's tag in place (Readability's _setNodeTag without copying).
inline void setTag(Node* node, std::string tag) { node->tag = std::move(tag); }

// --- traversal ---
/// Next element in document order (pre-order), skipping `node`'s subtree when `skipChildren`.
[[nodiscard]] Node* nextElement(Node* node, bool skipChildren = false);
/// Detaches `node` and returns the element that followed its subtree in document order.
Node* removeAndGetNext(Node* node);
/// All descendant elements of `root` with one of `tags`, in document order (root itself excluded).
[[nodiscard]] std::vector<Node*> elementsByTag(const Node* root, std::initializer_list<std::string_view> tags);
/// Number of descendant elements with tag `tag`.
[[nodiscard]] std::size_t countTag(const Node* root, std::string_view tag);
[[nodiscard]] bool hasAncestorTag(const Node* node, std::string_view tag, int maxDepth = 3);

// --- text ---
/// Concatenated text of all descendant text nodes (DOM textContent).
[[nodiscard]] std::string textContent(const Node* node);
/// textContent trimmed, with runs of whitespace collapsed to one space when `normalize` (Readability's
/// _getInnerText).
[[nodiscard]] std::string innerText(const Node* node, bool normalize = true);
/// charLength(innerText(node)), counted without building the text (link density asks it of every link).
[[nodiscard]] std::size_t innerTextLength(const Node* node);
/// Number of Unicode code points in UTF-8 text (thresholds are in characters, not bytes).
[[nodiscard]] std::size_t charLength(std::string_view utf8);
/// Trims and collapses all whitespace (ASCII and Unicode spaces such as NBSP) to single spaces.
[[nodiscard]] std::string collapseWhitespace(std::string_view utf8);
[[nodiscard]] std::string toLower(std::string_view s);
/// The tree under `root` (root included) as one line: each element as <tag k="v"...>children</tag>, text as it is.
/// With `scripts` Drop, the text inside <script> and <style> elements is left out. For tests and fuzzing: two
/// parses of one page compare by their outlines.
[[nodiscard]] std::string outline(const Node* root, Document::ScriptText scripts = Document::ScriptText::Keep);
/// True when `s` is empty or only (Unicode) whitespace.
[[nodiscard]] bool isBlank(std::string_view utf8);

}  // namespace parallax::formats::html
