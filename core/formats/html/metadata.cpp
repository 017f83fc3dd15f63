#include "core/formats/html/metadata.h"
#include "core/ingest/utf8.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "core/formats/html/jsonld.h"
#include "core/formats/html/readability.h"
#include "core/formats/html/timestamps.h"
#include "core/formats/html/visible_dates.h"
#include "core/util/ascii.h"

namespace parallax::formats::html {

namespace {

/// Meta values are sometimes escaped twice; undo a second layer of the common entities.
std::string unescapeEntities(std::string s) {
    if (s.find('&') == std::string::npos) return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const std::size_t semi = s.find(';', i);
        if (semi == std::string::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        const std::string ent = s.substr(i + 1, semi - i - 1);
        long code = -1;
        if (ent == "amp") code = '&';
        else if (ent == "lt") code = '<';
        else if (ent == "gt") code = '>';
        else if (ent == "quot") code = '"';
        else if (ent == "apos") code = '\'';
        else if (ent.size() > 1 && ent[0] == '#')
            code = (ent[1] == 'x' || ent[1] == 'X') ? std::strtol(ent.c_str() + 2, nullptr, 16)
                                                    : std::strtol(ent.c_str() + 1, nullptr, 10);
        if (code <= 0 || code > 0x10FFFF) {
            out += s[i];
            continue;
        }
        ingest::appendUtf8(out, static_cast<char32_t>(code));
        i = semi;
    }
    return out;
}

bool looksLikeUrl(std::string_view s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; }

}  // namespace

std::vector<std::string> metaPropertyKeys(std::string_view property) {
    using namespace util::ascii;
    static constexpr std::string_view kPrefixes[] = {"article", "dc", "dcterm", "og", "twitter"};
    static constexpr std::string_view kNames[] = {"author", "creator", "description", "published_time", "title",
                                                  "site_name"};
    std::vector<std::string> keys;
    std::size_t p = 0;
    while (p < property.size()) {
        std::size_t end = std::string_view::npos;
        for (std::string_view prefix : kPrefixes) {
            if (!startsWithNoCase(property, p, prefix)) continue;
            std::size_t q = skipWhile(property, p + prefix.size(), isSpace);
            if (q >= property.size() || property[q] != ':') continue;
            q = skipWhile(property, q + 1, isSpace);
            for (std::string_view name : kNames)
                if (startsWithNoCase(property, q, name)) end = q + name.size();
            if (end != std::string_view::npos) break;
        }
        if (end == std::string_view::npos) {
            ++p;
            continue;
        }
        std::string key;
        for (std::size_t i = p; i < end; ++i)
            if (!isSpace(property[i])) key += util::ascii::toLower(property[i]);
        keys.push_back(std::move(key));
        p = end;
    }
    return keys;
}

namespace {

/// Meta values keyed by lower-cased name. Properties ("og:title", "article:published_time", also inside a
/// longer or space-separated property such as "og:article:author") take precedence over names ("author",
/// "DC.title" read as "dc:title"); among equals the later tag wins, as in Readability.
std::map<std::string, std::string> metaValues(const Document& doc) {
    std::map<std::string, std::string> fromProperty;
    std::map<std::string, std::string> fromName;
    for (const Node* meta : elementsByTag(doc.root(), {"meta"})) {
        const std::string content = unescapeEntities(collapseWhitespace(meta->attrOr("content")));
        if (content.empty()) continue;
        std::string property = meta->attrOr("property");
        if (property.size() > 200) property.clear();  // the keys are read from short property names only
        bool matched = false;
        for (std::string& key : metaPropertyKeys(property)) {
            fromProperty[std::move(key)] = content;
            matched = true;
        }
        // Other properties ("og:url", "og:locale"...) and names/itemprops/http-equiv: one key each.
        for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
            if (matched && std::string_view(attr) == "property") continue;
            std::string key = collapseWhitespace(toLower(meta->attrOr(attr)));
            std::replace(key.begin(), key.end(), '.', ':');
            if (!key.empty()) fromName[key] = content;
        }
    }
    for (auto& [k, v] : fromName) fromProperty.emplace(k, v);  // a property value beats a name value
    return fromProperty;
}

/// "By Jane Doe" -> "Jane Doe" (meta values only; a byline element is kept as written).
std::string withoutBy(std::string s) {
    const std::string lower = toLower(s.substr(0, 3));
    if (lower == "by " || lower == "by:") s = collapseWhitespace(s.substr(3));
    return s;
}

void add(std::vector<Candidate>& list, std::string value, std::string how) {
    value = collapseWhitespace(value);
    if (value.empty()) return;
    for (const auto& c : list)
        if (c.value == value) return;
    list.push_back(Candidate{std::move(value), std::move(how)});
}

void addDate(std::vector<Candidate>& list, const std::string& raw, std::string how) {
    if (auto d = normalizeDate(raw)) add(list, *d, std::move(how));
}

std::size_t wordCount(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space && !in) ++n;
        in = !space;
    }
    return std::max<std::size_t>(n, 1);
}

bool isSeparatorChar(char c) { return c == '|' || c == '-' || c == '\\' || c == '/' || c == '>'; }

/// Positions of " X " separators (X in | - \ / > », and en/em dashes) in `s`.
std::vector<std::pair<std::size_t, std::size_t>> separators(const std::string& s, bool hierarchicalOnly) {
    std::vector<std::pair<std::size_t, std::size_t>> out;  // (start of " X ", length)
    for (std::size_t i = 0; i + 2 < s.size(); ++i) {
        if (s[i] != ' ') continue;
        if (isSeparatorChar(s[i + 1]) && s[i + 2] == ' ') {
            const char c = s[i + 1];
            if (!hierarchicalOnly || c == '\\' || c == '/' || c == '>') out.emplace_back(i, 3);
        } else if (s.compare(i + 1, 2, "\xC2\xBB") == 0 && i + 3 < s.size() && s[i + 3] == ' ') {
            out.emplace_back(i, 4);  // »
        } else if (!hierarchicalOnly && (s.compare(i + 1, 3, "\xE2\x80\x93") == 0 || s.compare(i + 1, 3, "\xE2\x80\x94") == 0) &&
                   i + 4 < s.size() && s[i + 4] == ' ') {
            out.emplace_back(i, 5);  // en dash, em dash
        }
    }
    return out;
}

std::string lastSeparatorPart(const std::string& s) {
    // Readability: remove everything up to and including the first separator character.
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (isSeparatorChar(s[i])) return s.substr(i + 1);
        if (s.compare(i, 2, "\xC2\xBB") == 0) return s.substr(i + 2);
        if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) return s.substr(i + 3);
    }
    return s;
}

std::string withoutSeparators(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (isSeparatorChar(s[i])) continue;
        if (s.compare(i, 2, "\xC2\xBB") == 0) {
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

}  // namespace

std::string cleanDocumentTitle(const std::string& raw, const Document& doc) {
    const std::string orig = collapseWhitespace(raw);
    std::string cur = orig;
    bool hierarchical = false;
    const auto seps = separators(orig, false);
    if (!seps.empty()) {
        hierarchical = !separators(orig, true).empty();
        cur = orig.substr(0, seps.back().first);
        if (wordCount(cur) < 3) cur = lastSeparatorPart(orig);
    } else if (orig.find(": ") != std::string::npos) {
        bool headingMatches = false;
        for (const Node* h : elementsByTag(doc.root(), {"h1", "h2"}))
            if (collapseWhitespace(textContent(h)) == orig) headingMatches = true;
        if (!headingMatches) {
            cur = orig.substr(orig.rfind(':') + 1);
            if (wordCount(cur) < 3) cur = orig.substr(orig.find(':') + 1);
            else if (wordCount(orig.substr(0, orig.find(':'))) > 5) cur = orig;
        }
    } else if (charLength(orig) > 150 || charLength(orig) < 15) {
        const auto h1s = elementsByTag(doc.root(), {"h1"});
        if (h1s.size() == 1) cur = innerText(h1s.front());
    }
    cur = collapseWhitespace(cur);
    const std::size_t words = wordCount(cur);
    if (words <= 4 && (!hierarchical || words != wordCount(withoutSeparators(orig)) - 1)) cur = orig;
    return cur;
}

PageMeta collectMetadata(const Document& doc, const std::string& url) {
    PageMeta meta;
    const auto values = metaValues(doc);
    auto value = [&](const char* key) -> std::string {
        auto it = values.find(key);
        return it == values.end() ? std::string{} : it->second;
    };
    const std::optional<JsonLd> ld = readJsonLd(doc);

    std::string documentTitle;
    for (const Node* t : elementsByTag(doc.root(), {"title"})) {
        if (hasAncestorTag(t, "svg", 0)) continue;
        documentTitle = collapseWhitespace(textContent(t));
        break;
    }

    // Title: JSON-LD (name vs headline: the one that resembles <title>), then meta tags, then <title>.
    if (ld) {
        if (!ld->name.empty() && !ld->headline.empty() && ld->name != ld->headline) {
            const std::string cleaned = cleanDocumentTitle(documentTitle, doc);
            const bool nameMatches = textSimilarity(ld->name, cleaned) > 0.75;
            const bool headlineMatches = textSimilarity(ld->headline, cleaned) > 0.75;
            if (headlineMatches && !nameMatches) add(meta.titles, ld->headline, "JSON-LD headline");
            else add(meta.titles, ld->name, "JSON-LD name");
        } else if (!ld->name.empty()) {
            add(meta.titles, ld->name, "JSON-LD name");
        } else {
            add(meta.titles, ld->headline, "JSON-LD headline");
        }
    }
    for (const char* key : {"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                            "title", "twitter:title", "parsely-title"})
        add(meta.titles, value(key), std::string("meta ") + key);
    if (!documentTitle.empty()) add(meta.titles, cleanDocumentTitle(documentTitle, doc), "<title>");
    if (const auto h1s = elementsByTag(doc.root(), {"h1"}); !h1s.empty())
        add(meta.titles, innerText(h1s.front()), "<h1>");

    // Site name.
    if (ld) add(meta.siteNames, ld->publisher, "JSON-LD publisher.name");
    add(meta.siteNames, value("og:site_name"), "meta og:site_name");
    add(meta.siteNames, value("application-name"), "meta application-name");

    // Byline (the body's byline element is added by the caller).
    if (ld && !ld->authors.empty()) {
        std::string joined;
        for (const auto& a : ld->authors) joined += (joined.empty() ? "" : ", ") + a;
        add(meta.bylines, joined, "JSON-LD author.name");
    }
    for (const char* key : {"dc:creator", "dcterm:creator", "author", "parsely-author", "byl", "sailthru:author"})
        add(meta.bylines, withoutBy(value(key)), std::string("meta ") + key);
    if (const std::string a = value("article:author"); !looksLikeUrl(a)) add(meta.bylines, a, "meta article:author");

    // Publication date, in the order dedicated tools trust it: structured data, the page's first <time>,
    // the date line printed next to the headline, a day in the address, the text around the headline,
    // and last a month in the address. Modified dates are never read.
    std::vector<std::pair<std::string, std::string>> written;  // (as written, how) of structured values
    auto addStamp = [&](const std::string& raw, std::string how) {
        written.emplace_back(raw, how);
        addDate(meta.published, raw, std::move(how));
    };
    if (ld) addStamp(ld->datePublished, "JSON-LD datePublished");
    for (const char* key :
         {"article:published_time", "parsely-pub-date", "datepublished", "og:published_time", "article:published",
          "article:post_date", "article:published_date", "article:publicationdate", "og:article:published",
          "og:datepublished", "og:pubdate", "og:publish_date", "pubdate", "publishdate", "publish_date",
          "publish-date", "published-date", "publication_date", "date_published", "datecreated", "date_created",
          "dateposted", "date", "dc:date:issued", "dc:date:created", "dc:date:publication", "dc:date", "dc:created",
          "dcterms:date", "dcterms:created", "dcterms:issued", "citation_publication_date", "citation_date",
          "originalpublicationdate", "article:created", "rnews:datepublished", "sailthru:date", "release_date",
          "cxenseparse:recs:publishtime", "shareaholic:article_published_time", "displaydate", "doc_date",
          "created"})
        addStamp(value(key), std::string("meta ") + key);
    for (const Node* n : elementsByTag(doc.root(), {"time", "span", "div", "p", "abbr", "meta"})) {
        if (n->attrOr("itemprop").find("datePublished") == std::string::npos) continue;
        for (const char* attr : {"datetime", "content"})
            addStamp(n->attrOr(attr), "itemprop datePublished");
        addStamp(textContent(n), "itemprop datePublished");
    }
    for (const Node* t : elementsByTag(doc.body(), {"time", "abbr"})) {
        // The first <time> of the article is next to the headline far more often than not; times in
        // lists of other stories, comments or sidebars date something else. An <abbr class="published">
        // carries the same in its title.
        const std::string when = t->is("time") ? t->attrOr("datetime") : t->attrOr("title");
        if (when.empty() || inOtherContent(t)) continue;
        if (t->is("abbr") && toLower(t->attrOr("class")).find("publish") == std::string::npos) continue;
        const bool pub = t->attr("pubdate") != nullptr;
        const std::string how = t->is("abbr") ? "<abbr class=published>" : pub ? "<time pubdate>" : "<time datetime>";
        if (auto d = normalizeDate(when)) add(meta.published, *d, how);
        else add(meta.published, when, how);  // "06-08-2009T14:12:32": extraction reads it
        break;
    }
    // A datePublished the JSON-LD reader passed over (a WebPage in a @graph, JSON with a syntax error);
    // every one is kept as written for the local-time check below.
    std::vector<std::string> stamps;
    for (const Node* script : elementsByTag(doc.root(), {"script"})) {
        if (toLower(script->attrOr("type")).find("ld+json") == std::string::npos) continue;
        const std::string text = textContent(script);
        for (std::size_t key = text.find("\"datePublished\""); key != std::string::npos;
             key = text.find("\"datePublished\"", key + 1)) {
            const std::size_t open = text.find('"', text.find(':', key) + 1);
            if (open == std::string::npos || open > key + 40) continue;
            const std::size_t close = text.find('"', open + 1);
            if (close == std::string::npos || close - open > 40) continue;
            stamps.push_back(text.substr(open + 1, close - open - 1));
        }
    }
    if (!stamps.empty()) addStamp(stamps.front(), "JSON-LD datePublished");
    for (const Node* t : elementsByTag(doc.body(), {"time"}))
        if (!inOtherContent(t) && toLower(t->attrOr("class")).find("updated") == std::string::npos)
            stamps.push_back(t->attrOr("datetime"));
    for (const auto& [raw, how] : written) stamps.push_back(raw);
    // "2023-11-09T01:09:55Z" in the metadata and "2023-11-08 18:09:55" on the page: the same moment, and the
    // page's day is the one its readers saw.
    if (!meta.published.empty())
        for (const auto& [raw, how] : written)
            if (how == meta.published.front().how && normalizeDate(raw) == meta.published.front().value) {
                if (auto local = localDayOfUtc(raw, stamps)) {
                    meta.published.front().value = *local;
                    meta.published.front().how += " (in the page's local time)";
                }
                break;
            }
    const VisibleDates visible =
        collectVisibleDates(doc, meta.titles.empty() ? documentTitle : meta.titles.front().value);
    for (const Candidate& c : visible.labelled) add(meta.published, c.value, c.how);
    for (const Candidate& c : visible.elements) add(meta.published, c.value, c.how);
    // "08.11.2021 | Event title" or "Title | Site | 23.05.2011": a short part of the title with a digit.
    for (const std::string& t : {documentTitle, value("og:title")}) {
        const auto seps = separators(t, false);
        std::size_t from = 0;
        for (std::size_t k = 0; k <= seps.size(); ++k) {
            const std::size_t to = k < seps.size() ? seps[k].first : t.size();
            const std::string part = t.substr(from, to - from);
            if (!seps.empty() && part.size() <= 30 && part.find_first_of("0123456789") != std::string::npos)
                add(meta.published, part, "date in the title");
            if (k < seps.size()) from = seps[k].first + seps[k].second;
        }
    }
    std::string canonical;
    for (const Node* link : elementsByTag(doc.root(), {"link"}))
        if (toLower(link->attrOr("rel")) == "canonical" && !link->attrOr("href").empty()) {
            canonical = link->attrOr("href");
            break;
        }
    std::string urlMonth;
    for (const std::string& u : {url, canonical, value("og:url")})
        if (auto d = dateFromUrl(u)) {
            if (d->size() == 10) {
                add(meta.published, *d, "URL path");
                break;
            }
            if (urlMonth.empty()) urlMonth = *d;
        }
    for (const Candidate& c : visible.nearHeadline) add(meta.published, c.value, c.how);
    if (!urlMonth.empty()) add(meta.published, urlMonth, "URL path (month)");

    // Language and address.
    std::string lang = collapseWhitespace(doc.root()->attrOr("lang"));
    if (lang.empty()) lang = collapseWhitespace(doc.root()->attrOr("xml:lang"));
    if (lang.empty()) lang = value("content-language");
    if (lang.empty() && ld) lang = ld->language;
    if (lang.empty()) lang = value("og:locale");
    std::replace(lang.begin(), lang.end(), '_', '-');
    if (!lang.empty()) meta.language = lang;
    for (const std::string& u : {canonical, value("og:url"), ld ? ld->url : std::string{}, url})
        if (looksLikeUrl(u)) {
            meta.url = u;
            break;
        }
    return meta;
}

}  // namespace parallax::formats::html
