#include "core/formats/html/readability.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/formats/html/patterns.h"

namespace parallax::formats::html {

namespace {

constexpr std::size_t kCharThreshold = 500;  // shorter results trigger a retry with relaxed flags
constexpr std::size_t kTopCandidates = 5;

bool oneOf(const Node* n, std::initializer_list<std::string_view> tags) {
    if (!n->isElement()) return false;
    for (std::string_view t : tags)
        if (n->tag == t) return true;
    return false;
}

bool isDivToPElement(const Node* n) {
    return oneOf(n, {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"});
}

bool isPhrasingTag(const Node* n) {
    return oneOf(n, {"abbr",   "audio", "b",      "bdo",    "br",     "button", "cite",     "code",  "data",
                     "datalist", "dfn", "em",     "embed",  "i",      "img",    "input",    "kbd",   "label",
                     "mark",   "math",  "meter",  "noscript", "object", "output", "progress", "q",    "ruby",
                     "samp",   "script", "select", "small",  "span",   "strong", "sub",      "sup",   "textarea",
                     "time",   "var",   "wbr"});
}

/// Text, phrasing elements, and a/del/ins whose whole subtree is phrasing (checked iteratively).
bool isPhrasingContent(const Node* node) {
    if (!node->isElement()) return true;
    if (isPhrasingTag(node)) return true;
    if (!oneOf(node, {"a", "del", "ins"})) return false;
    std::vector<const Node*> stack;
    for (const Node* c = node->first; c != nullptr; c = c->next) stack.push_back(c);
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n->isElement() || isPhrasingTag(n)) continue;
        if (!oneOf(n, {"a", "del", "ins"})) return false;
        for (const Node* c = n->first; c != nullptr; c = c->next) stack.push_back(c);
    }
    return true;
}

bool isWhitespaceNode(const Node* n) { return n->isElement() ? n->tag == "br" : isBlank(n->text); }

/// The next sibling that is an element or non-blank text (Readability's _nextNode).
Node* nextSignificant(Node* n) {
    while (n != nullptr && !n->isElement() && isBlank(n->text)) n = n->next;
    return n;
}

bool hasChildBlockElement(const Node* element) {
    std::vector<const Node*> stack;
    for (const Node* c = element->first; c != nullptr; c = c->next) stack.push_back(c);
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n->isElement()) continue;
        if (isDivToPElement(n)) return true;
        for (const Node* c = n->first; c != nullptr; c = c->next) stack.push_back(c);
    }
    return false;
}

bool hasSingleTagInside(const Node* element, std::string_view tag) {
    if (element->elementChildCount() != 1 || !element->firstElementChild()->is(tag)) return false;
    for (const Node* c = element->first; c != nullptr; c = c->next)
        if (!c->isElement() && !isBlank(c->text)) return false;
    return true;
}

/// True when some descendant text node holds more than whitespace (stops at the first one).
bool hasText(const Node* node) {
    std::vector<const Node*> stack{node};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (!n->isElement()) {
            if (!isBlank(n->text)) return true;
            continue;
        }
        for (const Node* c = n->first; c != nullptr; c = c->next) stack.push_back(c);
    }
    return false;
}

bool isElementWithoutContent(const Node* node) {
    if (hasText(node)) return false;
    const std::size_t kids = node->elementChildCount();
    return kids == 0 || kids == countTag(node, "br") + countTag(node, "hr");
}

bool isProbablyVisible(const Node* node) {
    if (const std::string* style = node->attr("style")) {
        std::string s = toLower(*style);
        s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }),
                s.end());
        if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos)
            return false;
    }
    if (node->attr("hidden") != nullptr) return false;
    if (const std::string* aria = node->attr("aria-hidden"); aria != nullptr && *aria == "true")
        return node->attrOr("class").find("fallback-image") != std::string::npos;
    return true;
}

std::string classAndId(const Node* n) { return n->attrOr("class") + " " + n->attrOr("id"); }

/// The byline an element holds when it looks like one (rel=author, itemprop author, byline/author
/// class or id, under 100 characters), preferring a nested itemprop="name"; "" otherwise.
std::string bylineText(Node* node, const std::string& match) {
    const std::string rel = node->attrOr("rel");
    const std::string itemprop = node->attrOr("itemprop");
    if (rel != "author" && itemprop.find("author") == std::string::npos && !patterns::byline(match)) return {};
    const std::string text = collapseWhitespace(textContent(node));
    if (text.empty() || charLength(text) >= 100) return {};
    const Node* end = nextElement(node, true);
    for (Node* d = nextElement(node); d != nullptr && d != end; d = nextElement(d))
        if (d->attrOr("itemprop").find("name") != std::string::npos) {
            std::string name = collapseWhitespace(textContent(d));
            return name.empty() ? text : name;
        }
    return text;
}

void initializeNode(Node* node, const ScoringFlags& flags) {
    node->scored = true;
    node->score = 0;
    const std::string& t = node->tag;
    if (t == "div") node->score += 5;
    else if (t == "pre" || t == "td" || t == "blockquote") node->score += 3;
    else if (oneOf(node, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) node->score -= 3;
    else if (oneOf(node, {"h1", "h2", "h3", "h4", "h5", "h6", "th"})) node->score -= 5;
    node->score += detail::classWeight(node, flags);
}

/// Splits text on the commas of Latin, Arabic, CJK and other scripts; returns the number of pieces.
std::size_t commaPieces(std::string_view s) {
    static constexpr std::array<std::string_view, 9> kCommas = {
        ",", "\xD8\x8C", "\xEF\xB9\x90", "\xEF\xB8\x90", "\xEF\xB8\x91",
        "\xE2\xB9\x81", "\xE2\xB8\xB4", "\xE2\xB8\xB2", "\xEF\xBC\x8C"};
    std::size_t pieces = 1;
    for (std::size_t i = 0; i < s.size();) {
        // Every comma is ',' or starts with one of three lead bytes: other bytes need no comparison (this runs
        // over the text of every paragraph of a page).
        const auto lead = static_cast<unsigned char>(s[i]);
        if (lead != ',' && lead != 0xD8 && lead != 0xE2 && lead != 0xEF) {
            ++i;
            continue;
        }
        std::size_t k = 0;
        for (std::string_view c : kCommas)
            if (s.compare(i, c.size(), c) == 0) {
                k = c.size();
                break;
            }
        if (k > 0) {
            ++pieces;
            i += k;
        } else {
            ++i;
        }
    }
    return pieces;
}

/// Readability's _replaceBrs: a chain of two or more <br> becomes a paragraph break.
void replaceBrs(Document& doc, Node* body) {
    for (Node* br : elementsByTag(body, {"br"})) {
        if (br->parent == nullptr) continue;
        Node* next = br->next;
        bool replaced = false;
        while ((next = nextSignificant(next)) != nullptr && next->is("br")) {
            replaced = true;
            Node* after = next->next;
            detach(next);
            next = after;
        }
        if (!replaced) continue;
        Node* p = doc.createElement("p");
        replaceNode(br, p);
        next = p->next;
        while (next != nullptr) {
            if (next->is("br")) {
                Node* nextElem = nextSignificant(next->next);
                if (nextElem != nullptr && nextElem->is("br")) break;
            }
            if (!isPhrasingContent(next)) break;
            Node* sibling = next->next;
            appendChild(p, next);
            next = sibling;
        }
        while (p->last != nullptr && isWhitespaceNode(p->last)) detach(p->last);
        if (p->parent != nullptr && p->parent->is("p")) setTag(p->parent, "div");
    }
}

void prepareDocument(Document& doc) {
    for (Node* n : elementsByTag(doc.root(), {"script", "noscript", "style", "template"})) detach(n);
    for (Node* n : elementsByTag(doc.root(), {"font"})) setTag(n, "span");
    replaceBrs(doc, doc.body());
}

struct Pass {
    Document doc;
    Node* content = nullptr;
    std::size_t textLength = 0;
};

/// Wraps phrasing runs of a div in <p>, then turns a div into a p when it holds no block.
/// Returns the node that replaces `node` in the walk (it may be the div's only <p>).
Node* normalizeDiv(Document& doc, Node* node, std::vector<Node*>& toScore) {
    Node* p = nullptr;
    for (Node* child = node->first; child != nullptr;) {
        Node* nextSibling = child->next;
        if (isPhrasingContent(child)) {
            if (p != nullptr) {
                appendChild(p, child);
            } else if (!isWhitespaceNode(child)) {
                p = doc.createElement("p");
                replaceNode(child, p);
                appendChild(p, child);
            }
        } else if (p != nullptr) {
            while (p->last != nullptr && isWhitespaceNode(p->last)) detach(p->last);
            p = nullptr;
        }
        child = nextSibling;
    }
    if (hasSingleTagInside(node, "p") && detail::linkDensity(node) < 0.25) {
        Node* only = node->firstElementChild();
        replaceNode(node, only);
        toScore.push_back(only);
        return only;
    }
    if (!hasChildBlockElement(node)) {
        setTag(node, "p");
        toScore.push_back(node);
    }
    return node;
}

Pass grabArticle(const Document& page, const std::string& title, const ScoringFlags& flags, bool lookForByline,
                 std::string& byline) {
    Pass pass{page.clone(), nullptr, 0};
    Document& doc = pass.doc;
    prepareDocument(doc);
    Node* body = doc.body();

    std::vector<Node*> toScore;
    bool removeTitleHeader = !title.empty();
    for (Node* node = doc.root(); node != nullptr;) {
        const std::string match = classAndId(node);
        if (!isProbablyVisible(node) ||
            (node->attrOr("aria-modal") == "true" && node->attrOr("role") == "dialog")) {
            node = removeAndGetNext(node);
            continue;
        }
        if (lookForByline && byline.empty() && node != body && node != doc.root()) {
            if (std::string found = bylineText(node, match); !found.empty()) {
                byline = std::move(found);
                node = removeAndGetNext(node);
                continue;
            }
        }
        if (removeTitleHeader && oneOf(node, {"h1", "h2"}) && textSimilarity(title, innerText(node, false)) > 0.75) {
            removeTitleHeader = false;
            node = removeAndGetNext(node);
            continue;
        }
        if (flags.stripUnlikely) {
            if (patterns::unlikelyCandidate(match) && !patterns::maybeCandidate(match) &&
                !hasAncestorTag(node, "table", 0) && !hasAncestorTag(node, "code", 0) && node != body &&
                !node->is("a") && node != doc.root()) {
                // An article's own header is dropped as furniture, but an explicit author link it holds
                // (rel=author, itemprop=author) is still the byline. Site headers are not searched.
                if (lookForByline && byline.empty() && hasAncestorTag(node, "article", 0)) {
                    const Node* end = nextElement(node, true);
                    for (Node* d = nextElement(node); d != nullptr && d != end && byline.empty(); d = nextElement(d))
                        if (d->attrOr("rel") == "author" || d->attrOr("itemprop").find("author") != std::string::npos)
                            byline = bylineText(d, classAndId(d));
                }
                node = removeAndGetNext(node);
                continue;
            }
            if (patterns::unlikelyRole(node->attrOr("role"))) {
                node = removeAndGetNext(node);
                continue;
            }
        }
        if (oneOf(node, {"div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"}) &&
            isElementWithoutContent(node)) {
            node = removeAndGetNext(node);
            continue;
        }
        if (oneOf(node, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"})) toScore.push_back(node);
        if (node->is("div")) node = normalizeDiv(doc, node, toScore);
        node = nextElement(node);
    }

    // Score paragraphs and hand the score to up to five ancestors.
    std::vector<Node*> candidates;
    for (Node* element : toScore) {
        if (element->parent == nullptr || !element->parent->isElement()) continue;
        const std::string text = innerText(element);
        const std::size_t length = charLength(text);
        if (length < 25) continue;
        std::vector<Node*> ancestors;
        for (Node* a = element->parent; a != nullptr && ancestors.size() < 5; a = a->parent) ancestors.push_back(a);
        double score = 1.0 + static_cast<double>(commaPieces(text)) + static_cast<double>(std::min<std::size_t>(length / 100, 3));
        for (std::size_t level = 0; level < ancestors.size(); ++level) {
            Node* a = ancestors[level];
            if (a->parent == nullptr) continue;  // the <html> element is no candidate
            if (!a->scored) {
                initializeNode(a, flags);
                candidates.push_back(a);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : static_cast<double>(level) * 3.0;
            a->score += score / divider;
        }
    }

    std::vector<Node*> top;
    for (Node* c : candidates) {
        c->score *= 1.0 - detail::linkDensity(c);
        auto it = std::find_if(top.begin(), top.end(), [&](const Node* t) { return c->score > t->score; });
        if (it != top.end() || top.size() < kTopCandidates) {
            top.insert(it, c);
            if (top.size() > kTopCandidates) top.pop_back();
        }
    }

    Node* topCandidate = top.empty() ? nullptr : top.front();
    if (topCandidate == nullptr || topCandidate == body) {
        topCandidate = doc.createElement("div");
        while (body->first != nullptr) appendChild(topCandidate, body->first);
        appendChild(body, topCandidate);
        initializeNode(topCandidate, flags);
    } else {
        // Several near-best candidates sharing an ancestor: the ancestor is the article.
        std::vector<std::vector<Node*>> alternatives;
        for (std::size_t i = 1; i < top.size(); ++i)
            if (top[i]->score / topCandidate->score >= 0.75) {
                std::vector<Node*> anc;
                for (Node* a = top[i]->parent; a != nullptr; a = a->parent) anc.push_back(a);
                alternatives.push_back(std::move(anc));
            }
        if (alternatives.size() >= 3) {
            for (Node* parent = topCandidate->parent; parent != nullptr && parent != body; parent = parent->parent) {
                int lists = 0;
                for (const auto& anc : alternatives)
                    lists += std::find(anc.begin(), anc.end(), parent) != anc.end() ? 1 : 0;
                if (lists >= 3) {
                    topCandidate = parent;
                    break;
                }
            }
        }
        if (!topCandidate->scored) initializeNode(topCandidate, flags);
        // A parent whose score rises above the candidate's holds more of the article.
        double lastScore = topCandidate->score;
        const double threshold = lastScore / 3.0;
        for (Node* parent = topCandidate->parent; parent != nullptr && parent != body && parent->parent != nullptr;
             parent = parent->parent) {
            if (!parent->scored) continue;
            if (parent->score < threshold) break;
            if (parent->score > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = parent->score;
        }
        // An only child gives way to its parent so sibling joining can see the parent's siblings.
        while (topCandidate->parent != nullptr && topCandidate->parent != body &&
               topCandidate->parent->parent != nullptr && topCandidate->parent->elementChildCount() == 1)
            topCandidate = topCandidate->parent;
        if (!topCandidate->scored) initializeNode(topCandidate, flags);
    }

    // Join siblings that look like part of the article (preambles, content split by ads).
    Node* article = doc.createElement("div");
    const double siblingThreshold = std::max(10.0, topCandidate->score * 0.2);
    Node* parent = topCandidate->parent;
    const std::string topClass = topCandidate->attrOr("class");
    std::vector<Node*> siblings;
    for (Node* s = parent->firstElementChild(); s != nullptr; s = s->nextElementSibling()) siblings.push_back(s);
    for (Node* sibling : siblings) {
        bool append = sibling == topCandidate;
        if (!append) {
            double bonus = 0;
            if (!topClass.empty() && sibling->attrOr("class") == topClass) bonus += topCandidate->score * 0.2;
            if (sibling->scored && sibling->score + bonus >= siblingThreshold) {
                append = true;
            } else if (sibling->is("p")) {
                const double density = detail::linkDensity(sibling);
                const std::string text = innerText(sibling);
                const std::size_t length = charLength(text);
                if (length > 80 && density < 0.25) append = true;
                else if (length < 80 && length > 0 && density == 0 &&
                         (text.find(". ") != std::string::npos || text.back() == '.'))
                    append = true;
            }
        }
        if (!append) continue;
        if (!oneOf(sibling, {"div", "article", "section", "p", "ol", "ul"})) setTag(sibling, "div");
        appendChild(article, sibling);
    }

    detail::prepareArticle(article, flags);
    pass.content = article;
    pass.textLength = innerTextLength(article);
    return pass;
}

/// Tokens of Readability's similarity: lower-cased runs of word characters.
std::vector<std::string> tokens(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '_') {
            cur += static_cast<char>(std::tolower(u));
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
        if (u >= 0x80) {  // JavaScript's \W splits on every non-ASCII character
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& t : v) {
        if (!s.empty()) s += ' ';
        s += t;
    }
    return s;
}

}  // namespace

double textSimilarity(std::string_view a, std::string_view b) {
    const auto ta = tokens(a);
    const auto tb = tokens(b);
    if (ta.empty() || tb.empty()) return 0.0;
    std::vector<std::string> uniqueB;
    for (const auto& t : tb)
        if (std::find(ta.begin(), ta.end(), t) == ta.end()) uniqueB.push_back(t);
    const double distance = static_cast<double>(joined(uniqueB).size()) / static_cast<double>(joined(tb).size());
    return 1.0 - distance;
}

MainContent extractMainContent(const Document& page, const std::string& title, bool lookForByline) {
    MainContent out;
    std::vector<ScoringFlags> attempts = {{true, true, true}, {false, true, true}, {false, false, true},
                                          {false, false, false}};
    Pass best;
    bool haveBest = false;
    for (const ScoringFlags& flags : attempts) {
        Pass pass = grabArticle(page, title, flags, lookForByline, out.byline);
        if (pass.textLength >= kCharThreshold) {
            best = std::move(pass);
            haveBest = true;
            break;
        }
        if (!haveBest || pass.textLength > best.textLength) {
            best = std::move(pass);
            haveBest = true;
        }
    }
    out.doc = std::move(best.doc);
    out.content = best.textLength > 0 ? best.content : nullptr;
    return out;
}

}  // namespace parallax::formats::html
