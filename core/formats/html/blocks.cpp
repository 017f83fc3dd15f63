#include "core/formats/html/blocks.h"

#include <optional>

#include "core/formats/html/readability.h"

namespace parallax::formats::html {

namespace {

bool oneOf(const Node* n, std::initializer_list<std::string_view> tags) {
    for (std::string_view t : tags)
        if (n->tag == t) return true;
    return false;
}

/// Elements whose text never reaches the article.
bool silent(const Node* n) {
    return oneOf(n, {"script", "style", "noscript", "template", "input", "textarea", "select", "option", "button",
                     "iframe", "object", "embed", "svg", "head", "title", "canvas", "video", "audio"});
}

bool blockLevel(const Node* n) {
    return oneOf(n, {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dd", "div", "dl",
                     "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                     "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "table",
                     "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "summary", "ul", "body", "html"});
}

struct Context {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    bool pre = false;
};

/// The context an element opens, given the enclosing one (a <p> inside <li> stays a list item...).
Context contextFor(const Node* n, const Context& outer, int listDepth) {
    Context c = outer;
    const std::string& t = n->tag;
    if (t.size() == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6') {
        c.kind = BlockKind::Heading;
        c.level = t[1] - '0';
    } else if (t == "li") {
        c.kind = BlockKind::ListItem;
        c.level = listDepth;
    } else if (t == "blockquote") {
        c.kind = BlockKind::Quote;
        c.level = 0;
    } else if (t == "pre") {
        c.kind = BlockKind::Preformatted;
        c.level = 0;
        c.pre = true;
    } else if (t == "figcaption" || t == "caption") {
        c.kind = BlockKind::Caption;
        c.level = 0;
    } else if (t == "td" || t == "th") {
        c.kind = BlockKind::TableCell;
        c.level = 0;
    }
    return c;
}

class Builder {
public:
    void text(std::string_view s) { m_buffer += s; }
    void flush(const Context& c) {
        std::string t;
        if (c.pre) {
            // Keep the lines, drop blank lines at both ends.
            std::size_t b = m_buffer.find_first_not_of("\r\n");
            std::size_t e = m_buffer.find_last_not_of(" \t\r\n");
            if (b != std::string::npos && e != std::string::npos && e >= b) t = m_buffer.substr(b, e - b + 1);
        } else {
            t = collapseWhitespace(m_buffer);
        }
        m_buffer.clear();
        if (!t.empty()) m_blocks.push_back(Block{c.kind, c.level, std::move(t)});
    }
    std::vector<Block> take() { return std::move(m_blocks); }

private:
    std::string m_buffer;
    std::vector<Block> m_blocks;
};

}  // namespace

std::vector<Block> toBlocks(const Node* content, const std::string& title) {
    if (content == nullptr) return {};
    Builder builder;
    struct Frame {
        const Node* node;
        bool exit;
    };
    std::vector<Frame> stack{{content, false}};
    std::vector<Context> contexts{Context{}};
    int listDepth = 0;
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const Node* n = f.node;
        if (!n->isElement()) {
            builder.text(n->text);
            continue;
        }
        if (f.exit) {
            builder.flush(contexts.back());
            contexts.pop_back();
            if (n->is("ul") || n->is("ol")) --listDepth;
            continue;
        }
        if (silent(n)) continue;
        if (n->is("br")) {
            if (contexts.back().pre) builder.text("\n");
            else builder.flush(contexts.back());
            continue;
        }
        if (n->is("img")) {
            builder.text(" ");
            continue;
        }
        if (blockLevel(n)) {
            builder.flush(contexts.back());
            if (n->is("ul") || n->is("ol")) ++listDepth;
            contexts.push_back(contextFor(n, contexts.back(), listDepth));
            stack.push_back({n, true});
        }
        // Children in reverse so they pop in document order.
        std::vector<const Node*> kids;
        for (const Node* c = n->first; c != nullptr; c = c->next) kids.push_back(c);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, false});
    }
    builder.flush(contexts.back());
    std::vector<Block> blocks = builder.take();

    // The headline belongs in the title: drop leading headings that repeat it.
    if (!title.empty()) {
        std::size_t drop = 0;
        const std::string t = toLower(collapseWhitespace(title));
        auto repeatsTitle = [&](const std::string& heading) {
            if (textSimilarity(title, heading) > 0.75 && textSimilarity(heading, title) > 0.75) return true;
            // Scripts without spaces (Chinese, Japanese) have no tokens to compare: a heading that is the
            // title with its site suffix cut off repeats it too.
            const std::string h = toLower(heading);
            return charLength(h) >= 4 && t.rfind(h, 0) == 0 && charLength(h) * 2 >= charLength(t);
        };
        while (drop < blocks.size() && drop < 2 && blocks[drop].kind == BlockKind::Heading &&
               repeatsTitle(blocks[drop].text))
            ++drop;
        blocks.erase(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(drop));
    }
    return blocks;
}

}  // namespace parallax::formats::html
